"""The safety screen runs before any model, on the question and on every user text an answer or a prompt
would carry (descriptions, triggers, trend markers). Crisis language (insights/crisis.py) gets crisis
lines for the user's country, in the language they wrote in, and no generated answer."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .crisis import rule_match, screen


@dataclass(frozen=True)
class Line:
    """A country's crisis line. `name` is a proper name, the same in every language (None where the line
    is known by its number alone); `text` says whether the number also takes text messages; `always` whether
    it answers day and night (a reply never promises "any time" for a line with opening hours)."""

    name: str | None
    number: str
    emergency: str
    source: str  # the line's own (official) page
    text: bool = False
    always: bool = True


# Country (ISO 3166) -> its line. Checked 2026-12-06: the official page is `source`; where only reports about
# the line could be read here, the comment names them. Check again before each release.
LINES = {
    # 988 Suicide & Crisis Lifeline, call or text, 24/7.
    "US": Line(None, "988", "911", "https://988lifeline.org", text=True),
    # 9-8-8 Suicide Crisis Helpline, call or text, 24/7 since 2023-11-30 (CAMH / PHAC; connectfm.ca, dailyhive.com).
    "CA": Line(None, "988", "911", "https://988.ca", text=True),
    # Samaritans, free, 24/7, UK and Republic of Ireland.
    "GB": Line("Samaritans", "116 123", "999", "https://www.samaritans.org/how-we-can-help/contact-samaritan/"),
    "IE": Line("Samaritans", "116 123", "112", "https://www.samaritans.org/ireland/how-we-can-help/"),
    # Both numbers free, day and night (domradio.de, evangelisch.de).
    "DE": Line("TelefonSeelsorge", "0800 111 0 111 / 0800 111 0 222", "112", "https://www.telefonseelsorge.de"),
    # Notruf 142, free, day and night (katholisch.at, ots.at 2023-04-25).
    "AT": Line("Telefonseelsorge", "142", "112", "https://www.telefonseelsorge.at"),
    # Tel 143, day and night (zuerich.143.ch, winterthur.143.ch).
    "CH": Line("Die Dargebotene Hand / La Main Tendue", "143", "112", "https://www.143.ch"),
    # Numéro national de prévention du suicide, free, 24/7 (3114.fr; service-public.fr A15206).
    "FR": Line(None, "3114", "112", "https://3114.fr"),
    # Línea 024 de atención a la conducta suicida, free, 24/7 since 2022-05-10 (rtve.es, Ministerio de Sanidad).
    "ES": Line(None, "024", "112", "https://www.sanidad.gob.es/linea024/"),
    # 10:00-24:00 daily, not at night (corriere.it 2020-03; agensir.it): the reply names no hours it can't keep.
    "IT": Line("Telefono Amico", "02 2327 2327", "112", "https://www.telefonoamico.it", always=False),
    # Afternoons to midnight only (tsf.pt: 16:00-24:00; also 912 802 669, 963 524 660).
    "PT": Line("SOS Voz Amiga", "213 544 545", "112", "https://www.sosvozamiga.org", always=False),
    # 188, free from any phone, 24 hours (cvv.org.br; globo.com).
    "BR": Line("CVV", "188", "192", "https://cvv.org.br"),
    # Not confirmed in this check (no page about it could be read here): confirm at gob.mx before release.
    "MX": Line("Línea de la Vida", "800 911 2000", "911", "https://www.gob.mx/salud/conadic"),
    "AU": Line("Lifeline", "13 11 14", "000", "https://www.lifeline.org.au"),
    # Need to talk? 1737, free call or text, 24/7 (mentalhealth.org.nz, pegasus.health.nz).
    "NZ": Line(None, "1737", "111", "https://1737.org.nz", text=True),
    # Tele-MANAS 14416 (or 1-800-891-4416), toll-free, 24/7 (MoHFW statements via livemint.com, thehawk.in).
    "IN": Line("Tele-MANAS", "14416", "112", "https://telemanas.mohfw.gov.in"),
    # 113 Zelfmoordpreventie: 113 free since 2025-10, 0800-0113 free, 24/7 (113.nl; upday.com, nu.nl).
    "NL": Line("113 Zelfmoordpreventie", "113 / 0800-0113", "112", "https://www.113.nl"),
    # Zelfmoordlijn 1813, free, 24 hours by phone (hbvl.be 2021-11, nieuwsblad.be).
    "BE": Line("Zelfmoordlijn", "1813", "112", "https://www.zelfmoord1813.be"),
}


# The language most people write in, per country with a line: breaks a tie between languages a cognate matches.
COUNTRY_LANGUAGES = {
    "ES": "es",
    "MX": "es",
    "DE": "de",
    "AT": "de",
    "FR": "fr",
    "PT": "pt",
    "BR": "pt",
    "IT": "it",
    "NL": "nl",
    "BE": "nl",
}


@dataclass(frozen=True)
class Wording:
    """Every sentence of a crisis reply in one language, so a reply never mixes two."""

    opening: str
    named: str  # a line with a name: {name}, {how}
    named_hours: str  # a named line with opening hours: {name}, {how}, and no "any time"
    unnamed: str  # a line known by its number alone: {how}, capitalised
    call: str  # {number}
    call_or_text: str  # {number}
    danger: str  # {emergency}
    danger_anywhere: str  # no country known
    helplines: str  # after the country's line
    helplines_anywhere: str  # no country known: the first place to look
    closing: str
    notes: str  # the note beside an answer whose notes were withheld: {reach}
    notes_anywhere: str


WORDINGS = {
    "en": Wording(
        "It sounds like you may be going through something really painful. You don't have to face it alone.",
        "You can reach {name} any time: {how}.",
        "You can reach {name}: {how} (it has opening hours).",
        "{how} any time.",
        "call {number}",
        "call or text {number}",
        "If you are in immediate danger, call {emergency}.",
        "If you are in immediate danger, call your local emergency number (112 in Europe).",
        "findahelpline.com lists free, confidential lines in every country.",
        "findahelpline.com lists free, confidential lines in your country.",
        "CRAVE can't help with this, but these people can, right now.",
        "Some of your notes mention something serious; if you are struggling, please reach out: {reach}.",
        "a free line at findahelpline.com",
    ),
    "es": Wording(
        "Parece que estás pasando por algo muy doloroso. No tienes que afrontarlo a solas.",
        "Puedes contactar con {name} a cualquier hora: {how}.",
        "Puedes contactar con {name}: {how} (tiene horario de atención).",
        "{how} a cualquier hora.",
        "llama al {number}",
        "llama o escribe al {number}",
        "Si estás en peligro inmediato, llama al {emergency}.",
        "Si estás en peligro inmediato, llama al número de emergencias de tu país (112 en Europa).",
        "En findahelpline.com hay líneas gratuitas y confidenciales de cada país.",
        "En findahelpline.com encontrarás líneas gratuitas y confidenciales de tu país.",
        "CRAVE no puede ayudarte con esto, pero estas personas sí, ahora mismo.",
        "Algunas de tus notas hablan de algo serio; si lo estás pasando mal, busca ayuda: {reach}.",
        "una línea gratuita en findahelpline.com",
    ),
    "de": Wording(
        "Es klingt, als ginge es dir gerade sehr schlecht. Du musst das nicht allein tragen.",
        "{name} erreichst du rund um die Uhr: {how}.",
        "{name} erreichst du zu den Sprechzeiten: {how}.",
        "{how}, rund um die Uhr.",
        "ruf {number} an",
        "ruf {number} an oder schreib eine SMS an {number}",
        "Wenn du in akuter Gefahr bist, ruf {emergency} an.",
        "Wenn du in akuter Gefahr bist, ruf den Notruf deines Landes an (112 in Europa).",
        "findahelpline.com nennt kostenlose, vertrauliche Hilfe in jedem Land.",
        "findahelpline.com nennt kostenlose, vertrauliche Hilfe in deinem Land.",
        "CRAVE kann dabei nicht helfen, diese Menschen aber schon, jetzt sofort.",
        "Einige deiner Notizen sprechen von etwas Ernstem; wenn es dir schlecht geht, hol dir Hilfe: {reach}.",
        "kostenlose Hilfe über findahelpline.com",
    ),
    "fr": Wording(
        "On dirait que tu traverses quelque chose de très douloureux. Tu n'as pas à l'affronter seul·e.",
        "Tu peux joindre {name} à toute heure : {how}.",
        "Tu peux joindre {name} aux heures d'ouverture : {how}.",
        "{how}, à toute heure.",
        "appelle le {number}",
        "appelle le {number} ou envoie un SMS au {number}",
        "Si tu es en danger immédiat, appelle le {emergency}.",
        "Si tu es en danger immédiat, appelle le numéro d'urgence de ton pays (112 en Europe).",
        "findahelpline.com liste des lignes gratuites et confidentielles dans chaque pays.",
        "findahelpline.com liste des lignes gratuites et confidentielles dans ton pays.",
        "CRAVE ne peut pas t'aider avec cela, mais ces personnes le peuvent, maintenant.",
        "Certaines de tes notes parlent de quelque chose de grave ; si ça ne va pas, demande de l'aide : {reach}.",
        "une ligne gratuite sur findahelpline.com",
    ),
    "pt": Wording(
        "Parece que você está passando por algo muito doloroso. Você não precisa enfrentar isso sozinho(a).",
        "Você pode falar com {name} a qualquer hora: {how}.",
        "Você pode falar com {name} no horário de atendimento: {how}.",
        "{how} a qualquer hora.",
        "ligue para {number}",
        "ligue ou envie uma mensagem para {number}",
        "Se estiver em perigo imediato, ligue para {emergency}.",
        "Se estiver em perigo imediato, ligue para o número de emergência do seu país (112 na Europa).",
        "O site findahelpline.com lista linhas gratuitas e confidenciais em cada país.",
        "O site findahelpline.com lista linhas gratuitas e confidenciais no seu país.",
        "A CRAVE não pode ajudar com isso, mas essas pessoas podem, agora mesmo.",
        "Algumas das suas notas falam de algo sério; se estiver sofrendo, procure ajuda: {reach}.",
        "uma linha gratuita em findahelpline.com",
    ),
    "it": Wording(
        "Sembra che tu stia attraversando qualcosa di molto doloroso. Non devi affrontarlo da solo/a.",
        "Puoi contattare {name} a qualsiasi ora: {how}.",
        "Puoi contattare {name} negli orari di apertura: {how}.",
        "{how} a qualsiasi ora.",
        "chiama il {number}",
        "chiama o scrivi al {number}",
        "Se sei in pericolo immediato, chiama il {emergency}.",
        "Se sei in pericolo immediato, chiama il numero di emergenza del tuo paese (112 in Europa).",
        "findahelpline.com elenca linee gratuite e riservate in ogni paese.",
        "findahelpline.com elenca linee gratuite e riservate nel tuo paese.",
        "CRAVE non può aiutarti in questo, ma queste persone sì, adesso.",
        "Alcune tue note parlano di qualcosa di serio; se stai male, chiedi aiuto: {reach}.",
        "una linea gratuita su findahelpline.com",
    ),
    "nl": Wording(
        "Het klinkt alsof je iets heel pijnlijks doormaakt. Je hoeft dit niet alleen te dragen.",
        "Je kunt {name} dag en nacht bereiken: {how}.",
        "Je kunt {name} tijdens de openingsuren bereiken: {how}.",
        "{how}, dag en nacht.",
        "bel {number}",
        "bel of sms {number}",
        "Ben je in direct gevaar, bel dan {emergency}.",
        "Ben je in direct gevaar, bel dan het noodnummer van je land (112 in Europa).",
        "Op findahelpline.com staan gratis, vertrouwelijke hulplijnen in elk land.",
        "Op findahelpline.com vind je gratis, vertrouwelijke hulplijnen in jouw land.",
        "CRAVE kan hier niet bij helpen, maar deze mensen wel, nu meteen.",
        "Sommige van je notities gaan over iets ernstigs; als het niet goed met je gaat, zoek hulp: {reach}.",
        "een gratis hulplijn via findahelpline.com",
    ),
}

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


def locale_country(accept_language: str | None) -> str | None:
    """The region of the first language tag that names one ("es-ES,es;q=0.9" -> "ES")."""
    for tag in (accept_language or "").split(","):
        parts = tag.split(";")[0].strip().replace("_", "-").split("-")
        if len(parts) >= 2 and len(parts[-1]) == 2 and parts[-1].isalpha():
            return parts[-1].upper()
    return None


def country_of(user, locale: str | None = None) -> str | None:
    """From the person's time zone; where that names no country (the default, UTC), from their locale."""
    return zone_countries().get(getattr(user, "timezone", "") or "") or locale_country(locale)


