HEADER = "header_connection"


def filter_request(request, cfg):
    return not request.headers.get(HEADER)
