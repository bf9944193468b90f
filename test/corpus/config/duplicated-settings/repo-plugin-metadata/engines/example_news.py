about = {
    "website": "https://example.org/news",
    "official_api_documentation": None,
    "use_official_api": False,
    "require_api_key": False,
    "results": "HTML",
}
time_range_map = {"day": "d", "week": "w", "month": "m", "year": "y"}


def request(query, params):
    params["url"] = "https://example.org/news?q=" + query
    return params


def response(resp):
    return []
