from app.checks import config
from app.checks import header_accept, header_language, rate_limit


CHECKS = [header_accept, header_language, rate_limit]


def main(request):
    cfg = config.load()
    for check in CHECKS:
        if check.filter_request(request, cfg):
            return 429
    return 200
