HEADER = "header_accept"


def filter_request(request, cfg):
    return not request.headers.get(HEADER)
