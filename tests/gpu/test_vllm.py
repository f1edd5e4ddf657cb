"""The vllm backend's residency policy and requests, against a real vLLM server (make test-vllm)."""

import pytest

from core.localstack import ROOT
from gpu import deadline
from gpu.engine import AdapterRef
from gpu.vllm import STATS, VllmServing

pytestmark = pytest.mark.vllm
SHIPPED = ROOT / "personas" / "adapters"


@pytest.fixture
def backend(vllm_server, settings):
    from core.redis_client import client

    settings.VLLM_URL = vllm_server.url
    settings.VLLM_MAX_ADAPTERS = 2
    serving = VllmServing(record=False)
    for name in serving.models()["adapters"]:  # whatever earlier tests left registered
        serving.unload(name)
    for key in client().scan_iter(STATS + "*"):
        client().delete(key)
    return serving


def ref(slug: str, version: int = 1, shipped: str = "coach") -> AdapterRef:
    return AdapterRef(slug, version, str(SHIPPED / shipped))


def chat(text: str) -> list[dict]:
    return [{"role": "system", "content": "You are a coach."}, {"role": "user", "content": text}]


def test_past_the_cap_the_least_recently_used_adapter_leaves_the_server(backend):
    assert backend.reply(ref("first"), chat("How was my week?"), 4, wait=120)
    assert backend.reply(ref("second"), chat("How was my week?"), 4, wait=120)
    assert backend.reply(ref("first"), chat("And today?"), 4, wait=120)  # first is now the more recent
    assert backend.reply(ref("third"), chat("How was my week?"), 4, wait=120)
    assert sorted(backend.models()["adapters"]) == ["first@v1", "third@v1"]
    stats = backend.stats(["first@v1"])["first@v1"]
    assert (stats["misses"], stats["cold_loads"], stats["hits"]) == (1, 1, 1) and stats["last_load_ms"] > 0


def test_a_pinned_persona_stays_and_a_new_version_replaces_the_old_one(backend):
    backend.pin("kept")
    backend.ensure(ref("kept"))
    backend.ensure(ref("other"))
    backend.ensure(ref("newcomer"))
    assert sorted(backend.models()["adapters"]) == ["kept@v1", "newcomer@v1"]
    backend.ensure(ref("newcomer", 2, shipped="analyst"))
    assert sorted(backend.models()["adapters"]) == ["kept@v1", "newcomer@v2"]


def test_a_name_registered_from_other_files_is_loaded_again_from_the_right_ones(backend):
    backend.ensure(ref("same", 1, shipped="coach"))
    backend.ensure(ref("same", 1, shipped="mindful"))
    assert backend.models()["adapters"] == {"same@v1": str(SHIPPED / "mindful")}


def test_an_adapter_unloaded_by_another_worker_is_loaded_again_for_the_request(backend):
    backend.ensure(ref("shared"))
    other_worker = VllmServing(record=False)
    other_worker.unload("shared@v1")
    assert backend.reply(ref("shared"), chat("How was my week?"), 4, wait=120)  # a 404, then a reload
    assert "shared@v1" in backend.models()["adapters"]


def test_the_base_model_answers_and_a_passed_deadline_stops_the_wait(backend):
    assert backend.reply(None, chat("Say hello."), 4, wait=120)
    with pytest.raises(deadline.DeadlineExceeded):
        backend.reply(ref("slow"), chat("Write a long story about sugar."), 512, wait=0.05)
