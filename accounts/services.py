"""Writes for users: registration, Google sign-in, tokens, profile updates."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings
from django.contrib.auth import authenticate, password_validation
from django.core import signing
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from rest_framework_simplejwt.exceptions import TokenError
from rest_framework_simplejwt.settings import api_settings as jwt_settings
from rest_framework_simplejwt.tokens import RefreshToken

from core.errors import ApplicationError

from .authentication import TOKEN_VERSION_CLAIM
from .google import GoogleIdentity
from .models import User, normalised_email
from .signals import persona_consent_withdrawn

logger = logging.getLogger(__name__)


def email_checked(email: str) -> str:
    """The address to store. Only plain ASCII is accepted: a look-alike ("vıctim@", Cyrillic "е") would
    otherwise register as a second account beside the real one."""
    email = normalised_email(email)
    if not email.isascii():
        raise ApplicationError(
            "Use the address exactly as your email provider shows it, in plain letters.",
            code="validation_error",
            fields={"email": ["Only plain (ASCII) letters are accepted."]},
        )
    return email


@transaction.atomic
def user_register(*, email: str, password: str, full_name: str = "", request=None) -> None:
    """The same answer whether or not the address has an account (membership in an addiction app is
    sensitive): a new address gets its confirmation link, a known one an email saying someone tried."""
    email = email_checked(email)
    try:
        password_validation.validate_password(password, User(email=email, full_name=full_name))
    except Exception as exc:  # django ValidationError: name the field for the client
        raise ApplicationError(
            "The password is too weak.",
            code="validation_error",
            fields={"password": list(getattr(exc, "messages", [str(exc)]))},
        ) from exc
    try:
        with transaction.atomic():
            user = User.objects.create_user(email, password, full_name=full_name)
    except (IntegrityError, DjangoValidationError):  # the address is taken (or was taken a moment ago)
        known = User.objects.filter(email__iexact=email).first()
        if known is None:
            raise
        transaction.on_commit(lambda: mail_allowed(known.email) and registration_attempt_send(user=known))
        return
    transaction.on_commit(lambda: mail_allowed(user.email) and email_verification_send(user=user, request=request))


VERIFY_SALT = "crave.email-verification"
VERIFY_MAX_AGE = 3 * 24 * 3600
MAILS_PER_DAY = 5  # confirmation and "someone tried" emails to one address: enough for lost mail, not a bomb


def mail_allowed(email: str) -> bool:
    """At most MAILS_PER_DAY emails a day to one address, whoever asks. Fails open (Redis down)."""
    from django.core.cache import cache

    key = f"mails:{normalised_email(email)}:{date.today().isoformat()}"
    try:
        cache.add(key, 0, 2 * 86400)
        return cache.incr(key) <= MAILS_PER_DAY
    except Exception as exc:
        logger.warning("mail cap skipped, cache unavailable: %s", type(exc).__name__)
        return True


def registration_attempt_send(*, user: User) -> bool:
    try:
        send_mail(
            "Someone tried to create a CRAVE account with your email",
            f"Someone (perhaps you) tried to create a CRAVE account for {user.email}, which already has one.\n\n"
            "If it was you, sign in with your password or with Google. If not, you can ignore this email: "
            "nothing changed.",
            None,
            [user.email],
        )
    except Exception as exc:
        logger.warning("registration notice for user %s not sent: %s", user.id, type(exc).__name__)
        return False
    return True


def email_verification_send(*, user: User, request=None) -> bool:
    """A signed link proving the address: console in development, SMTP in production (EMAIL_* settings).
    A mail server that is down must not fail the sign-up it follows: the account stands, the failure is
    logged (by user id, never the address) and the app can ask for the link again."""
    token = signing.dumps({"user": user.id, "email": user.email}, salt=VERIFY_SALT)
    path = f"{reverse('auth-verify-email')}?token={token}"
    link = request.build_absolute_uri(path) if request is not None else path
    try:
        send_mail(
            "Confirm your email for CRAVE",
            f"Open this link to confirm {user.email} for your CRAVE account:\n\n{link}\n\n"
            "If you did not sign up, confirm anyway without a password: whoever used your address loses "
            "its password and sign-ins, and the account is yours (sign in with Google). If you ignore "
            "this email, nothing is confirmed.",
            None,
            [user.email],
        )
    except Exception as exc:  # SMTP refused, timed out, misconfigured
        logger.warning("verification email for user %s not sent: %s", user.id, type(exc).__name__)
        return False
    return True


def email_verification_user(*, token: str) -> User:
    """The account a confirmation link names, if the link is genuine, fresh, and the address unchanged."""
    try:
        data = signing.loads(token, salt=VERIFY_SALT, max_age=VERIFY_MAX_AGE)
    except signing.BadSignature as exc:
        raise ApplicationError("This confirmation link is invalid or has expired.", code="invalid_token") from exc
    user = User.objects.filter(id=data["user"], email=data["email"], is_active=True).first()
    if user is None:
        raise ApplicationError("This confirmation link is invalid or has expired.", code="invalid_token")
    return user


def email_verify(*, token: str, password: str | None = None, request=None) -> dict:
    """The address's owner confirms (a POST: a mail scanner's GET confirms nothing). Whoever confirms holds
    the mailbox; whoever registered may be someone else. With the account's password they are the same
    person and nothing else changes. Without it, the registrant was another party: their password, tokens
    and Google link go, and the account belongs to the address (its owner signs in with Google)."""
    user = email_verification_user(token=token)
    if password and not password_confirmed(request=request, user=user, password=password):
        raise ApplicationError(
            "The password is not right.",
            code="validation_error",
            fields={"password": ["Incorrect password. Leave it out if you did not sign up."]},
        )
    with transaction.atomic():
        user = User.objects.select_for_update().get(id=user.id)
        if user.email_verified:
            return {"emailVerified": True, "passwordKept": user.has_usable_password()}
        if not password:
            user.set_unusable_password()
            user.google_sub = None
            tokens_revoke_all(user_id=user.id)
        user.email_verified = True
        user.save(update_fields=["password", "google_sub", "email_verified", "updated_at"])
    return {"emailVerified": True, "passwordKept": user.has_usable_password()}


def locked_out(request) -> ApplicationError:
    from axes.helpers import get_cool_off

    return ApplicationError(
        "Too many failed sign-ins; try again later.",
        code="locked_out",
        status_code=429,
        headers={"Retry-After": str(int(get_cool_off(request).total_seconds()))},
    )


def password_confirmed(*, request, user: User, password: str) -> bool:
    """Every password check goes through django-axes, so a token holder guessing the password (password
    change, deletion, Google link) is locked out as a login would be."""
    if request is None:  # no client to count (admin shell): a plain check
        return user.has_usable_password() and user.check_password(password)
    checked = authenticate(request=request, username=user.email, password=password)
    if getattr(request, "axes_locked_out", False):
        raise locked_out(request)
    return checked is not None and checked.id == user.id


def user_login(*, request, email: str, password: str) -> User:
    """Password login; django-axes counts failures per (account, address) and locks that pair out."""
    user = authenticate(request=request, username=normalised_email(email), password=password)
    if getattr(request, "axes_locked_out", False):
        raise locked_out(request)
    if user is None:
        raise ApplicationError("Incorrect email or password.", code="invalid_credentials", status_code=401)
    return user


@transaction.atomic
def user_from_google(*, identity: GoogleIdentity, request=None) -> User:
    """The user with this Google subject; else the account with this email, but only if that email was
    verified (someone who registered the address with a password, unproven, gets no one's Google login);
    else a new account."""
    user = User.objects.select_for_update().filter(google_sub=identity.sub).first()
    if user is None:
        user = User.objects.select_for_update().filter(email__iexact=identity.email).first()
        if user is not None and not user.email_verified:
            # Sent now, not on commit: the refusal below rolls this transaction back (it wrote nothing).
            if mail_allowed(user.email):
                email_verification_send(user=user, request=request)
            raise ApplicationError(
                "An account with this email exists but its address was never confirmed. Open the link we just "
                "emailed and confirm: if you did not create that account, confirm without a password and it "
                "becomes yours.",
                code="account_exists_unverified",
                status_code=409,
            )
    if user is None:
        return User.objects.create_user(
            identity.email, None, full_name=identity.name, google_sub=identity.sub, email_verified=True
        )
    if not user.is_active:
        raise ApplicationError("This account is disabled.", code="account_disabled", status_code=401)
    if user.google_sub is None:
        google_join(user=user, identity=identity)
    return user


def google_join(*, user: User, identity: GoogleIdentity) -> User:
    taken = User.objects.filter(google_sub=identity.sub).exclude(id=user.id).exists()
    if taken:
        raise ApplicationError(
            "This Google account is already linked to another CRAVE account.", code="google_taken", status_code=409
        )
    user.google_sub = identity.sub
    if identity.name and not user.full_name:
        user.full_name = identity.name
    user.save(update_fields=["google_sub", "full_name", "updated_at"])
    return user


def google_link(*, user: User, identity: GoogleIdentity, password: str, request=None) -> User:
    """Join a Google identity to a signed-in account. A stolen access token must not become lasting access,
    so the current password is asked, and an existing link is never replaced (remove it first)."""
    if not password or not password_confirmed(request=request, user=user, password=password):
        raise ApplicationError(
            "Enter your current password to link Google.",
            code="validation_error",
            fields={"password": ["Incorrect or missing password."]},
        )
    with transaction.atomic():
        user = User.objects.select_for_update().get(id=user.id)
        if user.google_sub is not None:
            raise ApplicationError(
                "A Google account is already linked; remove it first.", code="google_already_linked", status_code=409
            )
        return google_join(user=user, identity=identity)


def google_unlink(*, user: User, password: str, request=None) -> User:
    """Remove the Google link; only an account with a password can (else it could never sign in again)."""
    if not user.has_usable_password():
        raise ApplicationError(
            "Google is this account's only sign-in; it cannot be removed.", code="google_only_sign_in", status_code=409
        )
    if not password or not password_confirmed(request=request, user=user, password=password):
        raise ApplicationError(
            "Enter your current password to remove Google sign-in.",
            code="validation_error",
            fields={"password": ["Incorrect or missing password."]},
        )
    User.objects.filter(id=user.id).update(google_sub=None)
    user.google_sub = None
    return user


def tokens_for(user: User) -> dict:
    """The login response the iOS app decodes."""
    refresh = RefreshToken.for_user(user)
    refresh[TOKEN_VERSION_CLAIM] = user.token_version  # the access token copies it
    lifetime: timedelta = settings.SIMPLE_JWT["ACCESS_TOKEN_LIFETIME"]  # type: ignore[assignment]  # a dict of objects
    return {
        "access_token": str(refresh.access_token),
        "token_type": "bearer",
        "user_id": user.id,
        "refresh_token": str(refresh),
        "expires_in": int(lifetime.total_seconds()),
    }


def user_update(*, user: User, **fields) -> User:
    """Profile fields the user may change: name, time zone (a real IANA zone) and the persona opt-in."""
    if "timezone" in fields:
        try:
            ZoneInfo(fields["timezone"])
        except (ZoneInfoNotFoundError, ValueError):
            raise ApplicationError(
                "Unknown time zone.",
                code="validation_error",
                fields={"timezone": ["Use an IANA zone such as Europe/Berlin."]},
            ) from None
    withdrawn = user.improve_personas and fields.get("improve_personas") is False
    for name, value in fields.items():
        setattr(user, name, value)
    user.full_clean()
    user.save(update_fields=[*fields, "updated_at"])
    if withdrawn:
        persona_consent_withdrawn.send(sender=User, user_id=user.id)
    if "timezone" in fields:
        User.objects.filter(id=user.id).update(data_version=F("data_version") + 1)  # "yesterday" moved
    return user


def tokens_refresh(*, raw: str) -> dict:
    """Rotate: the refresh token is used up and a new pair is issued. A token that was already used is a
    stolen copy (or the thief's second try): every token of its user is revoked."""
    try:
        refresh = RefreshToken(raw)  # type: ignore[arg-type]  # simplejwt takes the encoded token too
    except TokenError as exc:
        if "blacklisted" in str(exc).lower():
            # Rotated away earlier in the current generation: a copy is in use. (A token revoked by a password
            # change is of an older generation: refused, without revoking the new session.)
            used = RefreshToken(raw, verify=False)  # type: ignore[arg-type]
            owner = User.objects.filter(id=used.get("user_id")).first()
            if owner is not None and used.get(TOKEN_VERSION_CLAIM, 0) == owner.token_version:
                tokens_revoke_all(user_id=owner.id)
        raise ApplicationError(
            "The refresh token is invalid or expired.", code="invalid_token", status_code=401
        ) from exc
    user = User.objects.filter(id=refresh.get("user_id"), is_active=True).first()
    if user is None or refresh.get(TOKEN_VERSION_CLAIM, 0) != user.token_version:
        raise ApplicationError("The refresh token is invalid or expired.", code="invalid_token", status_code=401)
    if not refresh_used_up(jti=refresh[jwt_settings.JTI_CLAIM]):
        # Another request rotated this token between our check and now: two holders of one token.
        tokens_revoke_all(user_id=user.id)
        raise ApplicationError("The refresh token is invalid or expired.", code="invalid_token", status_code=401)
    return tokens_for(user)


def refresh_used_up(*, jti: str) -> bool:
    """Blacklist the token under a row lock; False if it was already used (parallel refreshes of one token:
    only the first may rotate)."""
    from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken, OutstandingToken

    with transaction.atomic():
        outstanding = OutstandingToken.objects.select_for_update().filter(jti=jti).first()
        if outstanding is None or BlacklistedToken.objects.filter(token=outstanding).exists():
            return False
        BlacklistedToken.objects.create(token=outstanding)
    return True


def tokens_revoke_all(*, user_id: int | None) -> None:
    """Every refresh token of the user blacklisted, every access token refused (token_version moves on)."""
    from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken, OutstandingToken

    if user_id is None:
        return
    for token in OutstandingToken.objects.filter(user_id=user_id):
        BlacklistedToken.objects.get_or_create(token=token)
    User.objects.filter(id=user_id).update(token_version=F("token_version") + 1)


def password_change(*, user: User, current: str, new: str, request=None) -> dict:
    """Needs the current password (counted by axes); every earlier token stops working and a Google link
    goes too (it may be a thief's); returns a fresh pair."""
    if not user.has_usable_password() or not password_confirmed(request=request, user=user, password=current):
        raise ApplicationError(
            "The current password is not right.",
            code="validation_error",
            fields={"currentPassword": ["Incorrect password."]},
        )
    try:
        password_validation.validate_password(new, user)
    except Exception as exc:
        raise ApplicationError(
            "The new password is too weak.",
            code="validation_error",
            fields={"newPassword": list(getattr(exc, "messages", [str(exc)]))},
        ) from exc
    with transaction.atomic():  # after the check: a failure axes records must not be rolled back with it
        user.set_password(new)
        user.google_sub = None
        user.save(update_fields=["password", "google_sub", "updated_at"])
        tokens_revoke_all(user_id=user.id)
    user.refresh_from_db(fields=["token_version"])
    return tokens_for(user)


def users_data_changed(user_ids: set[int]) -> None:
    """Bump each user's data version: every cached answer about their logs misses from now on."""
    User.objects.filter(id__in=user_ids).update(data_version=F("data_version") + 1)
