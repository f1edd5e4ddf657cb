"""A word-for-word English gloss of a question in Spanish, German, French, Portuguese, Italian or Dutch, so
the English cues, time phrases and nearest examples read it. The parser needs the concepts, not a fluent
translation: "¿cuántas veces quise fumar la semana pasada?" -> "how many times want smoke last week?".

Phrases are matched on the plain form (lower case, no accents; insights.medical_language.normalised), longer
phrases first; words no table names stay as they are (names of things often are English already).
"""

from __future__ import annotations

import re
from functools import cache

from insights.medical_language import language_of, normalised

# Concepts shared by every table: what each foreign phrase is glossed as.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = "january february march april may june july august september october november december".split()
SEASONS = ("spring", "summer", "autumn", "winter")

SPANISH = {
    "la mayoria de|la mayoria|mayormente": "most of",
    "patron|patrones": "pattern",
    "en los ultimos meses|los ultimos meses|ultimos meses": "over the last few months",
    "en las ultimas semanas|las ultimas semanas|ultimas semanas": "over the last few weeks",
    "disminuyendo|diminuyendo|bajando|baja": "going down",
    "aumentando|subiendo|sube": "going up",
    "ultimamente|recientemente": "lately",
    "que me provoca|provoca|provocan|desencadena": "what triggers",
    "nuevo|nueva|nuevos|nuevas": "new",
    "ya no": "no longer",
    "porros?|marihuana|hierba": "weed",
    "refrescos?": "soda",
    "bebidas? energeticas?|energeticas?": "energy drinks",
    "papas fritas|patatas fritas|botanas": "chips",
    "comida rapida": "fast food",
    "vinos?": "wine",
    "cigarros?|cigarrillos?": "cigarettes",
    "como me siento": "how do i feel",
    "cuantas veces|cuantos|cuantas": "how many times",
    "la ultima vez|por ultima vez": "the last time",
    "la primera vez|por primera vez": "the first time",
    "cuando empece|cuando comence": "when did i start",
    "cuando": "when",
    "donde": "where",
    "con quien": "who with",
    "que dia de la semana|que dia": "which day of the week",
    "que mes del ano|en que mes del ano": "which month of the year",
    "que mes": "which month",
    "que estacion|que epoca del ano": "which season",
    "a que hora|que hora": "what time",
    "que momento del dia": "what time of day",
    "que|cual|cuales": "what",
    "la semana pasada": "last week",
    "esta semana": "this week",
    "el mes pasado": "last month",
    "este mes": "this month",
    "el ano pasado": "last year",
    "este ano": "this year",
    "el verano pasado": "last summer",
    "este verano": "this summer",
    "ayer": "yesterday",
    "hoy": "today",
    "por la manana|de manana|mananas": "in the morning",
    "por la tarde|tardes": "in the afternoon",
    "por la noche|noches|noche": "at night",
    "fin de semana|fines de semana": "weekend",
    "el mas|la mas|lo mas|los mas|las mas": "the most",
    "mas": "more",
    "el menos|la menos|lo menos|los menos|las menos": "the least",
    "menos": "less",
    "desde que|desde": "since",
    "sobre todo|principalmente|casi siempre": "mostly",
    "antojos?|ganas|deseos?|impulsos?": "cravings",
    "quise|quiero|queria|tengo ganas de": "want",
    "tengo|tuve|he tenido": "i have",
    "fumar|fumo|fume|fumado|tabaco": "smoke",
    "tomo|tome|tomar": "have",
    "vapear|vapeo|vaper": "vape",
    "beber|bebo|alcohol|bebida": "drink",
    "cerveza": "beer",
    "vino": "wine",
    "dulces|azucar|chocolate": "sweets",
    "cafe": "coffee",
    "apostar|apuestas|juego": "gambling",
    "comprar|compras": "shopping",
    "resisto|resisti|resistir": "resist",
    "cedo|cedi|caigo|cai": "give in",
    "en el trabajo": "at work",
    "en casa": "at home",
    "solo|sola": "alone",
    "con amigos": "with friends",
}
GERMAN = {
    "muster": "pattern",
    "in den letzten monaten|letzten monate": "over the last few months",
    "in den letzten wochen|letzten wochen": "over the last few weeks",
    "weniger geworden|nimmt ab|abgenommen|sinkt": "going down",
    "mehr geworden|nimmt zu|zugenommen|steigt": "going up",
    "in letzter zeit|neuerdings": "lately",
    "auslöser|ausloser|lost aus": "what triggers",
    "neu|neue|neues": "new",
    "nicht mehr": "no longer",
    "gras|kiffen|joint": "weed",
    "limo|limonade|cola": "soda",
    "energydrinks?|energy-drinks?|energiegetranke?": "energy drinks",
    "chips": "chips",
    "zigarette|zigaretten|kippen?": "cigarettes",
    "gebe ich nach|gebe nach": "give in",
    "wie fuhle ich mich": "how do i feel",
    "wie viele|wie oft|wie viel": "how many times",
    "das letzte mal|zuletzt": "the last time",
    "das erste mal|zum ersten mal": "the first time",
    "wann habe ich angefangen": "when did i start",
    "wann": "when",
    "wo": "where",
    "mit wem": "who with",
    "an welchem wochentag|welcher wochentag|welchem tag|welcher tag": "which day of the week",
    "in welchem monat des jahres|welcher monat des jahres": "which month of the year",
    "in welchem monat|welcher monat": "which month",
    "welche jahreszeit|in welcher jahreszeit": "which season",
    "um wie viel uhr|zu welcher tageszeit|welche tageszeit": "what time of day",
    "wonach|was|welche|welcher|welches": "what",
    "letzte woche|letzten woche": "last week",
    "diese woche": "this week",
    "letzten monat|letzter monat": "last month",
    "diesen monat": "this month",
    "letztes jahr|letzten jahr": "last year",
    "dieses jahr": "this year",
    "letzten sommer": "last summer",
    "diesen sommer": "this summer",
    "gestern": "yesterday",
    "heute": "today",
    "morgens|am morgen|vormittags": "in the morning",
    "nachmittags|am nachmittag": "in the afternoon",
    "abends|am abend": "in the evening",
    "nachts|in der nacht": "at night",
    "wochenende|wochenenden": "weekend",
    "am haufigsten|am meisten|meisten": "most",
    "am wenigsten": "least",
    "meistens|hauptsachlich|vor allem": "mostly",
    "mehr": "more",
    "mehr als": "more than",
    "weniger als": "less than",
    "weniger": "less",
    "seit": "since",
    "verlangen|lust|gelust|heisshunger": "cravings",
    "wollte|will|mochte": "want",
    "rauche|rauchen|geraucht|zigaretten?|tabak": "smoke",
    "dampfen|dampfe|gedampft|vapen": "vape",
    "lust auf": "cravings for",
    "trinke|trinken|getrunken|alkohol": "drink",
    "bier": "beer",
    "wein": "wine",
    "susses|sussigkeiten|zucker|schokolade": "sweets",
    "kaffee": "coffee",
    "glucksspiel|wetten|spielen": "gambling",
    "einkaufen|shoppen": "shopping",
    "widerstehe|widerstanden|widerstehen": "resist",
    "nachgeben|nachgegeben|gebe nach": "give in",
    "bei der arbeit|auf der arbeit": "at work",
    "zu hause|zuhause": "at home",
    "allein": "alone",
    "mit freunden": "with friends",
    "wenn|als": "when",
    "habe ich|hatte ich": "i have",
    "ich": "i",
}
FRENCH = {
    "fringales?": "cravings",
    "schema|schemas|tendance": "pattern",
    "ces derniers mois|les derniers mois": "over the last few months",
    "ces dernieres semaines|les dernieres semaines": "over the last few weeks",
    "diminue|diminuent|en baisse|baisse": "going down",
    "augmente|augmentent|en hausse": "going up",
    "dernierement|recemment|ces temps-ci": "lately",
    "declenche|provoque": "triggers",
    "nouveau|nouvelle|nouveaux": "new",
    "ne plus|plus jamais": "no longer",
    "joints?|cannabis|herbe": "weed",
    "sodas?": "soda",
    "boissons? energisantes?|energisants?": "energy drinks",
    "clopes?": "cigarettes",
    "malbouffe|fast-food": "fast food",
    "comment je me sens|comment est-ce que je me sens": "how do i feel",
    "ces derniers temps|derniers temps": "lately",
    "combien de fois|combien": "how many times",
    "la derniere fois|pour la derniere fois": "the last time",
    "la premiere fois|pour la premiere fois": "the first time",
    "quand ai-je commence|quand est-ce que j'ai commence": "when did i start",
    "quand": "when",
    "ou": "where",
    "avec qui": "who with",
    "quel jour de la semaine|quel jour": "which day of the week",
    "quel mois de l'annee": "which month of the year",
    "quel mois": "which month",
    "quelle saison": "which season",
    "a quelle heure|quel moment de la journee": "what time of day",
    "quel|quelle|quels|quelles|qu'est-ce que|que": "what",
    "la semaine derniere": "last week",
    "cette semaine": "this week",
    "le mois dernier": "last month",
    "ce mois-ci|ce mois": "this month",
    "l'annee derniere": "last year",
    "cette annee": "this year",
    "l'ete dernier": "last summer",
    "cet ete": "this summer",
    "hier": "yesterday",
    "aujourd'hui": "today",
    "le matin|matins": "in the morning",
    "l'apres-midi": "in the afternoon",
    "le soir|soirs": "in the evening",
    "la nuit": "at night",
    "week-end|weekend|week-ends": "weekend",
    "le plus": "most",
    "le moins": "least",
    "surtout|principalement|la plupart du temps": "mostly",
    "plus": "more",
    "moins": "less",
    "depuis que|depuis": "since",
    "est-ce que|est-ce qu'": "do ",
    "envies?|fringales?|pulsions?": "cravings",
    "j'ai eu envie de|j'ai envie de|envie de|voulu|veux": "want",
    "fumer|fume|cigarettes?|tabac": "smoke",
    "vapoter|vapote": "vape",
    "boire|bois|alcool": "drink",
    "biere": "beer",
    "vin": "wine",
    "sucreries|sucre|chocolat|bonbons": "sweets",
    "cafe": "coffee",
    "jeux d'argent|parier|paris": "gambling",
    "achats|acheter|shopping": "shopping",
    "resiste|resister": "resist",
    "craque|cede|ceder": "give in",
    "au travail": "at work",
    "a la maison|chez moi": "at home",
    "seul|seule": "alone",
    "avec des amis|entre amis": "with friends",
    "j'ai|ai-je": "i have",
    "je": "i",
}
PORTUGUESE = {
    "a maioria de|a maioria|maioritariamente": "most of",
    "padrao|padroes": "pattern",
    "nos ultimos meses|ultimos meses": "over the last few months",
    "nas ultimas semanas|ultimas semanas": "over the last few weeks",
    "diminuindo|diminui|caindo": "going down",
    "aumentando|aumenta|subindo": "going up",
    "ultimamente|recentemente": "lately",
    "provoca|desencadeia": "triggers",
    "novo|nova|novos|novas": "new",
    "nao mais|ja nao": "no longer",
    "maconha|baseado": "weed",
    "refrigerantes?": "soda",
    "bebidas? energeticas?|energeticos?": "energy drinks",
    "cigarros?": "cigarettes",
    "como me sinto": "how do i feel",
    "quantas vezes|quantos|quantas": "how many times",
    "a ultima vez|pela ultima vez": "the last time",
    "a primeira vez|pela primeira vez": "the first time",
    "quando comecei": "when did i start",
    "quando": "when",
    "onde": "where",
    "com quem": "who with",
    "qual e o dia da semana|qual dia da semana|que dia da semana|que dia": "which day of the week",
    "qual mes do ano|que mes do ano|em que mes do ano": "which month of the year",
    "qual mes|que mes": "which month",
    "qual estacao|que estacao|que epoca do ano": "which season",
    "que horas|que hora|que momento do dia": "what time of day",
    "qual e a minha|qual e o meu|qual|quais|o que|que": "what",
    "na semana passada|semana passada": "last week",
    "esta semana|essa semana": "this week",
    "no mes passado|mes passado": "last month",
    "este mes|esse mes": "this month",
    "no ano passado|ano passado": "last year",
    "este ano|esse ano": "this year",
    "no verao passado": "last summer",
    "neste verao|este verao": "this summer",
    "ontem": "yesterday",
    "hoje": "today",
    "de manha|pela manha|manhas": "in the morning",
    "a tarde|de tarde|tardes": "in the afternoon",
    "a noite|de noite|noites": "at night",
    "fim de semana|fins de semana": "weekend",
    "o mais|a mais|os mais|as mais": "the most",
    "mais": "more",
    "o menos|a menos|os menos|as menos": "the least",
    "menos": "less",
    "desde que|desde": "since",
    "maior": "biggest",
    "principalmente|quase sempre|sobretudo": "mostly",
    "vontades?|desejos?|fissuras?|impulsos?": "cravings",
    "tive vontade de|quis|quero|queria": "want",
    "tive|tenho": "i have",
    "fumar|fumo|cigarros?|tabaco": "smoke",
    "vapear|vaporizar": "vape",
    "beber|bebo|alcool|bebida": "drink",
    "cerveja": "beer",
    "vinho": "wine",
    "doces|acucar|chocolate": "sweets",
    "cafe": "coffee",
    "apostar|apostas|jogo": "gambling",
    "comprar|compras": "shopping",
    "resisto|resisti|resistir": "resist",
    "cedo|cedi|caio|cai": "give in",
    "no trabalho": "at work",
    "em casa": "at home",
    "sozinho|sozinha": "alone",
    "com amigos": "with friends",
    "eu": "i",
}
ITALIAN = {
    "schema|schemi": "pattern",
    "negli ultimi mesi|ultimi mesi": "over the last few months",
    "nelle ultime settimane|ultime settimane": "over the last few weeks",
    "diminuendo|diminuisce|calando|cala": "going down",
    "aumentando|aumenta|crescendo": "going up",
    "ultimamente|di recente": "lately",
    "quante volte|quanti|quante": "how many times",
    "l'ultima volta": "the last time",
    "la prima volta": "the first time",
    "quando": "when",
    "dove": "where",
    "con chi": "who with",
    "che giorno della settimana|quale giorno": "which day of the week",
    "che mese|quale mese": "which month",
    "la settimana scorsa": "last week",
    "questa settimana": "this week",
    "il mese scorso": "last month",
    "questo mese": "this month",
    "ieri": "yesterday",
    "oggi": "today",
    "di mattina|la mattina": "in the morning",
    "di sera|la sera": "in the evening",
    "di notte": "at night",
    "l'anno scorso|l'anno passato": "last year",
    "quest'anno": "this year",
    "l'estate scorsa": "last summer",
    "quest'estate": "this summer",
    "l'inverno scorso": "last winter",
    "quest'inverno": "this winter",
    "il fine settimana|nel weekend|weekend": "weekend",
    "di pomeriggio|il pomeriggio": "in the afternoon",
    "che ora|a che ora": "what time",
    "stagione": "season",
    "piu": "most",
    "meno": "least",
    "da quando": "since",
    "resisto|ho resistito|resistere": "resist",
    "cedo|ho ceduto|cedere": "give in",
    "al lavoro|a lavoro": "at work",
    "a casa": "at home",
    "con gli amici|con amici": "with friends",
    "da solo|da sola": "alone",
    "voglia|voglie": "cravings",
    "fumare|fumo|fumato|sigarette?": "smoke",
    "bere|alcol": "drink",
    "dolci|zucchero": "sweets",
    "bevande energetiche|energetici": "energy drinks",
    "caffe": "coffee",
    "birra|birre": "beer",
    "vino": "wine",
    "canne|canna|erba": "weed",
    "svapare|svapo": "vape",
    "scommesse|scommettere|gioco d'azzardo": "gambling",
}
DUTCH = {
    "patroon|patronen": "pattern",
    "de laatste maanden|afgelopen maanden": "over the last few months",
    "de laatste weken|afgelopen weken": "over the last few weeks",
    "minder geworden|neemt af|daalt": "going down",
    "meer geworden|neemt toe|stijgt": "going up",
    "de laatste tijd|laatst|onlangs": "lately",
    "hoe vaak|hoeveel": "how many times",
    "de laatste keer": "the last time",
    "de eerste keer": "the first time",
    "wanneer": "when",
    "waar": "where",
    "met wie": "who with",
    "welke dag": "which day of the week",
    "welke maand": "which month",
    "vorige week": "last week",
    "deze week": "this week",
    "vorige maand": "last month",
    "deze maand": "this month",
    "gisteren": "yesterday",
    "vandaag": "today",
    "'s ochtends": "in the morning",
    "'s avonds": "in the evening",
    "'s nachts": "at night",
    "vorig jaar|vorig jaar": "last year",
    "dit jaar": "this year",
    "vorige zomer|afgelopen zomer": "last summer",
    "deze zomer": "this summer",
    "vorige winter|afgelopen winter": "last winter",
    "deze winter": "this winter",
    "in het weekend|weekend": "weekend",
    "'s middags": "in the afternoon",
    "hoe laat|welk tijdstip": "what time",
    "seizoen": "season",
    "sinds": "since",
    "meest|meer": "most",
    "minder": "less",
    "weersta|weerstaan|weerstond": "resist",
    "toegeven|gaf toe|geef toe": "give in",
    "op het werk|op werk": "at work",
    "thuis": "at home",
    "met vrienden": "with friends",
    "alleen": "alone",
    "ben ik|heb ik|ik": "i",
    "trek|zin": "cravings",
    "roken|rook|rookte|sigaretten?": "smoke",
    "drinken|alcohol": "drink",
    "snoep|suiker": "sweets",
    "energiedrank|energiedrankjes?": "energy drinks",
    "koffie": "coffee",
    "bier": "beer",
    "wijn": "wine",
    "wiet|blowen|joint": "weed",
    "vapen|dampen": "vape",
    "gokken": "gambling",
}
NAMES = {
    "es": (
        "lunes martes miercoles jueves viernes sabado domingo".split(),
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
        "primavera verano otono invierno".split(),
    ),
    "de": (
        "montag dienstag mittwoch donnerstag freitag samstag sonntag".split(),
        "januar februar marz april mai juni juli august september oktober november dezember".split(),
        "fruhling sommer herbst winter".split(),
    ),
    "fr": (
        "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
        "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split(),
        "printemps ete automne hiver".split(),
    ),
    "pt": (
        "segunda terca quarta quinta sexta sabado domingo".split(),
        "janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro".split(),
        "primavera verao outono inverno".split(),
    ),
    "it": (
        "lunedi martedi mercoledi giovedi venerdi sabato domenica".split(),
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
        "primavera estate autunno inverno".split(),
    ),
    "nl": (
        "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
        "januari februari maart april mei juni juli augustus september oktober november december".split(),
        "lente zomer herfst winter".split(),
    ),
}
TABLES = {"es": SPANISH, "de": GERMAN, "fr": FRENCH, "pt": PORTUGUESE, "it": ITALIAN, "nl": DUTCH}


