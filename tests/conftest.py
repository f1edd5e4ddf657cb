"""Owner / outsider / staff users and clients; everything runs against the real PostgreSQL and Redis."""
import pytest

from .factories import UserFactory
from .helpers import client_for


@pytest.fixture
def owner(db):
    return UserFactory(email="owner@example.com")


@pytest.fixture
def outsider(db):
    return UserFactory(email="outsider@example.com")


@pytest.fixture
def staff(db):
    return UserFactory(email="staff@example.com", is_staff=True, is_superuser=True)


@pytest.fixture
def api():
    return client_for()


@pytest.fixture
def owner_api(owner):
    return client_for(owner)


@pytest.fixture
def outsider_api(outsider):
    return client_for(outsider)


@pytest.fixture(scope="session")
def base_generate():
    """The base LLM through the persona engine, as the gpu worker runs it (no adapter): generate(messages)."""
    from django.conf import settings

    from gpu.base_model import load_base_model
    from gpu.engine import EngineConfig, PersonaEngine, Request
    from personas.voicing import PERSONA_TOKENS

    loaded = load_base_model()
    engine = PersonaEngine(loaded.model, loaded.tokenizer, EngineConfig(
        target_modules=settings.LORA_TARGET_MODULES, max_rank=settings.LORA_MAX_RANK,
        slot_budget_bytes=settings.LORA_SLOT_BUDGET_BYTES, cpu_cache_bytes=settings.LORA_CPU_CACHE_BYTES))
    return lambda messages: engine.generate([Request(None, messages, PERSONA_TOKENS)])[0]


@pytest.fixture(scope="session")
def vllm_server(tmp_path_factory):
    """One vLLM server (from .venv-vllm) for the session's `vllm` tests: the base model, LoRA loading at runtime."""
    from gpu.vllm_server import start_for_settings

    server = start_for_settings(tmp_path_factory.mktemp("vllm") / "vllm.log")
    yield server
    server.stop()
