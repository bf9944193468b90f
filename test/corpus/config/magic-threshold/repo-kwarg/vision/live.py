from detector import detect


def run(frame):
    return detect(frame, threshold=0.35)