@cache
def rules(language: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One pattern for a language, its longest phrases first (each place is glossed once), and the English of
    each of its groups in order."""
    pairs = [(phrase, english) for phrases, english in TABLES[language].items() for phrase in phrases.split("|")]
    days, months, seasons = NAMES[language]
    for names, english in ((days, WEEKDAYS), (months, MONTHS), (seasons, SEASONS)):
        pairs += [(name, word) for name, word in zip(names, english, strict=True)]
    pairs.sort(key=lambda pair: -len(pair[0]))
    pattern = "|".join(f"({phrase})" for phrase, _ in pairs)
    return re.compile(rf"(?<![\w'])(?:{pattern})(?![\w'])"), tuple(english for _, english in pairs)


# "hace 2 meses", "il y a 3 semaines", "vor 2 Monaten", "3 settimane fa", "2 maanden geleden": "2 months ago".
NUMBERS = {
    "un|una|uno|um|uma|une|ein|eine|einem|einer|een": "1",
    "dos|duas|dois|deux|zwei|due|twee": "2",
    "tres|trois|drei|tre|drie": "3",
    "cuatro|quatro|quatre|vier|quattro": "4",
    "cinco|cinq|funf|cinque|vijf": "5",
    "seis|six|sechs|sei|zes": "6",
}
UNITS = {
    "dias?|jours?|tagen?|giorni|giorno|dagen|dag": "days",
    "semanas?|semaines?|wochen|woche|settimane|settimana|weken|week": "weeks",
    "mes|meses|mois|monaten?|monat|mesi|mese|maanden|maand": "months",
    "anos?|ans|annees?|jahren?|jahr|anni|anno|jaren|jaar": "years",
}
_NUMBER = r"\d+|" + "|".join(NUMBERS)
_UNIT = "|".join(UNITS)
AGO = re.compile(
    rf"\b(?:hace|ha|il y a|vor)\s+(?P<n>{_NUMBER})\s+(?P<unit>{_UNIT})\b"
    rf"|\b(?P<n2>{_NUMBER})\s+(?P<unit2>{_UNIT})\s+(?:fa|geleden)\b"
)


def english_ago(match: re.Match) -> str:
    n, unit = match["n"] or match["n2"], match["unit"] or match["unit2"]
    number = n if n.isdigit() else next(v for k, v in NUMBERS.items() if re.fullmatch(k, n))
    english = next(v for k, v in UNITS.items() if re.fullmatch(k, unit))
    return f" {number} {english} ago "


def glossed(text: str) -> str:
    """The question in English words where it is written in one of the six other languages; else as it is."""
    language = language_of(text)
    if language not in TABLES:
        return text
    pattern, english = rules(language)
    plain = AGO.sub(english_ago, normalised(text).replace("¿", " ").replace("¡", " "))
    gloss = " ".join(pattern.sub(lambda m: f" {english[(m.lastindex or 1) - 1]} ", plain).split())
    # "el invierno pasado", "l'hiver dernier", "diesen Winter": this and last of a season, month or unit.
    gloss = LAST_NAMED.sub(lambda m: f"last {m['a'] or m['b']}", gloss)
    gloss = THIS_NAMED.sub(lambda m: f"this {m[1]}", gloss)
    # "más ... que", "mais ... do que", "più ... che": a comparison, "more ... than" (que alone is "what").
    if language in ROMANCE:
        gloss = COMPARATIVE.sub(lambda m: f"{COMPARED[m[1]]}{m[2]}than", gloss)
    # Spanish, Portuguese, French and Italian ask yes or no without moving a word ("¿fumo más ...?",
    # "meu consumo está diminuindo?"): said the English way, so the answer starts with yes or no.
    if language in ROMANCE and gloss.rstrip().endswith("?") and not ASKS_ALREADY.match(gloss):
        gloss = ("do i " if SAID_VERB.match(gloss) else "is it so: ") + gloss
    # A glossed question word keeps the foreign order ("when i have most..."): asked as English asks it.
    gloss = WH_THEN_I.sub(lambda m: f"{m[1]} do i {m[2] or m[3]}", gloss)
    # German asks yes or no with the verb first ("Rauche ich mehr, ...?"): said as "do I smoke more, ...?".
    if language in ("de", "nl") and (verb_first := GERMAN_VERB_FIRST.match(gloss)):
        gloss = f"do i {verb_first[1]}{gloss[verb_first.end() :]}"
    return gloss


PERIOD = r"(?:spring|summer|autumn|winter|week|month|year|weekend|" + "|".join(MONTHS) + ")"
LAST_NAMED = re.compile(
    rf"\b(?:el|la|o|a|l'|le|der|den)?\s*(?P<a>{PERIOD})\s+(?:pasad[oa]|passad[oa]|derni(?:er|ere)|scors[oa])\b"
    rf"|\b(?:letzten|vergangenen|vorigen|vorige|afgelopen)\s+(?P<b>{PERIOD})\b"
)
THIS_NAMED = re.compile(
    rf"\b(?:este|esta|neste|nesta|cet|cette|ce|questo|questa|quest'|diesen|dieses|diese|deze|dit)\s*({PERIOD})\b"
)
ROMANCE = {"es", "fr", "pt", "it"}
ASKS_ALREADY = re.compile(
    r"^\W*(?:en\s+|a\s+|de\s+|in\s+|on\s+)?(?:what|which|when|where|who|why|how|do|does|did|am|is|are|have|has)\b"
)
SAID_VERB = re.compile(r"^(?:smoke|vape|drink|have|want|resist|give in|crave|eat|gamble|shop)\b")
WH_THEN_I = re.compile(
    r"^((?:when|where|what|which|who|why|how often|how many times)(?:\s+(?:day of the week|month|season|time))?)"
    r"\s+(?:i\s+(?!do\b)(\w+)|(smoke|vape|drink|have|want|resist|give in|crave|eat|gamble|shop)\b)"
)
COMPARED = {"most": "more", "least": "less", "more": "more", "less": "less"}
COMPARATIVE = re.compile(r"\b(most|least|more|less)\b((?:\s+\S+){0,5}?\s+)(?:do\s+)?(?:what|che)\b")
GERMAN_VERB_FIRST = re.compile(r"^(?!(?:how|when|where|what|which|who)\b)(\w+) i\b")
