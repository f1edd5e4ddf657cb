"""Choosing a persona for a question: the user's explicit choice wins; otherwise the bandit, over
ready personas, with evidence from every user's ratings in this kind of context."""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from django.db import transaction
from django.db.models import Count, F

from cravings.models import Craving

from . import bandit
from .models import ArmStats, Persona, PersonaStatus

_rng = random.SystemRandom()


def context_for(*, user, question: str, now: datetime | None = None) -> bandit.Context:
    from insights.periods import user_zone

    zone, _ = user_zone(user)
    now = (now or datetime.now(timezone.utc)).astimezone(zone)
    top = (Craving.objects.filter(user=user, occurred_at__gte=now - timedelta(days=30)).exclude(trigger="")
           .values("trigger").annotate(n=Count("id")).order_by("-n").values_list("trigger", flat=True).first())
    return bandit.Context(bandit.question_type(question), bandit.time_of_day(now.hour), (top or "none").lower())


def persona_select(*, personas: list[Persona], context: bandit.Context, rng=_rng) -> Persona:
    rows = ArmStats.objects.filter(persona__in=personas, context_key__in=[context.key, bandit.POOLED])
    stats = {(row.persona.slug, row.context_key): (row.successes, row.failures) for row in rows.select_related("persona")}
    chosen = bandit.choose(stats, [p.slug for p in personas], context.key, rng)
    return next(p for p in personas if p.slug == chosen)


def persona_for_question(*, user, question: str, slug: str | None, default_slug: str):
    """(persona or None, context, how it was chosen)."""
    context = context_for(user=user, question=question)
    if slug:
        return Persona.objects.filter(slug=slug).first(), context, "user"
    ready = list(Persona.objects.filter(status=PersonaStatus.READY))
    if len(ready) >= 2:
        return persona_select(personas=ready, context=context), context, "bandit"
    # The default persona too is served only once its adapter is ready; until then the bare base model.
    return Persona.objects.filter(slug=default_slug, status=PersonaStatus.READY).first(), context, "default"


@transaction.atomic
def arm_reward(*, persona: Persona, context_key: str, value: float, previous: float | None = None) -> None:
    """Add a reward (or replace a user's earlier rating of the same answer) to both buckets."""
    for key in (context_key, bandit.POOLED):
        ArmStats.objects.get_or_create(persona=persona, context_key=key)
        delta_s = value - (previous or 0.0)
        delta_f = (1 - value) - ((1 - previous) if previous is not None else 0.0)
        ArmStats.objects.filter(persona=persona, context_key=key).update(
            successes=F("successes") + delta_s, failures=F("failures") + delta_f,
            pulls=F("pulls") + (0 if previous is not None else 1))
