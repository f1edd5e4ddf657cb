"""The medical screen's asks that are the same idea in every language, so they are written once across all eight
rather than per language (insights/medical.py runs them with each language's own asks, before own_logs can
silence a mention):
- a bodily symptom said with a concern about it (twitching legs and "should I worry", night sweats and "when do
  they stop"): the symptom alone is a mention, the concern makes it a request for a judgement on the body;
- a verdict asked on a condition ("would you say this is an addiction?", "based on my data, am I dependent?"):
  pointing at one's logs does not make a diagnosis ordinary;
- a dose unit asked for ("how many mg ...", "welche Milligramm ..."): a strength is always a dose question;
- how bad something is for the body ("how bad is it that ...").
Text is matched plain (lower case, accents stripped, "ł" as "l"), so the words are written without accents."""

from __future__ import annotations

from .medical_rules import rule

# What a body does: verbs and phrases as people type them, not only the nouns a leaflet uses. English, Spanish,
# Portuguese, Italian, French, German, Dutch, Polish.
SYMPTOMS = "|".join(
    (
        r"shak(?:e|es|ing|y)|trembl\w*|twitch\w*|tremors?|sweat\w*|can'?t\s+sleep|cannot\s+sleep|insomnia|nause\w+|"
        r"throw(?:ing)?\s+up|vomit\w*|headaches?|head\s+(?:hurts|is\s+pounding)|dizz\w+|"
        r"heart\s+(?:is\s+)?(?:racing|pounding|skipping)|palpitations?|chest\s+(?:pains?|tight\w*)|itch\w*|"
        r"cough\w*|mood\s+swings|jitter\w*|restless\w*|cramps?|brain\s+fog|gain(?:ed|ing)?\s+weight|"
        r"weight\s+gain|put\s+on\s+(?:\d+\s+)?(?:weight|pounds|kilos|kg|lbs)|constipat\w+|tingl\w+|chills|shiver\w*|feel(?:ing)?\s+sick",
        r"tiembl\w+|temblor\w*|sudo(?:r|res|ando)?|no\s+puedo\s+dormir|insomnio|vomit\w+|"
        r"dolor(?:es)?\s+de\s+cabeza|me\s+duele\s+(?:la\s+cabeza|el\s+pecho|el\s+estomago)|mareo\w*|"
        r"palpitac\w+|taquicardia|picor\w*|tos|toso|escalofrios|engord\w+|subir\s+de\s+peso|no\s+duermo",
        r"tremem|tremo|tremor\w*|tremedeira|suor\w*|suando|nao\s+consigo\s+dormir|insonia|enjoo\w*|"
        r"dor(?:es)?\s+de\s+cabeca|tontura\w*|coracao\s+acelerado|coceira|tosse|tossindo|calafrios|ganhar\s+peso",
        r"tremano|tremore|tremolio|tremori|sudori|sudore|sudorazion\w*|non\s+riesco\s+a\s+dormire|insonnia|"
        r"mal\s+di\s+testa|vertigin\w+|giramenti\s+di\s+testa|palpitazion\w+|tachicardia|prurito|tossisco|brividi|"
        r"ingrass\w+|preso\s+\d+\s+(?:chili|kg)|non\s+dormo",
        r"tremble\w*|tremblement\w*|sueurs?|transpir\w+|n'arrive\s+(?:pas|plus)\s+a\s+dormir|impossible\s+de\s+dormir|"
        r"(?:je\s+)?ne\s+dors\s+(?:plus|pas)|insomnie\w*|"
        r"vomi\w*|mal\s+a\s+la\s+tete|maux\s+de\s+tete|vertiges?|tachycardie|demange\w+|tousse\w*|toux|"
        r"sautes\s+d'humeur|frissons|pris\s+du\s+poids|prendre\s+du\s+poids",
        r"zitter\w*|schwitz\w*|schweiss\w*|(?:nicht|kaum)\s+(?:mehr\s+)?(?:ein)?schlafen|schlafe\s+schlecht|schlaflos\w*|"
        r"schlafstorung\w*|ubel\w*|erbrech\w+|kopfschmerz\w*|kopfweh|schwindel\w*|herzrasen|herzklopfen|juck\w+|"
        r"huste\w*|stimmungsschwankung\w*|schuttelfrost|zugenommen",
        r"tril\w*|zweet\w*|zweten|kan\s+niet\s+slapen|slapeloos\w*|misselijk\w*|overgeven|hoofdpijn|duizelig\w*|"
        r"hartkloppingen|jeuk\w*|hoest\w*|stemmingswisselingen|rillingen|aangekomen",
        r"drz\w+|trzes\w+|poce|poci\s+sie|pocenie|poty|nie\s+moge\s+spac|bezsenn\w+|nudnosci|mdlosci|wymiot\w+|"
        r"bol\w*\s+glowy|boli\s+mnie\s+glowa|zawrot\w*\s+glowy|kolatani\w+\s+serca|serce\s+mi\s+wali|swedz\w+|"
        r"kasz\w+|wahania\s+nastroju|dreszcze|przytyl\w*|nie\s+spie",
    )
)
# A concern about what the body does: is it normal, should I worry, how long will it last, what helps.
CONCERNS = "|".join(
    (
        r"(?:is|it'?s|that'?s|be)\s+(?:\w+\s+)?normal|normal\s*\?|is\s+(?:that|this|it)\s+(?:bad|a\s+thing)|something\s+wrong|"
        r"when\s+(?:will|does|do)\s+(?:it|this|that|they|these)\s+(?:stop|end|go\s+away|get\s+better)|should\s+i\s+(?:be\s+)?(?:worried|worry|concerned)|how\s+long\s+(?:will|does|do|until|is|are)|"
        r"will\s+(?:it|this|they|these)\s+(?:go\s+away|pass|stop|end)|what\s+(?:can\s+i\s+do|helps|should\s+i\s+do)|"
        r"is\s+(?:this|that|it)\s+(?:withdrawal|serious|dangerous)",
        r"(?:es|eso\s+es)\s+(?:normal|malo|grave)|(?:debo|deberia|tengo\s+que)\s+preocupar\w*|me\s+preocupa|cuanto\s+(?:tiempo\s+)?(?:dura|duran|va\s+a\s+durar)|"
        r"se\s+(?:me\s+)?(?:va|van)\s+a\s+(?:pasar|quitar)|que\s+puedo\s+hacer|que\s+me\s+ayuda",
        r"(?:e|isso\s+e)\s+(?:normal|grave|mau|ruim)|faz\s+mal|(?:devo|deveria|preciso)\s+(?:me\s+)?preocupar\w*|quanto\s+tempo\s+(?:dura|duram|vai\s+durar)|vai\s+passar|"
        r"o\s+que\s+(?:posso\s+fazer|ajuda)",
        r"normale|e\s+grave|(?:devo|dovrei)\s+preoccupar\w*|mi\s+devo\s+preoccupare|quanto\s+(?:tempo\s+)?dura|passera|"
        r"cosa\s+posso\s+fare|cosa\s+aiuta",
        r"(?:c'est|est-ce|est\s+ce)\s+(?:normal|grave|mauvais)|dure\s+combien|(?:dois-je|je\s+dois|devrais-je|faut-il)\s+(?:m'|me\s+|s')?inquiet\w+|combien\s+de\s+temps|"
        r"ca\s+va\s+passer|que\s+puis-je\s+faire|qu'est-ce\s+qui\s+aide",
        r"ist\s+(?:das|es)\s+(?:\w+\s+)?(?:normal|schlimm)|schlimm\s*\?|wann\s+hort\s+(?:das|es)\s+auf|sorgen\s+machen|besorgt|wie\s+lange\s+(?:dauert|halt|geht)|geht\s+(?:das|es)\s+(?:weg|vorbei)|"
        r"was\s+(?:kann\s+ich\s+tun|hilft)",
        r"normaal|is\s+(?:dat|dit|het)\s+erg|zorgen\s+maken|ongerust|hoe\s+lang\s+(?:duurt|blijft)|gaat\s+(?:dit|het)\s+over|"
        r"wat\s+(?:kan\s+ik\s+doen|helpt)",
        r"normalne|cos\s+zlego|(?:to\s+)?zle\s*\?|martwic|niepokoi|jak\s+dlugo|minie|przejdzie|co\s+(?:moge\s+zrobic|pomoze)",
    )
)
# Conditions a person asks to be told they have, and the words that ask for a verdict or point at the data.
CONDITIONS = (
    # "alcoholic drinks" is what is drunk, not who drinks it; "depending on" is not dependence
    r"addict\w*|alcoholi(?:c|cs|sm)\b(?!\s+(?:drinks?|beverages?))|dependen(?:t\w*|c\w+)|hooked|"
    r"problem\s+(?:drinker|gambler)|(?:drinking|gambling|smoking|vaping|alcohol|drug)\s+problem|compulsi\w+|disorder|"
    r"adicci\w+|adict[oa]s?|alcoholic[oa]s?\b|alcoholismo|enganchad[oa]|ludopat\w+|vici[oa]d?[oa]?s?\b|alcoolatra|alcoolismo|"
    r"alcoolisme|alcoolique\b|(?<!bebidas\s)(?<!bebida\s)alcoolic[oa]s?\b|dipenden\w+|alcolizzat\w+|"
    r"alcolist\w+|alcolism\w+|accro\w*|dependan\w+|sucht\w*|suchtig\w*|abhangig\w*|alkoholi(?:k|ker|zm|czk)\w*|verslav\w+|"
    r"verslaafd|afhankelijk\w*|uzalezni\w+|nalog\w*"
)
VERDICTS = (
    r"would\s+you\s+(?:say|call|consider|describe|class|label)|class\s+me|going\s+by|according\s+to\s+my|"
    r"means?\s+(?:that\s+)?i\s+(?:have|am|'?m)|is\s+(?:this|that|it)\s+an?|do\s+you\s+think|does\s+(?:this|it|that)\s+(?:look|sound|seem)|"
    r"in\s+your\s+(?:opinion|view)|based\s+on\s+(?:my|the|these)|judging\s+(?:by|from)|looking\s+at\s+(?:my|the|these)|"
    r"from\s+(?:my|the|what)\s+(?:logs|data|numbers|you\s+see)|"
    r"dirias|crees\s+que|te\s+parece|en\s+tu\s+opinion|segun\s+(?:mis|los)|viendo\s+(?:mis|los)|a\s+juzgar\s+por|"
    r"diria|acha\s+que|achas\s+que|na\s+(?:tua|sua)\s+opiniao|olhando\s+(?:para\s+)?(?:os\s+)?meus|pelos\s+meus|"
    r"diresti|pensi\s+che|secondo\s+te|a\s+tuo\s+(?:parere|avviso)|guardando\s+i\s+miei|in\s+base\s+ai\s+miei|"
    r"dirais|penses-tu|tu\s+penses|selon\s+toi|a\s+ton\s+avis|vu\s+mes|en\s+regardant\s+mes|d'apres\s+mes|"
    r"wurdest\s+du|meinst\s+du|glaubst\s+du|denkst\s+du|deiner\s+meinung|nach\s+meinen|laut\s+meinen|"
    r"zou\s+je\s+zeggen|denk\s+je|vind\s+je|volgens\s+jou|op\s+basis\s+van\s+mijn|als\s+je\s+(?:naar\s+)?mijn|"
    r"powiedzial\w*|myslisz|uwazasz|twoim\s+zdaniem|wedlug\s+ciebie|patrzac\s+na|na\s+podstawie|czy\s+jestem"
)
DOSE_WORDS = r"dose|doses|dosage|dosing|dosis|dosierung|dosering|dosi|dosaggio|dosagem|posologi\w+|dosificacion|dawk\w+"
# Quitting all at once and bit by bit: a question that weighs one against the other asks how to taper.
SUDDENLY = (
    r"at\s+once|cold\s+turkey|abruptly|overnight|von\s+heute\s+auf\s+morgen|auf\s+einmal|schlagartig|d'un\s+coup|"
    r"du\s+jour\s+au\s+lendemain|de\s+vez|de\s+uma\s+vez|de\s+golpe|de\s+una\s+vez|di\s+colpo|di\s+botto|"
    r"in\s+een\s+keer|ineens|z\s+dnia\s+na\s+dzien|od\s+razu|nagle"
)
GRADUALLY = (
    r"gradual\w*|slowly|bit\s+by\s+bit|cut(?:ting)?\s+down|taper\w*|langsam|schrittweise|reduzier\w+|petit\s+a\s+petit|"
    r"progressivement|diminu\w+|aos\s+poucos|poco\s+a\s+poco|piano\s+piano|scalare|gradualmente|geleidelijk|afbouwen|"
    r"stopniowo|zmniejsz\w+"
)
# Medicines people name by brand that the shared list lacks: common antibiotics, and the pill.
MORE_MEDICINES = (
    r"amoxic\w+|augmentin\w*|azit?romicin\w*|azithromycin\w*|doxycyclin\w*|doxiciclin\w*|ciproflox\w+|metronidazol\w*|"
    r"claritromicin\w*|clarithromycin\w*|cytyzyn\w*|desmoxan|anticoncepcional\w*|anticonceptiv\w*|contraccettiv\w*|"
    r"antykoncepc\w+|birth\s+control|la\s+pilule|de\s+pil|die\s+pille"
)
# Conditions a habit could bring on, in the seven languages English's own list does not cover.
CONDITIONS_OF_HEALTH = (
    r"thrombos\w+|trombos\w+|tromboz\w+|cancro|kanker|krebs|rak\s+pluc|infart\w*|infarkt\w*|herzinfarkt|beroerte|"
    r"ictus|udar\w*|lunge|longen|poumons?|polmoni|pulmones|pulmoes|pluca|watrob\w+|leber|lever|foie|fegato|higado|figado"
)
# Cues of a question about one's own logs in any language: comparing periods, charting them.
OWN_LOGS = (
    r"\b(?:vs|versus|before\s+and\s+after|vor\s+und\s+nach|prima\s+e\s+dopo|antes\s+y\s+despues|antes\s+e\s+depois|"
    r"avant\s+et\s+apres|voor\s+en\s+na|przed\s+i\s+po|compar\w+|vergleich\w*|confronta\w*|vergelijk\w*|porown\w+|"
    r"plot|chart|graph)\b"
)
DOSE_UNITS = r"mg|milligram\w*|miligram\w*|milligramm\w*|milligramme\w*|milligrammi"
ASKING_HOW_MUCH = (
    r"how\s+many|how\s+much|what|which|ile|jak\w+|wie\s*viel\w*|welche\w*|cuant\w+|que|combien|quel\w*|quant\w+|"
    r"qual\w*|hoeveel|welke"
)

