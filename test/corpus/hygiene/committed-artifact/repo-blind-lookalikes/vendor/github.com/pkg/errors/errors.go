package errors

func New(s string) error { return nil }
