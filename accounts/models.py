import unicodedata
from typing import ClassVar

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.db.models.functions import Lower


def normalised_email(email: str) -> str:
    """NFKC (full-width and compatibility forms fold to plain ones), trimmed, lower case."""
    return unicodedata.normalize("NFKC", email or "").strip().lower()


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **fields):
        user = self.model(email=normalised_email(email), **fields)
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()  # Google-only accounts have no password to guess
        user.full_clean()
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str, **fields):
        return self.create_user(email, password, is_staff=True, is_superuser=True, **fields)


class User(AbstractBaseUser, PermissionsMixin):
    """Signs in by email (password or Google); the id is the int the iOS app decodes as user_id."""

    email = models.EmailField(unique=True)
    full_name = models.CharField(max_length=150, blank=True)
    google_sub = models.CharField(max_length=255, unique=True, null=True, blank=True)
    # Proven by the link we email, or by Google: only then may a Google identity join this account by email.
    email_verified = models.BooleanField(default=False, db_default=False)
    # IANA zone for analytics when a craving's own UTC offset is not enough (days, weeks, DST edges).
    timezone = models.CharField(max_length=64, default="UTC")
    # In every token; bumped by a password change or a reused refresh token, so every earlier token fails.
    token_version = models.PositiveIntegerField(default=0, db_default=0)
    # Opt-in: the shape of this user's rated answers may teach the shared personas (never their content).
    improve_personas = models.BooleanField(default=False, db_default=False)
    # Bumped by every craving write: cached insights are keyed on it, so a new log is never answered stale.
    data_version = models.PositiveIntegerField(default=0, db_default=0)
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False)
    date_joined = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = UserManager()
    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    class Meta:
        constraints = [models.UniqueConstraint(Lower("email"), name="user_email_ci_unique")]
        permissions = [("export_user", "Can download a user's full data export")]

    def __str__(self) -> str:
        return self.email
