"""Writes for users: registration, Google sign-in, tokens."""
from __future__ import annotations

from django.conf import settings
from django.contrib.auth import authenticate, password_validation
from django.db import IntegrityError, transaction
from rest_framework_simplejwt.tokens import RefreshToken

from crave.errors import ApplicationError

from .google import GoogleIdentity
from .models import User


@transaction.atomic
def user_register(*, email: str, password: str, full_name: str = "") -> User:
    email = User.objects.normalize_email(email).lower()
    if User.objects.filter(email__iexact=email).exists():
        raise ApplicationError("An account with this email already exists.", code="email_taken",
                               status_code=409, fields={"email": ["An account with this email already exists."]})
    try:
        password_validation.validate_password(password, User(email=email, full_name=full_name))
    except Exception as exc:  # django ValidationError: name the field for the client
        raise ApplicationError("The password is too weak.", code="validation_error",
                               fields={"password": list(getattr(exc, "messages", [str(exc)]))}) from exc
    try:
        return User.objects.create_user(email, password, full_name=full_name)
    except IntegrityError as exc:  # lost a race with the same email
        raise ApplicationError("An account with this email already exists.", code="email_taken", status_code=409) from exc


def user_login(*, email: str, password: str) -> User:
    user = authenticate(username=email.lower().strip(), password=password)
    if user is None:
        raise ApplicationError("Incorrect email or password.", code="invalid_credentials", status_code=401)
    return user


@transaction.atomic
def user_from_google(*, identity: GoogleIdentity) -> User:
    """Find the user by Google subject, else by email (linking it), else create one."""
    user = User.objects.select_for_update().filter(google_sub=identity.sub).first()
    if user is None:
        user = User.objects.select_for_update().filter(email__iexact=identity.email).first()
    if user is None:
        return User.objects.create_user(identity.email, None, full_name=identity.name, google_sub=identity.sub)
    if not user.is_active:
        raise ApplicationError("This account is disabled.", code="account_disabled", status_code=401)
    user.google_sub = identity.sub
    if identity.name and not user.full_name:
        user.full_name = identity.name
    user.save(update_fields=["google_sub", "full_name", "updated_at"])
    return user


def tokens_for(user: User) -> dict:
    """The login response the iOS app decodes."""
    refresh = RefreshToken.for_user(user)
    lifetime = settings.SIMPLE_JWT["ACCESS_TOKEN_LIFETIME"]
    return {
        "access_token": str(refresh.access_token),
        "token_type": "bearer",
        "user_id": user.id,
        "refresh_token": str(refresh),
        "expires_in": int(lifetime.total_seconds()),
    }
