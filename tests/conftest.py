"""Owner / outsider / staff users and clients, a rated coach persona, and the test services' lifetime; everything runs
against the real PostgreSQL and Redis."""

import pytest
from django.test import Client

from core import localstack

from .factories import UserFactory
from .helpers import answered, client_for, coach_answer, ready_persona


def pytest_configure(config):
    localstack.stop_on_termination()  # a SIGTERM still runs the finalizers below and the servers' atexit


def pytest_collection_modifyitems(items):
    for item in items:
        if "base_generate" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)  # the base LLM generating


def pytest_unconfigure(config):
    """The PostgreSQL and Redis the test settings started stop with the run, whatever its outcome."""
    localstack.stop_services()


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
def staff_browser(staff):
    """The admin as a signed-in staff member's browser sees it."""
    browser = Client()
    browser.force_login(staff)
    return browser


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
    engine = PersonaEngine(
        loaded.model,
        loaded.tokenizer,
        EngineConfig(
            target_modules=settings.LORA_TARGET_MODULES,
            max_rank=settings.LORA_MAX_RANK,
            slot_budget_bytes=settings.LORA_SLOT_BUDGET_BYTES,
            cpu_cache_bytes=settings.LORA_CPU_CACHE_BYTES,
        ),
    )
    return lambda messages: engine.generate([Request(None, messages, PERSONA_TOKENS)])[0]


@pytest.fixture(scope="session")
def vllm_server(tmp_path_factory):
    """One vLLM server (from .venv-vllm) for the session's `vllm` tests: the base model, LoRA loading at runtime."""
    from gpu.vllm_server import start_for_settings

    server = start_for_settings(tmp_path_factory.mktemp("vllm") / "vllm.log")
    yield server
    server.stop()


@pytest.fixture
def rated_coach(owner, outsider, tmp_path, settings):
    """The shipped coach as v1; the owner (opted in) rated 12 of its answers well and 3 bare ones badly; the
    outsider (not opted in) rated 5."""
    from insights.models import Feedback
    from personas.models import PersonaVersion
    from personas.services import SHIPPED

    settings.ADAPTER_DIR = tmp_path / "adapters"
    coach = ready_persona("coach", str(SHIPPED / "coach"))
    coach.system_prompt = "You are CRAVE's supportive coach."
    coach.save()
    PersonaVersion.objects.create(persona=coach, version=1, adapter_path=str(SHIPPED / "coach"), status="promoted")
    owner.improve_personas = True
    owner.save()
    finding = {"kind": "peak_trigger"}
    for i in range(15):
        good = i < 12
        insight = answered(owner, coach, question=f"What triggers me, week {i}?", answer=coach_answer(touch=good))
        insight.finding = finding
        insight.save()
        Feedback.objects.create(user=owner, insight=insight, persona=coach, thumbs_up=good, reward=1.0 if good else 0.0)
    for i in range(5):
        insight = answered(outsider, coach, answer=coach_answer("outsidertrigger"))
        Feedback.objects.create(user=outsider, insight=insight, persona=coach, thumbs_up=True, reward=1.0)
    return coach
