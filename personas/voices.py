"""How each starter persona says a computed answer: its key sentence word for word (the figures), then the
persona's touch, a next step tied to what that sentence names (its time of day, day, place, company, feeling,
trigger or thing craved: voicing.FACETS), in that word. A finding that names none of them gets no touch: a
generic one ("small steps count") was filler, and a breathing tip after "you logged nothing" fit nobody.
Every target passes the faithfulness guard, so no example teaches a claim the finding lacks."""

from __future__ import annotations

import random
import re

from .guard import CLASS_PATTERNS, TOPIC_PATTERNS, guard, sentences_of
from .voicing import pattern_part, restated_of, touch_fits, touch_wanted

# {x}: the facet as a phrase that fits after "When you're" / "the" (PHRASES); {X}: the same, capitalised.
VOICES = {
    "coach": {
        "openers": (),  # none: an opener only talked about the figures (guard.FILLER)
        "generic": (),  # none: a touch names what the finding names, or there is no touch
        "daypart": (
            "Before the {x} comes, line up something you would rather do.",
            "Have a plan ready for the {x}, before the urge arrives.",
        ),
        "weekday": (
            "Before {x} comes around, line up something you would rather do.",
            "Have a plan ready for {x}, before the urge arrives.",
        ),
        "place": (
            "When you're {x}, keep a glass of water or a small swap within reach.",
            "Plan a small swap for the times you're {x}.",
        ),
        "people": (
            "When you're {x}, have a small swap ready before the urge arrives.",
            "Plan a short walk or a glass of water for the times you're {x}.",
        ),
        "feeling": (
            "When you feel {x}, try a glass of water or a short walk first.",
            "Feeling {x} is your cue to pause before you decide.",
        ),
        "trigger": (
            "When “{x}” comes up, try a short pause before you decide.",
            "Plan a small response for “{x}”, like a glass of water or a short walk.",
        ),
        "subject": (
            "When the urge for {x} starts, try a short pause before you decide.",
            "Pick a small swap for {x} and try it the next time the urge arrives.",
        ),
        "closers": (),
    },
    "analyst": {
        "openers": (),
        "generic": (),
        "daypart": ("The {x} is the window to watch.", "Logs in the {x} will show whether this holds."),
        "weekday": ("{X} is the time to watch.", "Logs on {x} will show whether this holds."),
        "place": ("Logs made {x} are the ones to watch.", "Being {x} is the setting to watch."),
        "people": ("Time spent {x} is the setting to watch.", "Logs made {x} will show whether this holds."),
        "feeling": ("Feeling {x} is the state to watch.", "Logs made while {x} will show whether this holds."),
        "trigger": (
            "The trigger “{x}” is the variable to watch.",
            "Logs that name “{x}” will show whether this holds.",
        ),
        "subject": ("The {x} logs are the ones to watch.", "Logs about {x} will show whether this holds."),
        "closers": (),
    },
    "mindful": {
        "openers": (),
        "generic": (),
        "daypart": (
            "As the {x} arrives, take a slow breath and notice how your body feels.",
            "In the {x}, pause for a slow breath before you act.",
        ),
        "weekday": (
            "On {x}, pause for a slow breath before you act.",
            "As {x} arrives, notice the urge without acting on it.",
        ),
        "place": (
            "When you're {x}, notice the urge and let it pass like a wave.",
            "When you're {x}, pause for a slow breath before you act.",
        ),
        "people": (
            "When you're {x}, notice the urge and let it pass like a wave.",
            "When you're {x}, take a slow breath and notice how your body feels.",
        ),
        "feeling": (
            "When you notice feeling {x}, breathe slowly and let the feeling be there.",
            "Feeling {x} is a cue to breathe slowly and notice the urge.",
        ),
        "trigger": (
            "When “{x}” arises, pause, breathe, and notice the urge without acting on it.",
            "When “{x}” comes up, take a slow breath before you act.",
        ),
        "subject": (
            "When the urge for {x} comes, notice it and let it pass like a wave.",
            "When {x} calls, breathe slowly and notice the urge without acting on it.",
        ),
        "closers": (),
    },
}
TOUCH_KINDS = ("daypart", "weekday", "place", "people", "feeling", "trigger", "subject")
# The words a touch can be built on, as the phrase its templates take; a word not listed gets no touch of
# its kind (a clock time, "lunch", "workdays": no template reads well with them).
PHRASES = {
    "daypart": {w: w for w in ("morning", "afternoon", "evening", "night")},
    "weekday": {
        **{d: d.capitalize() for d in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")},
        "weekend": "the weekend",
    },
    "place": {
        "home": "at home",
        "work": "at work",
        "office": "at the office",
        "outside": "outside",
        "bar": "at the bar",
        "pub": "at the pub",
        "party": "at a party",
        "social": "in social settings",
        "restaurant": "at a restaurant",
        "school": "at school",
        "gym": "at the gym",
        "car": "in the car",
    },
    "people": {
        "alone": "alone",
        "friends": "with friends",
        "family": "with family",
        "coworkers": "with coworkers",
        "colleagues": "with colleagues",
        "partner": "with your partner",
        "strangers": "around strangers",
    },
    "feeling": {
        **{w: w for w in ("tired", "anxious", "bored", "lonely", "sad", "happy", "hungry", "angry", "stressed")},
        "boredom": "bored",
        "anxiety": "anxious",
        "stress": "stressed",
    },
}
QUOTE = re.compile(r"“([^”]+)”")


def facets(sentence: str) -> dict[str, str]:
    """The facets of one sentence a touch can name, each as its template phrase (the first of each kind)."""
    # Words inside a quoted trigger ("work stress") are the trigger's, not a place or a feeling.
    lower, found = QUOTE.sub(" ", pattern_part(sentence)).lower(), {}
    for kind, words in PHRASES.items():
        for said in CLASS_PATTERNS[kind].findall(lower):
            word = said if said in words else said.rstrip("s")
            if word in words:
                found[kind] = words[word]
                break
    if quoted := QUOTE.findall(sentence):
        found["trigger"] = quoted[0]
    for _, pattern in TOPIC_PATTERNS:
        if named := pattern.search(lower):
            found["subject"] = named.group(0)
            break
    return found


def voice_target(persona: str, answer: str, rng: random.Random) -> str | None:
    """The persona's answer for training, or None if the guard would drop any of it: what serving gives it
    to restate (voicing.restated_of), then a touch on one facet of the key sentence, if it names one."""
    style, restated = VOICES[persona], restated_of(persona, answer)
    if not restated:
        return None
    triggers = QUOTE.findall(answer)
    wanted = touch_wanted(answer, triggers)
    values = facets(sentences_of(answer)[0]) if wanted else {}
    kinds = [k for k in TOUCH_KINDS if k in values and style[k]]
    if wanted and not kinds:  # serving asks for a touch that no template here builds
        return None
    parts = [restated]
    if kinds:
        kind = rng.choice(kinds)
        phrase = values[kind]
        parts.append(rng.choice(style[kind]).format(x=phrase, X=phrase[:1].upper() + phrase[1:]))
    target = " ".join(parts)
    kept, dropped = guard(target, answer=answer, triggers=triggers)
    if dropped or (kinds and not touch_fits(parts[-1], answer, triggers)):
        return None
    return target
