import io

from facelib import represent


def test_represent_with_io_object():
    img_path = "dataset/img1.jpg"
    # ok: reliability/resource-leak
    assert represent(img_path) == represent(open(img_path, "rb"))
    # ok: reliability/resource-leak
    io_obj = io.BytesIO(open(img_path, "rb").read())
    assert represent(io_obj)
