"""Persona versions: rollback serves the previous one, from the service and from the persona admin."""

import pytest
from django.test import Client

from insights.models import Insight
from personas.models import Persona, PersonaVersion
from tuning.services import persona_rollback

pytestmark = pytest.mark.django_db


def second_version(persona):
    PersonaVersion.objects.create(persona=persona, version=2, adapter_path="/tmp/v2", status="promoted")
    Persona.objects.filter(id=persona.id).update(version=2, adapter_path="/tmp/v2")


def test_rollback_serves_the_previous_version(rated_coach):
    second_version(rated_coach)
    previous = persona_rollback(persona=rated_coach)
    rated_coach.refresh_from_db()
    assert previous.version == 1 and rated_coach.version == 1
    assert PersonaVersion.objects.get(persona=rated_coach, version=2).status == "rolled_back"


def test_the_persona_admin_shows_selection_rate_and_reward(staff, owner, rated_coach):
    browser = Client()
    browser.force_login(staff)
    analyst = Persona.objects.create(name="Analyst", slug="analyst", system_prompt="Precise.")
    for i in range(5):
        Insight.objects.create(user=owner, question=f"How many, week {i}?", persona=analyst)
    page = browser.get("/admin/personas/persona/").content.decode()
    assert "mean reward" in page.lower() and "chosen (30 d)" in page.lower()
    assert "80% (20)" in page and "20% (5)" in page  # of the 25 answers with a persona in 30 days
    assert browser.get(f"/admin/personas/persona/{rated_coach.id}/change/").status_code == 200


def test_the_persona_admin_rolls_back(staff, rated_coach):
    second_version(rated_coach)
    browser = Client()
    browser.force_login(staff)
    browser.post("/admin/personas/persona/", {"action": "rollback", "_selected_action": [rated_coach.id]})
    rated_coach.refresh_from_db()
    assert rated_coach.version == 1
