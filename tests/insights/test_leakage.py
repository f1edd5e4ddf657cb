"""No evaluation phrasing in what the product learns from or is written with: the answer bench's questions
(bench/answers), the blind sets (bench/blind to bench/blind14) and the medical evaluation sets
(bench/medical/labelled.tsv, bench/medical/labelled2.tsv) must not appear in a rule, a generated training example, a
labelled-examples file, a persona training question or a comment.

Phrasings are compared after lower-casing and keeping only letters and digits; a subject placeholder ({s})
matches any one or two words. A phrasing of fewer than four words ("how am I doing") says too little to be
copied from anywhere, so only longer ones count."""

from __future__ import annotations

import json
import re
import sys
import tokenize
from io import StringIO
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MIN_WORDS = 4


def plain(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9{}]+", " ", text.lower()).split())


def evaluation_phrasings() -> set[str]:
    sys.path[:0] = [str(ROOT / "bench")]
    try:
        from answers.fresh import FRESH
        from answers.questions import TEMPLATES
        from blind.questions import QUESTIONS
        from blind2.questions import QUESTIONS as QUESTIONS2
        from blind3.questions import QUESTIONS as QUESTIONS3
        from blind4.questions import QUESTIONS as QUESTIONS4
        from blind5.questions import QUESTIONS as QUESTIONS5
        from blind6.questions import QUESTIONS as QUESTIONS6
        from blind7.questions import QUESTIONS as QUESTIONS7
        from blind8.questions import QUESTIONS as QUESTIONS8
        from blind9.questions import QUESTIONS as QUESTIONS9
        from blind10.questions import QUESTIONS as QUESTIONS10
        from blind11.questions import QUESTIONS as QUESTIONS11
        from blind12.questions import QUESTIONS as QUESTIONS12
        from blind13.questions import QUESTIONS as QUESTIONS13
        from blind14.questions import QUESTIONS as QUESTIONS14
    finally:
        del sys.path[0]
    texts = [p for t in TEMPLATES for p in t.paraphrases] + [p for ps in FRESH.values() for p in ps]
    texts += [
        re.sub(r"\{\w+\}", "{s}", q.text)
        for q in (
            *QUESTIONS,
            *QUESTIONS2,
            *QUESTIONS3,
            *QUESTIONS4,
            *QUESTIONS5,
            *QUESTIONS6,
            *QUESTIONS7,
            *QUESTIONS8,
            *QUESTIONS9,
            *QUESTIONS10,
            *QUESTIONS11,
            *QUESTIONS12,
            *QUESTIONS13,
            *QUESTIONS14,
        )
    ]
    # the English phrasing dev set (bench/phrasings/): tuned on, but still an evaluation's wording
    texts += [q["text"] for q in json.loads((ROOT / "bench" / "phrasings" / "blind6_english.json").read_text())]
    for name in ("labelled.tsv", "labelled2.tsv"):
        for line in (ROOT / "bench" / "medical" / name).read_text().splitlines():
            if line and not line.startswith("#"):
                texts.append(line.split("\t")[2])
    return {plain(t) for t in texts if len(plain(t).split()) >= MIN_WORDS}


def pattern(phrase: str) -> re.Pattern:
    words = [re.escape(word).replace(r"\{s\}", "[a-z0-9]+(?: [a-z0-9]+)?") for word in phrase.split()]
    # Multiline: a place's lines are searched as one text (a phrasing never holds a line break, so no match spans
    # two lines).
    return re.compile(r"(?:^| )" + " ".join(words) + r"(?: |$)", re.M)


def literal(phrase: str) -> str:
    """The phrasing's longest run of words without a placeholder: a text without it cannot match, and a substring
    test is far cheaper than the regex (which alone took 20 s here)."""
    return max((part.strip() for part in phrase.split("{s}")), key=len)


def comments_and_strings(path: Path) -> list[str]:
    """Comments, docstrings and string literals of a Python file: where a copied phrasing would sit."""
    out = []
    for token in tokenize.generate_tokens(StringIO(path.read_text()).readline):
        if token.type in (tokenize.COMMENT, tokenize.STRING):
            out.append(token.string)
    return out


def product_texts() -> dict[str, list[str]]:
    """Every place a phrasing could be copied into, by where it is."""
    from insights.answering.understand.examples import examples
    from tuning.examples import QUESTIONS as PERSONA_QUESTIONS

    places: dict[str, list[str]] = {
        "generated parser examples": [e.text for e in examples()],
        "persona training questions": [p for ps in PERSONA_QUESTIONS.values() for p in ps],
    }
    for folder in ("insights", "tuning", "personas", "cravings"):
        for path in (ROOT / folder).rglob("*.py"):
            if "migrations" not in path.parts:
                places[str(path.relative_to(ROOT))] = comments_and_strings(path)
    for path in [
        *(ROOT / "insights" / "data").glob("*"),
        *(ROOT / "cravings" / "data").glob("*"),
        *(ROOT / "tests" / "insights" / "data").glob("*.tsv"),
        ROOT / "bench" / "parser" / "questions.tsv",
    ]:
        places[str(path.relative_to(ROOT))] = path.read_text().splitlines()
    return places


def leaks(phrasings: set[str], places: dict[str, list[str]]) -> list[tuple[str, str]]:
    compiled = [(p, literal(p), pattern(p)) for p in sorted(phrasings)]
    found = []
    for place, texts in places.items():
        corpus = "\n".join(plain(t) for t in texts)
        found += [(place, phrase) for phrase, words, regex in compiled if words in corpus and regex.search(corpus)]
    return found


def test_no_evaluation_phrasing_is_in_a_rule_an_example_or_a_comment():
    found = leaks(evaluation_phrasings(), product_texts())
    assert not found, found[:20]


@pytest.mark.parametrize("planted", ["generated parser examples", "insights/medical.py"])
def test_the_check_finds_a_planted_phrasing(planted):
    phrase = sorted(evaluation_phrasings())[0]
    places = product_texts()
    places[planted] = [*places.get(planted, []), f"# {phrase.replace('{s}', 'red wine').upper()}"]
    assert (planted, phrase) in leaks({phrase}, places)
