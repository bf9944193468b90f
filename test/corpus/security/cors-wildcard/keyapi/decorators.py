from functools import wraps

from django.http import HttpResponse


def cors(*methods):
    allowed = ", ".join({*methods, "OPTIONS"})

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            response = HttpResponse(status=204) if request.method == "OPTIONS" else view(request, *args, **kwargs)
            # ok: security/cors-wildcard
            response["Access-Control-Allow-Origin"] = "*"
            response["Access-Control-Allow-Headers"] = "X-Api-Key"
            response["Access-Control-Allow-Methods"] = allowed
            return response

        return wrapper

    return decorator


def session_cors(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        # expect: security/cors-wildcard
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Allow-Headers"] = "Content-Type"
        return response

    return wrapper
