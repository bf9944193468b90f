import gzip
import json
import os

from django.http import StreamingHttpResponse


def download(request, asset):
    path = os.path.join("/srv/assets", asset.file)
    file_stream = (
        gzip.GzipFile(path, mode="rb")
        if asset.gzip
        # ok: reliability/resource-leak
        else open(path, "rb")
    )
    response = StreamingHttpResponse(file_stream, content_type=asset.content_type)
    response["Content-Disposition"] = f'attachment; filename="{asset.name}"'
    return response


def touch_logs(paths):
    for p in paths:
        if not os.path.exists(p):
            # ok: reliability/resource-leak
            open(p, "a").close()


def manifest(asset):
    stream = (
        # expect: reliability/resource-leak
        open(asset.path, "rb")
        if asset.plain
        # expect: reliability/resource-leak
        else gzip.open(asset.path, "rb")
    )
    data = json.load(stream)
    return data["files"]


def first_line(path):
    # expect: reliability/resource-leak
    head = open(path).readline()
    return head.strip()
