"""The medical screen: questions that ask for treatment or medical advice (medicines, nicotine replacement,
doses, withdrawal, diagnosis, safety, mixing substances with medicines, pregnancy, side effects, detox).
CRAVE answers those with medical_reply (a doctor or pharmacist can advise; CRAVE can't) and then only the
person's own figures. Questions about one's own logs that merely mention a doctor, health, quitting, sleep
or stress are not medical.

Rules in English, Spanish, German, French, Portuguese, Italian, Dutch and Polish, in two tiers per language:
`asks` phrasings request advice and fire on their own ("is it safe to", "should I take", "how much can I");
`mentions` name a medicine, symptom or condition and fire unless the question is about the person's own
logs (`own_logs`: "how many", "did my cravings"), so "how many cigarettes since I started the patch" stays
ordinary while "I've been shaking since I stopped drinking" does not. English is also matched by meaning
(all-MiniLM-L6-v2 is English-centric) against insights/data/medical_examples.tsv. Tuned on
tests/insights/data/medical_dev.tsv; measured by bench/medical_bench.py."""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

from cravings.vocabulary import TOPICS, words_pattern

from .medical_language import language_of, normalised
from .medical_rules import (
    EN_ASKS,
    EN_MEDICINE_WORDS,
    EN_MENTIONS,
    EN_OWN_LOGS,
    PRIORITY,
    SHARED_MENTIONS,
    MedicalKind,
    Rules,
)
from .medical_rules_cues import CUE_MENTIONS, CUES, OWN_LOGS
from .medical_rules_germanic import DUTCH, GERMAN
from .medical_rules_nordic import SWEDISH
from .medical_rules_romance import FRENCH, ITALIAN, PORTUGUESE, SPANISH
from .medical_rules_slavic import POLISH
from .understanding import masked

__all__ = ["MedicalKind", "is_medical", "medical_kind", "medical_reply", "screen"]

EXAMPLES = Path(__file__).parent / "data" / "medical_examples.tsv"
RULES = {
    "en": Rules(EN_ASKS, EN_MENTIONS, EN_OWN_LOGS),
    "es": SPANISH,
    "de": GERMAN,
    "fr": FRENCH,
    "pt": PORTUGUESE,
    "it": ITALIAN,
    "nl": DUTCH,
    "pl": POLISH,
    "sv": SWEDISH,
}
REPLIES = {
    "en": "CRAVE can't advise on treatment, medicines or doses. A doctor or pharmacist can answer this for you.",
    "es": "CRAVE no puede aconsejarte sobre tratamientos, medicamentos ni dosis. Un médico o un farmacéutico puede "
    "responderte.",
    "de": "CRAVE kann dich nicht zu Behandlungen, Medikamenten oder Dosierungen beraten. Ein Arzt oder Apotheker kann "
    "dir diese Frage beantworten.",
    "fr": "CRAVE ne peut pas te conseiller sur les traitements, les médicaments ou les doses. Un médecin ou un "
    "pharmacien peut te répondre.",
    "pt": "A CRAVE não pode aconselhar sobre tratamentos, medicamentos ou doses. Um médico ou farmacêutico pode "
    "responder a isso.",
    "it": "CRAVE non può darti consigli su cure, farmaci o dosi. Un medico o un farmacista può risponderti.",
    "nl": "CRAVE kan je niet adviseren over behandelingen, medicijnen of doseringen. Een arts of apotheker kan je "
    "hierop antwoorden.",
    "pl": "CRAVE nie może doradzać w sprawie leczenia, leków ani dawek. Odpowiedzi udzieli ci lekarz lub farmaceuta.",
    "sv": "CRAVE kan inte ge råd om behandlingar, läkemedel eller doser. En läkare eller apotekspersonal kan svara på "
    "det här.",
}


def kinds_in(pattern: re.Pattern[str], plain: str) -> set[MedicalKind]:
    return {MedicalKind(m.lastgroup) for m in pattern.finditer(plain) if m.lastgroup}


# A word or phrase in quotes is the person's own tag or note ("my 'dose' of coffee", "days tagged 'withdrawal'"):
# it names what they logged, not what they ask. An apostrophe inside a word ("can't", "l'arret") opens nothing.
QUOTED = re.compile(r"(?<!\w)(['\"“‘«„])[^'\"“”‘’«»„\n]{1,60}?['\"”’»“](?!\w)")
OWN_LOGS_ANY = re.compile(OWN_LOGS)


def unquoted(plain: str) -> str:
    return QUOTED.sub(" a tag ", plain)


def rule_match(text: str) -> tuple[MedicalKind, str | None] | None:
    """The kind the rules find and the language whose rule found it (None for a cue every language shares)."""
    plain = unquoted(normalised(text))
    found: list[tuple[MedicalKind, str | None]] = []
    for language, rules in RULES.items():
        found += [(kind, language) for kind in kinds_in(rules.asks, plain)]
    found += [(kind, None) for kind in kinds_in(CUES, plain)]
    # a cue of any language counts: the shared medicine names and loanwords ("patch") cross languages
    own_logs = OWN_LOGS_ANY.search(plain) or any(rules.own_logs.search(plain) for rules in RULES.values())
    if not found and not own_logs:
        found = [(kind, language) for language, rules in RULES.items() for kind in kinds_in(rules.mentions, plain)]
        found += [(kind, None) for kind in kinds_in(SHARED_MENTIONS, plain) | kinds_in(CUE_MENTIONS, plain)]
    if not found:
        return None
    return min(found, key=lambda hit: PRIORITY.index(hit[0]))


