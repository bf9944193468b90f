def test_on_message(channel):
    # ok: observability/print-logging
    print("channel", channel)
