"""Turning "help improve personas" off retires what already learned from the person's ratings."""

import pytest

from insights.models import Feedback, Insight
from personas.models import Persona, PersonaVersion

pytestmark = pytest.mark.django_db


def test_opting_out_retires_versions_trained_on_the_users_ratings(owner, owner_api):
    """Before: the opt-out only stopped future training; versions already trained on them kept serving."""
    owner.improve_personas = True
    owner.save()
    persona = Persona.objects.create(slug="consent-coach", name="Coach", system_prompt="Be kind.")
    insight = Insight.objects.create(user=owner, question="why?", answer="because", status="done", cache_key="c" * 64)
    rated = Feedback.objects.create(user=owner, insight=insight, persona=persona, thumbs_up=True, reward=1.0)
    learned = PersonaVersion.objects.create(
        persona=persona, version=1, adapter_path="/tmp/v1", status="promoted", feedback_ids=[rated.id]
    )
    untouched = PersonaVersion.objects.create(persona=persona, version=2, adapter_path="/tmp/v2", status="promoted")

    assert owner_api.patch("/api/v1/auth/me", {"improvePersonas": False}, format="json").status_code == 200

    learned.refresh_from_db()
    untouched.refresh_from_db()
    assert (learned.status, untouched.status) == ("retired", "promoted")
