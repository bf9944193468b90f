def parse(s):
    return s.split(",")
