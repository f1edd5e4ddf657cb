"""The faithfulness guard: a generated sentence stays only if every claim in it is one a single sentence of
the computed answer makes. A claim is a number, a weekday, a time of day, a date word, a place, a companion, a feeling, a
trigger, a thing craved, or a direction ("more", "improving", "still"). Sentences with no claim
(encouragement, a next step) pass; fragments, medical advice and claims about who someone is do not.
A persona may restate the answer's sentences: that is how its figures reach the user in its voice."""

from __future__ import annotations

import re
from functools import lru_cache

from cravings.vocabulary import TOPICS

NUMBER_WORDS = {
    "zero": "0",
    "none": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "hundred": "100",
    "half": "50",
    "twice": "2",
    "double": "2",
    "dozen": "12",
    "once": "1",
    "single": "1",
    "triple": "3",
}
NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?")
WORD_CLASSES = {
    "weekday": r"mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|weekdays?|workdays?",
    "daypart": r"mornings?|afternoons?|evenings?|nights?|tonight|midnight|noon|lunch\w*|dinner\w*|breakfast|bedtime|"
    r"late|early|\d+\s*(?:am|pm)|a\.m\.|p\.m\.",
    "date": r"today|yesterday|tomorrow|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|spring|summer|autumn|fall|winter|recently|lately",
    "place": r"home|work|office|outside|outdoors|bar|bars|pub|party|parties|social\w*|restaurant|school|gym|car|"
    r"kitchen|bed",
    "people": r"alone|friends?|family|coworkers?|co-workers?|colleagues?|strangers?|partner|kids|children|parents|"
    r"boss|team|myself",
    "feeling": r"hungry|angry|lonely|tired|happy|sad|anxious|anxiety|bored|boredom|stress\w*|upset|frustrat\w*|"
    r"exhaust\w*|depress\w*|nervous|worried",
    "direction": r"more|less|fewer|most|least|increas\w*|decreas\w*|ris(?:e|es|ing)|rose|fall(?:s|ing)|fell|"
    r"drop\w*|improv\w*|better|worse|progress\w*|strong\w*|weak\w*|higher|lower|still|again|stopped|"
    r"never|always|usually|often|rarely|mostly|every|none|anymore|streak\w*|resist\w*|gave\s+in|"
    r"give\s+in|cav(?:e|ed|ing)|relaps\w*|slip\w*|trend\w*|pattern\w*|peak\w*|average\w*|typical\w*",
}
TOPIC_WORDS = sorted({w for t in TOPICS for w in t.words} | {t.label for t in TOPICS}, key=len, reverse=True)
# Compiled once: the topic words alone are more patterns than `re` keeps in its cache, so building them in each
# call compiled every one again (a million compilations for the persona pairs a training run generates).
CLASS_PATTERNS = {kind: re.compile(rf"\b(?:{pattern})\b") for kind, pattern in WORD_CLASSES.items()}
TOPIC_PATTERNS = [(word.lower(), re.compile(rf"\b{re.escape(word.lower())}(?:e?s)?\b")) for word in TOPIC_WORDS]
MEDICAL = re.compile(
    r"\b(doctor|physician|therap\w*|medicat\w*|prescri\w*|diagnos\w*|dose|dosage|treatment|"
    r"withdrawal|nicotine\s+(?:patch|replacement)|antidepress\w*|disorder|addict\w*|clinic\w*)\b",
    re.I,
)
# Who someone is ("You're a wizard", "I'm not a coach", "You've been a loyal friend") is no finding's to claim.
CHARACTER = re.compile(
    r"\b(?:you're|you\s+are|you've\s+been|i'm|i\s+am|i've\s+been)\s+(?:not\s+)?(?:just\s+)?"
    r"(?:a|an|the|such\s+a|so|afraid)\b|\byour\s+(?:kindness|generosity|strength|courage|character)\b"
    r"|\bglad\s+to\s+hear\b|\bas\s+you\s+(?:said|mentioned|told)\b",
    re.I,
)
DATA_TALK = re.compile(r"\b(your|you've|you have|you)\s+(logs?|data|records?|entries|history|cravings?)\b", re.I)
# Content-free shapes: a sentence with no claim that only talks about the answer itself ("Here are the
# figures first.", "That is the picture in figures.", "That is the clearest signal in the data so far.") or
# only acknowledges the asking ("Thanks for checking in on this.", "Good question to ask yourself."). The
# guard keeps claimless sentences as encouragement or a next step; these are neither.
FILLER = re.compile(
    r"\b(?:figures?|data|numbers|picture|signal|sample|stats|statistics)\b"
    r"|^(?:thanks|thank\s+you|good\s+question|nice\s+work|great\s+question|let's\s+(?:see|look|take))\b",
    re.I,
)
# An answer that found nothing logged: no next step about an urge fits it (nobody had one to handle).
NOTHING_LOGGED = re.compile(r"\b(?:didn't|did\s+not|haven't|have\s+not)\s+log(?:ged)?\s+any\b|\bno\s+cravings\b", re.I)
MIN_WORDS = 4
MAX_KEPT = 6


