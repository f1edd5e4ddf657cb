"""The safety screen runs before any model, on the question and on every user text an answer or a prompt
would carry (descriptions, triggers, trend markers). Crisis language (insights/crisis.py) gets crisis
lines for the user's country, in the language they wrote in, and no generated answer."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .crisis import rule_match, screen

# Country (ISO 3166): the service, how to reach it, and the emergency number. Reviewed 2026-11.
LINES = {
    "US": ("the 988 Suicide & Crisis Lifeline", "call or text 988", "911"),
    "CA": ("the 988 Suicide Crisis Helpline", "call or text 988", "911"),
    "GB": ("Samaritans", "116 123", "999"),
    "IE": ("Samaritans", "116 123", "112"),
    "DE": ("TelefonSeelsorge", "0800 111 0 111 / 0800 111 0 222", "112"),
    "AT": ("Telefonseelsorge", "142", "112"),
    "CH": ("Die Dargebotene Hand", "143", "112"),
    "FR": ("3114 (prévention du suicide)", "3114", "112"),
    "ES": ("Línea 024", "024", "112"),
    "IT": ("Telefono Amico", "02 2327 2327", "112"),
    "PT": ("SOS Voz Amiga", "213 544 545", "112"),
    "BR": ("CVV", "188", "192"),
    "MX": ("Línea de la Vida", "800 911 2000", "911"),
    "AU": ("Lifeline", "13 11 14", "000"),
    "NZ": ("1737", "call or text 1737", "111"),
    "IN": ("Tele-MANAS", "14416", "112"),
}
MESSAGES = {
    "en": ("It sounds like you may be going through something really painful. You don't have to face it alone. "
           "If you are in immediate danger, call {emergency}. {line} "
           "findahelpline.com lists free, confidential lines in every country. "
           "CRAVE can't help with this, but these people can, right now."),
    "es": ("Parece que estás pasando por algo muy doloroso. No tienes que afrontarlo a solas. "
           "Si estás en peligro inmediato, llama al {emergency}. {line} "
           "En findahelpline.com hay líneas gratuitas y confidenciales de cada país. "
           "CRAVE no puede ayudarte con esto, pero estas personas sí, ahora mismo."),
    "de": ("Es klingt, als ginge es dir gerade sehr schlecht. Du musst das nicht allein tragen. "
           "Wenn du in akuter Gefahr bist, ruf {emergency} an. {line} "
           "findahelpline.com nennt kostenlose, vertrauliche Hilfe in jedem Land. "
           "CRAVE kann dabei nicht helfen, diese Menschen aber schon, jetzt sofort."),
    "fr": ("On dirait que tu traverses quelque chose de très douloureux. Tu n'as pas à l'affronter seul·e. "
           "Si tu es en danger immédiat, appelle le {emergency}. {line} "
           "findahelpline.com liste des lignes gratuites et confidentielles dans chaque pays. "
           "CRAVE ne peut pas t'aider avec cela, mais ces personnes le peuvent, maintenant."),
    "pt": ("Parece que você está passando por algo muito doloroso. Você não precisa enfrentar isso sozinho(a). "
           "Se estiver em perigo imediato, ligue para {emergency}. {line} "
           "O site findahelpline.com lista linhas gratuitas e confidenciais em cada país. "
           "A CRAVE não pode ajudar com isso, mas essas pessoas podem, agora mesmo."),
    "it": ("Sembra che tu stia attraversando qualcosa di molto doloroso. Non devi affrontarlo da solo/a. "
           "Se sei in pericolo immediato, chiama il {emergency}. {line} "
           "findahelpline.com elenca linee gratuite e riservate in ogni paese. "
           "CRAVE non può aiutarti in questo, ma queste persone sì, adesso."),
}
LINE_TEXT = {"en": "You can reach {name} any time: {how}.", "es": "Puedes contactar con {name} a cualquier hora: {how}.",
             "de": "{name} erreichst du rund um die Uhr: {how}.", "fr": "Tu peux joindre {name} à toute heure : {how}.",
             "pt": "Você pode falar com {name} a qualquer hora: {how}.",
             "it": "Puoi contattare {name} a qualsiasi ora: {how}."}
GENERIC_LINE = ("In the US and Canada, call or text 988; in the UK and Ireland, Samaritans answer on 116 123.")
NOTICE = "CRAVE offers informational insights from your own logs, not medical advice."


@lru_cache(maxsize=1)
def zone_countries() -> dict[str, str]:
    """IANA zone -> ISO country, from the tz database's zone.tab (PyPI tzdata, else the system's)."""
    import tzdata

    for path in (Path(tzdata.__file__).parent / "zoneinfo" / "zone.tab", Path("/usr/share/zoneinfo/zone.tab")):
        if path.exists():
            rows = [line.split("\t") for line in path.read_text().splitlines() if line and not line.startswith("#")]
            return {row[2]: row[0] for row in rows if len(row) >= 3}
    return {}


def country_of(user) -> str | None:
    return zone_countries().get(getattr(user, "timezone", "") or "")


def crisis_response(*, user=None, text: str = "") -> str:
    """Crisis lines for the user's country (from their time zone), in the language they wrote in."""
    language = rule_match(text) or "en"
    country = country_of(user) if user is not None else None
    if country in LINES:
        name, how, emergency = LINES[country]
        line = LINE_TEXT[language].format(name=name, how=how)
    else:
        emergency, line = "your local emergency number (112 in Europe)", GENERIC_LINE
    return MESSAGES[language].format(emergency=emergency, line=line)


def notes_resource(user=None) -> str:
    country = country_of(user) if user is not None else None
    if country in LINES:
        name, how, _ = LINES[country]
        reach = f"{name} ({how})"
    else:
        reach = "a free line at findahelpline.com"
    return f"Some of your notes mention something serious; if you are struggling, please reach out to {reach}."


def is_crisis(text: str, embed=None) -> bool:
    return screen([text or ""], embed)[0]


def screen_notes(notes: list[str], embed=None) -> list[bool]:
    """True where a note must not be repeated or put in a prompt."""
    return screen(notes, embed)


def with_notice(answer: str) -> str:
    return f"{answer.strip()}\n\n{NOTICE}"
