"""The medical screen's German and Dutch rules; shaped as insights/medical_rules.py describes. Written with
umlauts and ß spelled plainly (ü -> u, ß -> ss): the screen matches accent-stripped, lower-case text. Both
languages build compounds ("Nikotinentzug", "nicotineontwenning"), so some stems match inside words."""

from __future__ import annotations

import re

from .medical_rules import MEDICINE_NAMES, Rules, rule

DE_SYMPTOMS = (
    r"(?:symptom\w*|kopfschmerz\w*|migrane|zittern|zittere|schwitz\w*|schweissausbruch\w*|schlaflos\w*|"
    r"schlafstorung\w*|ubelkeit|ubel|schwindel\w*|herzrasen|kater|reizbar\w*|unruh\w*)"
)
DE_CARERS = r"(?:arzt|arztin|hausarzt|hausarztin|apotheke\w*|apotheker\w*|therapeut\w*|psychiater\w*|suchtberatung)"
DE_ASKS = rule(
    pregnancy=[
        r"\b(?:beim\s+stillen|"
        r"wenn\s+ich\s+(?:schwanger\s+bin|stille))\b"
    ],
    interaction=[
        r"\b(?:mischen|kombinieren|zusammen\s+mit|gleichzeitig\s+mit)\b",
        r"\bwechselwirkung\w*",
        r"\b(?:wahrend|bei)\s+(?:der\s+)?(?:einnahme|antibiotika\w*|medikament\w*)\b",
        r"\b(?:mit|trotz)\s+(?:meinen\s+|den\s+|der\s+)?(?:medikament\w*|tabletten|antidepressiva|antibiotika|pille)\b",
    ],
    dosage=[
        r"\b(?:hochstmenge|grenzwert)\b",
        r"\bwie\s+(?:viel(?:e)?|oft)\s+(?:\w+\s+){0,4}?(?:darf|kann|soll|sollte)\s+ich\b",
        r"\bwie\s+viel(?:e)?\s+(?:\w+\s+){0,4}?(?:ist|sind)\s+(?:\w+\s+){0,3}?(?:zu\s+viel(?:e)?|sicher|ok|okay|gesund|normal|"
        r"gefahrlich|unbedenklich)\b",
        r"\b(?:ist|sind)\s+(?:\w+\s+){1,5}?zu\s+viel(?:e)?\b",
    ],
    side_effects=[r"\bnebenwirkung\w*", r"\ballergi\w+"],
    diagnosis=[
        r"\bbin\s+ich\s+(?:ein\s+|eine\s+)?(?:alkoholiker\w*|\w*suchtig|abhangig|krank)\b",
        # compounds too ("eine Spielsucht", "eine Essstorung"), not "Sehnsucht" (longing)
        r"\b(?:ist\s+das|habe\s+ich)\s+(?:schon\s+)?(?:eine\s+)?(?!sehn)(?:\w*sucht|\w*abhangigkeit|\w*storung|krankheit)\b",
        r"\bhabe\s+ich\s+(?:schon\s+)?ein\s+\w*problem\b",
    ],
    withdrawal=[
        r"\bseit\s+ich\s+(?:nicht\s+mehr|keine?\w*\s+mehr)\b[^?!.]{0,80}\b(?:geht\s+das\s+(?:wieder\s+)?weg|ist\s+das\s+normal|hort\s+das\s+auf)\b",
        r"\bwas\s+passiert\s+(?:mit|in)\s+meinem\s+korper\b",
        r"\bist\s+(?:das|es)\s+normal\b[^?!.]{0,60}\b(?:aufgehort|aufhoren|verzicht\w*|seit)\b",
        r"\b(?:seit|nachdem)\s+ich\b[^?!.]{0,50}\b(?:aufgehort|verzichte)\b[^?!.]{0,40}\bnormal\b",
    ],
    detox=[r"\bwie\s+(?:kann|soll)\s+ich\s+(?:\w+\s+){0,3}?(?:ausschleichen|entgiften|absetzen)\b"],
    medication=[
        r"\bsoll\s+ich\b[^?!.]{0,60}\b\w*(?:salbe|creme|tabletten?|pillen?|medikament\w*|tropfen|spray)\b",
        r"\bwas\s+hilft\s+(?:beim|zum|gegen)\s+(?:einschlafen|schlafen|schlaflosigkeit|kopfweh|kopfschmerzen)\b",
        r"\b(?:soll|sollte|kann|darf)\s+ich\s+(?:\w+\s+){0,4}?(?:nehmen|einnehmen|ausprobieren|verwenden|benutzen|"
        r"absetzen)\b",
        r"\bwelche[sn]?\s+(?:medikament\w*|mittel|tablette\w*|pille\w*)\b",
        r"\b(?:medikament\w*|tablette\w*|mittel|pille\w*)\s+(?:gegen|fur|zum|zur|um)\b",
        rf"\b(?:hilft|wirkt)\s+{MEDICINE_NAMES}",
    ],
    safety=[
        r"\b(?:schadlicher|gefahrlicher|ungesunder|gesunder|harmloser)\s+als\b",
        r"\bist\s+es\s+(?:\w+\s+)?(?:sicher|gefahrlich|schlimm|schadlich|ungesund|gesund|ok|okay|in\s+ordnung|riskant|"
        r"bedenklich)\b",
        r"\b(?:schadlich|gefahrlich|ungesund|schlecht)\s+fur\s+(?:mich|meine?n?\s+\w+|die\s+gesundheit|das\s+baby)\b",
        r"\b(?:ist|sind)\s+(?:\w+\s+){1,3}?(?:gefahrlich|schadlich|ungesund|bedenklich)\b",
        r"\b(?:weniger\s+schadlich|gesunder|sicherer)\s+als\b",
        r"\bdarf\s+ich\s+(?:\w+\s+){0,4}?(?:trinken|rauchen|dampfen|kiffen|essen)\b",
    ],
    treatment=[
        rf"\b(?:soll(?:te)?|muss)\s+ich\b[^?!.]{{0,40}}\b{DE_CARERS}\b",
        r"\bbrauche\s+ich\s+(?:eine?\s+)?(?:professionelle\s+)?(?:hilfe|behandlung|therapie|entzug|reha|"
        r"medikamente)\b",
        r"\b(?:beste|gute)\s+(?:behandlung|therapie|medikament)\b",
        r"\bwelche\s+(?:behandlung|therapie)\b",
    ],
)
DE_MENTIONS = rule(
    pregnancy=[r"\bschwanger\w*", r"\b(?:stillen|stillzeit|ich\s+stille)\b", r"\b(?:muttermilch|kinderwunsch)\b"],
    withdrawal=[r"\b\w*entzug\w*", rf"\b{DE_SYMPTOMS}\b"],
    detox=[r"\b(?:entgift\w*|detox|entzugsklinik|ausschleich\w*|reha)\b"],
    diagnosis=[
        r"\b(?:sucht|suchtig\w*|abhangigkeit|alkoholiker\w*|alkoholismus|alkoholsucht|spielsucht\w*|"
        r"nikotinsucht|esssucht|zuckersucht|diagnos\w*|storung)\b"
    ],
    nicotine_replacement=[
        r"\bnikotin(?:pflaster|kaugummi|spray|ersatz|lutschtablette|inhalator|mundspray)\w*",
        r"\bpflaster\b",
        r"\bkaugummis?\s+mit\s+nikotin\b",
        r"\bnikotin\s*-?\s*ersatz\w*",
    ],
    medication=[
        r"\b(?:medikament\w*|tablette\w*|pille\w*|arznei\w*|rezeptpflichtig\w*|verschrieb\w*|verschreib\w*|"
        r"antidepressiv\w*|antibiotik\w*|schlaftablett\w*|beruhigungsmittel\w*)\b"
    ],
    treatment=[r"\b(?:behandlung\w*|therapie\w*|psychiater\w*|suchtberatung|anonyme\s+alkoholiker)\b"],
)
DE_OWN_LOGS = re.compile(
    r"\b(?:notiert|welche\s+stimmung|wie\s+viele?|wie\s+oft|wann\s+(?:habe|hatte|rauche|trinke|esse|dampfe|spiele)\s+ich|um\s+wie\s+viel\s+uhr|"
    r"an\s+welchen|welche[nrm]?\s+(?:tag|tagen|wochentag|uhrzeit)|meine[nrm]?\s+(?:geluste|gelusten|verlangen|eintrage|"
    r"daten|verlauf|serie|heisshunger\w*|protokoll)|mein\s+(?:verlangen|verlauf|protokoll|schnitt|durchschnitt)|"
    r"habe\s+ich\s+(?:\w+\s+){0,3}?(?:geraucht|getrunken|gegessen|gedampft|gespielt|protokolliert|eingetragen|gehabt)|"
    r"hatte\s+ich|eingetragen|protokoll\w*|letzte[nr]?\s+(?:woche|monat)|diese[nr]?\s+(?:woche|monat)|"
    r"im\s+vergleich|durchschnitt\w*|seit\b(?![^?!.]*\b(?:nicht|kein\w*)\s+(?:\w+\s+)?mehr\b)[^?!.]*\b(?:weniger|mehr|besser)|"
    r"(?:weniger|mehr)\s+(?:als|seit))\b"
)

