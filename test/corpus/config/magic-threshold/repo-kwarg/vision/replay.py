from detector import detect


def replay(frame):
    return detect(frame, threshold=0.35)
