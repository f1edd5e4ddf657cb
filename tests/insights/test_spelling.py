"""Slips in the question words are mended; every other word is left as it was (understand/spelling.py)."""

import pytest

from insights.answering.understand.spelling import spelled


@pytest.mark.parametrize(
    "typed,read",
    [
        ("hw often do i crave gelato", "how often do i crave gelato"),
        ("whn did i last want a smoke", "when did i last want a smoke"),
        ("which moring is worst", "which morning is worst"),
        ("do i wnat it more on wekends", "do i want it more on weekends"),
    ],
)
def test_a_slip_in_a_question_word_is_mended(typed, read):
    assert spelled(typed) == read


@pytest.mark.parametrize(
    "text", ["were you there", "weed at the pub", "craving okonomiyaki", "late night", "hwo", "evenings, right?"]
)
def test_known_words_names_and_ties_are_left_alone(text):
    assert spelled(text) == text


@pytest.mark.parametrize(
    "typed,read",
    [
        ("how many coffe urges", "how many coffee urges"),
        ("cigarrettes at work", "cigarettes at work"),
        ("weed urges this wk", "weed urges this week"),
    ],
)
def test_a_slip_in_a_things_name_and_a_short_form_are_read_in_full(typed, read):
    assert spelled(typed) == read


def test_a_short_unknown_name_is_not_taken_for_a_slip():
    assert spelled("craving a zynn") == "craving a zynn"
