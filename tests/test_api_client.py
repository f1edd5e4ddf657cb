"""The API as a mobile team's code generator sees it: a client generated from /api/schema/ by a real generator
(openapi-python-client) makes typed calls against a live server, and every answer decodes into its model."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.test import Client

from tests.helpers import PASSWORD

GENERATOR = Path(sys.executable).with_name("openapi-python-client")


@pytest.fixture
def generated(tmp_path, db):
    schema = Client().get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert schema.status_code == 200
    (tmp_path / "schema.json").write_text(json.dumps(schema.json()))
    (tmp_path / "config.yml").write_text("package_name_override: crave_client\npost_hooks: []\n")
    run = subprocess.run(
        [str(GENERATOR), "generate", "--path", "schema.json", "--config", "config.yml", "--meta", "none"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0 and "Warning" not in run.stdout + run.stderr, run.stdout + run.stderr
    sys.path.insert(0, str(tmp_path))
    try:
        yield importlib.import_module("crave_client")
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m == "crave_client" or m.startswith("crave_client.")]:
            del sys.modules[name]


def call(module: str, **kwargs):
    return importlib.import_module(f"crave_client.api.{module}").sync(**kwargs)


def model(name: str):
    return getattr(importlib.import_module("crave_client.models"), name)


def sign_up(base_url: str, email: str):
    from crave_client import AuthenticatedClient
    from crave_client import Client as Anonymous

    with Anonymous(base_url=base_url) as anonymous:
        # Registration answers the same whether or not the address is taken, with no tokens: then sign in.
        registered = call(
            "auth.auth_register_create",
            client=anonymous,
            body=model("RegisterInputRequest")(email=email, password=PASSWORD, full_name="Sam"),
        )
        assert isinstance(registered, model("Registered")) and registered.sent, registered
        tokens = call(
            "auth.auth_login_create", client=anonymous, body=model("LoginInputRequest")(email=email, password=PASSWORD)
        )
    assert isinstance(tokens, model("TokenOutput")), tokens
    # Used in a with block: its connections close, so the live server's threads let go of the database.
    return AuthenticatedClient(base_url=base_url, token=tokens.access_token)


@pytest.mark.django_db(transaction=True)
def test_a_generated_client_logs_reads_and_gets_typed_analytics(generated, live_server):
    with sign_up(live_server.url, "sam@example.com") as sam:
        me = call(
            "auth.auth_me_partial_update", client=sam, body=model("PatchedMeUpdateRequest")(timezone="America/New_York")
        )
        assert isinstance(me, model("MeOutput")) and me.timezone == "America/New_York"

        # Wednesday 21:30 in New York is Thursday in UTC: the local day and hour prove the zone is applied.
        logged_at = datetime(2026, 11, 18, 21, 30, tzinfo=ZoneInfo("America/New_York"))
        craving = call(
            "cravings.cravings_create",
            client=sam,
            body=model("CravingInputRequest")(
                craving_description="Chocolate after dinner",
                craving_strength=7,
                confidence_to_resist=8,
                timestamp=logged_at,
                emotions=[model("EmotionsEnum").BORED],
                trigger="after dinner",
            ),
        )
        assert isinstance(craving, model("CravingOutput")) and craving.craving_strength == 7

        page = call("cravings.cravings_list", client=sam)
        assert isinstance(page, model("CravingPage")) and [c.id for c in page.results] == [craving.id]

        analytics = call("analytics.analytics_retrieve", client=sam, start=date(2026, 11, 16), end=date(2026, 11, 22))
        assert isinstance(analytics, model("Analytics"))
        assert (analytics.total_cravings, analytics.total_resisted, analytics.success_rate) == (1, 1, 100.0)
        assert analytics.period.timezone == "America/New_York"
        assert analytics.cravings_by_date.additional_properties == {"2026-11-18": 1}
        assert [(c.weekday, c.hour) for c in analytics.heatmap] == [(3, 21)]
        assert analytics.frequencies.emotions[0].value == "Bored"
        assert [w.partial for w in analytics.intensity_trend.weekly] == [False]  # Monday to Sunday
        cut = call("analytics.analytics_retrieve", client=sam, start=date(2026, 11, 18), end=date(2026, 11, 24))
        assert [w.partial for w in cut.intensity_trend.weekly] == [True]  # the period starts mid-week

        bad = call(
            "cravings.cravings_create",
            client=sam,
            body=model("CravingInputRequest")(
                craving_description="x", craving_strength=11, confidence_to_resist=5, timestamp=logged_at
            ),
        )
        assert isinstance(bad, model("Error")) and bad.error.code == "validation_error"
        assert "cravingStrength" in bad.error.fields.additional_properties


@pytest.mark.django_db(transaction=True)
def test_an_outsider_with_a_generated_client_sees_nothing(generated, live_server):
    with sign_up(live_server.url, "sam@example.com") as sam:
        craving = call(
            "cravings.cravings_create",
            client=sam,
            body=model("CravingInputRequest")(
                craving_description="Cigarette at the bus stop",
                craving_strength=6,
                confidence_to_resist=4,
                timestamp=datetime.now(UTC),
            ),
        )
    with sign_up(live_server.url, "outsider@example.com") as outsider:
        see_nothing(outsider, craving)


def see_nothing(outsider, craving):
    assert call("cravings.cravings_list", client=outsider).results == []
    missing = call("cravings.cravings_retrieve", client=outsider, craving_id=craving.id)
    assert isinstance(missing, model("Error")) and missing.error.code == "not_found"
    empty = call("analytics.analytics_retrieve", client=outsider)
    assert empty.total_cravings == 0
    assert (empty.average_intensity, empty.average_resistance, empty.success_rate) == (None, None, None)


@pytest.mark.django_db
def test_every_operation_has_an_area_a_summary_and_an_example(settings):
    schema = Client().get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    areas = [tag["name"] for tag in settings.SPECTACULAR_SETTINGS["TAGS"]]
    descriptions = []
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            name = f"{method.upper()} {path}"
            assert len(operation["tags"]) == 1 and operation["tags"][0] in areas, name
            assert operation.get("summary"), name
            bodies = [operation.get("requestBody", {}).get("content", {}).get("application/json", {})]
            bodies += [
                r.get("content", {}).get("application/json", {})
                for code, r in operation["responses"].items()
                if code.startswith("2")
            ]
            bodies = [b for b in bodies if b]
            assert not bodies or any(b.get("examples") for b in bodies), name
            descriptions.append(operation.get("description"))
    written = [d for d in descriptions if d]
    assert len(written) == len(set(written))  # no docstring shared by sibling views
