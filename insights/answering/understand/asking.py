"""Reading a question as asked: its text made plain (the gloss of another language, slips of the thumb mended,
hyphenated times apart), the sentences that ask as against the scene the person sets, the things it names, and two
situations it sets against each other."""

from __future__ import annotations

import re
from dataclasses import replace

from cravings.vocabulary import VERBS
from insights.medical_language import language_of
from insights.timeparse import JUST_GONE
from insights.understanding import LEADING_CLAUSE, NOT_A_THING, Condition, Subject, free_subjects, subjects_in

from ..query import Group
from . import cues
from .gloss import glossed
from .spelling import EVERYDAY as EVERYDAY_TEXT
from .spelling import dictionary, spelled

DAY_PART_HYPHEN = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)-(morning|afternoon|evening|night)\b", re.I
)
PART_HYPHEN = re.compile(r"(?<=[a-z])-(?=(?:morning|afternoon|evening|night|lunch)s?\b)", re.I)
# "Since I started using the app", "since day one": the whole history, not an event with a date to ask for.
ALL_ALONG = re.compile(
    r"\b(?:ever\s+)?since\s+(?:i\s+(?:first\s+)?(?:started|began|begun)\s+(?:using|logging|tracking|with)\b"
    r"(?:\s+(?:the|this|my)\s+app|\s+crave|\s+it|\s+here|\s+(?:my\s+)?cravings?)?"
    r"|i\s+(?:joined|signed\s+up|downloaded\s+(?:the|this)\s+app|got\s+(?:the|this)\s+app)|day\s+(?:one|1)"
    # "since the start" is all along; "since the start of November" is a date
    r"|the\s+(?:very\s+)?(?:start|beginning)(?!\s+of\b))\b",
    re.I,
)


# Saturday and Sunday named together are the weekend ("Saturday and Sunday, are those my big days?").
WEEKEND_DAYS = re.compile(r"\b(?:saturdays?|sat)\s*(?:and|&|\+|/|n)\s*(?:sundays?|sun)\b", re.I)


def plain_text(question: str) -> str:
    """A question in another language is read through its English gloss; the answer's figures are the same."""
    question = question.replace("’", "'")
    # a slip mended into a thing's name only in English: "vaker" (Dutch "more often") is not "vaper"
    text = " ".join(spelled(glossed(question), things=language_of(question) == "en").split())
    # "monday-morning cravings" are every Monday morning's; "late-night": the time words apart
    text = PART_HYPHEN.sub(" ", DAY_PART_HYPHEN.sub(r"\1s \2s", text))
    # the two weekend days named as the ones just gone are the last weekend (timeparse.JUST_GONE), not two days
    text = WEEKEND_DAYS.sub("the weekend", text) if JUST_GONE.search(WEEKEND_DAYS.sub("weekend", text)) else text
    return WEEKEND_DAYS.sub("weekends", ALL_ALONG.sub(" ", text))


SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


CLARIFIES = re.compile(r"^\W*(?:like|say|i\s+mean|as\s+in|e\.?g\.?|over|in|for|during|since|compared|vs)\b", re.I)


def asked_part(text: str) -> str:
    """The sentences that ask ("...?"): where the person sets the scene first ("I'm at work and shattered. When do I
    usually crave?"), the scene is not a filter on what they ask. The whole text when no sentence asks."""
    sentences = SENTENCE_END.split(text)
    asks = [i for i, s in enumerate(sentences) if s.rstrip().endswith("?")]
    # a clarification after the question is part of it: "... more than I used to? like the last 3 months"
    tail = [s for s in sentences[asks[-1] + 1 :] if CLARIFIES.match(s)] if asks else []
    asking = " ".join([*(sentences[i] for i in asks), *tail])
    return asking if len(asking.split()) >= 4 else text  # not a bare tag ("Friday's my worst. Right?")


def joined(text: str, subjects: list[Subject]) -> list[Subject]:
    """'cider or lager', 'a burrito or tacos': neighbours joined by 'or' (or 'and', or a comma) are one subject."""
    out: list[Subject] = []
    for subject in subjects:
        if out and re.search(
            rf"{re.escape(out[-1].alternatives[-1].text if out[-1].alternatives else out[-1].text)}\w*"
            rf"\s*(?:,|\bor\b|\band\b|/)\s*(?:(?:a|an|the|some|my)\s+)?{re.escape(subject.text)}",
            text,
            re.I,
        ):
            out[-1] = replace(out[-1], alternatives=(*out[-1].alternatives, subject))
        elif subject.topic is None or all(o.topic != subject.topic for o in out):
            out.append(subject)  # the same thing named twice ("smoke ... cigarettes") is one subject
    return out


def subjects_and_other(text: str) -> tuple[Subject | None, Subject | None]:
    subjects = joined(text, subjects_in(text))
    if len(subjects) == 1 and (thing := verb_object(text, subjects[0])) is not None:
        subjects = [thing]
    if len(subjects) == 1 and (unknown := unknown_thing(text, subjects[0])) is not None:
        # An unknown thing craved more on the days of a known one ("kombucha on wine days"): the unknown thing
        # is the subject, the known one the other; without this the unknown one was dropped.
        subjects = [unknown, subjects[0]]
    if len(subjects) > 1 and (lead := LEADING_CLAUSE.match(text)):
        # "On days I drink, do I vape more?": the leading clause holds the condition, the rest the subject.
        in_lead = {s.text for s in subjects_in(lead.group(0))}
        if subjects[0].text in in_lead and subjects[1].text not in in_lead:
            subjects = [subjects[1], subjects[0], *subjects[2:]]
    return (subjects[0] if subjects else None), (subjects[1] if len(subjects) > 1 else None)


