"""GDPR-style export and erasure of everything stored about one user."""

from __future__ import annotations

import csv
import io
import json
import zipfile

from django.core.cache import cache
from django.db import transaction
from django.db.models import F

from accounts.models import User
from core.errors import ApplicationError
from cravings.models import Craving
from insights.models import Feedback, Insight, Summary, TrendMarker
from personas.models import Persona, PersonaVersion
from personas.selection import arm_stats_rebuild
from tuning.services import personas_forget

PROFILE_FIELDS = [
    "id",
    "email",
    "full_name",
    "timezone",
    "google_sub",
    "is_active",
    "improve_personas",
    "date_joined",
    "last_login",
]
CRAVING_FIELDS = [
    "uuid",
    "description",
    "intensity",
    "resistance",
    "emotions",
    "occurred_at",
    "utc_offset_minutes",
    "location",
    "people",
    "trigger",
    "archived",
    "created_at",
    "updated_at",
    "embedding_status",
    "embedded_at",
    "embedding",
]
INSIGHT_FIELDS = [
    "id",
    "question",
    "answer",
    "status",
    "safety",
    "sources",
    "finding",
    "persona_slug",
    "persona_version",
    "selected_by",
    "context",
    "created_at",
    "completed_at",
]
FEEDBACK_FIELDS = [
    "insight_id",
    "persona_slug",
    "persona_version",
    "thumbs_up",
    "rating",
    "comment",
    "reward",
    "context",
    "created_at",
    "updated_at",
]
SUMMARY_FIELDS = ["period_start", "period_end", "text", "stats", "created_at"]
MARKER_FIELDS = ["kind", "period_start", "period_end", "text", "summary", "stats", "embedding"]


def plain(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "tolist"):  # pgvector arrays
        return [float(x) for x in value.tolist()]
    if hasattr(value, "hex") and not isinstance(value, (bytes, str)):  # UUID
        return str(value)
    return value


def rows(queryset, fields: list[str]) -> list[dict]:
    return [
        {
            f: plain(getattr(obj, f, None) if f != "persona_slug" else (obj.persona.slug if obj.persona else None))
            for f in fields
        }
        for obj in queryset
    ]


def sign_in_rows(user: User) -> list[dict]:
    """What the password-guessing guard (django-axes) keeps under this email: times, addresses, browsers."""
    from axes.models import AccessAttempt, AccessLog

    failed = [
        {
            "kind": "failed",
            "ip_address": a.ip_address,
            "user_agent": a.user_agent,
            "failures": a.failures_since_start,
            "at": plain(a.attempt_time),
        }
        for a in AccessAttempt.objects.filter(username=user.email)
    ]
    signed_in = [
        {"kind": "signed_in", "ip_address": a.ip_address, "user_agent": a.user_agent, "at": plain(a.attempt_time)}
        for a in AccessLog.objects.filter(username=user.email)
    ]
    return failed + signed_in


def feedback_rows(user: User) -> list[dict]:
    """The user's ratings, each with the persona versions that learned from its shape (if they opted in)."""
    used: dict[int, list[str]] = {}
    for version in PersonaVersion.objects.exclude(feedback_ids=[]).select_related("persona"):
        for feedback_id in version.feedback_ids:
            used.setdefault(feedback_id, []).append(f"{version.persona.slug}@v{version.version}")
    ratings = Feedback.objects.filter(user=user).select_related("persona").order_by("created_at")
    return [
        {**row, "used_in_training": used.get(f.id, [])}
        for row, f in zip(rows(ratings, FEEDBACK_FIELDS), ratings, strict=True)
    ]


def user_export(*, user: User) -> dict:
    """Everything we hold about the user, embeddings included (they are derived from their words)."""
    return {
        "profile": {f: plain(getattr(user, f)) for f in PROFILE_FIELDS},
        "cravings": rows(Craving.objects.filter(user=user).order_by("occurred_at"), CRAVING_FIELDS),
        "insights": rows(
            Insight.objects.filter(user=user).select_related("persona").order_by("created_at"), INSIGHT_FIELDS
        ),
        "feedback": feedback_rows(user),
        "sign_in_attempts": sign_in_rows(user),
        "summaries": rows(Summary.objects.filter(user=user).order_by("period_start"), SUMMARY_FIELDS),
        "trend_markers": rows(TrendMarker.objects.filter(user=user).order_by("kind", "period_start"), MARKER_FIELDS),
    }


