"""Google ID-token verification: signature against Google's JWKS, audience, issuer, expiry."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import jwt
from django.conf import settings

from core.errors import ApplicationError


@dataclass(frozen=True)
class GoogleIdentity:
    sub: str
    email: str
    name: str
    issued_at: int = 0  # when Google signed it: a "fresh sign-in" is a recent one


@lru_cache(maxsize=4)
def jwks_client(url: str) -> jwt.PyJWKClient:
    # The key set is cached for 5 minutes. An unknown `kid` refetches it (Google rotates keys) at most once
    # per 60 s cooldown, so a flood of made-up key ids cannot turn into a flood of fetches.
    return jwt.PyJWKClient(url, cache_keys=True, cache_jwk_set=True, lifespan=300, timeout=5, cooldown_duration=60)


def invalid(reason: str) -> ApplicationError:
    return ApplicationError(f"Invalid Google ID token: {reason}.", code="invalid_token", status_code=401)


def google_verify_id_token(id_token: str) -> GoogleIdentity:
    if not settings.GOOGLE_IOS_CLIENT_ID:
        raise ApplicationError("Google sign-in is not configured.", code="not_configured", status_code=503)
    try:
        header = jwt.get_unverified_header(id_token)
    except jwt.PyJWTError as exc:
        raise invalid("format") from exc
    # Only an RS256 token with a key id can be Google's: no other (alg=none, HS256...) sends us to fetch keys.
    if header.get("alg") != "RS256" or not isinstance(header.get("kid"), str) or not header["kid"]:
        raise invalid("not signed by Google")
    try:
        key = jwks_client(settings.GOOGLE_JWKS_URL).get_signing_key_from_jwt(id_token)
        claims = jwt.decode(
            id_token,
            key.key,
            algorithms=["RS256"],
            audience=settings.GOOGLE_IOS_CLIENT_ID,
            issuer=settings.GOOGLE_ISSUERS,
            options={"require": ["exp", "iat", "iss", "aud", "sub"]},
            leeway=30,
        )
    except jwt.ExpiredSignatureError as exc:
        raise invalid("expired") from exc
    except jwt.InvalidAudienceError as exc:
        raise invalid("wrong audience") from exc
    except jwt.InvalidIssuerError as exc:
        raise invalid("wrong issuer") from exc
    except jwt.PyJWKClientConnectionError as exc:
        raise ApplicationError(
            "Google's keys could not be fetched; try again.", code="upstream_unavailable", status_code=503
        ) from exc
    except jwt.PyJWTError as exc:
        raise invalid("signature or format") from exc
    if not claims.get("email") or claims.get("email_verified") not in (True, "true"):
        raise invalid("email not verified")
    return GoogleIdentity(
        sub=str(claims["sub"]), email=claims["email"].lower(), name=claims.get("name", ""), issued_at=int(claims["iat"])
    )
