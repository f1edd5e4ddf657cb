"""Yes or no, from the words of the question: how large a share or rate a "yes" needs ("mostly" needs more than
half, "ever" needs one), and which outcome a resist-or-give-in question asks about first."""

from __future__ import annotations

import re

from ..compute import EVER_WORDS

RESIST_WORDS = re.compile(
    r"\bresist\w*|\bhold\w*\s+(?:out|off)|\bsay(?:s|ing)?\s+no\b|\bsaid\s+no\b|\bstay\s+strong|\bbeat\b"
    r"|\bturn\w*\s+(?:\w+\s+){0,2}down\b|\bfight\w*\s+(?:\w+\s+)?off\b|\bknock\w*\s+(?:\w+\s+)?back\b",
    re.I,
)
GIVE_IN_WORDS = re.compile(r"\bg[ia]ve?\w*\s+in\b|\bcav\w+|\bslip\w*|\brelaps\w*|\bgive\s+up", re.I)
MOSTLY_WORDS = re.compile(r"\b(?:mostly|mainly|usually|most\s+of|majority|typically|generally|normally)\b", re.I)
MAJORITY_WORDS = re.compile(r"\b(?:more|than|mostly|mainly|usually|often|most|majority|typically|generally)\b", re.I)


def rate_verdict(text: str, resisted: int, gave: int) -> str:
    """'Do I resist more often than I give in?': yes or no by which outcome is the more common, for the one the
    question names first; 'did I resist at all?': yes when there is one."""
    resist, give = RESIST_WORDS.search(text), GIVE_IN_WORDS.search(text)
    asks_resist = resist is not None and (give is None or resist.start() < give.start())
    asked, other = (resisted, gave) if asks_resist else (gave, resisted)
    if MAJORITY_WORDS.search(text):
        return "Yes: " if asked > other else "No: "
    return "Yes: " if asked else "No: "


def share_verdict(text: str, share: float) -> str:
    """ "Mostly", "usually": a yes needs more than half; "ever", "at all": one is enough. Otherwise a share of at
    least a quarter is a "yes": more than any one of the four parts of the day would hold."""
    if MOSTLY_WORDS.search(text):
        return "Yes" if share > 50 else "No, not mostly"
    if EVER_WORDS.search(text):
        return "Yes"
    return "Yes" if share >= 25 else "Yes, sometimes" if share >= 10 else "No, rarely"
