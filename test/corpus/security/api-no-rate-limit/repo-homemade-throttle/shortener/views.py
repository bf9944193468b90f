from django.http import HttpResponse, HttpResponseRedirect
from django.urls import path

from shortener.utils.throttle import check_rate_limit


def redirect(request, code):
    if not check_rate_limit(request, "throttle:redirect", 60, 60):
        return HttpResponse(status=429)
    return HttpResponseRedirect(lookup(code))


def lookup(code):
    return "/"


# A home-made limiter (`check_rate_limit` in utils/throttle.py) covers these routes: not reported.
# ok: security/api-no-rate-limit
urlpatterns = [path("<str:code>", redirect), path("r/<str:code>", redirect)]
