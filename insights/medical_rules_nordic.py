"""The medical screen's Swedish rules; shaped as insights/medical_rules.py describes. Written plain, as the screen
matches text: lower case, accents stripped ("läkemedel" -> "lakemedel", "plåster" -> "plaster"). Swedish builds
compounds ("nikotinplåster", "abstinensbesvär"), so some stems match inside words."""

from __future__ import annotations

import re

from .medical_rules import MEDICINE_NAMES, Rules, rule

SV_MEDICINES = r"(?:lakemedel\w*|medicin\w*|tablett\w*|piller|antibiotika|antidepressiva|vark\w*tablett\w*|sommedel\w*)"
SV_CARERS = r"(?:lakare\w*|lakaren|doktor\w*|apotek\w*|vardcentral\w*|psykiater\w*|terapeut\w*)"
SV_ASKS = rule(
    pregnancy=[r"\b(?:nar|medan|om)\s+jag\s+(?:ar\s+gravid|ammar)\b"],
    interaction=[
        r"\b(?:blanda|kombinera)\b",
        r"\bsamtidigt\s+som\s+jag\s+(?:\w+\s+)?(?:tar|anvander|ater)\b",
        rf"\b(?:med|trots)\s+(?:mina\s+)?{SV_MEDICINES}",
    ],
    dosage=[
        r"\bhur\s+(?:mycket|manga|ofta)\s+(?:\w+\s+){0,5}?(?:far|kan|bor|ska|maste)\s+jag\b",
        r"\b(?:ar|blir)\s+(?:\w+\s+){1,4}?for\s+(?:mycket|manga)\b",
    ],
    side_effects=[r"\bbiverkning\w*", r"\ballergi\w*"],
    diagnosis=[
        r"\bar\s+jag\s+(?:en\s+)?(?:alkoholist|beroende|missbrukare|sjuk)\b",
        r"\bhar\s+jag\s+(?:ett\s+)?\w*beroende\b",
    ],
    withdrawal=[r"\babstinens\w*", r"\bavtanding\w*"],
    nicotine_replacement=[
        r"\b(?:kan|far|bor|ska)\s+jag\s+(?:\w+\s+){0,3}?(?:nikotin\w+|plaster|tuggummi)\b",
    ],
    medication=[
        r"\b(?:kan|far|bor|ska)\s+jag\s+(?:\w+\s+){0,2}?(?:ta|anvanda|borja\s+med|sluta\s+med)\s+"
        rf"(?:\w+\s+){{0,2}}?(?:{SV_MEDICINES}|{MEDICINE_NAMES})",
        rf"\b(?:vilk\w+|vilket)\s+{SV_MEDICINES}",
    ],
    safety=[
        r"\bar\s+det\s+(?:\w+\s+)?(?:farligt|sakert|ok|okej|skadligt|dumt|bra)\s+(?:for\s+mig\s+)?(?:att|om)\b",
        r"\b(?:skadligt|farligt)\s+for\s+(?:mig|barnet|levern|hjartat|lungorna)\b",
    ],
    treatment=[
        rf"\b(?:bor|ska|maste)\s+jag\b[^?!.]{{0,40}}\b{SV_CARERS}",
        r"\bbehover\s+jag\s+(?:\w+\s+)?(?:hjalp|behandling|terapi|medicin)\b",
    ],
)
SV_MENTIONS = rule(
    pregnancy=[r"\b(?:gravid\w*|ammar|amning\w*)\b"],
    withdrawal=[r"\b\w*abstinens\w*", r"\babstinensbesvar\w*"],
    detox=[r"\b(?:avgiftning\w*|detox|nedtrappning\w*)\b"],
    diagnosis=[r"\b(?:\w*beroende|missbruk\w*|alkoholism|diagnos\w*)\b"],
    nicotine_replacement=[r"\bnikotin(?:plaster|tuggummi|spray|sugtablett\w*|inhalator)\w*", r"\bplaster\b"],
    medication=[rf"\b(?:{SV_MEDICINES}|recept\w*|utskriv\w+)\b"],
    treatment=[r"\b(?:behandling\w*|terapi\w*|psykiater\w*|beroendevard\w*)\b"],
)
SV_OWN_LOGS = re.compile(
    r"\b(?:hur\s+(?:manga\s+gang\w*|ofta)|loggat|loggade|registrerat|forra\s+(?:veckan|manaden)|"
    r"den\s+har\s+(?:veckan|manaden)|mina\s+(?:loggar|suggar|cravings)|i\s+genomsnitt|jamfort\s+med)\b"
)

SWEDISH = Rules(SV_ASKS, SV_MENTIONS, SV_OWN_LOGS)