EVERYDAY_WORDS = frozenset(EVERYDAY_TEXT)
# Function words of the other languages that a word-for-word gloss leaves in place.
LEFT_BY_GLOSS = frozenset(
    "une un uno una um uma des del der die das den dem een het les los las il lo la le du de di da do dos das zu "
    "faire fare fazer hacer machen doen".split()
)
DAYS_WORD = re.compile(r"\b(?:days?|nights?|evenings?|mornings?|afternoons?)\b", re.I)


def verb_object(text: str, known: Subject) -> Subject | None:
    """ "Eat salchipapas", "drink mate": a verb the vocabulary reads as a topic ("eat" as food), with an object it
    does not know; the object is the thing asked about."""
    if known.text not in VERBS:
        return None
    after = re.search(rf"\b{re.escape(known.text)}\s+(?:an?\s+|some\s+|my\s+)?([^\W\d_][\w'-]+)", text, re.I)
    if after is None or after.group(1).lower() in NOT_A_THING or after.group(1).lower() in EVERYDAY_WORDS:
        return None
    thing = after.group(1).lower()
    # a name, a brand or another language's word: an English word after the verb is how, where or who ("alone")
    plain = thing.removesuffix("s")
    if thing in dictionary() or plain in dictionary() or subjects_in(thing) or len(thing) < 4 or thing in LEFT_BY_GLOSS:
        return None
    if verb_form(thing):  # "is my vaping trending down?": a verb follows, not an object
        return None
    return Subject(thing)


def verb_form(word: str) -> bool:
    """'trending', 'picked up': an -ing or -ed form of an English word ('pudding' is no form of 'pudd')."""
    for ending in ("ing", "ed"):
        stem = word.removesuffix(ending)
        if stem != word and any(
            form in dictionary() for form in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem)
        ):
            return True
    return False


def unknown_thing(text: str, known: Subject) -> Subject | None:
    """The object of a craving verb ("want X", "crave X") the vocabulary does not know, named before the known thing
    and other than it."""
    free = free_subjects(text)
    if not free or set(free[0].text.split()) & set(known.text.lower().split()):
        return None
    words = free[0].text.split()
    # a name nobody taught it, not an English word or one a word-for-word gloss left ("faire du", "drink une")
    if any(w in dictionary() or w in LEFT_BY_GLOSS or len(w) < 4 for w in words):
        return None
    at, known_at = text.lower().find(free[0].text), text.lower().find(known.text.lower())
    # only where the known thing names days to compare ("more on wine days", "on the nights I drink wine")
    if not (0 <= at < known_at and DAYS_WORD.search(text[at:])):
        return None
    return free[0]


# The asked sentence points back at the scene's time: "I quit on 3 May. How many since?"
POINTS_BACK = re.compile(r"\b(?:since|then|that\s+day|after\s+that|before\s+that|ago)\b", re.I)
# "... this winter. Did I want it less than last winter?": the asked sentence compares with a period, and the
# period compared is the scene's.
THAN_PERIOD = re.compile(
    r"\bthan\s+(?:last|the\s+previous|the\s+one\s+before)\s+(?:summer|winter|spring|autumn|fall|year|month|week)\b",
    re.I,
)
SCENE_PERIOD = re.compile(r"\bthis\s+(?:summer|winter|spring|autumn|fall|year|month|week)\b", re.I)
# A time the asked sentence names of its own ("... How many last week?"): the scene's date does not replace it.
TIME_SAID = re.compile(
    r"\b(?:today|yesterday|tonight|week|weekend|month|year|days|since|ago|last|this|past|morning|evening|night|"
    r"afternoon|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|spring|summer|autumn|fall|winter)\b",
    re.I,
)


def scene_time(text: str, asked: str) -> str:
    """The text whose time phrases count: the asked sentences', unless they name no time and point back at the
    scene's ("I'm shattered today. When do I usually want coffee?" asks about every day)."""
    if asked == text or POINTS_BACK.search(asked):
        return text
    if cues.QUIT_ON.search(text[: text.find(asked)]) and not re.search(r"\d", asked) and not TIME_SAID.search(asked):
        return text  # "I quit on 18 October. When did I first slip?": from the day they stopped
    if THAN_PERIOD.search(asked) and not SCENE_PERIOD.search(asked) and SCENE_PERIOD.search(text):
        return text
    return asked


def asked_subjects(text: str) -> tuple[Subject | None, Subject | None]:
    """The thing asked about, else the one the scene names ("I quit vaping in May. How many since?")."""
    subject, other = subjects_and_other(asked_part(text))
    return (subject, other) if subject is not None else subjects_and_other(text)


# Two situations set against each other: "at the gym or at the pub?", "with friends than with family?"
SET_AGAINST = re.compile(r"\b(?:or|than|vs\.?|versus|compared\s+(?:to|with))\b", re.I)


def situations_between(lower: str, conditions: list[Condition]) -> tuple[Group, tuple[str, ...]] | None:
    """Two places or two companies the question names against each other, as the app stores them."""
    if not SET_AGAINST.search(lower):
        return None
    places = tuple(c.location for c in conditions if c.kind == "location")
    people = tuple(c.people for c in conditions if c.kind == "people")
    return (Group.PLACE, places) if len(places) >= 2 else (Group.COMPANY, people) if len(people) >= 2 else None
