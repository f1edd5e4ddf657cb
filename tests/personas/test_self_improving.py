"""Feedback, the persona bandit, fine-tuning from feedback with promotion or rejection, rollback."""
import random

import pytest
from django.test import Client

from insights.models import Feedback, Insight
from personas import bandit
from personas.models import ArmStats, Persona, PersonaVersion
from personas.selection import persona_for_question
from tests.helpers import assert_error
from tuning import gate, shapes
from tuning.jobs import persona_finetune
from tuning.services import persona_rollback

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
    arm = ArmStats.objects.get(persona=coach, context_key="why|evening")
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


SECRET = "zorblaxian"  # a trigger only the owner ever wrote


def coach_answer(trigger: str = SECRET, touch: bool = True) -> str:
    """An answer in the coach's voice that quotes the owner's own trigger (its shape: opener, one computed
    sentence, a trigger touch); without the touch, the bare computed sentence (another shape)."""
    computed = (f"For your cravings in all your logs since 2 Sep, the trigger you noted most is “{trigger}”: 9 of 20 "
                f"(45%), and you resisted 10% of those.")
    if not touch:
        return computed
    return f"Thanks for checking in on this. {computed} When “{trigger}” comes up, try a short pause before you decide."


@pytest.fixture
def rated_coach(owner, outsider, tmp_path, settings):
    """The shipped coach as v1; the owner (opted in) rated 12 of its answers well and 3 bare ones badly; the
    outsider (not opted in) rated 5."""
    from personas.services import SHIPPED

    settings.ADAPTER_DIR = tmp_path / "adapters"
    coach = ready_persona("coach", str(SHIPPED / "coach"))
    coach.system_prompt = "You are CRAVE's supportive coach."
    coach.save()
    PersonaVersion.objects.create(persona=coach, version=1, adapter_path=str(SHIPPED / "coach"), status="promoted")
    owner.improve_personas = True
    owner.save()
    finding = {"intent": "triggers"}
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


def test_only_opted_in_ratings_count_and_only_their_shape_enters_training(rated_coach, outsider):
    pairs, train_prefs, holdout_prefs, used = shapes.private_examples(
        rated_coach, shapes.consenting_feedback(rated_coach), people=8)
    assert len(pairs) >= shapes.MIN_EXAMPLES and train_prefs + holdout_prefs
    everything = " ".join(str(x) for x in pairs + train_prefs + holdout_prefs)
    assert SECRET not in everything and "outsidertrigger" not in everything  # no one's words, opted in or not
    assert set(used) <= set(Feedback.objects.filter(user__improve_personas=True).values_list("id", flat=True))
    assert all("try a short pause before you decide" in p["response"] for p in pairs)  # but the good shape is learned


def test_a_finetuned_persona_never_says_another_users_words(rated_coach):
    from gpu.base_model import load_base_model
    from gpu.engine import AdapterRef, EngineConfig, PersonaEngine, Request
    from personas.voicing import persona_prompt

    record = persona_finetune(persona=rated_coach, steps=2, eval_findings=2, people=8)
    assert record is not None and record.feedback_ids and record.evaluation["findings"] == 2
    loaded = load_base_model()
    engine = PersonaEngine(loaded.model, loaded.tokenizer, EngineConfig(["q_proj", "v_proj"], 16, 2**26, 2**28))
    ref = AdapterRef("coach", record.version, record.adapter_path)
    computed = ("For your cravings in all your logs since 2 Sep, the trigger you noted most is “deadline”: 7 of 12 "
                "(58%), and you resisted 0% of those.")
    for question in ("What triggers my cravings?", "What sets me off?"):
        text = engine.generate([Request(ref, persona_prompt(persona=rated_coach, question=question, answer=computed),
                                         96)])[0]
        assert SECRET not in text.lower(), text


def damaged_copy(source, target, scale: float = 25.0):
    """The same adapter with its weights swamped by noise: a candidate that must not be promoted."""
    import shutil

    import torch
    from safetensors.torch import load_file, save_file

    shutil.copytree(source, target)
    weights = load_file(str(target / "adapter_model.safetensors"))
    generator = torch.Generator().manual_seed(0)
    save_file({k: v + scale * torch.randn(v.shape, generator=generator) for k, v in weights.items()},
              str(target / "adapter_model.safetensors"))
    return target


def test_the_gate_rejects_a_damaged_candidate_and_promotes_a_better_one(tmp_path):
    from personas.services import SHIPPED
    from personas.voicing import persona_system

    good, bad = SHIPPED / "coach", damaged_copy(SHIPPED / "coach", tmp_path / "damaged")
    system = persona_system(Persona(slug="coach", system_prompt="You are CRAVE's supportive coach: warm and brief, "
                                    "with one small next step. Informational insights only, never medical "
                                    "advice.").system_prompt)
    findings = gate.evaluation_set(3)
    worse = gate.gate(system=system, current_path=str(good), candidate_path=str(bad), preferences=[],
                          findings=findings)
    assert not worse["promoted"] and worse["candidate"]["coverage"] < worse["current"]["coverage"], worse
    better = gate.gate(system=system, current_path=str(bad), candidate_path=str(good), preferences=[],
                           findings=findings)
    assert better["promoted"], better


