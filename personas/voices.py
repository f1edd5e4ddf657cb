"""How each starter persona says a computed answer: its key sentence word for word (the figures), then the
persona's touch (no opener or closer that only talks about the figures: guard.FILLER drops those). A touch either makes no claim at all or names one value taken from one sentence of the
answer (its time of day, trigger or feeling), so the faithfulness guard keeps it."""

from __future__ import annotations

import random
import re

from .guard import guard, sentences_of

VOICES = {
    "coach": {
        "openers": (),  # none: an opener only talked about the figures (guard.FILLER)
        "generic": (
            "Keep logging, because that is how you spot what works for you.",
            "Small steps count, and looking at this is a real step.",
            "You are doing real work by looking at this honestly.",
            "Pick a small thing to try next time, like a glass of water or a short walk.",
        ),
        "daypart": (
            "Next time the {x} comes around, have a plan ready before the urge arrives.",
            "Try lining up something you enjoy for the {x}, so the urge finds little room.",
        ),
        "trigger": (
            "When “{x}” comes up, try a short pause before you decide.",
            "Plan a small response for “{x}”, like a glass of water or a short walk.",
        ),
        "feeling": ("When you feel {x}, try a glass of water or a short walk first.",),
        "closers": (
            "You can do this, step by step.",
            "Keep going, you are building awareness.",
            "I'm cheering you on.",
        ),
    },
    "analyst": {
        "openers": (),  # none: an opener only talked about the figures (guard.FILLER)
        "generic": (
            "Worth tracking over the coming weeks.",
            "Compare it with the next few weeks to see if it holds.",
        ),
        "daypart": ("The {x} is the window to watch.",),
        "trigger": ("The trigger “{x}” is the variable to watch.",),
        "feeling": ("Feeling {x} is the state to watch.",),
        "closers": (),
    },
    "mindful": {
        "openers": (),  # none: an opener only talked about the figures (guard.FILLER)
        "generic": (
            "Next time an urge rises, pause and take a few slow breaths.",
            "When an urge comes, notice where you feel it in your body and let it pass like a wave.",
            "Try placing a hand on your chest and breathing slowly until the urge softens.",
            "Notice the urge, name it, and watch it rise and fall.",
        ),
        "daypart": ("As the {x} arrives, take a slow breath and notice how your body feels.",),
        "trigger": ("When “{x}” arises, pause, breathe, and notice the urge without acting on it.",),
        "feeling": ("When you notice feeling {x}, breathe slowly and let the feeling be there.",),
        "closers": (
            "Be gentle with yourself as you notice this.",
            "There is no rush; simply notice.",
            "Breathe, and let this be enough for now.",
        ),
    },
}
DAYPART = re.compile(r"\b(?:in the (morning|afternoon|evening)|at (night))\b")
QUOTE = re.compile(r"“([^”]+)”")
FEELING = re.compile(r"\bfelt (anxious|tired|bored|lonely|sad|happy|hungry|angry)\b")


def facets(answer_sentences: list[str]) -> dict[str, str]:
    """Values the touch may name, each found in one sentence of the answer."""
    found: dict[str, str] = {}
    for sentence in answer_sentences:
        if "daypart" not in found and (m := DAYPART.search(sentence)):
            found["daypart"] = m.group(1) or m.group(2)
        if "trigger" not in found and (m := QUOTE.search(sentence)):
            found["trigger"] = m.group(1)
        if "feeling" not in found and (m := FEELING.search(sentence)):
            found["feeling"] = m.group(1)
    return found


def voice_target(persona: str, answer: str, rng: random.Random) -> str | None:
    """The persona's answer for training, or None if the guard would drop any of it."""
    style = VOICES[persona]
    said = sentences_of(answer)
    keep = 2 if persona == "analyst" else rng.choice((1, 1, 2))
    parts = said[:keep]
    values = facets(said[:keep] or said)
    kinds = [k for k in ("daypart", "trigger", "feeling") if k in values]
    if kinds and rng.random() < 0.7:
        kind = rng.choice(kinds)
        parts.append(rng.choice(style[kind]).format(x=values[kind]))
    else:
        parts.append(rng.choice(style["generic"]))
    if style["closers"] and rng.random() < 0.5:
        parts.append(rng.choice(style["closers"]))
    target = " ".join(parts)
    kept, dropped = guard(target, answer=answer, triggers=QUOTE.findall(answer))
    return target if not dropped else None
