"""The two baselines answer_bench compares ours with, on the same base model and the same logs: the person's
logs most similar to the question (top-k cosine over the same embeddings), or their whole history as far as the
context holds, given to the model with the question."""

from __future__ import annotations

from cravings.vocabulary import is_resisted

from .people import NOW

BASELINE_TOKENS = 96
CONTEXT_TOKENS = 8192  # SmolLM2-135M's window


def log_line(craving, zone) -> str:
    local = craving.occurred_at.astimezone(zone)
    outcome = "resisted" if is_resisted(craving.resistance) else "gave in"
    extra = "; ".join(
        filter(None, [", ".join(craving.emotions), craving.location, ", ".join(craving.people), craving.trigger])
    )
    return (
        f"- {local:%a %d %b %Y %I%p}: {craving.description} (intensity {craving.intensity:g}/10, {outcome}"
        f"{'; ' + extra if extra else ''})"
    )


def baseline_logs(user, question: str, mode: str, embed, count_tokens) -> list[str]:
    """The logs a baseline reads: top-20 by cosine, or as many as fit, inside the parsed time filters."""
    from pgvector.django import CosineDistance

    from cravings.models import Craving
    from cravings.selectors import user_zone
    from insights.answering import local_now
    from insights.timeparse import parse_time

    zone, _ = user_zone(user)
    now = local_now(user, NOW)
    tf = parse_time(question, now.date(), now)
    rows = []
    queryset = Craving.objects.filter(user=user)
    if mode == "top_k":
        queryset = queryset.annotate(distance=CosineDistance("embedding", embed([question])[0])).order_by("distance")
    else:
        queryset = queryset.order_by("-occurred_at")
    for craving in queryset.iterator():
        local = craving.occurred_at.astimezone(zone).replace(tzinfo=None)
        if (
            (tf.start and local < tf.start)
            or (tf.end and local >= tf.end)
            or (tf.hours and local.hour not in tf.hours)
            or (tf.weekdays and local.isoweekday() not in tf.weekdays)
        ):
            continue
        rows.append(craving)
        if mode == "top_k" and len(rows) == 20:
            break
    lines, used = [], 0
    budget = CONTEXT_TOKENS - 400 - BASELINE_TOKENS
    for craving in rows:
        line = log_line(craving, zone)
        cost = count_tokens(line)
        if used + cost > budget:
            break
        lines.append(line)
        used += cost
    return lines


def baseline_answer(user, question: str, mode: str, embed, count_tokens, llm) -> str:
    lines = baseline_logs(user, question, mode, embed, count_tokens)
    system = (
        "You are CRAVE's assistant. Answer the user's question about their own cravings in 2-4 short "
        "sentences, using only the logs below. If the logs do not answer it, say so. No medical advice."
    )
    logs = "\n".join(lines) if lines else "(no logs in this period)"
    return llm(
        [
            {"role": "system", "content": system},
            {"role": "user", "content": f"My craving logs:\n{logs}\n\nQuestion: {question}"},
        ],
        BASELINE_TOKENS,
    )