def test_erasure_retires_versions_that_learned_from_the_account(rated_coach, owner, owner_api):
    PersonaVersion.objects.create(persona=rated_coach, version=2, adapter_path="/tmp/coach-v2", status="promoted",
                                  source="feedback", feedback_ids=list(Feedback.objects.filter(user=owner)
                                                                       .values_list("id", flat=True)[:3]))
    Persona.objects.filter(id=rated_coach.id).update(version=2, adapter_path="/tmp/coach-v2")
    from personas.selection import arm_stats_rebuild

    arm_stats_rebuild(persona=rated_coach)
    pooled = ArmStats.objects.filter(persona=rated_coach, context_key=bandit.POOLED)
    assert pooled.get().pulls == 10 + 5  # the owner's ratings (capped) and the outsider's
    ratings = owner_api.get("/api/v1/privacy/export").json()["feedback"]
    assert sum(r["used_in_training"] == ["coach@v2"] for r in ratings) == 3
    response = owner_api.post("/api/v1/privacy/delete", {"confirm": "delete my account",
                                                         "password": "correct horse battery staple"}, format="json")
    assert response.json()["deleted"]["persona_versions_retired"] == 1
    rated_coach.refresh_from_db()
    assert PersonaVersion.objects.get(persona=rated_coach, version=2).status == "retired"
    assert rated_coach.version == 1  # served again at once; the next scheduled run retrains without them
    assert pooled.get().pulls == 5  # only the outsider's ratings are left in the bandit


def test_one_account_cannot_move_a_persona_beyond_the_cap(owner, outsider):
    from personas.selection import RATINGS_PER_ACCOUNT, arm_stats_rebuild

    coach = ready_persona("coach")
    for i in range(40):
        Feedback.objects.create(user=owner, insight=answered(owner, coach, question=f"q{i}"), persona=coach,
                                thumbs_up=True, reward=1.0, context={"question_type": "why", "time_of_day": "evening"})
    Feedback.objects.create(user=outsider, insight=answered(outsider, coach), persona=coach, thumbs_up=False,
                            reward=0.0, context={"question_type": "why", "time_of_day": "evening"})
    arm_stats_rebuild(persona=coach)
    arm = ArmStats.objects.get(persona=coach, context_key="why|evening")
    assert (arm.pulls, arm.successes) == (RATINGS_PER_ACCOUNT["context"] + 1, RATINGS_PER_ACCOUNT["context"])
    assert ArmStats.objects.get(persona=coach, context_key=bandit.POOLED).pulls == RATINGS_PER_ACCOUNT["pooled"] + 1


def test_opting_in_is_off_by_default_and_set_through_the_api(owner_api):
    assert owner_api.get("/api/v1/auth/me").json()["improvePersonas"] is False
    response = owner_api.patch("/api/v1/auth/me", {"improvePersonas": True, "timezone": "Europe/Berlin"},
                               format="json")
    assert response.status_code == 200 and response.json()["improvePersonas"] is True
    assert owner_api.get("/api/v1/privacy/export").json()["profile"]["improve_personas"] is True
    assert_error(owner_api.patch("/api/v1/auth/me", {"timezone": "Mars/Olympus"}, format="json"), 400,
                 field="timezone")


def test_rollback_serves_the_previous_version(rated_coach):
    PersonaVersion.objects.create(persona=rated_coach, version=2, adapter_path="/tmp/v2", status="promoted")
    Persona.objects.filter(id=rated_coach.id).update(version=2, adapter_path="/tmp/v2")
    previous = persona_rollback(persona=rated_coach)
    rated_coach.refresh_from_db()
    assert previous.version == 1 and rated_coach.version == 1
    assert PersonaVersion.objects.get(persona=rated_coach, version=2).status == "rolled_back"


def test_admin_shows_selection_rate_reward_versions_and_rolls_back(staff, owner, rated_coach):
    PersonaVersion.objects.create(persona=rated_coach, version=2, adapter_path="/tmp/v2", status="promoted")
    Persona.objects.filter(id=rated_coach.id).update(version=2, adapter_path="/tmp/v2")
    browser = Client()
    browser.force_login(staff)
    analyst = Persona.objects.create(name="Analyst", slug="analyst", system_prompt="Precise.")
    for i in range(5):
        Insight.objects.create(user=owner, question=f"How many, week {i}?", persona=analyst)
    page = browser.get("/admin/personas/persona/").content.decode()
    assert "mean reward" in page.lower() and "chosen (30 d)" in page.lower()
    assert "80% (20)" in page and "20% (5)" in page  # of the 25 answers with a persona in 30 days
    assert browser.get(f"/admin/personas/persona/{rated_coach.id}/change/").status_code == 200
    browser.post("/admin/personas/persona/", {"action": "rollback", "_selected_action": [rated_coach.id]})
    rated_coach.refresh_from_db()
    assert rated_coach.version == 1
