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


@pytest.mark.parametrize(
    "question,words",
    [
        ("¿Bebo menos desde que lo dejé hace tres semanas?", ["do i", "drink", "less", "since", "3 weeks ago"]),
        ("Est-ce que je vapote moins depuis que j'ai arrêté il y a 2 mois ?", ["less", "since", "2 months ago"]),
        ("Trinke ich weniger, seit ich vor 5 Wochen angefangen habe?", ["do i drink less", "since", "5 weeks ago"]),
        ("Bevo meno da quando ho smesso 4 settimane fa?", ["since", "4 weeks ago"]),
        ("Drink ik minder sinds ik 6 weken geleden stopte?", ["less", "since", "6 weeks ago"]),
    ],
)
def test_a_change_the_person_dates_reads_as_since_n_units_ago(question, words):
    gloss = glossed(question)
    for word in words:
        assert word in gloss, (word, gloss)


def test_more_than_in_a_romance_language_is_a_comparison_not_a_question_word():
    gloss = glossed("¿Quiero más dulces este invierno que el invierno pasado?")
    assert "more sweets this winter than last winter" in gloss
    assert gloss.startswith("do i") or gloss.startswith("is it so")


def test_a_question_word_keeps_the_english_order():
    assert glossed("¿Dónde bebo más?").startswith("where do i drink")
