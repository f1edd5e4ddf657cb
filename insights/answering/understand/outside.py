"""Questions the logs cannot answer, told apart before any figure is given:
- an amount the app never records: money spent or lost, calories, body weight, the weather. The answer says the
  logs don't hold it, then what they do hold about the same thing;
- a follow-up that names nothing of its own and only points back ("that", "then", "a lot?"): each question is
  read alone, so the answer asks what is meant instead of guessing.
Matched on the question as typed (plain: lower case, no accents), in the eight languages the screen reads."""

from __future__ import annotations

import re

from insights.medical_language import normalised

# How much: singular in the Romance languages ("cuántas veces" counts logs, "cuánto dinero" asks an amount).
HOW_MUCH = r"how\s+much|what\s+did\s+(?:it|they)\s+cost|cuanto|cuanta|wie\s*viel\w*|combien|quanto|quanta|hoeveel|ile"
MONEY = (
    r"money|cash|spen[dt]\w*|cost\w*|paid|pay|lost|lose|won|win|dinero|plata|gast\w+|perd\w+|geld|ausgegeben|verloren|"
    # "jeux d'argent", "jouer de l'argent": French for gambling, the activity, not an amount
    r"gewonnen|(?<!jeux d')(?<!jouer de l')(?<!jouer a l')argent|depens\w+|perdu|gagne|dinheiro|soldi|spes[oi]|pers[oi]|"
    r"uitgegeven|pieniedzy|pieniadze|wydal\w*|"
    r"stracil\w*|"
    # money by its name or a currency's: "how much SGD", "how many quid a week"
    r"top[\s-]?ups?|quid|bucks|dollars?|euros?|rand|naira|rupees?|pesos|sgd|usd|eur|gbp|zar|aud|cad"
)
# What quitting would save: "quanti soldi risparmierei", "how much would I save".
SAVED = r"save\w*|saving|risparmi\w*|ahorr\w*|economiz\w*|poupa\w*|sparen|gespart|bespaar\w*|economis\w*"
# Time on an activity, asked in hours or minutes ("how many hours was I on my phone"); a gap between logs
# ("how many hours since my last one") is a question the logs do answer.
HOURS = r"how\s+many\s+(?:hours|hrs)|(?:cuantas|quantas)\s+horas|wie\s*viele\s+stunden|combien\s+d'heures|quante\s+ore|hoeveel\s+uur|ile\s+godzin"
SPENT = re.compile(
    r"\bhow\s+(?:many\s+(?:hours|minutes|hrs|mins)|much\s+time)\b(?![^?!.]*\b(?:since|ago|without|until|till|between|apart|before|after)\b)"
)
SCREEN_TIME = r"temps\s+d'?ecran|tiempo\s+(?:de|en)\s+(?:la\s+)?pantalla|tempo\s+(?:di|de|em)\s+(?:schermo|tela|ecra)|czas\s+(?:przed\s+)?ekran\w*"
MOOD = r"mood|stimmung|laune|humeur|humor|animo|umore|stemming|nastr\w+"
SCORE = r"scores?|ratings?|punteggio|voto|puntuacion|nota|pontuacao|note|bewertung|cijfer|ocena|out\s+of\s+(?:10|ten)|/\s*10"
# An amount taken in: units the logs never hold, or how much of a substance itself was had ("how much caffeine did
# I have"); how many times it was wanted is a count they do hold.
UNITS = r"kilos?|kg|kilograms?|pounds|lbs|litres?|liters?|mg|mcg|milligram\w*|miligram\w*|milligramm\w*|milligramme\w*|milligrammi|ml|millilit\w+|grams?|gramm\w*|grammes?|gramos?|grammi|units?|standard\s+drinks?"
SUBSTANCE = r"nicotine|caffeine|alcohol|sugar|thc|cbd|nikotin|koffein|alkohol|zucker|nicotina|cafeina|alcol|zucchero|suiker|cafeine|azucar|acucar|sucre"
INTAKE = (
    rf"\bhow\s+much\s+(?:{SUBSTANCE})\b[^?!.]{{0,20}}\b(?:did|do|have|had)\s+i\s+(?:\w+\s+)?"
    r"(?:had|have|consumed?|take|taken|took|eat|eaten|ate|drink|drunk|drank|inhaled?|used?|get|got|gotten)\b|"
    rf"\b(?:cuanta|cuanto|wie\s*viel|combien\s+de|quanta|quanto|hoeveel|ile)\s+(?:{SUBSTANCE})\b"
)
# Asking what was had is a question about the past, not for a dose: no word of advice or permission in it.
PAST = re.compile(r"\b(?:did|have|had)\s+i\b|\bi've\b|\b(?:yesterday|today|last|this|since|ago)\b")
ADVICE = re.compile(
    r"\b(?:should|safe|ok|okay|fine|too\s+much|too\s+many|can|could|may|allowed|dangerous|harm\w*|recommend\w*|max\w*|limit)\b"
)
UNRECORDED = (
    (
        "how much you slept",
        re.compile(
            r"\bhow\s+(?:much|well|long)\s+(?:sleep\b|(?:did|do|have|had)\s+i\s+(?:\w+\s+)?(?:sleep|slept)\b)|"
            rf"\b(?:{HOURS})\b[^?!.]{{0,40}}\b(?:sleep|slept|schlaf\w*|geschlafen|dormi\w*|durm\w*|slaap|sliep|geslapen|spal\w*|spa(?:nia|c))\b"
        ),
    ),
    ("your screen time", re.compile(rf"\b(?:screen\s*-?\s*time|bildschirmzeit|schermtijd|{SCREEN_TIME})\b")),
    (
        "how long you spent on it",
        re.compile(
            r"\bhow\s+long\s+(?:did|do|have)\s+i\s+(?:\w+\s+)?(?:spen[dt]|play\w*|sp[ae]nt)\b|"
            rf"\b(?:{HOURS})\b(?![^?!.]*\b(?:desde|hace|seit|depuis|sinds|geleden|since|ago|fa)\b)|" + SPENT.pattern
        ),
    ),
    (
        "a mood score",
        re.compile(rf"\b(?:{MOOD})\b[^?!.]{{0,30}}\b(?:{SCORE})|\b(?:{SCORE})\b[^?!.]{{0,20}}\b(?:{MOOD})\b"),
    ),
    (
        "the amounts you took in",
        re.compile(
            rf"\b(?:how\s+many|{HOW_MUCH})\b[^?!.]{{0,20}}\b(?:{UNITS})\b|{INTAKE}|"
            # "how many packs did I go through": what was used up, which a craving log does not hold
            r"\bhow\s+many\s+(?:packs?|packets?|cartons?|bottles?|cans?|boxes|tins?)\s+(?:of\s+\w+\s+)?(?:did|have|do)\s+i\s+"
            r"(?:\w+\s+)?(?:go\s+through|gone\s+through|smoke|smoked|drink|drank|drunk|buy|bought|use|used|finish\w*)\b"
        ),
    ),
    (
        "money spent or lost",
        re.compile(
            rf"\b(?:{HOW_MUCH}|quanti|quante|cuantos|quantos)\b[^?!.]{{0,60}}\b(?:{MONEY}|{SAVED})\b|[$€£¥₹]\s?\d|"
            # "how many kyat/rupees/quid did I spend": any unit of money, named by the spending
            r"\bhow\s+many\s+(?!times\b|cravings?\b|urges?\b|days?\b|logs?\b)\w+\s+(?:\w+\s+){0,2}(?:did|have|do|would|am|was)\s+i\s+"
            r"(?:\w+\s+)?(?:spen[dt]\w*|pa(?:y|id|ying)|lose|losing|lost|waste\w*|blow\w*|blew|save\w*)\b"
        ),
    ),
    (
        "anyone else's cravings",
        re.compile(
            r"\b(?:my|our)\s+(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fiance\w*|mum|mom|mam|mother|dad|father|"
            r"brother|sister|flatmate|roommate|housemate|friends?|mates?|kids?|son|daughter|colleagues?|co-?workers?|boss)\s+"
            r"(?:\w+\s+){0,2}?(?:logs?|logged|logging|crave[sd]?|craving|cravings|resist\w*|gives?\s+in)\b|"
            r"\b(?:other|most)\s+(?:people|users|women|men)\b[^?!.]{0,30}\b(?:logs?|logged|crave|cravings?|resist\w*)\b"
        ),
    ),
    (
        "power cuts",
        re.compile(
            r"\b(?:load[\s-]?shedding|power\s+(?:cuts?|outages?|failures?)|blackouts?|stroomstoring\w*|apagon\w*)\b"
        ),
    ),
    ("calories", re.compile(r"\b(?:calor\w+|kalor\w+|kcal)\b")),
    (
        "your weight",
        re.compile(
            r"\b(?:weight|weigh|put\s+on\s+(?:\w+\s+)?(?:kilos?|pounds|kg|lbs)|gain(?:ed)?\s+(?:\w+\s+)?(?:kilos?|pounds)|"
            r"engord\w+|gewicht|zugenommen|abgenommen|poids|grossi|maigri|emagreci\w*|ingrass\w+|dimagri\w+|"
            r"aangekomen|afgevallen|przytyl\w*|schudl\w*|wag[ai])\b"
        ),
    ),
    (
        "matches, likes or dates you got",
        re.compile(
            r"\bhow\s+many\s+(?:matches|likes|followers|dates|swipes\s+right)\s+(?:have|did|do)\s+i\s+(?:\w+\s+)?(?:got|get|gotten|had|have)\b"
        ),
    ),
    (
        "grades, exams or results at work",
        re.compile(
            r"\bwhat\s+(?:grade|mark|marks|score)\s+did\s+i\s+get\b|\bexam\s+results?\b|"
            r"\bdid\s+i\s+pass\s+(?:my|the)\s+(?:\w+\s+){0,2}(?:exam|test|audit|review|interview|course|class)\b"
        ),
    ),
    (
        "results of games or matches",
        re.compile(
            r"\b(?:did|do|does|have|has)\s+(?:\w+\s+){1,3}(?:win|won|lose|lost|beat|draw)\s+(?:the\s+)?(?:match|game|final|"
            r"race|fight|tournament|derby|cup|league|title|election)\b|\b(?:final\s+)?score\s+(?:of|in)\s+the\s+(?:match|game)\b|"
            r"\bwho\s+(?:won|scored)\b|"
            # a team or a player named as the one who won: "did the Bulls win?" (not "did I win", an amount)
            r"\bdid\s+(?!i\b|my\s+(?:craving|urge)s?\b|the\s+(?:craving|urge)s?\b)(?:[\w'-]+\s+){1,3}(?:win|lose)\b"
        ),
    ),
    (
        "deliveries",
        re.compile(
            r"\b(?:package|parcel|order|delivery|shipment)\b[^?!.]{0,40}\b(?:arrive[ds]?|arriving|come|came|delivered|"
            r"shipped|show\s+up|turn\s+up)\b"
        ),
    ),
    (
        "distances or steps",
        re.compile(r"\bhow\s+many\s+(?:miles|kilomet\w+|km|kms|steps)\b|\bhow\s+far\s+(?:did|do|have)\s+i\b"),
    ),
    (
        "how long a trip or a task took",
        re.compile(
            r"\bhow\s+long\s+(?:was|were|did|is)\s+(?:my|the)\s+(?:[\w'-]+\s+){0,3}?(?:commute|drive|trip|journey|ride|"
            r"flight|meeting|shift|walk|run|workout|nap|wait)\b"
        ),
    ),
    (
        "the weather or the temperature",
        re.compile(
            r"\b(?:weather|temperature\w*|degrees|clima|temperatura\w*|grados|graus|gradi|wetter|temperatur\w*|meteo|"
            r"weer|pogod\w+|stopni|forecast|regen|pluie|lluvia|chuva|pioggia)\b|"
            r"\b(?:going\s+to|gonna|will\s+it|did\s+it|does\s+it)\s+(?:rain|snow|pour|be\s+(?:sunny|hot|cold|windy))\b"
        ),
    ),
)


