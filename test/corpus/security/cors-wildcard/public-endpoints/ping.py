from django.http import HttpResponse


def ping(request, code):
    record_ping(code, request.META.get("REMOTE_ADDR"))
    response = HttpResponse("OK")
    # expect: security/cors-wildcard
    response["Access-Control-Allow-Origin"] = "*"
    return response


def record_ping(code, addr):
    return (code, addr)
