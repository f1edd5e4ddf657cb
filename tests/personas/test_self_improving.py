"""Feedback, the persona bandit, fine-tuning from feedback with promotion or rejection, rollback."""
import random

import pytest
from django.test import Client

from insights.models import Feedback, Insight
from personas import bandit, finetune
from personas.finetune import persona_finetune, persona_rollback
from personas.models import ArmStats, Persona, PersonaVersion
from personas.selection import persona_for_question
from tests.conftest import assert_error

pytestmark = pytest.mark.django_db


def ready_persona(slug: str, path: str = "/nonexistent", version: int = 1) -> Persona:
    return Persona.objects.create(name=slug.title(), slug=slug, system_prompt=f"You are the {slug}.",
                                  adapter_path=path, version=version, status="ready")


def answered(user, persona, question="Why do I crave sugar at night?", answer="Because evenings are hard.") -> Insight:
    return Insight.objects.create(user=user, question=question, persona=persona, persona_version=persona.version,
                                  status="done", answer=answer, cache_key="x",
                                  context={"question_type": "why", "time_of_day": "evening"})


def test_feedback_is_stored_with_context_and_teaches_the_bandit(owner_api, owner, outsider_api):
    coach = ready_persona("coach")
    insight = answered(owner, coach)
    url = f"/api/v1/insights/{insight.id}/feedback"
    response = owner_api.post(url, {"thumbsUp": True, "rating": 5, "comment": "spot on"}, format="json")
    assert response.status_code == 200 and response.json()["reward"] == 1.0
    feedback = Feedback.objects.get()
    assert (feedback.persona, feedback.context["question_type"], feedback.comment) == (coach, "why", "spot on")
    arm = ArmStats.objects.get(persona=coach, context_key="why|evening")
    assert (arm.successes, arm.failures, arm.pulls) == (1.0, 0.0, 1)
    # Rating the same answer again replaces the earlier rating instead of counting twice.
    owner_api.post(url, {"thumbsUp": False}, format="json")
    arm.refresh_from_db()
    assert (arm.successes, arm.failures, arm.pulls) == (0.0, 1.0, 1)
    assert Feedback.objects.count() == 1
    assert_error(owner_api.post(url, {"thumbsUp": True, "rating": 6}, format="json"), 400, field="rating")
    assert_error(owner_api.post(url, {}, format="json"), 400, field="thumbsUp")
    assert_error(outsider_api.post(url, {"thumbsUp": True}, format="json"), 404)
    queued = Insight.objects.create(user=owner, question="q", cache_key="y")
    assert_error(owner_api.post(f"/api/v1/insights/{queued.id}/feedback", {"thumbsUp": True}, format="json"), 409)


def test_bandit_learns_the_better_persona_per_context():
    rng = random.Random(1)
    stats = {}
    for _ in range(300):
        for key, best in (("why|evening", "analyst"), ("advice|night", "mindful")):
            chosen = bandit.choose(stats, ["coach", "analyst", "mindful"], key, rng)
            bandit.update(stats, chosen, key, 1.0 if (chosen == best) == (rng.random() < 0.85) else 0.0)
    picks = [bandit.choose(stats, ["coach", "analyst", "mindful"], "why|evening", rng) for _ in range(100)]
    assert picks.count("analyst") > 80
    assert bandit.question_type("Why do I crave sugar?") == "why"
    assert bandit.time_of_day(20) == "evening" and bandit.time_of_day(23) == "night" and bandit.time_of_day(3) == "night"


def test_explicit_choice_overrides_the_bandit(owner):
    ready_persona("coach")
    ready_persona("analyst")
    persona, context, how = persona_for_question(user=owner, question="Why?", slug="analyst", default_slug="coach")
    assert (persona.slug, how) == ("analyst", "user")
    persona, context, how = persona_for_question(user=owner, question="Why?", slug=None, default_slug="coach")
    assert how == "bandit" and persona.slug in {"coach", "analyst"} and context.question_type == "why"


@pytest.fixture
def rated_coach(owner, outsider, tmp_path, settings):
    from gpu.base_model import load_base_model
    from gpu.synthetic import make_adapter

    settings.ADAPTER_DIR = tmp_path / "adapters"
    path = make_adapter(load_base_model().model, tmp_path / "coach-v1", seed=3)
    coach = ready_persona("coach", str(path))
    PersonaVersion.objects.create(persona=coach, version=1, adapter_path=str(path), status="promoted")
    analyst = ready_persona("analyst")
    for i in range(20):
        insight = answered(owner, coach, question=f"How did week {i} go?", answer=f"Week {i} went well, keep going.")
        Feedback.objects.create(user=owner, insight=insight, persona=coach, thumbs_up=True, reward=1.0)
    # A preference pair: the same question, answered badly by the coach and well by the analyst.
    bad = answered(owner, coach, question="Why evenings?", answer="No idea.")
    Feedback.objects.create(user=owner, insight=bad, persona=coach, thumbs_up=False, reward=0.0)
    good = answered(outsider, analyst, question="why   evenings?", answer="Most of your logs are after 18:00.")
    Feedback.objects.create(user=outsider, insight=good, persona=analyst, thumbs_up=True, reward=1.0)
    return coach


def test_feedback_dataset_builds_training_holdout_and_preference_pairs(rated_coach):
    train, holdout, preferences = finetune.feedback_dataset(rated_coach)
    assert len(train) + len(holdout) == 20 and holdout and train
    assert preferences == [{"prompt": "Why evenings?", "chosen": "Most of your logs are after 18:00.",
                            "rejected": "No idea."}]


def test_finetune_promotes_only_without_regression_then_rolls_back(rated_coach, monkeypatch):
    seen = []
    record = persona_finetune(persona=rated_coach, steps=3, progress=lambda s, t, loss: seen.append(s))
    assert seen == [1, 2, 3] and record.version == 2 and record.preference_pairs == 1
    promoted = record.eval_loss <= record.baseline_eval_loss * (1 + finetune.TOLERANCE)
    assert record.status == ("promoted" if promoted else "rejected")
    rated_coach.refresh_from_db()
    assert rated_coach.version == (2 if promoted else 1)

    monkeypatch.setattr(finetune, "TOLERANCE", -1.0)  # nothing can pass: the candidate must be rejected
    rejected = persona_finetune(persona=rated_coach, steps=1)
    rated_coach.refresh_from_db()
    assert rejected.status == "rejected" and rejected.version == 3 and rated_coach.version == (2 if promoted else 1)
    if promoted:
        previous = persona_rollback(persona=rated_coach)
        rated_coach.refresh_from_db()
        assert previous.version == 1 and rated_coach.version == 1
        assert PersonaVersion.objects.get(persona=rated_coach, version=2).status == "rolled_back"


def test_admin_shows_selection_rate_reward_versions_and_rolls_back(staff, rated_coach):
    PersonaVersion.objects.create(persona=rated_coach, version=2, adapter_path="/tmp/v2", status="promoted")
    Persona.objects.filter(id=rated_coach.id).update(version=2, adapter_path="/tmp/v2")
    browser = Client()
    browser.force_login(staff)
    page = browser.get("/admin/personas/persona/").content.decode()
    assert "mean reward" in page.lower() and "chosen (30 d)" in page.lower()
    assert browser.get(f"/admin/personas/persona/{rated_coach.id}/change/").status_code == 200
    browser.post("/admin/personas/persona/", {"action": "rollback", "_selected_action": [rated_coach.id]})
    rated_coach.refresh_from_db()
    assert rated_coach.version == 1
