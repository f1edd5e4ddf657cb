"""The work the gpu worker does for insights, with the models it holds."""

from __future__ import annotations

import copy
import threading
from datetime import timedelta

from django.utils import timezone

from accounts.models import User
from gpu.embeddings import get_provider
from personas.guard import guard
from personas.voicing import PERSONA_TOKENS

from .answering import compose, computed_query, insight_finish, local_now, remember, screened
from .answering.query import Filters, Measure, Query
from .markers import markers_refresh
from .models import Insight, Summary
from .safety import screen_notes
from .timeparse import parse_time
from .waiting import insight_announce

SUMMARIZE_RECENT_MARKERS = 8  # model-written summaries for the newest changed markers only (cost bound)


_counting: dict = {}
_counting_lock = threading.Lock()


def count_tokens(tokenizer, text: str) -> int:
    """Tokens in a prompt, with a copy of the tokenizer that only counts: the batcher pads with its own,
    and a fast tokenizer shared across threads fails ("Already borrowed")."""
    with _counting_lock:
        counter = _counting.setdefault(id(tokenizer), copy.deepcopy(tokenizer))
        return len(counter(text, add_special_tokens=False)["input_ids"])


def worker_tools(persona):
    from gpu.serving import generate_reply, get_serving, persona_reply

    serving = get_serving()

    def generate(messages):
        if persona is None:
            return generate_reply(None, messages, PERSONA_TOKENS, timeout=180)
        return persona_reply(
            persona=persona, messages=messages[1:], max_new_tokens=PERSONA_TOKENS, system_prompt=messages[0]["content"]
        )

    generate.count_tokens = lambda text: count_tokens(serving.tokenizer, text)  # type: ignore[attr-defined]
    return generate, get_provider().embed


def insight_answer(*, insight_id: int) -> Insight:
    insight = Insight.objects.select_related("user", "persona").get(id=insight_id)
    if insight.status == Insight.Status.DONE:  # a redelivered job: already answered
        return insight
    Insight.objects.filter(id=insight.id).update(status=Insight.Status.RUNNING)
    try:
        generate, embed = worker_tools(insight.persona)
        payload = compose(
            user=insight.user, question=insight.question, persona=insight.persona, generate=generate, embed=embed
        )
    except Exception as exc:
        Insight.objects.filter(id=insight.id).update(status=Insight.Status.FAILED, error=str(exc)[:500])
        insight_announce(insight.id)
        raise
    insight = insight_finish(insight, payload)
    remember(insight.cache_key, payload)
    return insight


def trends_compress(*, user_id: int, summarize: bool = True) -> list:
    written = markers_refresh(user_id=user_id, embed=get_provider().embed)
    if summarize and written:
        generate, _ = worker_tools(None)
        for marker in sorted(written, key=lambda m: m.period_start, reverse=True)[:SUMMARIZE_RECENT_MARKERS]:
            if screen_notes([marker.text], get_provider().embed)[0]:
                continue  # a trigger in it says something serious: no model reads it
            text = generate(
                [
                    {
                        "role": "system",
                        "content": "Summarize these craving statistics in one plain sentence. Use only "
                        "numbers that appear in them. No advice.",
                    },
                    {"role": "user", "content": marker.text},
                ]
            )
            marker.summary = " ".join(guard(text, answer=marker.text)[0])[:500]
            marker.save(update_fields=["summary", "updated_at"])
    return written


def weekly_summary_write(*, user_id: int) -> Summary:
    """Last week (Monday to Sunday, the user's local time) as the overview answer, plus one guarded
    encouraging sentence from the base model."""
    user = User.objects.get(id=user_id)
    now = local_now(user)
    window = parse_time("last week", now.date(), now)
    query = Query(measure=Measure.PROFILE, filters=Filters(), window=window, kind="overview", text="How was last week?")
    answer = computed_query(user=user, query=query, embed=get_provider().embed, now=now)
    facts = " ".join(screened(answer.said, get_provider().embed)[0])
    total = answer.result.main["total"]
    note = ""
    if total:
        generate, _ = worker_tools(None)
        note = " ".join(
            guard(
                generate(
                    [
                        {
                            "role": "system",
                            "content": "Write one encouraging sentence about this week of craving logs. Add no "
                            "numbers, days or facts of your own. No medical advice.",
                        },
                        {"role": "user", "content": facts},
                    ]
                ),
                answer=facts,
            )[0]
        )
    start, end = window.first_day, window.last_day
    assert start and end, "last week is a closed window"
    resisted = answer.result.main["resisted"]
    summary, _ = Summary.objects.update_or_create(
        user=user,
        period_start=start,
        defaults={
            "period_end": end,
            "text": f"{facts} {note}".strip(),
            "stats": {
                "totalCravings": total,
                "totalResisted": resisted,
                "successRate": round(100 * resisted / total) if total else 0.0,
                "averageIntensity": answer.result.main["intensity"],
            },
        },
    )
    return summary


def active_user_ids(*, days: int) -> list[int]:
    since = timezone.now() - timedelta(days=days)
    return list(
        User.objects.filter(is_active=True, cravings__created_at__gte=since).distinct().values_list("id", flat=True)
    )
