"""The client's address, one rule for throttles and for django-axes: X-Forwarded-For is believed only for
the hops of our own proxies (REST_FRAMEWORK NUM_PROXIES, from TRUSTED_PROXIES). Without this axes counted
REMOTE_ADDR, which behind compose's proxy is the proxy's, so every client shared one lock."""

from rest_framework.throttling import BaseThrottle


def client_ip(request) -> str:
    # DRF's get_ident reads only request.META, so a plain Django request (form logins) works too.
    return BaseThrottle().get_ident(request)
