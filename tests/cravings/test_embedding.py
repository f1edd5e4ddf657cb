"""Embedding with the real local model, the OpenAI provider against a mocked network, and failure records."""

import json

import httpx2
import numpy as np
import openai
import pytest

from cravings.jobs import EmbeddingUnavailable, cravings_embed
from cravings.models import Craving
from cravings.tasks import sweep_unembedded
from gpu import embeddings
from gpu.embeddings import EmbeddingError, LocalProvider, OpenAIProvider
from tests.factories import CravingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def provider(settings):
    """Swap which provider the worker code uses for one test, through the real lookup."""

    def use(name: str, instance):
        settings.EMBEDDING_PROVIDER = name
        embeddings.get_provider.cache_clear()
        original = embeddings.PROVIDERS[name]
        embeddings.PROVIDERS[name] = lambda: instance
        restore.append((name, original))

    restore = []
    yield use
    for name, original in restore:
        embeddings.PROVIDERS[name] = original
    embeddings.get_provider.cache_clear()


def openai_client(handler) -> openai.OpenAI:
    return openai.OpenAI(
        api_key="sk-test", max_retries=0, http_client=httpx2.Client(transport=httpx2.MockTransport(handler))
    )


def test_local_model_embeds_a_batch_in_one_call_and_keeps_meaning(owner):
    sugar = CravingFactory(user=owner, description="Craving chocolate cake and sweets", trigger="")
    candy = CravingFactory(user=owner, description="I want candy and something sugary", trigger="")
    smoke = CravingFactory(user=owner, description="Urge to smoke a cigarette", trigger="")
    report = cravings_embed(craving_ids=[sugar.id])  # the batch is topped up with the other pending rows
    assert (report.embedded, report.failed) == (3, 0)
    rows = {c.id: c for c in Craving.objects.all()}
    vectors = {k: np.array(c.embedding) for k, c in rows.items()}
    assert all(c.embedding_status == "done" and c.embedded_at for c in rows.values())
    assert all(v.shape == (384,) and abs(np.linalg.norm(v) - 1) < 1e-4 for v in vectors.values())
    assert vectors[sugar.id] @ vectors[candy.id] > vectors[sugar.id] @ vectors[smoke.id]
    assert cravings_embed(craving_ids=[sugar.id]).embedded == 0  # nothing left to do


def test_openai_provider_sends_384_dimensions(settings):
    seen = {}

    def handler(request):
        seen.update(json.loads(request.content))
        data = [{"object": "embedding", "index": i, "embedding": [0.1] * 384} for i in range(len(seen["input"]))]
        return httpx2.Response(
            200,
            json={
                "object": "list",
                "data": data[::-1],
                "model": seen["model"],
                "usage": {"prompt_tokens": 3, "total_tokens": 3},
            },
        )

    vectors = OpenAIProvider(client=openai_client(handler)).embed(["a", "b"])
    assert seen["dimensions"] == 384 and seen["model"] == "text-embedding-3-small"
    assert len(vectors) == 2 and all(len(v) == 384 for v in vectors)


def test_malformed_provider_output_is_refused():
    def handler(request):
        return httpx2.Response(
            200,
            json={
                "object": "list",
                "model": "m",
                "usage": {"prompt_tokens": 1, "total_tokens": 1},
                "data": [{"object": "embedding", "index": 0, "embedding": [0.1] * 10}],
            },
        )

    with pytest.raises(EmbeddingError):
        OpenAIProvider(client=openai_client(handler)).embed(["a"])


def test_failures_are_recorded_and_never_replaced_by_a_made_up_vector(owner, settings, provider):
    settings.EMBEDDING_MAX_ATTEMPTS = 2
    provider("openai", OpenAIProvider(client=openai_client(lambda request: httpx2.Response(500, json={}))))
    craving = CravingFactory(user=owner)
    for attempt in (1, 2):
        with pytest.raises(EmbeddingUnavailable):
            cravings_embed(craving_ids=[craving.id])
        craving.refresh_from_db()
        assert craving.embedding is None and craving.embedding_attempts == attempt
        assert "InternalServerError" in craving.embedding_error
    assert craving.embedding_status == "failed"
    # A failed row is not retried forever by the sweep; staff can requeue it from the admin.
    assert sweep_unembedded(older_than_seconds=0) == 0


def test_missing_openai_key_is_a_recorded_failure(owner, settings):
    settings.EMBEDDING_PROVIDER = "openai"
    settings.OPENAI_API_KEY = ""
    embeddings.get_provider.cache_clear()
    try:
        craving = CravingFactory(user=owner)
        with pytest.raises(EmbeddingUnavailable):
            cravings_embed(craving_ids=[craving.id])
        craving.refresh_from_db()
        assert craving.embedding_error == "OPENAI_API_KEY is not set"
    finally:
        embeddings.get_provider.cache_clear()


def test_local_provider_is_loaded_once_per_process():
    embeddings.get_provider.cache_clear()
    first = embeddings.get_provider("local")
    assert isinstance(first, LocalProvider) and embeddings.get_provider("local") is first


def test_concurrent_first_calls_load_the_provider_once(provider, settings):
    """Under the ASGI server each request has a thread: sixteen first chats at once must share one load."""
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    loads = []
    instance = object()

    def slow_load():
        loads.append(threading.get_ident())
        time.sleep(0.3)  # a model load: long enough for every thread to ask while it runs
        return instance

    provider("local", None)  # the real lookup, its cache emptied, restored after
    embeddings.PROVIDERS["local"] = slow_load
    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(lambda _: embeddings.get_provider(), range(8)))
    assert len(loads) == 1 and all(item is instance for item in got), loads
