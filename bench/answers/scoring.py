"""Scoring a final answer against ground truth: the finding's intent and figures, the key facts in the
message, and claims in the message that the generated rows do not support. Written apart from the
product's guard: its own patterns, checked against the rows, not against the product's finding."""

from __future__ import annotations

import re

from .truth import DIMENSIONS, Truth, by, numbers_of

NOTICE = "not medical advice"
ABSTAIN = re.compile(
    r"haven't logged any|no logged|not logged any|no cravings (?:about|for)|couldn't find|no record|"
    r"don't have any|no logs (?:about|for)",
    re.I,
)
DATE = re.compile(
    r"\b\d{1,2}(?:–\d{1,2})?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?"
    r"|\b(?:19|20)\d\d\b|\bat\s+\d{1,2}\s*(?:am|pm)\b|\b\d{1,2}\s*(?:am|pm)\b|\b\d+\s+out\s+of\s+10\b"
    r"|\b8\s+or\s+more\b|\b\d+\s+days?\s+ago\b|\blast\s+\d+\s+days\b|\b\d+\s+days\s+before\b"
    r"|\bat\s+least\s+\d+\b|\b14%\s+a\s+day\b|\b(?:5|10)\s+points?\b|\b\d+–\d+\s*(?:am|pm)\b"
    r"|\b(?:noon|midnight)\b|\b29% of the days in a week\b",
    re.I,
)
NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?")
NAMED = {
    "weekday": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "daypart": ("morning", "afternoon", "evening", "night"),
    "location": ("home", "work", "outside", "social"),
    "people": ("alone", "friends", "family", "coworkers", "strangers"),
    "emotion": ("hungry", "angry", "lonely", "tired", "happy", "sad", "anxious", "bored"),
}
KIND_WORDS = {
    "sweets": ("sweets", "chocolate", "candy", "cookies", "ice cream", "dessert", "cake"),
    "wine": ("wine",),
    "beer": ("beer",),
    "cigarettes": ("cigarette", "cigarettes", "smoking", "tobacco"),
    "vaping": ("vaping", "vape"),
    "coffee": ("coffee", "espresso"),
    "chips": ("chips", "crisps"),
    "gambling": ("gambling", "betting"),
    "cannabis": ("weed", "cannabis", "joint"),
    "soda": ("soda", "cola"),
    "fast_food": ("fast food", "burger", "pizza", "fries"),
    "phone": ("social media", "instagram", "tiktok"),
}


def sentences(message: str) -> list[str]:
    text = message.split("\n\n")[0] if NOTICE in message.lower() else message
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s.strip()]


def unsupported(sentence: str, truth: Truth, question: str, rows: list[dict], today) -> list[str]:
    """The claims of one sentence that the rows do not hold."""
    problems = []
    written = {r["trigger"].lower() for r in rows if r["trigger"]} | {r["description"].lower() for r in rows}
    for quoted in re.findall(r"“([^”]*)”", sentence):  # a quoted trigger or note must be one the person wrote
        if quoted.lower() not in written:
            problems.append(quoted)
    lower = re.sub(r"“[^”]*”|social media", " ", sentence.lower())
    plain = DATE.sub(" ", lower)
    allowed = numbers_of(truth.scope, truth.base, today, truth.subject) | set(NUMBER.findall(question)) | truth.numbers
    for number in NUMBER.findall(plain):
        if number not in allowed and number.rstrip("0").rstrip(".") not in allowed:
            problems.append(number)
    values: dict[str, set] = {}
    for dimension in ("weekday", "daypart", "location", "people", "emotion"):
        values[dimension] = {
            str(v).lower() for v in by(truth.scope + truth.base + truth.subject, DIMENSIONS[dimension])
        }
    for dimension, words in NAMED.items():
        for word in words:
            if re.search(rf"\b{word}s?\b", plain) and word not in values[dimension] and word not in question.lower():
                problems.append(word)
    present = {r["kind"] for r in rows}
    for kind, words in KIND_WORDS.items():
        for word in words:
            if re.search(rf"\b{word}\b", lower) and kind not in present and word not in question.lower():
                problems.append(word)
    return problems


def get(data, path: str):
    for part in path.split("."):
        if data is None:
            return None
        data = data[int(part)] if isinstance(data, list) and part.isdigit() else (data or {}).get(part)
    return data


def message_ok(message: str, truth: Truth) -> bool:
    if truth.abstain:
        return bool(ABSTAIN.search(message))
    lower = message.lower()
    return all(any(alt.lower() in lower for alt in group) for group in truth.facts)


def abstained(message: str, finding: dict | None = None) -> bool:
    """From the message alone: what the user reads."""
    return bool(ABSTAIN.search(message))
