"""The work the gpu worker does for insights, with the models it holds."""

from __future__ import annotations

import copy
import threading
import time
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from accounts.models import User
from gpu.embeddings import get_provider
from personas.guard import guard
from personas.voicing import PERSONA_TOKENS, TOUCH_STOP, TRAINED_REPLY_TOKENS, facts_in, fitting_touch

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


def worker_tools(persona, stages: dict | None = None):
    """generate(messages) and embed(texts) for compose; `stages` (when given) collects where their time went:
    embedding calls (count and ms, queue included) and the persona's generation (gpu.serving.last_timings)."""
    from gpu.serving import generate_reply, get_serving, last_timings, persona_reply

    serving = get_serving()
    stages = {} if stages is None else stages
    provider = get_provider()

    def embed(texts):
        started = time.perf_counter()
        try:
            return provider.embed(texts)
        finally:
            stages["embed_calls"] = stages.get("embed_calls", 0) + 1
            stages["embed_calls_ms"] = round(
                stages.get("embed_calls_ms", 0) + (time.perf_counter() - started) * 1000, 1
            )

    # The parser keeps its example vectors per embedding provider, found as a bound method's __self__
    # (answering/understand/shape.py): without it every answer re-embedded thousands of examples.
    embed.__self__ = provider  # type: ignore[attr-defined]

    def generate(messages):
        if persona is None:
            return generate_reply(None, messages, PERSONA_TOKENS, timeout=180)
        touch_only = settings.PERSONA_TOUCH_ONLY
        touch = persona_reply(
            persona=persona,
            messages=messages[1:],
            max_new_tokens=PERSONA_TOKENS if touch_only else TRAINED_REPLY_TOKENS,
            system_prompt=messages[0]["content"],
            stop=TOUCH_STOP if touch_only else (),
        )
        stages.update({f"generation_{k}": v for k, v in last_timings().items()})
        return fitting_touch(touch, facts_in(messages)) if touch_only else touch

    generate.count_tokens = lambda text: count_tokens(serving.tokenizer, text)  # type: ignore[attr-defined]
    return generate, embed


def insight_answer(*, insight_id: int) -> Insight:
    insight = Insight.objects.select_related("user", "persona").get(id=insight_id)
    if insight.status == Insight.Status.DONE:  # a redelivered job: already answered
        return insight
    Insight.objects.filter(id=insight.id).update(status=Insight.Status.RUNNING)
    stages: dict = {"task_queue": round((timezone.now() - insight.created_at).total_seconds() * 1000, 1)}
    try:
        generate, embed = worker_tools(insight.persona, stages)
        started = time.perf_counter()
        payload = compose(
            user=insight.user, question=insight.question, persona=insight.persona, generate=generate, embed=embed
        )
        stages["compose"] = round((time.perf_counter() - started) * 1000, 1)
    except Exception as exc:
        Insight.objects.filter(id=insight.id).update(status=Insight.Status.FAILED, error=str(exc)[:500])
        insight_announce(insight.id)
        raise
    finding = payload.get("finding")
    if finding is not None:
        # Where this answer's time went (ms), beside compose's own per-stage timings (finding.timingsMs).
        finding["stagesMs"] = stages
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