NL_SYMPTOMS = (
    r"(?:symptomen|hoofdpijn|trillen|tril|zweten|zweet|slapeloos\w*|misselijk\w*|duizelig\w*|hartkloppingen|"
    r"kater|prikkelbaar\w*)"
)
NL_ASKS = rule(
    pregnancy=[r"\b(?:tijdens\s+(?:de\s+)?borstvoeding|als\s+ik\s+zwanger\s+ben)\b"],
    interaction=[
        r"\b(?:mengen|combineren|samen\s+met)\b",
        r"\b(?:wisselwerking|interactie)\w*",
        r"\b(?:tijdens|bij)\s+(?:het\s+)?(?:gebruik\s+van|antibiotica|medicijn\w*)\b",
        r"\bmet\s+(?:mijn\s+)?(?:medicijnen|medicatie|antibiotica|antidepressiva|pillen)\b",
    ],
    dosage=[
        r"\bhoeveel\s+(?:\w+\s+){0,4}?(?:mag|kan|moet)\s+ik\b",
        r"\bhoeveel\s+(?:\w+\s+){0,4}?(?:is|zijn)\s+(?:\w+\s+){0,3}?(?:te\s+veel|veilig|normaal|gezond)\b",
        r"\bte\s+veel\s+per\s+dag\b",
    ],
    side_effects=[r"\bbijwerking\w*", r"\ballergi\w+"],
    diagnosis=[
        r"\bben\s+ik\s+(?:\w+\s+){0,5}?verslaafd\b",
        r"\bben\s+ik\s+(?:een\s+)?(?:alcoholist|\w*verslaafd|afhankelijk|ziek)\b",
        r"\b(?:is\s+dit|heb\s+ik)\s+(?:al\s+)?(?:een\s+)?(?:\w*verslaving|\w*stoornis|ziekte|\w*probleem)\b",
    ],
    withdrawal=[
        r"\bwat\s+gebeurt\s+er\s+(?:met|in)\s+mijn\s+lichaam\b",
        r"\bis\s+(?:dit|het)\s+normaal\b[^?!.]{0,60}\b(?:sinds|na)\b",
        r"\b(?:sinds|nadat)\s+ik\b[^?!.]{0,50}\bgestopt\b[^?!.]{0,40}\bnormaal\b",
    ],
    detox=[r"\bhoe\s+(?:kan\s+ik\s+)?(?:afbouwen|afkicken|ontgiften)\b"],
    medication=[
        r"\bwat\s+helpt\s+(?:om\s+te\s+slapen|bij\s+het\s+slapen|tegen\s+(?:hoofdpijn|slapeloosheid))\b",
        r"\b(?:moet|zou|kan|mag)\s+ik\s+(?:\w+\s+){0,3}?(?:nemen|innemen|proberen|slikken)\b",
        r"\bwelke\s+(?:medicijn\w*|medicatie|pillen|middel\w*)\b",
        r"\b(?:medicijn\w*|middel\w*|pillen)\s+(?:tegen|voor|om)\b",
    ],
    safety=[
        r"\bis\s+het\s+(?:\w+\s+)?(?:veilig|gevaarlijk|slecht|schadelijk|ongezond|gezond|erg|ok(?:e|ay)?|verstandig)\b",
        r"\b(?:schadelijk|gevaarlijk|slecht|ongezond)\s+voor\s+(?:mij|mijn|de\s+gezondheid|de\s+baby|het\s+kind)\b",
        r"\bmag\s+ik\s+(?:\w+\s+){0,3}?(?:drinken|roken|vapen|nemen|gebruiken|eten)\b",
        r"\bminder\s+schadelijk\s+dan\b",
    ],
    treatment=[
        r"\b(?:moet|zou|kan)\s+ik\b[^?!.]{0,40}\b(?:dokter|arts|huisarts|apotheker|psychiater|specialist)\b",
        r"\bheb\s+ik\s+(?:\w+\s+)?(?:hulp|behandeling|therapie|medicatie)\s+nodig\b",
        r"\b(?:beste|goede)\s+(?:behandeling|therapie|medicijn)\b",
    ],
)
NL_MENTIONS = rule(
    pregnancy=[r"\b(?:zwanger\w*|borstvoeding|kinderwens|moedermelk)\b"],
    withdrawal=[r"\b\w*(?:ontwenning|afkick|onthouding)\w*", rf"\b{NL_SYMPTOMS}\b"],
    detox=[r"\b(?:detox|ontgift\w*|afkickkliniek|verslavingszorg|afbouw\w*)\b"],
    diagnosis=[r"\b(?:\w*verslav\w*|\w*verslaafd|alcoholist|alcoholisme|\w*stoornis|diagnose)\b"],
    nicotine_replacement=[
        r"\b(?:nicotine)?pleisters?\b",
        r"\bnicotine(?:kauwgom|zuigtablet\w*|spray|vervang\w*|inhaler)\b",
        r"\bnicotine\s+(?:kauwgom|pleisters?|zuigtabletten|spray)\b",
        r"\bzuigtablet\w*",
    ],
    medication=[r"\b(?:medicijn\w*|medicatie|pillen|voorgeschreven|antidepressiva|antibiotica|slaappillen)\b"],
    treatment=[r"\b(?:behandeling|therapie|therapeut|psychiater|verslavingszorg)\b"],
)
NL_OWN_LOGS = re.compile(
    r"\b(?:hoeveel\s+(?:cravings|keer)|met\s+de\s+tag|hoeveel\s+(?:\w+\s+){0,3}?(?:heb\s+ik|had\s+ik)|hoe\s+vaak|wanneer\s+(?:heb|had|rook|drink|eet)\s+ik|op\s+welke|"
    r"welke\s+(?:dag|dagen|tijd)|mijn\s+(?:trek|logs?|gegevens|registraties|reeks|cravings|gemiddelde)|"
    r"heb\s+ik\s+(?:\w+\s+){0,3}?(?:gerookt|gedronken|gegeten|gehad|gelogd|geregistreerd)|gelogd|geregistreerd|"
    r"vorige\s+(?:week|maand)|deze\s+(?:week|maand)|gemiddeld|vergeleken|sinds\b(?![^?!.]*\b(?:niet|geen)\s+(?:\w+\s+)?meer\b)[^?!.]*\b(?:minder|meer|beter)|"
    r"(?:minder|meer)\s+(?:dan|sinds))\b"
)


GERMAN = Rules(DE_ASKS, DE_MENTIONS, DE_OWN_LOGS)
DUTCH = Rules(NL_ASKS, NL_MENTIONS, NL_OWN_LOGS)
