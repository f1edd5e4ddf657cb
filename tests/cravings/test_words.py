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
