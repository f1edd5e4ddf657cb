"""The work the gpu worker does for insights, with the models it holds."""
from __future__ import annotations

import logging
from datetime import timedelta

from django.utils import timezone

from accounts.models import User
from gpu.embeddings import get_provider

from .analytics import craving_analytics
from .answering import compose, insight_finish, remember
from .context import NUMBER, guard_numbers, stats_text
from .markers import markers_refresh
from .models import Insight, Summary
from .periods import Window, user_zone

log = logging.getLogger(__name__)
SUMMARIZE_RECENT_MARKERS = 8  # model-written summaries for the newest changed markers only (cost bound)


def worker_tools(persona):
    from gpu.serving import get_serving, persona_reply

    serving = get_serving()
    tokenizer = serving.loaded.tokenizer

    def generate(messages):
        if persona is None:
            from gpu.engine import Request

            return serving.batcher.submit(Request(None, messages, 96)).result(timeout=180)
        return persona_reply(persona=persona, messages=messages[1:], max_new_tokens=96,
                             system_prompt=messages[0]["content"])

    return generate, get_provider().embed, lambda text: len(tokenizer(text, add_special_tokens=False)["input_ids"])


def insight_answer(*, insight_id: int) -> Insight:
    insight = Insight.objects.select_related("user", "persona").get(id=insight_id)
    if insight.status == Insight.Status.DONE:  # a redelivered job: already answered
        return insight
    Insight.objects.filter(id=insight.id).update(status=Insight.Status.RUNNING)
    try:
        generate, embed, count_tokens = worker_tools(insight.persona)
        payload = compose(user=insight.user, question=insight.question, persona=insight.persona,
                          generate=generate, embed=embed, count_tokens=count_tokens)
    except Exception as exc:
        Insight.objects.filter(id=insight.id).update(status=Insight.Status.FAILED, error=str(exc)[:500])
        raise
    insight = insight_finish(insight, payload)
    remember(insight.cache_key, payload)
    return insight


def trends_compress(*, user_id: int, summarize: bool = True) -> list:
    written = markers_refresh(user_id=user_id, embed=get_provider().embed)
    if summarize and written:
        generate, _, _ = worker_tools(None)
        for marker in sorted(written, key=lambda m: m.period_start, reverse=True)[:SUMMARIZE_RECENT_MARKERS]:
            text = generate([
                {"role": "system", "content": "Summarize these craving statistics in one plain sentence. Use only "
                                              "numbers that appear in them. No advice."},
                {"role": "user", "content": marker.text}])
            marker.summary = guard_numbers(text, set(NUMBER.findall(marker.text)))[:500]
            marker.save(update_fields=["summary", "updated_at"])
    return written


def weekly_summary_write(*, user_id: int) -> Summary:
    user = User.objects.get(id=user_id)
    zone, zone_name = user_zone(user)
    today = timezone.now().astimezone(zone).date()
    end = today - timedelta(days=today.weekday() + 1)  # last Sunday
    start = end - timedelta(days=6)
    analytics = craving_analytics(user=user, window=Window("week", start, end, zone_name))
    facts = stats_text(analytics)
    generate, _, _ = worker_tools(None)
    note = guard_numbers(generate([
        {"role": "system", "content": "Write two encouraging sentences about this week of craving logs. Use only "
                                      "numbers that appear in the statistics. No medical advice."},
        {"role": "user", "content": facts}]), set(NUMBER.findall(facts))) if analytics["totalCravings"] else ""
    summary, _ = Summary.objects.update_or_create(user=user, period_start=start, defaults={
        "period_end": end, "text": f"{facts} {note}".strip(),
        "stats": {k: analytics[k] for k in ("totalCravings", "averageIntensity", "totalResisted", "successRate")}})
    return summary
