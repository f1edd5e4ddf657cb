"""Answers are worded in English whatever the question's language (the figures are the same; the sentences
are not translated yet). A question asked in one of the seven other languages CRAVE recognises gets one short
line in that language saying so, after the answer, so the first sentence still answers what was asked."""

from __future__ import annotations

from insights.medical_language import language_of

ENGLISH_ONLY = {
    "es": "(CRAVE todavía responde solo en inglés; las cifras son las de tus registros.)",
    "de": "(CRAVE antwortet bisher nur auf Englisch; die Zahlen stammen aus deinen Einträgen.)",
    "fr": "(CRAVE ne répond encore qu'en anglais ; les chiffres viennent de tes entrées.)",
    "pt": "(A CRAVE ainda só responde em inglês; os números vêm dos teus registos.)",
    "it": "(CRAVE per ora risponde solo in inglese; i numeri vengono dalle tue registrazioni.)",
    "nl": "(CRAVE antwoordt voorlopig alleen in het Engels; de cijfers komen uit je eigen logs.)",
    "pl": "(CRAVE na razie odpowiada tylko po angielsku; liczby pochodzą z twoich wpisów.)",
}


def english_only_note(question: str) -> str:
    """The line for a question in another language the parser reads; '' for English (or any other)."""
    return ENGLISH_ONLY.get(language_of(question) or "", "")
