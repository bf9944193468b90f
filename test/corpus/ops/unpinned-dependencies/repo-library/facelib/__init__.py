def detect(img):
    return img
