"""What a question names: the thing it is about (subject) and the situations it narrows to ("at work",
"with friends", "when I'm stressed"). answering/understand reads the rest of it."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from cravings.lexicon import item_named
from cravings.vocabulary import TOPIC, TOPICS, VERBS, folded, topic_parts, topic_words, words_pattern


@dataclass(frozen=True)
class Subject:
    """What the question is about: a known topic ("sweets"), or the user's own words ("kombucha")."""

    text: str  # as the user said it, for the embedding and the answer
    topic: str | None = None
    # "cider or lager", "a burrito or tacos": things named together count as one subject.
    alternatives: tuple[Subject, ...] = ()

    @property
    def label(self) -> str:
        own = TOPIC[self.topic].label if self.topic and self.whole_topic else self.text
        return " or ".join([own, *(a.label for a in self.alternatives)])

    @property
    def whole_topic(self) -> bool:
        """'sweets' means every sweet thing; 'ice cream' means ice cream."""
        return self.topic is not None and TOPIC[self.topic].names_it(self.text)

    @property
    def thing(self) -> str | None:
        """What answers rank it as: the lexicon item it names ("boba" is bubble tea), else its topic."""
        item = None if self.whole_topic or self.topic is None else item_named(self.text, self.topic)
        return item.key if item is not None else self.topic

    @property
    def words(self) -> tuple[str, ...]:
        """Words that name it in a log's description."""
        if self.alternatives:
            joined = [*replace(self, alternatives=()).words, *(w for a in self.alternatives for w in a.words)]
            return tuple(dict.fromkeys(joined))
        if self.topic and self.whole_topic:
            return topic_words(self.topic)
        # An item the lexicon lists ("pastries") means every name it lists: "pastel de nata", "kanelsnegl".
        item = item_named(self.text, self.topic)
        if item is not None:
            return tuple(dict.fromkeys([self.text, *stems(self.text), *item.words]))
        # The taxonomy's own spelling of the item too: "durries" is written "durry" in a log.
        said = folded(self.text)
        listed = [w for w in TOPIC[self.topic].words if words_pattern((w,)).search(said)] if self.topic else []
        return tuple(dict.fromkeys([self.text, *stems(self.text), *listed]))


@dataclass(frozen=True)
class Condition:
    """A context the question names. Matches a log by location, people, emotions or trigger words."""

    kind: str  # location | people | emotion | subject (on the same days) | mention (in the same log)
    label: str  # how an answer says it: "at work", "with friends", "when stressed"
    location: str = ""
    people: str = ""
    emotions: tuple[str, ...] = ()
    trigger_words: tuple[str, ...] = ()
    subject: Subject | None = None


