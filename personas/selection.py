"""Choosing a persona for a question: the user's explicit choice wins; otherwise the bandit, over
ready personas, with evidence from every user's ratings in this kind of context."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from django.db import transaction
from django.db.models import Count

from cravings.models import Craving
from cravings.selectors import user_zone

from . import bandit
from .models import ArmStats, Persona, PersonaStatus

_rng = random.SystemRandom()


def context_for(*, user, question: str, now: datetime | None = None) -> bandit.Context:
    zone, _ = user_zone(user)
    now = (now or datetime.now(UTC)).astimezone(zone)
    top = (
        Craving.objects.filter(user=user, occurred_at__gte=now - timedelta(days=30))
        .exclude(trigger="")
        .values("trigger")
        .annotate(n=Count("id"))
        .order_by("-n")
        .values_list("trigger", flat=True)
        .first()
    )
    return bandit.Context(bandit.question_type(question), bandit.time_of_day(now.hour), (top or "none").lower())


def persona_select(*, personas: list[Persona], context: bandit.Context, rng=_rng) -> Persona:
    rows = ArmStats.objects.filter(persona__in=personas, context_key__in=[context.key, bandit.POOLED])
    stats = {
        (row.persona.slug, row.context_key): (row.successes, row.failures) for row in rows.select_related("persona")
    }
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


def persona_likely(*, user_id: int, default_slug: str) -> str | None:
    """The persona most likely to answer this user next: the one that answered them last, else the default."""
    ready = Persona.objects.filter(status=PersonaStatus.READY)
    last = ready.filter(insight__user_id=user_id).order_by("-insight__created_at").values_list("slug", flat=True)
    return last.first() or ready.filter(slug=default_slug).values_list("slug", flat=True).first()


# One account's ratings move a persona's statistics at most this much (accounts are cheap to make): its
# newest few ratings count in each context, and a few more in the pooled evidence.
RATINGS_PER_ACCOUNT = {"context": 5, "pooled": 10}

ARM_SQL = """
WITH f AS (
    SELECT f.user_id, f.reward, f.updated_at,
           coalesce(f.context->>'question_type', 'other') || '|' || coalesce(f.context->>'time_of_day', 'evening') AS ctx
    FROM insights_feedback f JOIN insights_insight i ON i.id = f.insight_id
    WHERE f.persona_id = %(persona)s AND i.safety <> 'crisis'
), ranked AS (
    SELECT *, row_number() OVER (PARTITION BY user_id, ctx ORDER BY updated_at DESC) AS in_context,
              row_number() OVER (PARTITION BY user_id ORDER BY updated_at DESC) AS overall
    FROM f
)
SELECT ctx, sum(reward), sum(1 - reward), count(*) FROM ranked WHERE in_context <= %(context)s GROUP BY ctx
UNION ALL
SELECT %(pooled_key)s, coalesce(sum(reward), 0), coalesce(sum(1 - reward), 0), count(*) FROM ranked
WHERE overall <= %(pooled)s
"""


@transaction.atomic
def arm_stats_rebuild(*, persona: Persona) -> None:
    """The bandit's evidence for one persona, recomputed from its ratings with each account capped; an
    erased account's ratings are gone with its rows, and so is their weight here."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            ARM_SQL,
            {
                "persona": persona.id,
                "context": RATINGS_PER_ACCOUNT["context"],
                "pooled": RATINGS_PER_ACCOUNT["pooled"],
                "pooled_key": bandit.POOLED,
            },
        )
        rows = cursor.fetchall()
    ArmStats.objects.filter(persona=persona).delete()
    ArmStats.objects.bulk_create(
        [
            ArmStats(persona=persona, context_key=key, successes=wins, failures=losses, pulls=count)
            for key, wins, losses, count in rows
            if count
        ]
    )
