"""What a persona reads and how its words join the computed answer: the prompt format its adapter is trained
on and served with (tuning and insights alike), and the composition that never drops a computed fact."""

from __future__ import annotations

import re

from .guard import NOTHING_LOGGED, claims_of, repeats, sentences_of

# The persona writes only its touch: the key sentence it was trained to restate first is given to it as the
# start of its reply (it cost ~30 of 64 tokens to copy figures the answer already holds), and generation stops
# at the end of the touch's sentence. 32 tokens hold the longest trained touch (~28, a long trigger quoted).
PERSONA_TOKENS = 32
TRAINED_REPLY_TOKENS = 64  # the whole trained reply, restatement included (the promotion gate measures that)
TOUCH_STOP = (".", "!", "?")  # one sentence
RULES = "Use only the facts given. No medical advice."
# How many of the answer's sentences each persona restates before its touch (personas/voices.py trains
# that); one for a persona not named here.
RESTATED = {"analyst": 2}
# What a finding can name that a next step should fit (guard.claims_of kinds).
FACETS = {"daypart", "weekday", "place", "people", "feeling", "trigger", "subject"}


def prompt_for(question: str, answer: str) -> str:
    """What a persona adapter reads, in training (tuning/examples.py) and in serving alike."""
    return f"Question: {question}\nFacts: {answer}\nAnswer in your voice, keeping every figure."


FACTS = re.compile(r"^Facts: (.*)$", re.M)


def facts_in(messages: list[dict]) -> str:
    """The computed answer a persona prompt (prompt_for) carries."""
    for message in messages:
        if message["role"] == "user" and (found := FACTS.search(message["content"])):
            return found.group(1)
    return ""


def restated_of(slug: str, answer: str) -> str:
    """The key sentence(s) a persona restates word for word before its touch (RESTATED)."""
    return " ".join(sentences_of(answer)[: RESTATED.get(slug, 1)])


def persona_system(system_prompt: str | None) -> str:
    return (system_prompt or "You are CRAVE's assistant.") + " " + RULES


def touch_wanted(answer: str, triggers: list[str] | tuple[str, ...] = ()) -> bool:
    """Whether a touch can earn its place: the key sentence names a facet it can be tied to (touch_fits).
    A count or a comparison names none, and what a persona adds there is filler ("small steps count"), which
    cost a whole prefill (over half of a chat's time under load) to be dropped or to say nothing."""
    from django.conf import settings

    if not settings.PERSONA_TOUCH_TIED:
        return bool(sentences_of(answer))
    said = sentences_of(answer)
    if said and NOTHING_LOGGED.search(said[0]):  # nothing logged: no urge for a next step to meet
        return False
    return bool(key_facets(answer, triggers))


def persona_prompt(*, persona, question: str, answer: str) -> list[dict]:
    """What the persona reads: its system prompt, the computed answer as facts in its adapter's training
    format (tuning/examples.py), and the start of its reply: the key sentence(s) it restates, word for word
    as trained, so that it generates only its touch (a trailing assistant message is continued).

    When it writes only its touch, its facts are those key sentences alone: the touch is tied to them
    (touch_fits), and the rest of the answer was prompt tokens (~40% of them) that every chat prefilled
    for nothing. Trained answers of one or two sentences have that very shape."""
    from django.conf import settings

    restated = restated_of(getattr(persona, "slug", ""), answer)
    touch_only = bool(restated) and settings.PERSONA_TOUCH_ONLY
    facts = restated if touch_only and settings.PERSONA_TOUCH_TIED else answer
    messages = [
        {"role": "system", "content": persona_system(persona.system_prompt if persona else None)},
        {"role": "user", "content": prompt_for(question, facts)},
    ]
    if touch_only:
        messages.append({"role": "assistant", "content": restated})
    return messages


def touch_fits(touch: str, answer: str, triggers: list[str] | tuple[str, ...] = ()) -> bool:
    """A touch earns its place when it is tied to the finding: where the key sentence names a time, day,
    place, company, feeling, trigger or thing craved, the touch names one of them too (a generic "short walk"
    after "most often in the evening" is a next step for nobody in particular)."""
    named = key_facets(answer, triggers)
    return not named or bool(named & claims_of(touch, triggers))


def key_facets(answer: str, triggers: list[str] | tuple[str, ...] = ()) -> set:
    """What the key sentence names that a touch can be tied to (FACETS): what touch_wanted asks for and
    touch_fits checks."""
    said = sentences_of(answer)
    return {c for c in claims_of(pattern_part(said[0]), triggers) if c[0] in FACETS} if said else set()


# A day or time of day that bounds the window counted ("since Monday", "on Sunday 15 November", "last
# night") is not a pattern of the person's: a next step "before Monday comes" fits nothing they do.
DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
WINDOW = re.compile(
    rf"\b(?:since|until|from|after|before|last|this|next|yesterday|today)\s+(?:{DAY}|week(?:end)?|morning|"
    rf"afternoon|evening|night)\b|\b{DAY}\s+\(?\d{{1,2}}\b",
    re.I,
)


def pattern_part(sentence: str) -> str:
    """The sentence without the days and times that only bound its window (WINDOW)."""
    return WINDOW.sub(" ", sentence)


def fitting_touch(generated: str, answer: str) -> str:
    """The generated sentences that fit the finding (touch_fits); the guard then checks what is left. The
    triggers the answer quotes are the ones a touch may name."""
    triggers = QUOTED.findall(answer)
    return " ".join(s for s in sentences_of(generated) if touch_fits(s, answer, triggers))


QUOTED = re.compile(r"“([^”]+)”")


def key_claims(answer: str, triggers: list[str]) -> set:
    """What the answer's first sentence states: a persona's answer must keep all of it."""
    said = sentences_of(answer)
    return {c for c in claims_of(said[0], triggers) if c[0] != "direction"} if said else set()


def composed(answer: str, kept: list[str], triggers: list[str]) -> str:
    """The final text, never with fewer facts than the computed answer. When the persona's guarded words
    keep every figure and value of the key sentence they stand in its place, and each later computed
    sentence they leave out follows their last sentence of facts (before the persona's touch). Otherwise
    the computed answer comes first, then whichever persona sentences add something new."""
    said = sentences_of(answer)
    if not (kept and key_claims(answer, triggers) <= claims_of(" ".join(kept), triggers)):
        return " ".join([answer, *(s for s in kept if not repeats(s, said))]).strip()
    voiced = claims_of(" ".join(kept), triggers)

    def covered(sentence: str) -> bool:
        claims = {c for c in claims_of(sentence, triggers) if c[0] != "direction"}
        return (bool(claims) and claims <= voiced) or repeats(sentence, kept)

    missing = [s for s in said[1:] if not covered(s)]
    facts = [i for i, s in enumerate(kept) if claims_of(s, triggers)]
    at = facts[-1] + 1 if facts else len(kept)
    return " ".join(kept[:at] + missing + kept[at:])
