"""Tells drf-spectacular that our JWT authentication is simplejwt's bearer scheme (same header, same token)."""

from drf_spectacular.contrib.rest_framework_simplejwt import SimpleJWTScheme


class TokenVersionScheme(SimpleJWTScheme):
    target_class = "accounts.authentication.TokenVersionAuthentication"