def intake_asked(question: str) -> bool:
    """An amount the person took in, asked about the past ('grams of sugar I ate yesterday'): what the logs never held,
    not a dose."""
    plain = normalised(question)
    amount = next(pattern for label, pattern in UNRECORDED if label == "the amounts you took in")
    return bool(amount.search(plain) and PAST.search(plain) and not ADVICE.search(plain))


def unrecorded(question: str) -> str:
    """What the question asks for that the logs never record ('' when they record it)."""
    plain = normalised(question)
    return next((label for label, pattern in UNRECORDED if pattern.search(plain)), "")


# A word pointing back at something said before ("then", "that", "the other one") or weighing it ("a lot?").
# Polish "to" only after its question word: alone it is English's "to" ("a pattern to my cravings").
BACK = re.compile(
    r"\b(?:then|that|it|this|those|these|other|before|again|eso|esto|isso|isto|das|dies\w*|ca|cela|dat|dit|quello|"
    r"questo|altro|altra|tamto|czy\s+to|tego|jetzt|agora|ahora|alors|allora|nou|teraz)\b|"
    r"\b(?:a\s+lot|mucho|poco|viel|wenig|beaucoup|peu|muito|pouco|molto|veel|weinig|duzo|malo|bad|ruim|"
    r"schlimm|erg|grave|mal)\s*(?:or\s+\w+\s*)?\?"
)


# Pointing back so plainly that a comparison or measure word in it names nothing of its own ("compared to what?").
ONLY_BACK = re.compile(
    r"\b(?:compared\s+(?:to|with)\s+what|like\s+what|what\s+about\s+(?:it|that|them|then)|how\s+so|"
    r"why\s+(?:is|was)\s+that|what\s+do\s+you\s+mean|(?:the|that)\s+other\s+(?:thing|one|stuff|craving))\b"
)


def vague(question: str, *, named_anything: bool, named_thing: bool = False) -> bool:
    """A short question that names no thing, time, situation or measure and points back at an earlier one; or one
    that points back plainly and names no thing, time or situation."""
    plain = normalised(question)
    short = 0 < len(re.findall(r"\w+", plain)) <= 8
    if short and not named_thing and ONLY_BACK.search(plain):
        return True
    return not named_anything and short and bool(BACK.search(plain))
