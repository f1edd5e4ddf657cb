"""The generate and embed the gpu worker hands to each answer (insights/jobs.py)."""

import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.slow]  # loads the base LLM and embeds the parser's examples


def test_each_answers_embed_keeps_the_parsers_example_vectors_and_counts_its_calls():
    """The timing wrapper must not look like a new provider to the parser's per-provider cache, or every
    answer re-embeds thousands of examples (it did: 22 s of a 30 s answer)."""
    from insights.answering.understand.shape import reader_for
    from insights.jobs import worker_tools

    stages: dict = {}
    _, first = worker_tools(None, stages)
    _, second = worker_tools(None)
    assert reader_for(first) is reader_for(second)
    assert len(first(["a craving for tea"])[0]) == 384
    assert stages["embed_calls"] >= 1 and stages["embed_calls_ms"] > 0
