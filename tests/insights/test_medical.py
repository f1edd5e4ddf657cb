"""The medical screen: questions asking for treatment or medical advice are told apart from questions about one's
own logs, in seven languages, and answered with a pointer to a doctor or pharmacist, never a yes."""

from pathlib import Path

import pytest

from gpu.embeddings import get_provider
from insights.medical import MedicalKind, is_medical, medical_kind, medical_reply, screen

DEV = Path(__file__).parent / "data" / "medical_dev.tsv"
# The second tuning set, written by a helper who had not read the screen; it adds Polish.
DEV2 = Path(__file__).parent / "data" / "medical_dev2.tsv"
LANGUAGES = {"en", "es", "de", "fr", "pt", "it", "nl"}


def dev_rows(path: Path = DEV) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text().splitlines() if line and not line.startswith("#")]


@pytest.fixture(scope="module")
def embed():
    return get_provider("local").embed


def test_the_dev_set_is_big_and_covers_both_labels_in_every_language():
    rows = dev_rows()
    assert len(rows) >= 120
    assert {(label, lang) for label, lang, _ in rows} == {
        (label, lang) for label in ("medical", "ordinary") for lang in LANGUAGES
    }


@pytest.mark.parametrize("path", [DEV, DEV2], ids=["dev", "dev2"])
def test_recall_at_least_097_and_false_positives_at_most_2_percent_on_dev(embed, path):
    rows = dev_rows(path)
    flags = [kind is not None for kind in screen([q for _, _, q in rows], embed)]
    missed = [q for (label, _, q), flag in zip(rows, flags, strict=True) if label == "medical" and not flag]
    wrong = [q for (label, _, q), flag in zip(rows, flags, strict=True) if label == "ordinary" and flag]
    assert 1 - len(missed) / sum(r[0] == "medical" for r in rows) >= 0.97, missed
    assert len(wrong) / sum(r[0] == "ordinary" for r in rows) <= 0.02, wrong


@pytest.mark.parametrize(
    "question",
    [
        "Should I take Champix to quit smoking?",
        "¿Es seguro beber alcohol si tomo antidepresivos?",
        "Wie viele Nikotinkaugummis darf ich am Tag kauen?",
        "Suis-je alcoolique ?",
        "Posso fumar estando grávida?",
        "Quali sono gli effetti collaterali dei cerotti?",
        "Hoe lang duurt nicotineontwenning?",
        # an herbal remedy, and a dose asked with "would"
        "Does valerian calm the urge to drink at night?",
        "If I tried kava for the cravings, how much would I take?",
    ],
)
def test_the_rules_alone_find_medical_questions_in_every_language(question):
    assert is_medical(question)


@pytest.mark.parametrize(
    "question",
    [
        "How many cigarettes since I started quitting?",
        "Did my cravings go down after my doctor visit?",
        "When do I crave coffee?",
        "Are my cravings worse when I sleep badly or feel stressed?",
        "How many drinks did I log after my health check?",
        "Did my cravings change after I started the patch?",
        "¿Bajaron mis antojos después de ir al médico?",
        "Habe ich weniger geraucht, seit ich Pflaster benutze?",
        "Mes envies ont-elles baissé après ma visite chez le médecin ?",
        "How long has it been since my last beer?",
        "How long since the last smoke?",
        "how long since sugar cravings?",
        # a word of the medical kind beside a question about the logs
        "a friend says I'm addicted to wine. what triggers them for me?",
        "was it often anxiety when I lit up last month?",
        "Hur ofta loggade jag godis förra veckan?",
    ],
)
def test_questions_about_ones_own_logs_are_not_medical(question, embed):
    assert not is_medical(question, embed)


def test_meaning_catches_an_english_question_no_rule_names(embed):
    question = "Can nicotine pouches replace smoking?"
    assert not is_medical(question) and is_medical(question, embed)


def test_meaning_never_overrules_a_question_about_ones_own_logs(embed):
    # close in meaning to "how much caffeine can a person have in a day", but it asks what the logs hold
    assert not is_medical("How much caffeine did I have today?", embed)


