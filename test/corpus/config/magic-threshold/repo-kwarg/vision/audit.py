from detector import detect


def audit(frame):
    return detect(frame, threshold=0.35)