def line_text(wording: Wording, line: Line) -> str:
    how = (wording.call_or_text if line.text else wording.call).format(number=line.number)
    if line.name is None:  # every line known by its number alone answers day and night
        return wording.unnamed.format(how=how[0].upper() + how[1:])
    return (wording.named if line.always else wording.named_hours).format(name=line.name, how=how)


def crisis_response(*, user=None, text: str = "", locale: str | None = None) -> str:
    """One language, the one they wrote in: their country's line first (from their time zone), then the
    emergency number, then findahelpline.com for anywhere else."""
    country = country_of(user, locale) if user is not None else locale_country(locale)
    wording = WORDINGS[rule_match(text, home=COUNTRY_LANGUAGES.get(country or "")) or "en"]
    line = LINES.get(country or "")
    if line is None:
        parts = [wording.opening, wording.helplines_anywhere, wording.danger_anywhere, wording.closing]
    else:
        parts = [
            wording.opening,
            line_text(wording, line),
            wording.danger.format(emergency=line.emergency),
            wording.helplines,
            wording.closing,
        ]
    return " ".join(parts)


def notes_resource(user=None) -> str:
    """The note beside an answer whose crisis-language notes were withheld (answers are in English)."""
    wording = WORDINGS["en"]
    line = LINES.get(country_of(user) or "") if user is not None else None
    if line is None:
        return wording.notes.format(reach=wording.notes_anywhere)
    return wording.notes.format(reach=f"{line.name} ({line.number})" if line.name else line.number)


def is_crisis(text: str, embed=None) -> bool:
    return screen([text or ""], embed)[0]


def screen_notes(notes: list[str], embed=None) -> list[bool]:
    """True where a note must not be repeated or put in a prompt."""
    return screen(notes, embed)


def with_notice(answer: str) -> str:
    return f"{answer.strip()}\n\n{NOTICE}"