@lru_cache(maxsize=1)
def exemplars() -> tuple[tuple[tuple[MedicalKind, str], ...], tuple[str, ...]]:
    """(kind, text) of the medical exemplars and the ordinary ones, from insights/data/medical_examples.tsv."""
    rows = [line.split("\t") for line in EXAMPLES.read_text().splitlines() if line and not line.startswith("#")]
    medical = tuple((MedicalKind(kind), text) for label, kind, text in rows if label == "medical")
    ordinary = tuple(text for label, _, text in rows if label == "ordinary")
    return medical, ordinary


@lru_cache(maxsize=1)
def topic_words_but_medicines() -> re.Pattern:
    """Every topic's words except those naming a medicine ("pills", "benzos"): masked, the exemplar "is there a pill
    that stops alcohol cravings?" read "is there a something that stops something cravings?", nearer to every
    question about stopping a craving than any ordinary exemplar."""
    medicine = re.compile(EN_MEDICINE_WORDS, re.I)
    return words_pattern(tuple(w for t in TOPICS for w in t.words if not medicine.fullmatch(w)))


def topic_free(texts: list[str]) -> list[str]:
    """Texts with what they are about masked: "is my gambling an addiction?" and "what's my gambling pattern?"
    share a topic, not a meaning, and unmasked the topic word dominates the similarity."""
    return [masked(text.lower(), topic_words_but_medicines()) for text in texts]


class Meaning:
    """The medical and ordinary exemplars embedded once per process, topics masked."""

    def __init__(self, embed):
        medical, ordinary = exemplars()
        self.kinds = [kind for kind, _ in medical]
        vectors = unit(embed(topic_free([text for _, text in medical] + list(ordinary))))
        self.medical, self.ordinary = vectors[: len(medical)], vectors[len(medical) :]

    def scores(self, vectors) -> list[tuple[float, float, MedicalKind]]:
        """(nearest medical similarity, nearest ordinary similarity, the nearest medical exemplar's kind)."""
        array = unit(vectors)
        medical, ordinary = array @ self.medical.T, array @ self.ordinary.T
        return [
            (float(m.max()), float(o.max()), self.kinds[int(m.argmax())])
            for m, o in zip(medical, ordinary, strict=True)
        ]


def unit(vectors) -> np.ndarray:
    array = np.asarray(vectors, dtype=np.float32)
    return array / np.maximum(np.linalg.norm(array, axis=1, keepdims=True), 1e-9)


_meanings: dict[int, Meaning] = {}
_lock = threading.Lock()


def meaning_for(embed) -> Meaning:
    key = id(getattr(embed, "__self__", embed))
    with _lock:
        if key not in _meanings:
            _meanings[key] = Meaning(embed)
        return _meanings[key]


# Chosen on tests/insights/data/medical_dev.tsv with topics masked (0.4-0.5 alike there; margin 0.0 let look-alikes
# through): the similarity to the nearest medical exemplar, and its margin over the nearest ordinary one.
SEMANTIC_SIMILARITY = 0.45
SEMANTIC_MARGIN = 0.05


def screen(
    texts: list[str], embed=None, *, threshold: float = SEMANTIC_SIMILARITY, margin: float = SEMANTIC_MARGIN
) -> list[MedicalKind | None]:
    """The medical kind of each text, None where it is not medical: by the rules in any of the eight languages,
    or (with `embed`) by meaning for English text the rules pass."""
    kinds: list[MedicalKind | None] = []
    for text in texts:
        hit = rule_match(text)
        kinds.append(hit[0] if hit else None)
    # meaning is a backstop for English phrasings no rule names, never for a question about one's own logs
    rest = [
        i
        for i, kind in enumerate(kinds)
        if kind is None and texts[i] and language_of(texts[i]) == "en" and not EN_OWN_LOGS.search(normalised(texts[i]))
    ]
    if embed is not None and rest:
        for i, (medical, ordinary, kind) in zip(
            rest, meaning_for(embed).scores(embed(topic_free([texts[i] for i in rest]))), strict=True
        ):
            if medical >= threshold and medical - ordinary >= margin:
                kinds[i] = kind
    return kinds


def medical_kind(text: str, embed=None) -> MedicalKind | None:
    """What a medical question asks about, or None for any other question."""
    return screen([text or ""], embed)[0]


def is_medical(text: str, embed=None) -> bool:
    """True where the question asks for treatment or medical advice."""
    return medical_kind(text, embed) is not None


def medical_reply(text: str, lang: str | None = None) -> str:
    """One or two sentences in the question's language: CRAVE can't advise on treatment or medicines, a doctor
    or pharmacist can. Never a yes, never a recommendation; the person's own figures may follow it."""
    if lang not in REPLIES:
        lang = reply_language(text)
    return REPLIES[lang or "en"]


def reply_language(text: str) -> str:
    """The language told by the text's short words, unless only another language's rules match it."""
    plain, told = normalised(text), language_of(text)
    matched = [
        language for language, rules in RULES.items() if rules.asks.search(plain) or rules.mentions.search(plain)
    ]
    return told if told in matched or not matched else matched[0]
