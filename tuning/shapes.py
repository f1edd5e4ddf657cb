"""Learning from feedback, privately: a new adapter version from the *shape* of well-rated answers,
promoted only if it does not regress on a fixed evaluation set.

- Only users who opted in (`improve_personas`) count, and an erased account's ratings are gone.
- No user's words or figures enter a shared adapter: a rated answer gives its shape (opener, how many
  computed sentences, which kind of touch, closer), which is applied to a synthetic finding of the same
  kind (tuning/examples.py). Preference pairs are two shapes on the same synthetic finding.
- DPO's reference is the persona's current version; its log-probabilities are computed once, before
  training, with that adapter.
- The gate compares candidate and current on synthetic findings: key-fact coverage and unsupported
  claims of their answers, and preference accuracy on held-out pairs (gate.py, GATE_MARGINS).
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass

from insights.models import Feedback
from insights.safety import NOTICE
from personas.guard import guard, sentences_of
from personas.models import Persona
from personas.voices import QUOTE, TOUCH_KINDS, VOICES, facets
from personas.voicing import prompt_for, restated_of

from .examples import findings_for

GOOD, BAD = 0.75, 0.25
MIN_EXAMPLES = 8


def clean(answer: str) -> str:
    return answer.replace(NOTICE, "").strip()


def held_out(feedback_id: int) -> bool:
    return int(hashlib.sha256(str(feedback_id).encode()).hexdigest(), 16) % 5 == 0  # a stable 20%


# --- shapes -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Shape:
    """What an answer looked like, without what it said."""

    opener: int | None
    touch: tuple[str, int] | None  # (kind, template index)
    closer: int | None


def template_regex(template: str) -> re.Pattern:
    pattern = re.escape(template).replace(re.escape("{x}"), ".+?").replace(re.escape("{X}"), ".+?")
    return re.compile("^" + pattern + "$")


def shape_of(answer: str, persona: str) -> Shape:
    style = VOICES[persona]
    opener = touch = closer = None
    for sentence in sentences_of(clean(answer)):
        found = None
        for kind in ("openers", "closers", *TOUCH_KINDS, "generic"):
            for index, template in enumerate(style[kind]):
                if template_regex(template).match(sentence):
                    found = (kind, index)
                    break
            if found:
                break
        if found is None:  # a computed sentence restated: serving decides those (voicing.restated_of)
            continue
        if found[0] == "openers":
            opener = found[1]
        elif found[0] == "closers":
            closer = found[1]
        elif touch is None:
            touch = found
    return Shape(opener, touch, closer)


def apply_shape(shape: Shape, persona: str, answer: str) -> str | None:
    """The shape on another (synthetic) answer; None where it does not fit (a touch its facts lack)."""
    style = VOICES[persona]
    said = sentences_of(answer)
    parts = [style["openers"][shape.opener]] if shape.opener is not None else []
    parts.append(restated_of(persona, answer))  # what serving gives the persona to restate, whatever was rated
    if shape.touch is not None:
        kind, index = shape.touch
        if kind == "generic":
            parts.append(style["generic"][index])
        else:
            values = facets(said[0]) if said else {}
            if kind not in values:
                return None
            phrase = values[kind]
            parts.append(style[kind][index].format(x=phrase, X=phrase[:1].upper() + phrase[1:]))
    if shape.closer is not None:
        parts.append(style["closers"][shape.closer])
    target = " ".join(parts)
    _, dropped = guard(target, answer=answer, triggers=QUOTE.findall(answer))
    return None if dropped else target


# --- data -----------------------------------------------------------------------------------------------
def consenting_feedback(persona: Persona) -> list[Feedback]:
    return list(
        Feedback.objects.filter(persona=persona, user__improve_personas=True, insight__status="done")
        .exclude(insight__safety="crisis")
        .select_related("insight")
        .order_by("id")
    )


def synthetic_by_kind(seed: int, people: int) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for kind, question, answer in findings_for(random.Random(seed), people=people):
        out.setdefault(kind, []).append((question, answer))
    return out


def private_examples(persona: Persona, feedback: list[Feedback], *, seed: int = 0, people: int = 40):
    """(train pairs, train preferences, held-out preferences, ids of the ratings used). Every text in
    them comes from synthetic findings and the persona's own templates."""

    rng = random.Random(seed)
    synthetic = synthetic_by_kind(seed, people)
    pool = [item for items in synthetic.values() for item in items]

    def finding_like(rated: Feedback) -> tuple[str, str]:
        kind = (rated.insight.finding or {}).get("kind", "overview")
        return rng.choice(synthetic.get(kind) or pool)

    good = [f for f in feedback if f.reward >= GOOD]
    bad = [f for f in feedback if f.reward <= BAD]
    pairs, used = [], set()
    train_prefs: list = []
    holdout_prefs: list = []
    for rated in good:
        question, answer = finding_like(rated)
        target = apply_shape(shape_of(rated.insight.answer, persona.slug), persona.slug, answer)
        if target:
            pairs.append({"prompt": prompt_for(question, restated_of(persona.slug, answer)), "response": target})
            used.add(rated.id)
    for rated in bad:
        question, answer = finding_like(rated)
        rejected = apply_shape(shape_of(rated.insight.answer, persona.slug), persona.slug, answer)
        chosen = next(
            (
                t
                for g in rng.sample(good, len(good))
                if (t := apply_shape(shape_of(g.insight.answer, persona.slug), persona.slug, answer)) and t != rejected
            ),
            None,
        )
        if rejected and chosen:
            (holdout_prefs if held_out(rated.id) else train_prefs).append(
                {
                    "prompt": prompt_for(question, restated_of(persona.slug, answer)),
                    "chosen": chosen,
                    "rejected": rejected,
                }
            )
            used.add(rated.id)
    return pairs, train_prefs, holdout_prefs, sorted(used)