def stems(word: str) -> list[str]:
    word = word.lower()
    out = []
    for suffix in ("ing", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.append(word[: -len(suffix)])
    return out


LOCATIONS = (
    (
        "Work",
        "at work",
        r"\b(?:at|from|during|while\s+at)\s+(?:work|the\s+office|my\s+desk|my\s+job|the\s+job)\b"
        r"|\bin\s+the\s+office\b|\bwhile\s+working\b|\bat\s+my\s+workplace\b",
    ),
    (
        "Home",
        "at home",
        r"\b(?:at|from)\s+home\b|\bat\s+my\s+(?:place|house|apartment|flat)\b|\bhome\s+alone\b"
        r"|\b(?:i'?m|i\s+am|being|when)\s+home\b",
    ),
    ("Outside", "outside", r"\boutside\b|\boutdoors\b|\bon\s+the\s+(?:street|go)\b|\bout\s+and\s+about\b"),
    (
        "Social",
        "at social events",
        r"\bat\s+(?:a\s+|the\s+)?(?:party|parties|bars?|pubs?|clubs?|nightclubs?|taverns?|restaurants?|social"
        r"\s+events?|gatherings?)\b|\bsocial(?:ly|\s+settings?|\s+situations?)\b"
        r"|\bgoing\s+out\b|\bout\s+with\s+friends\b",
    ),
)
PEOPLE = (
    ("Alone", "alone", r"\balone\b|\bby\s+myself\b|\bon\s+my\s+own\b|\bsolo\b"),
    (
        "Friends",
        "with friends",
        r"\b(?:with|around)\s+(?:my\s+)?(?:friends?|mates|buddies|pals|the\s+(?:boys|girls|lads|guys|gang|crew))\b|\bout\s+with\s+friends\b",
    ),
    (
        "Family",
        "with family",
        r"\b(?:with|around)\s+(?:my\s+)?(?:family|parents|kids|children|partner|wife|husband|"
        r"boyfriend|girlfriend|mom|dad|mum|sister|brother)\b",
    ),
    (
        "Coworkers",
        "with coworkers",
        r"\b(?:with|around)\s+(?:my\s+)?(?:co-?workers|colleagues|team|boss|work\s*-?mates|work\s+friends|"
        r"people\s+from\s+work|(?:the\s+)?(?:people|guys|folks)\s+at\s+work)\b",
    ),
    ("Strangers", "around strangers", r"\b(?:with|around)\s+strangers\b"),
)
# A feeling a person names matches the app's emotion and trigger words that say the same.
FEELINGS = (
    (
        ("Anxious",),
        (
            "stress",
            "stressed",
            "stressful",
            "anxious",
            "anxiety",
            "nervous",
            "worried",
            "pressure",
            "deadline",
            "overwhelmed",
        ),
        "when stressed or anxious",
        r"\b(?:stress(?:ed|ful)?|anxious|anxiety|nervous|worried|overwhelmed|under\s+pressure|tense)\b",
    ),
    (("Bored",), ("bored", "boredom"), "when bored", r"\b(?:bored|boredom|boring)\b"),
    (
        ("Tired",),
        ("tired", "exhausted", "fatigue", "sleep"),
        "when tired",
        r"\b(?:tired|exhausted|sleepy|fatigued|worn\s+out)\b",
    ),
    (
        ("Sad",),
        ("sad", "upset", "depressed"),
        "when sad",
        r"\b(?:sad|upset|depressed|unhappy|feeling\s+(?:down|low|blue))\b",
    ),
    (("Lonely",), ("lonely", "loneliness"), "when lonely", r"\b(?:lonely|loneliness|isolated)\b"),
    (
        ("Angry",),
        ("angry", "argument", "fight", "frustrat"),
        "when angry",
        r"\b(?:angry|mad|frustrated|annoyed|pissed|irritated)\b",
    ),
    (("Happy",), ("celebrat", "happy", "party"), "when happy", r"\b(?:happy|celebrating|good\s+mood|excited)\b"),
    (("Hungry",), ("hungry", "hunger", "skipped"), "when hungry", r"\b(?:hungry|starving|hunger)\b"),
)


# Compiled on first use: these two cost about a second at import, in every process (a worker that only embeds,
# a web process before its first question).
@cache
def topic_patterns() -> list[tuple[str, re.Pattern]]:
    """A question names a topic by its words or by what people call it ("pick" for skin picking, which a log
    saying "pick up the kids" does not mean)."""
    return [(t.key, words_pattern(tuple(dict.fromkeys((*t.words, *t.names))))) for t in TOPICS]


@cache
def topic_words_pattern() -> re.Pattern:
    return words_pattern(tuple(w for t in TOPICS for w in t.words))


# The thing craved, where the taxonomy does not know it: the object of a craving verb ("crave kombucha",
# "want boba tea"), or what a craving noun is for ("urges for kombucha", "my kombucha cravings").
THING = r"(?P<thing>[^\W\d_][\w'\-]*(?:\s+[^\W\d_][\w'\-]*)?)"
CUES = (
    re.compile(
        rf"\b(?:crave[ds]?|craving|want(?:ed|ing)?(?:\s+(?:an?|some|more))?|miss(?:ed|ing)?|"
        rf"feel(?:ing)?\s+like(?:\s+(?:an?|some))?|fancy(?:\s+(?:an?|some))?)\s+{THING}",
        re.I,
    ),
    re.compile(
        rf"\b(?:cravings?|urges?|desires?|temptations?)\s+(?:for|about|to)\s+(?:an?\s+|some\s+|more\s+)?{THING}", re.I
    ),
    re.compile(
        r"\b(?:my|the|those|these|any|many|more|fewer)\s+(?:(?:last|latest|first|usual|typical|next)\s+)?"
        r"(?P<thing>[a-z][a-z'\-]*(?:\s+[a-z][a-z'\-]*)?)\s+(?:cravings?|urges?|habit)\b",
        re.I,
    ),
)
NOT_A_THING = set(
    """different distinct separate busiest worst best biggest heaviest strongest hardest toughest quietest calmest longest shortest
new intensity intensities level levels strength frequency number numbers pattern patterns trigger
triggers habit habits history streak streaks rate rates percentage average averages data score scores total totals
since until till before after from into onto upon across around through become became
gets getting got makes making made lately weaker stronger less more so too most least also again already yet
a an the my me i it to for of in on at and or but so most more less least strongest worst
biggest main usual typical recent last latest first all any some this that these those when while with about
again anymore still lately recently today yesterday tonight now then often usually always never ever really so
much many times time get got have had do did doing be been being is are was were go going help helps resist
resisting resisted give giving gave in out up down off over strong stronger intense bad hard harder hardest
cravings craving urge urges something anything everything things thing stuff one ones person people day days
week weeks month months year years morning evening night afternoon weekend weekends hit hits start starts come
comes happen happens show shows kick kicks set sets least better worse less just even only too very like feel
feeling during each every what which who where why how if than then there count counts amount tally log logs
logged entry entries record records summary overview progress trend trends situation situations type types kind
kinds sort mostly mainly generally typically normally usually often frequently sometimes rarely regularly
constantly especially particularly lots alot much overall ever one right now total peak dont don't used
disappeared vanished stopped faded dropped kicked gone quit went fewest fewer that's what's it's there's i'm im
i've ive nothing whatever thats whats late early daily nightly weekly sudden random weird big small huge little mild
nighttime daytime midnight weekday work stress bedtime lunchtime tend tends tended hitting strike strikes
striking peak peaks peaking two three four both drop drops common top primary dominant second third""".split()
)


# A thing's name that is also a verb of change ("drop" is Dutch liquorice): after a subject or an auxiliary it is
# the verb ("did my cravings drop?").
CHANGE_VERBS = frozenset({"drop", "drops"})
CHANGING = re.compile(
    r"\b(?:cravings?|urges?|it|they|i|we|you|numbers?|counts?|did|does|do|will|would|could|might|to|started|starting)"
    r"\s+$",
    re.I,
)


def subjects_in(text: str) -> list[Subject]:
    """Known topics in the order they appear. A match inside a longer one goes ("drink" in "energy drink"),
    a verb before its object goes ("smoke weed"), and an umbrella goes when one of its parts is named."""
    found: list[tuple[int, int, Subject]] = []
    plain = folded(text)  # the patterns read folded text; a span is the same in the question
    for key, pattern in topic_patterns():
        for match in pattern.finditer(plain):  # every mention: "a burrito or tacos" names two fast foods
            # the span holds a plural ending, so "drinks" inside "energy drinks" is seen as inside it
            end = match.end(3) if match.group(3) else match.end(2)
            found.append((match.start(2), end, Subject(text[match.start(2) : match.end(2)].lower(), key)))
    found = [
        f
        for f in found
        if not any(o is not f and o[0] <= f[0] and f[1] <= o[1] and o[1] - o[0] > f[1] - f[0] for o in found)
    ]
    found.sort(key=lambda f: f[0])
    found = [f for f in found if not (f[2].text in CHANGE_VERBS and CHANGING.search(text[: f[0]]))]
    found = [
        f
        for i, f in enumerate(found)
        if not (
            f[2].text in VERBS
            and i + 1 < len(found)
            and re.fullmatch(
                # articles left by a gloss too: "fumar un caño" reads "smoke un caño"
                r"\s*(?:(?:an?|some|the|more|less|fewer|most|least|much|many|any|my|of|a lot of|un|una|uno|um|uma|"
                r"ein|eine|einen|een|une|le|la|el)\s+)*",
                text[f[1] : found[i + 1][0]] + " ",
                re.I,
            )
        )
    ]
    keys = {f[2].topic for f in found}
    keep = [f[2] for f in found if not (keys - {f[2].topic}) & topic_parts(f[2].topic or "")]
    return keep or free_subjects(text)


def free_subjects(text: str) -> list[Subject]:
    """A thing the taxonomy does not know, named after a craving word: 'crave kombucha', 'my boba cravings'.
    Its words must all be content words: 'cravings since Monday' names no thing."""
    # The earliest cue wins: in "my lunch craving tends to hit", the thing is before the craving word.
    for match in sorted((m for pattern in CUES for m in pattern.finditer(text)), key=lambda m: m.start()):
        said = match["thing"].lower().split()
        words = []
        for word in said:
            if word in NOT_A_THING:
                break
            words.append(word)
        if words and len(words[0]) > 2:
            return [Subject(" ".join(words))]
    return []


def conditions_in(text: str) -> list[Condition]:
    found: list[Condition] = []
    for value, label, pattern in LOCATIONS:
        if re.search(pattern, text, re.I):
            found.append(Condition("location", label, location=value))
    for value, label, pattern in PEOPLE:
        if re.search(pattern, text, re.I):
            found.append(Condition("people", label, people=value))
    feelings = [
        (emotions, words, label) for emotions, words, label, pattern in FEELINGS if re.search(pattern, text, re.I)
    ]
    if feelings:  # "anxious or tired": one condition, any of them
        labels = [label.removeprefix("when ") for _, _, label in feelings]
        found.append(
            Condition(
                "emotion",
                "when " + listing_or(labels),
                emotions=tuple(e for emotions, _, _ in feelings for e in emotions),
                trigger_words=tuple(w for _, words, _ in feelings for w in words),
            )
        )
    return found


def listing_or(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def masked(question: str, words: re.Pattern | None = None) -> str:
    """The question without what it is about: a question about wine and the same one about sweets ask the same.
    words: the topic words to mask (a words_regex pattern), every topic's by default."""
    return " ".join((words or topic_words_pattern()).sub(r"\1something\4", folded(question)).split())


# A condition before the question: a clause naming strong cravings, or "on days I drink, do I
# vape more?". The subject's side is read from it too.
LEADING_CLAUSE = re.compile(
    r"^\W*(?:on\s+(?:the\s+)?(?:\w+\s+)?(?:days?|nights?)|when(?:ever)?|while|after|if)\s*(?!(?:do|does|am|is|are)\b)[^,?]*?(?:,|\s(?=(?:do|does|am|is|are)\s+i\b))",
    re.I,
)
