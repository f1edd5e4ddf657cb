"""The medical screen's Polish rules; shaped as insights/medical_rules.py describes. Written plain, as the screen
matches text: lower case, accents stripped and "ł" as "l" ("ciąży" -> "ciazy", "głowy" -> "glowy"). Polish
inflects nouns and verbs, so most words are stems."""

from __future__ import annotations

import re

from .medical_rules import MEDICINE_NAMES, Rules, rule

PL_SYMPTOMS = (
    r"(?:objaw\w*|drz\w+|trzes\w+|poty|pocenie|bezsenn\w+|nudnosci|mdlosci|wymiot\w+|bol\w*\s+glowy|"
    r"zawrot\w*\s+glowy|kolatani\w+\s+serca|drazliw\w+|kac\w*)"
)
PL_CARERS = r"(?:lekarz\w*|farmaceut\w*|apte\w+|psychiatr\w+|terapeut\w*|specjalist\w+)"
PL_MEDICINES = r"(?:lek|leki|lekow|lekami|lekach|tabletk\w+|pigul\w+|antybiotyk\w*|antydepresant\w*|suplement\w*)"
PL_ASKS = rule(
    pregnancy=[r"\b(?:karmi\w*\s+piersia|karmienia\s+piersia|staram\w*\s+sie\s+o\s+dziecko)\b"],
    interaction=[
        r"\b(?:mieszac|laczyc|polaczyc)\b",
        rf"\b(?:z|przy|na)\s+(?:moimi\s+|tymi\s+)?{PL_MEDICINES}\b",
        r"\bbiorac\s+(?:\w+\s+)?(?:leki|tabletki|antybiotyk)\b",
    ],
    dosage=[
        r"\bile\s+(?:\w+\s+){0,6}?(?:moge|powinienem|powinnam|mozna|wolno)\b",
        r"\bile\s+(?:\w+\s+){0,4}?(?:to|jest)\s+(?:za\s+duzo|bezpieczn\w+|normalne)\b",
    ],
    side_effects=[r"\b(?:skutki|efekty|dzialania)\s+(?:uboczne|niepozadane)\b", r"\balergi\w+"],
    diagnosis=[
        r"\bczy\s+jestem\s+(?:juz\s+)?(?:uzalezni\w+|alkoholik\w*|nalogow\w+|chor\w+)\b",
        r"\bczy\s+(?:to\s+(?:juz\s+)?(?:jest\s+)?|mam\s+)(?:uzaleznienie|nalog|problem|chorob\w+|zaburzeni\w+)\b",
        r"\bczy\s+powinien\w*\s+sie\s+martwic\b",
    ],
    withdrawal=[
        r"\b(?:zespol\s+abstynencyjn\w+|objawy\s+odstawien\w+|glod\s+nikotynow\w+)\b",
        r"\bco\s+sie\s+dzieje\s+z\s+moim\s+(?:cialem|organizmem)\b",
        r"\bczy\s+to\s+(?:jest\s+)?normalne\b[^?!.]{0,60}\b(?:odkad|od\s+kiedy|po)\b",
    ],
    detox=[r"\bjak\s+(?:\w+\s+)?(?:odstawic|rzucic)\s+(?:\w+\s+)?(?:stopniowo|nagle|od\s+razu)\b", r"\bdetoks\w*"],
    nicotine_replacement=[
        r"\b(?:czy\s+)?(?:moge|powinienem|powinnam|warto)\s+(?:\w+\s+){0,3}?(?:plastr\w*|gum\w*\s+nikotynow\w+|"
        r"e-?papieros\w*|snus\w*)\b"
    ],
    medication=[
        r"\b(?:przestac|odstawic)\s+(?:go\s+|je\s+|ich\s+)?(?:brac|zazywac)\b",
        r"\b(?:czy\s+)?(?:powinienem|powinnam|moge|warto)\s+(?:\w+\s+){0,2}?(?:brac|wziac|zazywac|stosowac|przyjmowac|uzywac|"
        r"sprobowac)\b",
        rf"\b(?:jakie|jaki|jaka|ktore|ktory)\s+{PL_MEDICINES}",
        rf"\b{PL_MEDICINES}\s+(?:na|od|zeby|aby|przeciw)\b",
        rf"\bczy\s+{MEDICINE_NAMES}\s+(?:\w+\s+){{0,2}}?(?:pomoze|pomaga|dziala|zadziala)\b",
    ],
    safety=[
        r"\bczy\s+(?:\w+\s+){0,3}?(?:jest|sa|to)\s+(?:\w+\s+)?(?:bezpieczn\w+|niebezpieczn\w+|szkodliw\w+|zdrow\w+|groz\w+)\b",
        r"\b(?:szkodzi|szkodliw\w+|niebezpieczn\w+)\s+(?:dla|na)\s+(?:mnie|mojego|mojej|zdrowia|dziecka|watroby|"
        r"pluc|serca)\b",
        r"\bczy\s+moge\s+(?:\w+\s+){0,2}?(?:pic|palic|wapowac|brac|jesc)\b",
        r"\bczy\s+(?:to\s+)?szkodzi\b",
        r"\bdla\s+(?:mojego\s+)?zdrowia\b",
    ],
    treatment=[
        rf"\b(?:czy\s+)?(?:powinienem|powinnam|musze|trzeba)\b[^?!.]{{0,40}}\b{PL_CARERS}",
        r"\bczy\s+potrzebuje\s+(?:\w+\s+)?(?:pomocy|leczenia|terapii|odwyku|lekow)\b",
        r"\b(?:najlepsz\w+|dobr\w+|skuteczn\w+)\s+(?:lek\w*|terapi\w+|leczeni\w+|sposob\w*\s+na\s+rzucenie)\b",
    ],
)
PL_MENTIONS = rule(
    pregnancy=[r"\b(?:ciaz\w+|ciezarn\w+|karmi\w+\s+piersia|karmienie)\b"],
    safety=[r"\b(?:nadcisnien\w+|cisnieni\w+|cukrzyc\w+|astm\w+|serc\w+|watrob\w+|pluc\w*|nowotwor\w*)\b"],
    withdrawal=[r"\b(?:odstawien\w+|abstynencj\w+|glod\s+nikotynow\w+)\b", rf"\b{PL_SYMPTOMS}\b"],
    detox=[r"\b(?:detoks\w*|odwyk\w*|odtruc\w+|na\s+zimno)\b"],
    diagnosis=[r"\b(?:uzalezni\w+|nalog\w*|alkoholi(?:k|zm|czk)\w*|diagnoz\w+)\b"],
    nicotine_replacement=[
        r"\bplastr\w*",
        r"\bgum\w*\s+(?:do\s+zucia\s+)?(?:z\s+)?nikotyn\w+",
        r"\bnikotynow\w+\s+terapi\w+",
    ],
    medication=[rf"\b(?:{PL_MEDICINES}|recept\w+|przepisan\w+)\b"],
    treatment=[r"\b(?:leczeni\w+|terapi\w+|terapeut\w*|psychiatr\w+|odwyk\w*)\b"],
)
PL_OWN_LOGS = re.compile(
    r"\b(?:ile\s+(?:razy|\w+\s+)?(?:\w+\s+)?(?:mialem|mialam|zalogowal\w*|zapisal\w*|zanotowal\w*|bylo)|ile\s+razy|"
    r"kiedy\s+(?:mam|mialem|mialam|najczesciej)|mial[ae]m\s+(?:\w+\s+)?(?:wiecej|mniej)|moich\s+(?:danych|wpisow|zapisow)|o\s+ktorej|w\s+ktor\w+\s+(?:dni\w*|dzien|godzin\w*)|"
    r"moj\w*\s+(?:zachcian\w+|wpis\w*|dane|danych|historii|seri\w+|logi|glod\w*|ochot\w+)|zalogowal\w*|zapisal\w*|"
    r"zanotowal\w*|(?:w\s+)?(?:zeszlym|ostatnim|tym)\s+(?:tygodniu|miesiacu|roku)|srednio|w\s+porownaniu|"
    r"najczesciej|czesciej|rzadziej)\b"
)

POLISH = Rules(PL_ASKS, PL_MENTIONS, PL_OWN_LOGS)
