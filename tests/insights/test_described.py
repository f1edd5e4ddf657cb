"""What a user's logs name, read in Python (insights/described.py): the lexicon's words, a person's own words
carrying a label to logs the vocabulary does not know, and nothing of another user's."""

import pytest

from cravings.vocabulary import words_pattern
from insights import described
from insights.described import Texts, named_topics, propagated
from tests.factories import CravingFactory, UserFactory


def texts(rows: list[tuple[str, str]]) -> Texts:
    return Texts.of((i, d, t) for i, (d, t) in enumerate(rows))


def test_a_brand_the_lexicon_lists_names_its_topic():
    read = texts([("a dram of lagavulin", ""), ("two pastéis de nata", ""), ("kanelsnegl", ""), ("walked home", "")])
    assert named_topics(read) == {0: "spirits", 1: "sweets", 2: "sweets"}


def test_a_log_in_unknown_words_takes_the_label_its_trigger_shares():
    whisky = [("a glass of whisky", "friday feeling")] * 6
    unknown = [("a wee one of glenzorp", "friday feeling"), ("something new", "")]
    read = texts(whisky + unknown)
    assert propagated(read, named_topics(read)) == {6: "spirits"}


def test_a_trigger_shared_by_two_habits_carries_nothing():
    rows = [("a glass of whisky", "stress")] * 5 + [("a cigarette", "stress")] * 5 + [("glenzorp", "stress")]
    read = texts(rows)
    assert propagated(read, named_topics(read)) == {}


@pytest.mark.django_db
def test_a_subject_spreads_to_its_unnamed_logs_and_never_to_another_users():
    me, outsider = UserFactory(), UserFactory()
    mine = [CravingFactory(user=me, description="a glass of whisky", trigger="friday feeling") for _ in range(5)]
    brand = CravingFactory(user=me, description="a wee one of glenzorp", trigger="friday feeling")
    CravingFactory(user=me, description="a cigarette", trigger="work stress")
    theirs = CravingFactory(user=outsider, description="a glass of whisky", trigger="friday feeling")
    found = described.ids_naming(me.id, words_pattern(("whisky",)), spread=True)
    assert sorted(found) == sorted([c.id for c in mine] + [brand.id])
    assert theirs.id not in found
    assert described.ids_naming(outsider.id, words_pattern(("whisky",)), spread=True) == [theirs.id]


def test_items_of_one_topic_are_told_apart_and_carried_to_their_unnamed_logs():
    rows = [("raclette night", "cold")] * 5 + [("a bag of crisps", "")] + [("zorblix", "cold"), ("walked", "")]
    read = texts(rows)
    named = named_topics(read)
    things = described.things_of(read, named, described.topics_of(read, named))
    assert [things.get(str(i)) for i in range(8)] == ["cheese"] * 5 + ["salty", "cheese", None]
