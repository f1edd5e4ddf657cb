"""Erasure and the personas: versions that learned from the account are retired, and its ratings leave the
bandit."""

import pytest

from insights.models import Feedback
from personas import bandit
from personas.models import ArmStats, Persona, PersonaVersion
from personas.selection import arm_stats_rebuild

pytestmark = pytest.mark.django_db


def test_erasure_retires_versions_that_learned_from_the_account(rated_coach, owner, owner_api):
    PersonaVersion.objects.create(
        persona=rated_coach,
        version=2,
        adapter_path="/tmp/coach-v2",
        status="promoted",
        source="feedback",
        feedback_ids=list(Feedback.objects.filter(user=owner).values_list("id", flat=True)[:3]),
    )
    Persona.objects.filter(id=rated_coach.id).update(version=2, adapter_path="/tmp/coach-v2")
    arm_stats_rebuild(persona=rated_coach)
    pooled = ArmStats.objects.filter(persona=rated_coach, context_key=bandit.POOLED)
    assert pooled.get().pulls == 10 + 5  # the owner's ratings (capped) and the outsider's
    ratings = owner_api.get("/api/v1/privacy/export").json()["feedback"]
    assert sum(r["used_in_training"] == ["coach@v2"] for r in ratings) == 3
    response = owner_api.post(
        "/api/v1/privacy/delete",
        {"confirm": "delete my account", "password": "correct horse battery staple"},
        format="json",
    )
    assert response.json()["deleted"]["persona_versions_retired"] == 1
    rated_coach.refresh_from_db()
    assert PersonaVersion.objects.get(persona=rated_coach, version=2).status == "retired"
    assert rated_coach.version == 1  # served again at once; the next scheduled run retrains without them
    assert pooled.get().pulls == 5  # only the outsider's ratings are left in the bandit
