import pytest
from django.test import Client

from personas.models import AdapterResidency, Persona, WorkerStatus
from personas.services import personas_seed_starters
from tuning.jobs import persona_train

pytestmark = pytest.mark.django_db


def test_starter_personas_serve_their_shipped_adapters_at_once(tmp_path, settings):
    settings.ADAPTER_DIR = tmp_path
    created = personas_seed_starters()
    assert {p.slug for p in created} == {"coach", "analyst", "mindful"}
    assert personas_seed_starters() == []  # idempotent
    for persona in Persona.objects.all():
        assert (persona.status, persona.version) == ("ready", 1), persona.slug
        assert (tmp_path / persona.slug / "v1" / "adapter_model.safetensors").exists()
        assert persona.versions.get().source == "shipped" and "never medical advice" in persona.system_prompt


def test_generated_pairs_keep_the_figures_and_sound_like_each_persona():
    from personas.guard import claims_of, guard
    from personas.voices import QUOTE, VOICES
    from personas.voicing import key_claims, restated_of, touch_fits, touch_wanted
    from tuning.examples import examples

    pairs = examples(seed=5, people=4)
    assert {e.persona for e in pairs} == set(VOICES) and len({e.intent for e in pairs}) >= 10
    for e in pairs:
        triggers = QUOTE.findall(e.answer)
        assert key_claims(e.answer, triggers) <= claims_of(e.target, triggers), e
        assert guard(e.target, answer=e.answer, triggers=triggers)[1] == []  # nothing the guard would drop
        assert restated_of(e.persona, e.answer) in e.prompt() and restated_of(e.persona, e.answer) in e.target
        touch = e.target[len(restated_of(e.persona, e.answer)) :].strip()
        # A touch exactly where the key sentence names something it can be tied to, and tied to it.
        assert bool(touch) == touch_wanted(e.answer, triggers), e
        assert not touch or touch_fits(touch, e.answer, triggers), e
    touches = {persona: " ".join(e.target for e in pairs if e.persona == persona) for persona in VOICES}
    assert "breath" in touches["mindful"] and "to watch" in touches["analyst"] and "swap" in touches["coach"]


@pytest.mark.slow
@pytest.mark.beside
def test_training_writes_a_new_adapter_version_with_progress(tmp_path, settings):
    settings.ADAPTER_DIR = tmp_path
    personas_seed_starters()
    persona = Persona.objects.get(slug="coach")
    seen = []
    persona = persona_train(
        persona=persona, steps=2, people=2, progress=lambda step, total, loss: seen.append((step, total))
    )
    assert seen == [(1, 2), (2, 2)]
    assert (persona.status, persona.version, persona.training_progress) == ("ready", 2, 1)
    assert (tmp_path / "coach" / "v2" / "adapter_model.safetensors").exists()
    assert persona.training_loss > 0 and persona.base_model == "smollm2-135m-instruct"


def test_bad_dataset_marks_the_persona_failed(tmp_path, settings):
    settings.ADAPTER_DIR = tmp_path
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"prompt": "only a prompt"}\n')
    persona = Persona.objects.create(name="Bad", slug="bad", system_prompt="x", dataset_path=str(bad))
    with pytest.raises(ValueError):
        persona_train(persona=persona, steps=1)
    persona.refresh_from_db()
    assert persona.version == 0


def test_admin_shows_personas_residency_and_workers(staff):
    personas_seed_starters()
    persona = Persona.objects.get(slug="coach")
    worker = WorkerStatus.objects.create(hostname="gpu-1", device="cpu", cpu_rss=10**8, slot_bytes=2**24)
    AdapterResidency.objects.create(
        worker=worker, persona=persona, version=1, tier="slot", slot=1, nbytes=2**20, hits=5, misses=1
    )
    browser = Client()
    browser.force_login(staff)
    for url in (
        "/admin/personas/persona/",
        f"/admin/personas/persona/{persona.id}/change/",
        "/admin/personas/workerstatus/",
        f"/admin/personas/workerstatus/{worker.id}/change/",
        "/admin/personas/adapterresidency/",
    ):
        assert browser.get(url).status_code == 200, url
    response = browser.post(
        "/admin/personas/persona/", {"action": "train_new_version", "_selected_action": [persona.id]}
    )
    assert response.status_code == 302
    persona.refresh_from_db()
    assert persona.status == "training"


def test_a_touch_is_wanted_for_a_pattern_not_for_the_days_that_bound_a_count(settings):
    from personas.voices import facets
    from personas.voicing import touch_wanted

    settings.PERSONA_TOUCH_TIED = True
    assert not touch_wanted("You logged 4 cravings since Monday (23–24 Nov). You resisted 3 of them (75%).")
    assert not touch_wanted("No: you logged 0 cravings yesterday (23 Nov). Your latest one was on Sunday 22 November.")
    assert touch_wanted("Fridays are your heaviest day: 14 of 50 cravings (28%).")
    assert facets("Fridays are your heaviest day: 14 of 50 cravings (28%).") == {"weekday": "Friday"}
    # the words of a quoted trigger are the trigger's, not a place or a feeling
    assert facets("Your most common trigger is “work stress”: 12 of 30 logs (40%).") == {"trigger": "work stress"}
    assert facets("Your cravings for beer come most often when feeling tired: 31 of 36.") == {
        "feeling": "tired",
        "subject": "beer",
    }
    assert not touch_wanted(
        "You didn't log any strong cravings for cannabis since 5 Sep. Your latest one was on 21 Nov."
    )
