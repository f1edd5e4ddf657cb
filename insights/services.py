"""Asking a question: crisis language and cache hits are answered at once; the rest is a gpu-queue job."""
from __future__ import annotations

import time

from django.conf import settings
from django.db import transaction

from crave.errors import ApplicationError
from personas.models import Persona

from .answering import cache_key, cached, crisis_payload, insight_finish
from .models import Insight
from .safety import is_crisis


def persona_for(slug: str | None) -> Persona | None:
    slug = slug or settings.DEFAULT_PERSONA
    persona = Persona.objects.filter(slug=slug).first()
    if persona is None and slug != settings.DEFAULT_PERSONA:
        raise ApplicationError(f"No persona named {slug!r}.", code="validation_error",
                               fields={"persona": ["Unknown persona."]})
    return persona


def insight_request(*, user, question: str, persona_slug: str | None = None) -> Insight:
    persona = persona_for(persona_slug)
    user.refresh_from_db(fields=["data_version"])
    key = cache_key(user=user, question=question, persona=persona)
    insight = Insight.objects.create(user=user, question=question, persona=persona,
                                     persona_version=persona.version if persona else 0,
                                     data_version=user.data_version, cache_key=key)
    if is_crisis(question):  # before any model, and never cached away
        return insight_finish(insight, crisis_payload())
    hit = cached(key)
    if hit:
        return insight_finish(insight, hit)
    from .tasks import answer_insight

    transaction.on_commit(lambda: answer_insight.apply_async(args=[insight.id]))
    return insight


def insight_wait(*, insight: Insight, timeout: float) -> Insight:
    """Block until the job is answered (the chat endpoint is synchronous for the app)."""
    deadline = time.monotonic() + timeout
    while insight.status not in (Insight.Status.DONE, Insight.Status.FAILED):
        if time.monotonic() > deadline:
            raise ApplicationError("The answer is taking too long; try again shortly.", code="timeout",
                                   status_code=503)
        time.sleep(0.1)
        insight.refresh_from_db()
    if insight.status == Insight.Status.FAILED:
        raise ApplicationError("The answer could not be made; try again shortly.", code="insight_failed",
                               status_code=503)
    return insight
