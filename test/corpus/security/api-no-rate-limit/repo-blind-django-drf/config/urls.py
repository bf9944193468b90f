from django.urls import include, path

urlpatterns = [
    # ok: security/api-no-rate-limit
    path("api/", include("shop.urls")),
]
