from django.contrib.auth import views as auth_views
from django.urls import path

from accounts import views

urlpatterns = [
    # expect: security/api-no-rate-limit
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("signup/", views.signup, name="signup"),
    path("api/profile/", views.profile, name="profile"),
]
