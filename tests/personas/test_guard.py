"""The guard on generated words: a persona's sentence stays only if every claim in it is the computed answer's."""

from personas.guard import claims_of, guard, normalise_number


def test_guard_drops_sentences_whose_claims_the_answer_does_not_make():
    computed = "Your cravings for sweets come most often in the evening (5–10 pm): 20 of 40 (50%)."
    generated = (
        "You crave sweets most on Saturdays. You resisted 120 of them. Your logs show a pattern at work. "
        "Try a short walk after dinner tonight. Keep going, evenings can get easier! Your key findings are:"
    )
    kept, dropped = guard(generated, answer=computed, triggers=["work stress"])
    assert kept == ["Keep going, evenings can get easier!"]
    assert "Try a short walk after dinner tonight." in dropped  # "dinner" and "tonight" are claims it never made


def test_guard_catches_triggers_directions_and_medical_advice():
    computed = "You resisted 9 of 10 (90%). Your top trigger was “work stress”."
    kept, dropped = guard(
        "Work stress shows up a lot for you. Coffee break is another one. You are resisting more. "
        "Ask your doctor about medication. You're a wizard at this. Well done for logging.",
        answer=computed,
        triggers=["work stress", "coffee break"],
    )
    assert kept == ["Work stress shows up a lot for you.", "Well done for logging."]
    assert "You're a wizard at this." in dropped  # who someone is: no finding's to claim


def test_claims_must_come_together_from_one_sentence_of_the_answer():
    computed = "You resisted 32 of your 129 cravings (25%). 38 of them were in the last 30 days."
    kept, _ = guard("You resisted 32 of your cravings. You resisted 32 of them in the last 30 days.", answer=computed)
    assert kept == ["You resisted 32 of your cravings."]


def test_a_persona_answer_replaces_the_computed_one_only_when_it_keeps_the_key_figures():
    from personas.voicing import composed

    computed = "Your cravings come most often in the evening (5–10 pm): 20 of 40 (50%). The busiest day is Monday (9)."
    full = ["Your cravings come most often in the evening (5–10 pm): 20 of 40 (50%).", "Keep going, step by step."]
    # The persona's words stand in for the key sentence; the computed fact they left out is never lost.
    assert composed(computed, full, []) == (
        "Your cravings come most often in the evening (5–10 pm): 20 of 40 (50%). "
        "The busiest day is Monday (9). Keep going, step by step."
    )
    both = full[:1] + ["Monday is the busiest day, with 9.", full[1]]
    assert composed(computed, both, []) == " ".join(both)
    partial = ["Your cravings come most often in the evening.", "Keep going, step by step."]
    assert composed(computed, partial, []) == computed + " Keep going, step by step."


def test_number_guard_has_no_trailing_zero_hole():
    assert normalise_number("12.0") == normalise_number("12") and normalise_number("120") != "12"
    assert ("number", "120") not in claims_of("You logged 12 cravings.")
    kept, _ = guard("You logged 120 cravings.", answer="You logged 12 cravings.")
    assert kept == []


def test_filler_and_advice_after_an_empty_finding_are_dropped_a_fitting_touch_stays():
    computed = "You logged 1 craving on Saturday."
    kept, dropped = guard(
        "That is the clearest signal in the data so far. Here are the figures first. Thanks for checking in "
        "on this. Small steps count, and looking at this is a real step.",
        answer=computed,
    )
    assert kept == ["Small steps count, and looking at this is a real step."] and len(dropped) == 3
    empty = "You didn't log any cravings yesterday."
    kept, _ = guard("Try placing a hand on your chest and breathing slowly until the urge softens.", answer=empty)
    assert kept == []  # no urge to handle: no breathing advice


def test_a_touch_must_name_what_the_key_sentence_names():
    from personas.voicing import fitting_touch, persona_prompt, touch_fits

    evening = "Your cravings for sweets come most often in the evening (5–10 pm): 45 of 46 (98%). Then Monday."
    assert touch_fits("As the evening arrives, take a slow breath.", evening)
    assert not touch_fits("Pick a small thing to try next time, like a short walk.", evening)
    assert touch_fits("Keep logging, because that is how you spot what works.", "You logged 12 cravings.")
    trigger = "The trigger you noted most is “work stress”: 9 of 20 (45%)."
    assert (
        fitting_touch("When “work stress” comes up, pause. Try a walk.", trigger)
        == "When “work stress” comes up, pause."
    )

    class Analyst:
        slug, system_prompt = "analyst", "Figures first."

    messages = persona_prompt(persona=Analyst(), question="When?", answer=evening)
    # The reply starts with the key sentences the analyst restates (two), so it writes only its touch.
    assert messages[-1] == {"role": "assistant", "content": evening}


def test_a_touch_is_asked_for_only_where_it_can_be_tied(settings):
    from personas.voicing import persona_prompt, touch_wanted

    settings.PERSONA_TOUCH_ONLY = settings.PERSONA_TOUCH_TIED = True
    assert touch_wanted("Your cravings come most often in the evening (5–10 pm): 48 of 128 (38%).")
    assert touch_wanted("Your most common trigger is “work stress”: 9 of 20.", ["work stress"])
    assert not touch_wanted("You logged 14 cravings last week (16–22 Nov). Most were in the evening.")
    assert not touch_wanted("Yes: you resisted 70% of your cravings this month, against 60% last month.")
    assert not touch_wanted("")

    class Coach:
        slug, system_prompt = "coach", "Warm."

    answer = "Your cravings come most often at home: 30 of 50 (60%). Next: at work (12). You logged 50 in all."
    messages = persona_prompt(persona=Coach(), question="Where?", answer=answer)
    # Its facts are the key sentence it restates and ties its touch to, not the whole answer.
    assert "Facts: Your cravings come most often at home: 30 of 50 (60%).\n" in messages[1]["content"]
    assert "at work" not in messages[1]["content"]
    assert messages[-1] == {"role": "assistant", "content": "Your cravings come most often at home: 30 of 50 (60%)."}

    settings.PERSONA_TOUCH_TIED = False  # the untied path: every answer voiced, from all of it
    assert touch_wanted("You logged 14 cravings last week (16–22 Nov).")
    assert "at work" in persona_prompt(persona=Coach(), question="Where?", answer=answer)[1]["content"]