CUES = rule(
    dosage=[
        rf"\b(?:{ASKING_HOW_MUCH})\s+(?:\w+\s+){{0,2}}?(?:{DOSE_UNITS})\b",
        rf"\b(?:what|which|how\s+much|right|correct|welche\w*|quel\w*|que|qual\w*|welke|jak\w+|cuanta)\s+(?:\w+\s+)?(?:{DOSE_WORDS})\b",
        rf"\b(?:{DOSE_WORDS})\s+(?:\w+\s+){{0,3}}?(?:should|soll\w*|debo|devo|dois|moet|powinien\w*|must|muss)\b",
    ],
    detox=[
        rf"\b(?:{SUDDENLY})\b[^?!]{{0,80}}\b(?:{GRADUALLY})",
        rf"\b(?:{GRADUALLY})[^?!]{{0,80}}\b(?:{SUDDENLY})\b",
        r"\bhow\s+(?:should|do|can)\s+i\s+(?:taper|wean|step\s+down)\b",
        # Cutting down is a tapering schedule only with a dose or a pace; "how can I cut down on sugar?" asks about
        # a habit, and gets the person's figures.
        r"\bhow\s+(?:should|do|can)\s+i\s+cut\s+down\b[^?!]{0,60}\b(?:from\s+\d+|a\s+day|a\s+week|per\s+(?:day|week)|"
        r"by\s+how\s+(?:many|much))",
    ],
    nicotine_replacement=[
        r"\b(?:step\s+\d|drop\s+down|step\s+down)\b[^?!.]{0,40}\bpatch\w*",
        r"\b(?:would|will|does|do|can|could)\s+(?:the\s+|a\s+)?(?:\w+\s+){0,2}?(?:patch\w*|gum|lozenges?|spray|inhalers?|"
        r"snus|pouches)\s+(?:\w+\s+)?help",
    ],
    medication=[r"\b(?:should|do)\s+i\s+stop\s+taking\b"],
    treatment=[r"\bshould\s+i\s+(?:see|talk\s+to|get)\s+(?:someone|somebody|help|checked|it\s+checked)\b"],
    diagnosis=[
        rf"\b(?:{VERDICTS})\b[^?!]{{0,80}}\b(?:{CONDITIONS})",
        rf"\b(?:{CONDITIONS})[^?!]{{0,40}}\b(?:{VERDICTS})\b",
    ],
    withdrawal=[
        rf"\b(?:{SYMPTOMS})\b[^?!]{{0,90}}\b(?:{CONCERNS})\b",
        rf"\b(?:{CONCERNS})\b[^?!]{{0,60}}\b(?:{SYMPTOMS})\b",
    ],
    safety=[
        r"\bhow\s+bad\s+is\s+it\s+(?:that|to|if|for)\b",
        r"\bhow\s+(?:harmful|dangerous|unhealthy)\s+(?:is|are)\b",
        r"\bhow\s+much\s+damage\b",
        r"\b(?:does|do|will|would)\s+[^?!.]{0,40}\bdo\s+to\s+(?:your|my)\s+(?:body|gums|teeth|lungs|heart|liver|brain|skin)\b",
        r"\b(?:mess(?:es|ing)?|screw(?:s|ing)?)\s+(?:with|up)\s+(?:your|my)\s+(?:appetite|sleep|body|head|brain|hormones|"
        r"stomach|gut|teeth|skin)\b",
        r"\b(?:is|are|sind|ist|son|es|sao|e|sono|zijn|czy)\s+\d+\s+[^?!.]{0,40}\b(?:ok|oke|okay|fine|safe|sicher|veilig|"
        r"seguro|sicuro|bezpieczn\w*|too\s+(?:much|many)|zu\s+viel\w*|te\s+veel|demasiad\w+|troppo|trop|demais|duzo)\b",
        r"\bkan\s+(?:\w+\s+){0,5}?kwaad\b",
        r"\bci\s+sta\s*\?",
        r"\bhow\s+(?:bad|harmful|dangerous|unhealthy)\s+(?:is|are)\s+(?:\w+\s+){0,4}?for\s+(?:me|my|you|your|the\s+baby)\b",
        r"\b(?:que\s+tan|cuan)\s+(?:malo|grave|peligroso|danino)\b",
        r"\bwie\s+(?:schlimm|schadlich|gefahrlich|ungesund)\s+ist\b",
        r"\bhoe\s+(?:erg|slecht|schadelijk|gevaarlijk|ongezond)\s+is\b",
        r"\ba\s+quel\s+point\s+(?:c'est|est-ce)\s+(?:grave|mauvais|dangereux)\b",
        r"\bjak\s+bardzo\s+(?:szkodzi|szkodliwe|zle|niebezpieczne)\b",
    ],
)

# Named, these are mentions: they fire unless the question is about the person's own logs.
CUE_MENTIONS = rule(
    dosage=[rf"\b(?:{DOSE_WORDS})\b"],
    medication=[rf"\b(?:{MORE_MEDICINES})\b"],
    safety=[rf"\b(?:{CONDITIONS_OF_HEALTH})\b"],
)
