HEADER = "rate_limit"


def filter_request(request, cfg):
    return not request.headers.get(HEADER)
