HEADER = "header_language"


def filter_request(request, cfg):
    return not request.headers.get(HEADER)