def number_claims(text: str) -> set[str]:
    found = {normalise_number(n) for n in NUMBER.findall(text)}
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in NUMBER_WORDS:
            found.add(NUMBER_WORDS[word])
    return found


def normalise_number(text: str) -> str:
    """'12.0' and '12' are one figure; '120' is not '12' (only zeros after a decimal point go)."""
    text = text.replace(",", ".")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def stem(word: str) -> str:
    """'evenings', 'evening' -> 'even'; 'resisted', 'resisting', 'resists' -> 'resist'."""
    word = word.lower()
    for suffixes in (("es", "s"), ("ing", "ed")):
        for suffix in suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
                word = word[: -len(suffix)]
                break
    return word


def claims_of(text: str, triggers: list[str] | tuple[str, ...] = ()) -> set[tuple[str, str]]:
    """Every claim in `text`, as (kind, normalised value)."""
    lower = text.lower()
    claims = {("number", n) for n in number_claims(lower)}
    for kind, pattern in CLASS_PATTERNS.items():
        for match in pattern.finditer(lower):
            claims.add((kind, stem(match.group(0))))
    for word, pattern in TOPIC_PATTERNS:
        if pattern.search(lower):
            claims.add(("subject", word))
    for trigger in triggers:
        if trigger and trigger_pattern(trigger.lower()).search(lower):
            claims.add(("trigger", trigger.lower()))
    return claims


@lru_cache(maxsize=1024)
def trigger_pattern(trigger: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(trigger)}\b")


def sentences_of(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text.strip()) if s.strip()]


def is_fragment(sentence: str) -> bool:
    return (
        not sentence.endswith((".", "!", "?"))
        or len(sentence.split()) < MIN_WORDS
        or sentence.rstrip(".!?").endswith((":", ",", ";", " and", " or"))
        or not (sentence[0].isupper() or sentence[0].isdigit() or sentence[0] in '“"')
    )


def repeats(sentence: str, answer_sentences: list[str]) -> bool:
    """Says nothing new: most of its words are in one sentence of the answer."""
    words = set(re.findall(r"\w+", sentence.lower()))
    return bool(words) and any(
        len(words & set(re.findall(r"\w+", other.lower()))) / len(words) >= 0.8 for other in answer_sentences
    )


def guard(generated: str, *, answer: str, triggers: list[str] | tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    """(kept sentences, dropped sentences). `answer` is the computed answer the claims must come from;
    `triggers` are the user's own trigger texts, so naming one counts as a claim."""
    answer_sentences = sentences_of(answer)
    # Claims must come together from one sentence of the answer: "you resisted 32" is true and "in the last
    # 30 days" is true, but "you resisted 32 in the last 30 days" may not be.
    allowed = [claims_of(s, triggers) for s in answer_sentences] or [set()]
    empty = bool(answer_sentences) and bool(NOTHING_LOGGED.search(answer_sentences[0]))
    kept: list[str] = []
    dropped: list[str] = []
    for sentence in sentences_of(generated):
        claims = claims_of(sentence, triggers)
        unsupported = min((claims - one for one in allowed), key=len)
        if (
            unsupported
            or is_fragment(sentence)
            or MEDICAL.search(sentence)
            or CHARACTER.search(sentence)
            or sentence in kept
            or (DATA_TALK.search(sentence) and not claims)
            or (not claims and (FILLER.search(sentence) or empty))
            or len(kept) == MAX_KEPT
        ):
            dropped.append(sentence)
        else:
            kept.append(sentence)
    return kept, dropped
