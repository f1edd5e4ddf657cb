"""The English gloss the parser reads a question in another language through (insights/answering/understand/gloss.py)."""

import pytest

from insights.answering.understand.gloss import glossed


@pytest.mark.parametrize(
    "question,words",
    [
        ("¿Cuántas veces quise fumar el mes pasado?", ["how many times", "smoke", "last month"]),
        ("Wann hatte ich zuletzt Lust auf Süßes?", ["when", "the last time", "sweets"]),
        ("Quel jour de la semaine ai-je le plus envie de boire ?", ["which day of the week", "most", "drink"]),
        ("Em que mês do ano tenho mais vontade de doces?", ["which month of the year", "sweets"]),
    ],
)
def test_a_question_in_another_language_is_read_in_english_words(question, words):
    gloss = glossed(question)
    for word in words:
        assert word in gloss, (word, gloss)


def test_a_german_question_with_the_verb_first_is_a_yes_no_question():
    assert glossed("Rauche ich mehr am Wochenende?").startswith("do i smoke more")


def test_an_english_question_is_left_as_it_is():
    assert glossed("When do I crave sweets, mostly?") == "When do I crave sweets, mostly?"
