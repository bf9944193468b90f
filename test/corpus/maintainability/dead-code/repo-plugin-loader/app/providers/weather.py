BASE_URL = "https://weather.example.org/api"


def request(query, params):
    params["url"] = f"{BASE_URL}?q={query}"
    return params


def response(resp):
    return resp.json().get("items", [])
