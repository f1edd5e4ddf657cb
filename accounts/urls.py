from django.urls import path

from . import apis

urlpatterns = [
    path("register", apis.RegisterApi.as_view(), name="auth-register"),
    path("login", apis.LoginApi.as_view(), name="auth-login"),
    path("refresh", apis.RefreshApi.as_view(), name="auth-refresh"),
    path("verify-google-id-token", apis.GoogleSignInApi.as_view(), name="auth-google"),
    path("verify-email", apis.VerifyEmailApi.as_view(), name="auth-verify-email"),
    path("verify-email/resend", apis.VerifyEmailResendApi.as_view(), name="auth-verify-email-resend"),
    path("google/link", apis.GoogleLinkApi.as_view(), name="auth-google-link"),
    path("me", apis.MeApi.as_view(), name="auth-me"),
    path("password", apis.PasswordChangeApi.as_view(), name="auth-password"),
]
