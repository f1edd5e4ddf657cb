"""`make run` as a newcomer reads it: the web process it starts (runserver on its quiet settings) logs each
error once, on one line, and loads the embedding model before it answers; the launcher's warm-up words."""

from __future__ import annotations

import logging
import sys
import threading

import pytest

from crave.logfilters import OneLineFormatter
from crave.stack import QUIET_ENV, warming, watch_warm_up
from tests.helpers import call, start_web, stopped, wait_for


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_quiet_web_logs_each_error_once_on_one_line(tmp_path):
    web, base = start_web(tmp_path, **QUIET_ENV)
    for path in ("/api/v1/cravings", "/no/such/page", "/health"):
        call(base + path)
    lines = stopped(web, tmp_path, "/api/v1/cravings", "/no/such/page")
    assert sum("/api/v1/cravings" in line for line in lines) == 1, lines  # the 401, once
    assert sum("/no/such/page" in line for line in lines) == 1, lines  # the 404, once
    assert not any("/health" in line or "Traceback" in line or "Warning" in line for line in lines), lines


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_web_loads_the_embedding_model_before_it_answers(tmp_path):
    web, base = start_web(tmp_path, CRAVE_WARM_WEB="1", LOG_LEVEL="INFO", LOG_FORMAT="brief")
    lines = stopped(web, tmp_path, "GET /health")
    loaded = next(i for i, line in enumerate(lines) if "embedding model all-MiniLM-L6-v2 loaded" in line)
    first_request = next(i for i, line in enumerate(lines) if "GET /health" in line)
    assert loaded < first_request, lines


def test_an_error_is_one_line_naming_its_exception():
    try:
        raise ValueError("bad input\nsecond line")
    except ValueError:
        record = logging.LogRecord("crave", logging.ERROR, __file__, 1, "job %s failed", ("42",), sys.exc_info())
    line = OneLineFormatter("%(levelname)s %(name)s: %(message)s").format(record)
    assert line == "ERROR crave: job 42 failed [ValueError: bad input | second line]"


def test_the_launcher_says_what_is_still_warming_up():
    cold = {
        "gpu": {"workers": 0},
        "personas": {"ready": ["analyst"], "training": ["coach"], "progress": {"coach": 0.4}},
    }
    assert warming(cold) == [
        "the gpu worker (loading models; chats and search indexing wait for it)",
        "persona coach (training, 40%)",
    ]
    assert warming({"gpu": {"workers": 1}, "personas": {"ready": ["coach"], "training": [], "progress": {}}}) == []


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_the_launcher_follows_training_then_says_ready_again(tmp_path, capsys):
    from core.redis_client import client
    from gpu import fleet
    from personas.models import Persona, PersonaStatus

    client().delete(fleet.FLEET)
    coach = Persona.objects.create(
        name="Coach", slug="coach", system_prompt="Kind.", status=PersonaStatus.TRAINING, training_progress=0.05
    )
    web, base = start_web(tmp_path, **QUIET_ENV)
    printed: list[str] = []

    def seen(text: str) -> bool:
        printed.extend(capsys.readouterr().out.splitlines())
        return any(text in line for line in printed)

    stopping = threading.Event()
    watcher = threading.Thread(target=watch_warm_up, args=(f"{base}/health", stopping, "ready: here."))
    watcher.start()
    try:
        assert wait_for(lambda: seen("gpu worker"), timeout=10)
        fleet.node = "gpu@launcher-test"
        fleet.beat(1)  # a gpu worker's heartbeat, as a started one writes it
        assert wait_for(lambda: seen("warming up: persona coach (training, 5%)"), timeout=10)
        Persona.objects.filter(id=coach.id).update(training_progress=0.07)  # same 10% step: nothing new
        Persona.objects.filter(id=coach.id).update(training_progress=0.42)
        assert wait_for(lambda: seen("coach (training, 42%)"), timeout=10)
        Persona.objects.filter(id=coach.id).update(
            status=PersonaStatus.READY, training_progress=1, adapter_path="coach/v1"
        )
        watcher.join(10)
        assert not watcher.is_alive() and seen("ready: here. Everything is warm: 1 persona ready (coach).")
        assert sum("warming up" in line for line in printed) == 3, printed
    finally:
        stopping.set()
        fleet.leave("gpu@launcher-test")
        fleet.node = None
        stopped(web, tmp_path)
