"""What a question asks: rules where a cue is exact ("how many", "who", "when did I last"), otherwise
the nearest labelled examples (insights/data/intents.tsv) by embedding. An unsure question gets the
overview, never an error."""
from __future__ import annotations

import re
import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np

from cravings.vocabulary import TOPICS, words_regex

EXAMPLES = Path(__file__).parent / "data" / "intents.tsv"
INTENTS = ("when", "days", "triggers", "emotions", "where", "who", "count", "intensity", "trend", "change", "last",
           "association", "helps", "why", "streak", "overview")
NEIGHBOURS = 5
UNSURE_SIMILARITY = 0.4  # below this the nearest example is not like the question: give the overview

# Ordered: the first exact cue wins.
RULES = (
    ("last", re.compile(r"\bwhen\s+(?:did|was|were|have)\b.*\blast\b|\blast\s+time\b|\bmost\s+recent\b|\blatest\b"
                        r"|\bwhen\s+did\s+i\s+(?:last|first)\b")),
    ("association", re.compile(r"\blink(?:ed|s)?\s+(?:between|to|with)\b|\btied\s+to\b|\bconnect(?:ed|ion)\b"
                               r"|\bassociat\w*|\bcorrelat\w*|\bgo\s+together\b|\brelated\s+to\b")),
    # "Why is work where I smoke?" asks why, unless it names what it wants ("why ..., what's the trigger?").
    ("why", re.compile(r"^\W*(?:why|how\s+come)\b(?!.*\btrigger)")),
    # "Where and when do I resist best?" asks what helps, before "where" takes it.
    ("helps", re.compile(r"\bresist\w*\s+(?:\w+\s+)?(?:best|most\s+often)\b|\bbest\s+at\s+resist\w*"
                         r"|\bhelps?\s+me\s+(?:to\s+)?resist\b")),
    ("who", re.compile(r"\bwho\b|\bwith\s+whom\b|\bwhat\s+company\b|\bwhich\s+people\b")),
    # "a day where sweets are worse" names no place.
    ("where", re.compile(r"(?<!day )(?<!days )(?<!time )(?<!times )\bwhere\b|\b(?:what|which)\s+(?:place|location|setting)s?\b")),
    ("streak", re.compile(r"\bstreaks?\b|\bin\s+a\s+row\b|\bconsecutive\b|\bstraight\s+(?:days|times)\b")),
    # Before "count": "how intense are they on average" asks about intensity.
    ("intensity", re.compile(r"\bhow\s+(?:strong|intense|severe|powerful)\b")),
    # A bare "cravings since Monday?" asks how many.
    ("count", re.compile(r"^\W*(?:any\s+|total\s+)?(?:cravings?|urges?)\s+(?:since|this|last|today|yesterday|so\s+far"
                         r"|in\s+the\s+(?:last|past)|over\s+the\s+(?:last|past)|logged)\b")),
    ("count", re.compile(r"\bhow\s+(?:many|much)\b|\bnumber\s+of\b|\bcount\s+(?:my|of|the)\b|\btotal\s+number\b"
                         r"|\bwhat\s+(?:percentage|percent|share|proportion|fraction)\b|\bon\s+average\b"
                         r"|\bper\s+(?:day|week|month)\b|\bhow\s+often\s+do\s+i\s+(?:resist|give\s+in|cave)\b")),
    # Alone or with others is a who question ("Am I usually alone when I crave?"), after "how many".
    ("who", re.compile(r"\b(?:alone|by\s+myself|on\s+my\s+own)\b")),
    ("change", re.compile(r"\bwhat(?:'s|\s+has|\s+have)?\s+changed\b|\bwhat(?:'s|\s+is)\s+different\b|\bhas\s+anything\s+changed\b")),
    # Before "helps": "is it getting easier to resist" asks about a trend.
    ("trend", re.compile(r"\bgetting\s+(?:better|worse|stronger|weaker|easier|harder)\b|\bimprov\w*|\bprogress\w*"
                         r"|\btrend\w*|\bover\s+time\b|\brelaps\w*|\bslipping\b|\bbackslid\w*|\bgoing\s+backwards?\b")),
    ("helps", re.compile(r"\bwhat\s+helps\b|\bhelps?\s+me\s+(?:to\s+)?resist\b|\bbest\s+at\s+resisting\b"
                         r"|\b(?:easi|hard)(?:er|est)\s+(?:for\s+me\s+)?to\s+resist\b|\bmost\s+successful\b")),
    ("overview", re.compile(r"\bhow\s+(?:am\s+i|are\s+things|is\s+it|have\s+things\s+been|have\s+i\s+been)\s+"
                            r"(?:doing|going)\b|\bsum\s+(?:it\s+)?up\b|\bsummar(?:y|ise|ize)\b")),
    ("last", re.compile(r"\b(?:still|anymore|any\s+more|no\s+longer|stopped|quit|gone)\b")),
    # A question opening with "when" asks when, unless it opens a condition ("When I'm stressed, ...").
    ("when", re.compile(r"^\W*when\b(?!\s+(?:i|i'm|im|i've|i'd|my|we)\b)|\bwhat\s+time\b"
                        r"|\btime\s+of\s+(?:the\s+)?day\b|\b(?:what|which)\s+(?:hours?|part\s+of\s+the\s+day)\b"
                        r"|\bat\s+what\s+hours?\b|\b(?:worst|best|hardest|toughest|riskiest|peak)\s+times?\b")),
    ("days", re.compile(r"\b(?:which|what)\s+(?:week)?days?\b|\b(?:a|the)\s+day\s+(?:when|where|that)\b"
                        r"|\bis\s+there\s+a\s+day\b|\bworst\s+day\b|\bday\s+of\s+the\s+week\b|\bweekdays?\s+or\s+weekends?\b"
                        r"|\bweekends?\s+or\s+weekdays?\b")),
    ("triggers", re.compile(r"\btrigger\w*\b|\bset(?:s|ting)?\s+(?:me\s+|my\s+\w+\s+)?off\b"
                            r"|\bwhat\s+(?:makes|made|gets|leads|drives)\s+me\b"
                            r"|\bwhat\s+(?:caused?|causes|sparks?|sparked|brings?\s+on|brought\s+on)\b")),
    ("emotions", re.compile(r"\bemotion\w*\b|\bmoods?\b|\bfeelings\b|\b(?:how|what)\s+(?:am\s+i|do\s+i)\s+"
                            r"(?:\w+\s+)?feel(?:ing)?\b|\bwhat\s+(?:feeling|emotion)s?\b")),
    ("intensity", re.compile(r"\bhow\s+(?:strong|intense|bad|severe|powerful)\b|\bintensity\b")),
    ("why", re.compile(r"^\W*why\b|\bwhat\s+drives\b|\bexplain\b")),
)
TOPIC_WORDS = re.compile(words_regex([w for t in TOPICS for w in t.words]), re.I)


