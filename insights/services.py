"""Writes for insights. Asking a question: crisis language and cache hits are answered at once; the rest is a
gpu-queue job. Rating an answer, recomputing trends, and the single-use dashboard link."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.db import transaction

from core.errors import ApplicationError
from gpu.embeddings import get_provider
from gpu.routing import route
from personas import bandit
from personas.models import PersonaStatus
from personas.selection import arm_stats_rebuild, persona_for_question

from .answering import cache_key, cached, crisis_payload, insight_finish, local_now
from .models import Feedback, Insight
from .safety import is_crisis
from .selectors import active_user
from .tasks import answer_insight, compress_user_trends

LINK_SALT = "crave.dashboard.link"
LINK_MAX_AGE = 120  # seconds: long enough to open a web view, too short to be worth stealing


def insight_request(*, user, question: str, persona_slug: str | None = None, locale: str | None = None) -> Insight:
    """`locale` is the app's Accept-Language: where the user's time zone names no country, its region picks
    the crisis line."""
    persona, context, selected_by = persona_for_question(
        user=user, question=question, slug=persona_slug, default_slug=settings.DEFAULT_PERSONA
    )
    if persona_slug and persona is None:
        raise ApplicationError(
            f"No persona named {persona_slug!r}.", code="validation_error", fields={"persona": ["Unknown persona."]}
        )
    if persona_slug and persona.status != PersonaStatus.READY:
        # Never served under its name before its adapter exists: another persona answers, and says so.
        persona, context, selected_by = persona_for_question(
            user=user, question=question, slug=None, default_slug=settings.DEFAULT_PERSONA
        )
        selected_by = "fallback"
    user.refresh_from_db(fields=["data_version"])
    key = cache_key(user=user, question=question, persona=persona, today=local_now(user).date())
    insight = Insight.objects.create(
        user=user,
        question=question,
        persona=persona,
        persona_version=persona.version if persona else 0,
        data_version=user.data_version,
        cache_key=key,
        context=context.as_dict(),
        selected_by=selected_by,
    )
    if is_crisis(question, get_provider().embed):  # before any model, and never cached away
        return insight_finish(insight, crisis_payload(user=user, text=question, locale=locale))
    hit = cached(key)
    if hit:
        return insight_finish(insight, hit)

    slug = persona.slug if persona else None
    transaction.on_commit(lambda: answer_insight.apply_async(args=[insight.id], **route(slug)))
    return insight


@transaction.atomic
def feedback_give(*, user, insight: Insight, thumbs_up: bool, rating: int | None = None, comment: str = "") -> Feedback:
    """Store the rating with its context and teach the bandit; rating the same answer again replaces it."""
    if insight.status != Insight.Status.DONE:
        raise ApplicationError("Only a finished answer can be rated.", code="not_ready", status_code=409)
    feedback, _ = Feedback.objects.update_or_create(
        insight=insight,
        defaults={
            "user": user,
            "persona": insight.persona,
            "persona_version": insight.persona_version,
            "thumbs_up": thumbs_up,
            "rating": rating,
            "comment": comment,
            "context": insight.context,
            "reward": bandit.reward(thumbs_up=thumbs_up, rating=rating),
        },
    )
    if insight.persona and insight.safety != "crisis":
        arm_stats_rebuild(persona=insight.persona)
    return feedback


def trends_compress_request(*, user) -> None:
    """Recompute this user's weekly and monthly trend markers now, on the gpu queue (beat does it nightly)."""
    compress_user_trends.delay(user.id)


def dashboard_link_token(user) -> str:
    """A signed, single-use link: its nonce is claimed once, atomically, when the link is opened. It carries
    the user's token version, so revoking their tokens (a password change, a reused refresh token) voids it."""
    return signing.dumps({"u": user.id, "v": user.token_version, "n": secrets.token_urlsafe(16)}, salt=LINK_SALT)


def link_claimed(nonce: str) -> bool:
    """True for the first opening only (an atomic add in Redis); if that cannot be proven, refuse."""
    try:
        return bool(cache.add(f"dashboard-link:{nonce}", 1, LINK_MAX_AGE + 60))
    except Exception:
        return False


def dashboard_link_open(token: str):
    """The link's user, the first time a fresh link is opened; None for an expired, forged or used one."""
    try:
        payload = signing.loads(token, salt=LINK_SALT, max_age=LINK_MAX_AGE)
    except signing.BadSignature:
        return None
    user = active_user(payload.get("u"), token_version=payload.get("v"))
    return user if user is not None and link_claimed(str(payload.get("n"))) else None