def spreadsheet_safe(value):
    """A cell that starts like a formula (=, +, -, @, tab, return) is opened as text: a note such as
    =HYPERLINK(...) must not run when the user opens their own export in a spreadsheet."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def user_export_csv_zip(*, user: User) -> bytes:
    """The same export as one CSV per table, zipped (lists and vectors as JSON text in their cells)."""
    data = user_export(user=user)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, table in data.items():
            table = [table] if isinstance(table, dict) else table
            out = io.StringIO()
            fields = list(table[0]) if table else []
            writer = csv.DictWriter(out, fieldnames=fields)
            writer.writeheader()
            for row in table:
                writer.writerow(
                    {k: spreadsheet_safe(json.dumps(v) if isinstance(v, (list, dict)) else v) for k, v in row.items()}
                )
            archive.writestr(f"{name}.csv", out.getvalue())
    return buffer.getvalue()


RECENT_SIGN_IN_SECONDS = 15 * 60


def forget_traces(user: User) -> None:
    """What the cascade does not reach: sign-in attempts kept under the email, issued tokens, signed-in
    sessions (password or dashboard link), and the admin's "recent actions", which name the account."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog
    from django.contrib.admin.models import LogEntry
    from django.contrib.contenttypes.models import ContentType
    from django.contrib.sessions.models import Session
    from rest_framework_simplejwt.token_blacklist.models import OutstandingToken

    for model in (AccessAttempt, AccessLog, AccessFailureLog):
        model.objects.filter(username=user.email).delete()
    OutstandingToken.objects.filter(user=user).delete()  # the blacklist rows go with them
    for session in Session.objects.all().iterator():
        data = session.get_decoded()
        if str(data.get("_auth_user_id")) == str(user.id) or data.get("dashboard_user") == user.id:
            session.delete()
    LogEntry.objects.filter(content_type=ContentType.objects.get_for_model(User), object_id=str(user.id)).update(
        object_repr=f"erased account #{user.id}", change_message=""
    )
    # An insight's admin entry is named by its question: the user's own words.
    insight_ids = [str(i) for i in Insight.objects.filter(user=user).values_list("id", flat=True)]
    LogEntry.objects.filter(content_type=ContentType.objects.get_for_model(Insight), object_id__in=insight_ids).update(
        object_repr="erased insight", change_message=""
    )


def erase_reauthenticate(*, user: User, password: str | None, id_token: str | None, request=None) -> None:
    """Erasing is final, so a stolen token alone must not do it: the password (counted by django-axes), or
    for an account without one a Google sign-in made in the last 15 minutes, as a fresh ID token (a
    refreshed access token proves nothing: a stolen refresh token makes those)."""
    import time

    from accounts.google import google_verify_id_token
    from accounts.services import password_confirmed

    if user.has_usable_password():
        if not password or not password_confirmed(request=request, user=user, password=password):
            raise ApplicationError(
                "Enter your password to delete your account.",
                code="validation_error",
                fields={"password": ["Incorrect or missing password."]},
            )
        return
    if not id_token:
        raise ApplicationError(
            "Sign in with Google again to delete your account.", code="reauthenticate", status_code=403
        )
    identity = google_verify_id_token(id_token)
    if identity.sub != user.google_sub or time.time() - identity.issued_at > RECENT_SIGN_IN_SECONDS:
        raise ApplicationError(
            "Sign in with Google again (this account, within 15 minutes) to delete it.",
            code="reauthenticate",
            status_code=403,
        )


@transaction.atomic
def persona_consent_forget(sender=None, *, user_id: int, **kwargs) -> int:
    """Opting out of "help improve personas" retires the versions already trained on this user's ratings
    (as erasure does); the next scheduled run trains without them."""
    feedback_ids = list(Feedback.objects.filter(user_id=user_id).values_list("id", flat=True))
    return len(personas_forget(feedback_ids=feedback_ids)) if feedback_ids else 0


@transaction.atomic
def user_erase(*, user: User) -> dict:
    """Delete the account and everything under it: cravings with their embeddings, insights, summaries,
    trend markers, adapter feedback; cached answers are dropped too."""
    keys = [f"insight:{k}" for k in Insight.objects.filter(user=user).values_list("cache_key", flat=True)]
    User.objects.filter(id=user.id).update(data_version=F("data_version") + 1)  # any key we missed is unreachable
    counts = {
        "cravings": Craving.objects.filter(user=user).count(),
        "insights": Insight.objects.filter(user=user).count(),
        "summaries": Summary.objects.filter(user=user).count(),
        "trend_markers": TrendMarker.objects.filter(user=user).count(),
        "feedback": Feedback.objects.filter(user=user).count(),
    }
    rated = list(Feedback.objects.filter(user=user).values_list("id", "persona_id"))
    counts["persona_versions_retired"] = len(personas_forget(feedback_ids=[i for i, _ in rated]))
    forget_traces(user)
    user.delete()  # cascades to every table above
    for persona in Persona.objects.filter(id__in={p for _, p in rated if p}):
        arm_stats_rebuild(persona=persona)  # the bandit forgets their ratings too

    def drop_cache():
        try:
            cache.delete_many(keys)
        except Exception:  # Redis down: the keys are unreachable anyway (data_version) and expire in a day
            pass

    transaction.on_commit(drop_cache)
    return counts
