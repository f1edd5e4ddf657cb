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
        ("Ile razy w zeszłym tygodniu miałem ochotę na piwo?", ["how many times", "last week", "crave", "beer"]),
        ("W który dzień tygodnia najczęściej pali mi się papierosa?", ["which day of the week", "most often"]),
        ("Jaki był mój najdłuższy okres bez wpisu?", ["longest", "stretch", "without", "logs"]),
        ("Wie viele Tage habe ich nichts notiert?", ["nothing", "logged"]),
        (
            "¿Cuántas veces quise fumar entre el 2 de marzo y el 9 de marzo?",
            ["between", "2 de march and", "9 de march"],
        ),
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


@pytest.mark.parametrize(
    "question,words",
    [
        ("¿Hace cuánto tiempo que no fumo?", ["how long since the last", "smoke"]),
        ("Depuis combien de temps je n'ai pas bu d'alcool ?", ["how long since the last"]),
        ("Wie lange ist es her, dass ich geraucht habe?", ["how long since the last", "smoke"]),
        ("Há quanto tempo não bebo cerveja?", ["how long since the last", "beer"]),
        ("Da quanto tempo non fumo?", ["how long since the last"]),
        ("Hoe lang geleden heb ik gerookt?", ["how long since the last", "smoke"]),
    ],
)
def test_how_long_since_reads_as_the_time_since_the_latest(question, words):
    gloss = glossed(question)
    for word in words:
        assert word in gloss, (word, gloss)


@pytest.mark.parametrize(
    "question,start",
    [
        ("Habe ich im Herbst mehr getrunken als im Frühling?", "did i in autumn more drink than in spring"),
        ("Rook ik meer op zaterdag dan op maandag?", "do i smoke more"),
    ],
)
def test_a_germanic_comparison_reads_with_than(question, start):
    assert glossed(question).startswith(start), glossed(question)


def test_a_plural_weekday_is_that_day():
    assert "sunday" in glossed("¿Bebo más los domingos?") and "sunday" in glossed("Trinke ich sonntags mehr?")


def test_an_answer_to_another_language_says_in_that_language_that_it_is_in_english():
    from insights.answering.say.language import english_only_note

    assert english_only_note("¿Cuántas veces quise fumar ayer?").startswith("(CRAVE todavía responde solo en inglés")
    assert english_only_note("Wie oft wollte ich gestern rauchen?").startswith("(CRAVE antwortet bisher nur")
    assert english_only_note("How many times did I want to smoke yesterday?") == ""


@pytest.mark.parametrize(
    "question",
    [
        "¿Cuántas veces quise fumar en los últimos 90 días?",
        "Wie oft wollte ich in den letzten 90 Tagen rauchen?",
        "Combien de fois ai-je fumé les 90 derniers jours ?",
        "Quante volte ho fumato negli ultimi 90 giorni?",
        "Hoe vaak rookte ik de afgelopen 90 dagen?",
    ],
)
def test_the_last_n_units_reads_as_the_last_n_units(question):
    assert "the last 90 days" in glossed(question), glossed(question)


@pytest.mark.parametrize(
    "question,words",
    [
        # an approximate date: "hace unos", "vor etwa"
        ("Dejé el vino hace unos tres meses, ¿bebo menos?", ["3 months ago"]),
        ("Ich rauche seit vor etwa 2 Wochen weniger. Stimmt das?", ["2 weeks ago"]),
        # "since then" pointing back at the sentence before
        ("Empecé a dejar el azúcar hace 5 semanas. ¿Cuántas veces desde entonces?", ["5 weeks ago", "since then"]),
        ("Ich habe vor 3 Wochen angefangen, weniger zu trinken. Wie oft seitdem?", ["started", "since then"]),
        ("Ik ben 4 weken geleden gestopt met roken. Hoe vaak sindsdien?", ["4 weeks ago", "since then"]),
        # a German separable verb's prefix at the clause's end
        ("Wann gebe ich beim Trinken meistens nach?", ["give in"]),
        ("An welchem Tag höre ich am ehesten auf?", ["stop"]),
        # French "a été" is "was"; "été" alone is the summer
        ("Quel a été mon pire mois pour le vin ?", ["was my", "month"]),
        ("Cet été, plus de vin que l'été dernier ?", ["this summer", "last summer"]),
        # Dutch place and single-day words
        ("Op welke plek heb ik het vaakst trek in bier?", ["which place"]),
        ("Wat is het hoogste aantal biertjes op één dag?", ["most", "in one day"]),
    ],
)
def test_grammar_of_the_other_languages_is_read_in_english_words(question, words):
    gloss = glossed(question)
    for word in words:
        assert word in gloss, (word, gloss)
