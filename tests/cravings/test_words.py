"""What names a thing in a log (cravings/vocabulary.py): whole words, either number, with or without accents,
and slang or brands in the languages people log in."""

import re

import pytest

from cravings.vocabulary import TOPIC, words_regex


@pytest.mark.parametrize(
    "word,log",
    [("cano", "quiero fumarme un caño"), ("zywiec", "żywiec z chłopakami"), ("cafe", "un café con leche")],
)
def test_a_word_matches_its_accented_spelling(word, log):
    assert re.search(words_regex([word]), log, re.I)


def test_a_word_is_still_a_whole_word():
    assert not re.search(words_regex(["cano"]), "a canoe trip", re.I)


@pytest.mark.parametrize(
    "topic,log",
    [("beer", "zimne piwko"), ("cannabis", "armar un porrito"), ("cigarettes", "un pucho"), ("salty", "doritos")],
)
def test_everyday_words_of_other_languages_name_their_thing(topic, log):
    assert re.search(words_regex(TOPIC[topic].words), log, re.I)


@pytest.mark.parametrize(
    "log",
    ["charging the iqos before work", "one more heatstick then bed", "tabaco calentado con el café"],
)
def test_heated_tobacco_is_its_own_topic_before_cigarettes(log):
    from insights.described import log_text, topic_order

    assert next(key for key, pattern in topic_order() if pattern.search(log_text(log))) == "heated_tobacco"
    assert "heated_tobacco" in TOPIC["nicotine"].parts
