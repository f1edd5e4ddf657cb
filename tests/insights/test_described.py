"""What a user's logs name, read in Python (insights/described.py): the lexicon's words, a person's own words
carrying a label to logs the vocabulary does not know, and nothing of another user's."""

import pytest
from django.utils import timezone

from cravings.models import Craving
from cravings.vocabulary import words_pattern
from gpu.embeddings import get_provider
from insights import described
from insights.answering.compute.sql import unnamed_counts
from insights.described import Texts, named_topics, propagated
from tests.factories import CravingFactory, UserFactory

# Ten logs of each habit, and two in words neither the vocabulary nor those logs know (no trigger to share).
ENERGY, WINE = ("a can of monster on the night shift", ""), ("a glass of wine with dinner", "")
COBRA, CHAIN = ("a can of cobra on the night shift", ""), ("fixed the bike chain", "")


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


def test_a_log_in_unknown_words_takes_the_label_of_the_logs_nearest_in_meaning():
    rows = [ENERGY] * 10 + [WINE] * 10 + [COBRA, CHAIN]
    vectors = get_provider().embed([d for d, _ in rows])
    with_vectors = Texts.of((i, d, t, v) for i, ((d, t), v) in enumerate(zip(rows, vectors, strict=True)))
    words_only = texts(rows)
    assert propagated(words_only, named_topics(words_only)) == {}  # no word or trigger in common
    # the cobra sits beside the energy drinks; the bike chain beside nothing
    assert propagated(with_vectors, named_topics(with_vectors)) == {20: "energy_drinks"}


@pytest.mark.django_db
def test_the_nearest_logs_are_the_persons_own_and_a_vector_that_lands_later_counts():
    me, outsider = UserFactory(), UserFactory()
    mine = [CravingFactory(user=me, description=ENERGY[0], trigger="") for _ in range(10)]
    mine += [CravingFactory(user=me, description=WINE[0], trigger="") for _ in range(10)]
    cobra = CravingFactory(user=me, description=COBRA[0], trigger="")
    # the outsider's cobra logs sit beside their own energy drinks, never beside mine
    theirs = CravingFactory(user=outsider, description=COBRA[0], trigger="")
    energy = words_pattern(("monster",))
    assert cobra.id not in described.ids_naming(me.id, energy, spread=True)  # no vectors yet
    rows = [*mine, cobra, theirs]
    for row, vector in zip(rows, get_provider().embed([r.embedding_text for r in rows]), strict=True):
        row.embedding, row.embedded_at = vector, timezone.now()
    Craving.objects.bulk_update(rows, ["embedding", "embedded_at"])  # as the embedding job writes them
    assert sorted(described.ids_naming(me.id, energy, spread=True)) == sorted([r.id for r in mine[:10]] + [cobra.id])
    assert described.ids_naming(outsider.id, energy, spread=True) == []
    assert described.things(me.id)[str(cobra.id)] == "energy_drinks"
    # the label is a guess: "cobra", the person's own word, still names the log when a question uses it
    assert unnamed_counts(me.id, ["cobra", "monster"]) == {"cobra": 1}


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


def test_a_mall_where_a_craving_came_is_a_place_unless_the_log_names_nothing_else():
    read = texts(
        [
            ("brigadeiro com a minha irmã no shopping", ""),
            ("churros en el centro comercial", ""),
            ("shopping spree", ""),
        ]
    )
    assert named_topics(read) == {0: "sweets", 1: "sweets", 2: "shopping"}
    # "no shopping this week" names nothing else: the shopping is the craving
    assert named_topics(texts([("no shopping this week, wanted to", "")])) == {0: "shopping"}
