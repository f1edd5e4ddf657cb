"""A rule-based screen that runs before the model, on the question and on the notes it would read.
Crisis language gets vetted crisis resources and no generated answer. Rules, not a model: they are
predictable, testable and cannot be talked out of it."""
from __future__ import annotations

import re

CRISIS_PATTERNS = [
    r"\bsuicid\w*", r"\bkill(ing)?\s+my\s*self\b", r"\bend\s+(it\s+all|my\s+life)\b", r"\bwant\s+to\s+die\b",
    r"\bbetter\s+off\s+dead\b", r"\bself[-\s]?harm\w*", r"\bhurt(ing)?\s+my\s*self\b", r"\bcut(ting)?\s+my\s*self\b",
    r"\boverdos\w*", r"\bno\s+reason\s+to\s+live\b", r"\btake\s+my\s+(own\s+)?life\b",
]
CRISIS = re.compile("|".join(CRISIS_PATTERNS), re.IGNORECASE)

CRISIS_RESPONSE = (
    "It sounds like you may be going through something really painful. You don't have to face it alone. "
    "If you are in immediate danger, call your local emergency number (911 in the US, 112 in the EU, 999 in the UK). "
    "In the US you can call or text 988 (Suicide & Crisis Lifeline) any time; in the UK and Ireland, Samaritans "
    "answer on 116 123; elsewhere, findahelpline.com lists free, confidential lines in your country. "
    "CRAVE can't help with this, but these people can, right now."
)
NOTES_RESOURCE = ("Some of your notes mention something serious; if you are struggling, please reach out: in the US "
                  "call or text 988, or find a free line at findahelpline.com.")
NOTICE = "CRAVE offers informational insights from your own logs, not medical advice."


def is_crisis(text: str) -> bool:
    return bool(CRISIS.search(text or ""))


def screen_notes(notes: list[str]) -> list[bool]:
    """True where a note must stay out of the prompt."""
    return [is_crisis(note) for note in notes]


def with_notice(answer: str) -> str:
    return f"{answer.strip()}\n\n{NOTICE}"
