"""The persona bandit: ratings teach it, it learns the better persona per context, an explicit choice overrides
it, and no one account moves it past its cap."""

import random

import pytest

from insights.models import Feedback, Insight
from personas import bandit
from personas.models import ArmStats
from personas.selection import persona_for_question
from tests.helpers import answered, assert_error, ready_persona

pytestmark = pytest.mark.django_db


def test_a_rating_is_stored_with_its_context_and_teaches_the_bandit(owner_api, owner):
    coach = ready_persona("coach")
    insight = answered(owner, coach)
    response = owner_api.post(
        f"/api/v1/insights/{insight.id}/feedback", {"thumbsUp": True, "rating": 5, "comment": "spot on"}, format="json"
    )
    assert response.status_code == 200 and response.json()["reward"] == 1.0
    feedback = Feedback.objects.get()
    assert (feedback.persona, feedback.context["question_type"], feedback.comment) == (coach, "why", "spot on")
    arm = ArmStats.objects.get(persona=coach, context_key="why|evening")
    assert (arm.successes, arm.failures, arm.pulls) == (1.0, 0.0, 1)


def test_rating_an_answer_again_replaces_the_earlier_rating(owner_api, owner):
    coach = ready_persona("coach")
    url = f"/api/v1/insights/{answered(owner, coach).id}/feedback"
    owner_api.post(url, {"thumbsUp": True, "rating": 5}, format="json")
    owner_api.post(url, {"thumbsUp": False}, format="json")
    arm = ArmStats.objects.get(persona=coach, context_key="why|evening")
    assert (arm.successes, arm.failures, arm.pulls) == (0.0, 1.0, 1)
    assert Feedback.objects.count() == 1


def test_a_rating_is_validated_scoped_to_its_owner_and_only_for_answered_questions(owner_api, owner, outsider_api):
    url = f"/api/v1/insights/{answered(owner, ready_persona('coach')).id}/feedback"
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


def test_the_bandits_context_is_the_kind_of_question_and_the_time_of_day():
    assert bandit.question_type("Why do I crave sugar?") == "why"
    assert (
        bandit.time_of_day(20) == "evening" and bandit.time_of_day(23) == "night" and bandit.time_of_day(3) == "night"
    )


def test_explicit_choice_overrides_the_bandit(owner):
    ready_persona("coach")
    ready_persona("analyst")
    persona, context, how = persona_for_question(user=owner, question="Why?", slug="analyst", default_slug="coach")
    assert (persona.slug, how) == ("analyst", "user")
    persona, context, how = persona_for_question(user=owner, question="Why?", slug=None, default_slug="coach")
    assert how == "bandit" and persona.slug in {"coach", "analyst"} and context.question_type == "why"


def test_one_account_cannot_move_a_persona_beyond_the_cap(owner, outsider):
    from personas.selection import RATINGS_PER_ACCOUNT, arm_stats_rebuild

    coach = ready_persona("coach")
    for i in range(40):
        Feedback.objects.create(
            user=owner,
            insight=answered(owner, coach, question=f"q{i}"),
            persona=coach,
            thumbs_up=True,
            reward=1.0,
            context={"question_type": "why", "time_of_day": "evening"},
        )
    Feedback.objects.create(
        user=outsider,
        insight=answered(outsider, coach),
        persona=coach,
        thumbs_up=False,
        reward=0.0,
        context={"question_type": "why", "time_of_day": "evening"},
    )
    arm_stats_rebuild(persona=coach)
    arm = ArmStats.objects.get(persona=coach, context_key="why|evening")
    assert (arm.pulls, arm.successes) == (RATINGS_PER_ACCOUNT["context"] + 1, RATINGS_PER_ACCOUNT["context"])
    assert ArmStats.objects.get(persona=coach, context_key=bandit.POOLED).pulls == RATINGS_PER_ACCOUNT["pooled"] + 1
