from django.urls import path

from . import apis

urlpatterns = [
    path("register", apis.RegisterApi.as_view(), name="auth-register"),
    path("login", apis.LoginApi.as_view(), name="auth-login"),
    path("refresh", apis.RefreshApi.as_view(), name="auth-refresh"),
    path("verify-google-id-token", apis.GoogleSignInApi.as_view(), name="auth-google"),
    path("me", apis.MeApi.as_view(), name="auth-me"),
]
