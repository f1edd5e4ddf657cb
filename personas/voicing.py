"""What a persona reads and how its words join the computed answer: the prompt format its adapter is trained
on and served with (tuning and insights alike), and the composition that never drops a computed fact."""

from __future__ import annotations

from .guard import claims_of, repeats, sentences_of

PERSONA_TOKENS = 64  # the key sentence again in the persona's voice, and its touch; ~2.3 s on 2 CPU cores
RULES = "Use only the facts given. No medical advice."


def prompt_for(question: str, answer: str) -> str:
    """What a persona adapter reads, in training (tuning/examples.py) and in serving alike."""
    return f"Question: {question}\nFacts: {answer}\nAnswer in your voice, keeping every figure."


def persona_system(system_prompt: str | None) -> str:
    return (system_prompt or "You are CRAVE's assistant.") + " " + RULES


def persona_prompt(*, persona, question: str, answer: str) -> list[dict]:
    """What the persona reads: its system prompt and the computed answer as facts, exactly as its adapter
    was trained (tuning/examples.py)."""
    return [
        {"role": "system", "content": persona_system(persona.system_prompt if persona else None)},
        {"role": "user", "content": prompt_for(question, answer)},
    ]


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