def masked(question: str) -> str:
    """The question without what it is about: 'when do I crave wine' and '... sweets' ask the same."""
    return " ".join(TOPIC_WORDS.sub(r"\1something\4", question).split())


def examples() -> list[tuple[str, str]]:
    rows = []
    for line in EXAMPLES.read_text().splitlines():
        if line and not line.startswith("#"):
            intent, text = line.split("\t", 1)
            rows.append((intent, text))
    return rows


class IntentClassifier:
    """Nearest labelled examples; the example vectors are made once per process (about a second)."""

    def __init__(self, embed: Callable[[list[str]], list[list[float]]]):
        rows = examples()
        self.labels = [intent for intent, _ in rows]
        self.vectors = normalised(embed([masked(text) for _, text in rows]))

    def nearest(self, question_vector: list[float]) -> tuple[str, float]:
        sims = self.vectors @ normalised([question_vector])[0]
        top = np.argsort(-sims)[:NEIGHBOURS]
        if sims[top[0]] < UNSURE_SIMILARITY:
            return "overview", float(sims[top[0]])
        votes: dict[str, float] = {}
        for index in top:
            votes[self.labels[index]] = votes.get(self.labels[index], 0.0) + float(sims[index])
        best = max(votes, key=lambda label: votes[label])
        return best, float(sims[top[0]])


def normalised(vectors) -> np.ndarray:
    array = np.asarray(vectors, dtype=np.float32)
    return array / np.maximum(np.linalg.norm(array, axis=1, keepdims=True), 1e-9)


_classifiers: dict[int, IntentClassifier] = {}
_lock = threading.Lock()


def classifier_for(embed) -> IntentClassifier:
    key = id(getattr(embed, "__self__", embed))  # one per embedding provider
    with _lock:
        if key not in _classifiers:
            _classifiers[key] = IntentClassifier(embed)
        return _classifiers[key]


# A condition before the question: "When cravings are strongest, what caused them?", "On days I drink, do I
# vape more?". Understanding reads the subject's side from it too.
LEADING_CLAUSE = re.compile(r"^\W*(?:on\s+(?:the\s+)?(?:days?|nights?)|when(?:ever)?|while|after|if)\b[^,?]*,", re.I)
ASKING = re.compile(r"\s*(?:what|which|who|where|why|how|when|is|are|do|does|am)\b")


def rule_intent(question: str) -> str | None:
    text = question.lower().replace("’", "'")
    if (lead := LEADING_CLAUSE.match(text)) and ASKING.match(text, lead.end()):
        asked = text[lead.end():]
        if intent := next((intent for intent, pattern in RULES if pattern.search(asked)), None):
            return intent
    return next((intent for intent, pattern in RULES if pattern.search(text)), None)


def classify(question: str, embed) -> tuple[str, str]:
    """(intent, how it was decided: 'rule', 'nearest', or 'default' when there is no model to ask)."""
    intent = rule_intent(question)
    if intent:
        return intent, "rule"
    if embed is None:
        return "overview", "default"
    vector = embed([masked(question)])[0]
    return classifier_for(embed).nearest(vector)[0], "nearest"
