"""Which of the medical screen's eight languages a question is written in, from its short words and letters, and
the plain form every rule is matched against."""

from __future__ import annotations

import re
import unicodedata

LANGUAGE_WORDS = {
    "en": "i is it the can should my to do how what when with while am take safe are of and does will would why "
    "have has did been after since much many too "
    # everyday English the other six lack, so a short English question with one Spanish-looking "me" stays English
    "that this for at from there was were or not any all about than get got want feel usually often most more "
    "less last first day night times yesterday today lately".split(),
    "es": "el los las puedo debo estoy mientras embarazada cuantos cuantas cuanto mis pero tengo soy hay del con para y "
    "que tomar fumar beber por se me lo al una mas desde dejar como es la mi sin dejo deje bebo fumo".split(),
    "de": "ich ist das die der und nicht kann soll sollte darf mit wenn wann wie viele mein meine ein eine zu bei "
    "nehmen rauchen trinken habe hat auf fur seit nach am im ob weniger mehr es schon welchem welche welcher welchen "
    "wem wo meistens meisten ehesten lust zusammen oft tageszeit wochentag jahreszeit monat woche nachmittags "
    "vormittags morgens abends nachts montags dienstags mittwochs donnerstags freitags samstags sonntags allem".split(),
    "fr": "je suis puis dois est les des mes avec pendant quand combien une du au c j ai ce peux prendre boire pour "
    "sur dans depuis mon ma plus moins quel quelle quels la le de fumer arreter l".split(),
    "pt": "eu posso devo estou gravida quantos quantas quanto meus minhas com nao uma isso voce sou tenho fazer e o os "
    "as da do em meu minha depois mais menos que faz vezes parar como esta tomar fumar beber sem mal dura preciso jogo foram "
    "quero noite qual foi vontade costumo costuma aos ao um sinto minhas quando me maioria vontades das na".split(),
    "it": "io sono incinta quanti quante quanto miei mie non il lo gli della mentre che sto ho prendere bere da quando "
    "meno piu uso quali giorni mio mia dopo per di e la al alla smettere fumare quale senza com va posso devo "
    "dura dal l una chi giorno momento giornata stagione voglia soprattutto pomeriggio sera mattina settimana".split(),
    "nl": "ik kan mag moet het een van met niet zwanger hoeveel wanneer mijn wat voor bij tijdens ben heb sinds na "
    "dan meer minder op welke hoe dit de is waar wie geef zin trek welk vaakst meestal als naar".split(),
    "pl": "czy jak ile kiedy sie jest moje moja moj mam jestem moge powinienem powinnam dlaczego bardzo tylko juz "
    "jaki jaka jakie ktory ktora ktore przez dla wiecej mniej najczesciej tygodniu miesiacu dni razy mnie co nie "
    "bylo mialem mialam".split(),
}
LANGUAGE_LETTERS = {"es": "ñ¿¡", "pt": "ãõçêâà", "de": "ßäöü", "fr": "èêçàùîôœ", "it": "òìùè", "pl": "ąćęłńśźż"}


def normalised(text: str) -> str:
    """Lower case, curly quotes straightened, accents and ß spelled out (rules are written without them)."""
    text = (text or "").lower().replace("’", "'").replace("ß", "ss").replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def language_scores(text: str) -> dict[str, float]:
    """How much of each language's short words and letters the text uses (a word several languages share
    counts a share to each)."""
    counts = {language: 0.0 for language in LANGUAGE_WORDS}
    for word in re.findall(r"\w+", normalised(text)):
        for language in SPEAKERS.get(word, ()):
            counts[language] += 1 / len(SPEAKERS[word])
    for letter in set((text or "").lower()):
        for language in LETTER_SPEAKERS.get(letter, ()):
            counts[language] += 1 / len(LETTER_SPEAKERS[letter])
    return counts


def language_of(text: str) -> str:
    """The language whose words and letters the text uses most; English on a tie or none."""
    counts = language_scores(text)
    best = max(counts, key=lambda language: counts[language])
    return best if counts[best] > counts["en"] else "en"


def speakers(vocabularies: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """Each word (or letter) -> the languages that use it."""
    found: dict[str, list[str]] = {}
    for language, words in vocabularies.items():
        for word in words:
            found.setdefault(word, []).append(language)
    return {word: tuple(languages) for word, languages in found.items()}


SPEAKERS = speakers(LANGUAGE_WORDS)
LETTER_SPEAKERS = speakers({language: list(letters) for language, letters in LANGUAGE_LETTERS.items()})