@pytest.mark.parametrize(
    "question,kind",
    [
        ("Can I drink coffee while breastfeeding?", MedicalKind.PREGNANCY),
        ("Is it ok to drink on antibiotics?", MedicalKind.INTERACTION),
        ("What dose of naltrexone is normal?", MedicalKind.DOSAGE),
        ("Am I addicted to gambling?", MedicalKind.DIAGNOSIS),
        ("How long does caffeine withdrawal last?", MedicalKind.WITHDRAWAL),
        ("Does Chantix have side effects?", MedicalKind.SIDE_EFFECTS),
        ("Are nicotine lozenges any good?", MedicalKind.NICOTINE_REPLACEMENT),
    ],
)
def test_medical_kind_names_what_the_question_asks_about(question, kind):
    assert medical_kind(question) == kind


def test_an_empty_question_is_not_medical():
    assert medical_kind("") is None


# the words that name a doctor and a pharmacist in each reply
CARERS = {
    "en": ("doctor", "pharmacist"),
    "es": ("médico", "farmacéutico"),
    "de": ("Arzt", "Apotheker"),
    "fr": ("médecin", "pharmacien"),
    "pt": ("médico", "farmacêutico"),
    "it": ("medico", "farmacista"),
    "nl": ("arts", "apotheker"),
}
YES = ("yes", "sí", "si", "ja", "oui", "sim", "yep", "sure")


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_the_reply_names_a_doctor_and_a_pharmacist_and_never_starts_with_yes(lang):
    reply = medical_reply("Should I take Champix?", lang)
    assert all(word in reply for word in CARERS[lang])
    assert not reply.lower().lstrip("¡¿ ").startswith(YES)
    assert 1 <= reply.count(".") <= 2


@pytest.mark.parametrize(
    "question,lang",
    [
        ("Should I take Champix?", "en"),
        ("¿Debo tomar Champix para dejar de fumar?", "es"),
        ("Soll ich Champix nehmen?", "de"),
        ("Dois-je prendre du Champix ?", "fr"),
        ("Devo tomar Champix para parar de fumar?", "pt"),
        ("Devo prendere il Champix?", "it"),
        ("Moet ik Champix nemen?", "nl"),
    ],
)
def test_the_reply_is_in_the_questions_language(question, lang):
    assert medical_reply(question) == medical_reply("", lang)


def test_the_bench_reads_a_labelled_file_and_writes_its_figures(tmp_path, monkeypatch):
    import json
    import runpy
    import sys

    labelled = tmp_path / "labelled.tsv"
    labelled.write_text(
        "# throwaway\nmedical\ten\tShould I take Champix?\n1\tes\t¿Soy alcohólico?\n"
        "ordinary\ten\tWhen do I crave coffee?\n0\tde\tWann habe ich am meisten geraucht?\n"
    )
    out = tmp_path / "medical_bench.json"
    root = Path(__file__).resolve().parents[2]
    # Its command line, run in this process: a subprocess would load the embedding model again (~30 s here).
    bench = root / "bench" / "medical_bench.py"
    monkeypatch.setattr(sys, "argv", [str(bench), "--file", str(labelled), "--out", str(out)])
    runpy.run_path(str(bench), run_name="__main__")
    figures = json.loads(out.read_text())
    assert (figures["recall"], figures["false_positive_rate"], figures["misses"]) == (1.0, 0.0, [])
    assert set(figures["per_language"]) == {"en", "es", "de"} and figures["goals"]["recall"]["pass"]


def test_how_long_until_a_symptom_passes_is_still_medical(embed):
    assert is_medical("How long until the withdrawal headaches stop?", embed)


@pytest.mark.parametrize(
    "question",
    ["how can I stop craving crisps?", "how can I cut down on sugar?", "How do I quit reaching for sweets at work?"],
)
def test_how_to_change_a_habit_is_not_a_treatment_question(question, embed):
    """Asked how to crave a thing less, the person gets their own figures, not the no-treatment-advice reply."""
    assert not is_medical(question, embed)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("is there a pill that stops my sugar cravings?", MedicalKind.MEDICATION),
        ("how should I cut down from 15 a day?", MedicalKind.DETOX),
    ],
)
def test_a_medicine_or_a_tapering_pace_still_makes_it_one(question, kind, embed):
    assert medical_kind(question, embed) is kind
