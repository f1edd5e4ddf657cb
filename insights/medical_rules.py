"""The medical screen's kinds and its English rules (insights/medical.py runs them). Each language has `asks`
(phrasings that request advice: fire on their own), `mentions` (a medicine, symptom or condition named: fire
unless the question is about the person's own logs) and `own_logs` (cues of such a question)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class MedicalKind(StrEnum):
    """What a medical question asks about; the first that applies, in this order, names it."""

    PREGNANCY = "pregnancy"  # substances while pregnant, breastfeeding or trying to conceive
    INTERACTION = "interaction"  # mixing substances with each other or with medicines
    DOSAGE = "dosage"  # how much, how often, what strength
    SIDE_EFFECTS = "side_effects"
    DIAGNOSIS = "diagnosis"  # asking to be told whether they have a condition (addiction, dependence)
    WITHDRAWAL = "withdrawal"  # withdrawal and its symptoms
    DETOX = "detox"  # detox, rehab, tapering, cold turkey
    NICOTINE_REPLACEMENT = "nicotine_replacement"  # patches, gum, lozenges, sprays, inhalers
    MEDICATION = "medication"  # named or unnamed medicines, prescriptions
    SAFETY = "safety"  # "is it safe to", "bad for my liver"
    TREATMENT = "treatment"  # therapy, treatment, whether to see a doctor


PRIORITY = list(MedicalKind)


def rule(**kinds: list[str]) -> re.Pattern[str]:
    """One regex whose named group is the kind that matched: (?P<dosage>...)|(?P<safety>...)."""
    return re.compile("|".join(f"(?P<{kind}>{'|'.join(alternatives)})" for kind, alternatives in kinds.items()))


# Medicines by name, the same in every language up to a suffix: smoking and alcohol cessation drugs,
# opioid substitution, antidepressants and sedatives, painkillers, and the weight-loss drugs people take
# for sugar cravings. A name alone is a mention, not a request.
MEDICINE_NAMES = (
    r"(?:varenicl\w*|champix|chantix|modafinil\w*|provigil|antybiotyk\w*|thyrox\w*|levothyrox\w*|synthroid|euthyrox|eltroxin|cytisin\w*|citisin\w*|tabex|bupropi\w*|zyban|wellbutrin|naltrex\w*|"
    r"acamprosat\w*|campral|disulfiram\w*|antabus\w*|nalmef\w*|selincro|baclofen\w*|topiramat\w*|gabapentin\w*|"
    r"pregabalin\w*|methadon\w*|metadon\w*|buprenorph\w*|buprenorf\w*|suboxone|subutex|naloxon\w*|narcan|"
    r"sertralin\w*|zoloft|fluoxetin\w*|prozac|citalopram|escitalopram|lexapro|paroxetin\w*|venlafaxin\w*|"
    r"mirtazapin\w*|ssris?|snris?|benzodiazepin\w*|benzos?|xanax|alprazolam|diazepam|valium|lorazepam|"
    r"clonazepam|librium|chlordiazepox\w*|gaviscon|rennie|tums|antacid\w*|omeprazol\w*|lansoprazol\w*|ibuprof\w*|paracetamol|acetaminophen|tylenol|advil|aspirin\w*|"
    r"melatonin\w*|st\.?\s+john'?s\s+wort|valerian\w*|kava|ashwagandha|5-?htp|kratom|cbd|opioids?|opiates?|oxycodone|oxycontin|codeine|tramadol|morphine|fentanyl|adderall|ritalin|metformin\w*|ozempic|semaglutid\w*|wegovy|mounjaro|insulin\w*|nicorette|"
    r"nicotinell|niquitin|nicoderm|habitrol|rivotril|klonopin|ativan|temazepam|zolpidem|ambien|zopiclon\w*|"
    r"quetiapin\w*|seroquel|fucidin|hydrocortison\w*|antibiotics?)"
)
SHARED_MENTIONS = rule(
    dosage=[
        r"\b\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|ml)\b",
        r"\b(?:milligrams?|miligramos?|milligramm\w*|miligramas?|milligrammi|milligrammes?|micrograms?)\b",
    ],
    # Tagalog "gamot" (medicine), "gamot sa puso" (heart medicine): a language the rules do not read, by its word
    medication=[rf"\b{MEDICINE_NAMES}\b", r"\bgamot\b"],
)

# English symptoms that withdrawal and hangovers bring; named in a question they ask what the body is doing.
EN_SYMPTOMS = (
    r"(?:symptoms?|headaches?|migraines?|nausea|nauseous|shak(?:es|ing|y)|tremors?|trembling|sweat(?:s|ing|y)|"
    r"night\s+sweats|insomnia|dizz\w+|irritab\w+|palpitations|heart\s+(?:racing|pounding)|brain\s+fog|"
    r"constipat\w+|chest\s+pains?|seizures?|hallucinat\w+|delirium|dts|panic\s+attacks?|hangovers?|jitter\w*)"
)
EN_MEDICINE_WORDS = (
    rf"(?:medications?|medicines?|meds|pills?|tablets?|drugs?|prescriptions?|supplements?|vitamins?|"
    rf"antibiotics|antidepressants?|antipsychotics?|mood\s+stabili[sz]ers?|sleeping\s+pills?|painkillers?|"
    # what goes on the skin is treatment too: "what cream should I put on it"
    rf"creams?|ointments?|lotions?|balms?|antiseptics?|{MEDICINE_NAMES})"
)
EN_CARERS = r"(?:doctor|gp|physician|pharmacist|psychiatrist|therapist|specialist|nurse|counsell?or|addiction\s+\w+)"
EN_QUITTING = r"(?:quit|quitting|stopped|stopping|cut(?:ting)?\s+(?:out|down|back)|gave\s+up|giving\s+up)"

EN_ASKS = rule(
    pregnancy=[
        r"\b(?:while|when|if\s+i'?m|if\s+i\s+am|if\s+you'?re|when\s+you'?re|when\s+youre)\s+(?:pregnan\w*|expecting|breast\s*feeding|nursing|"
        r"trying\s+to\s+(?:conceive|get\s+pregnant))",
        r"\b(?:bad|harmful|dangerous|safe)\s+for\s+(?:my\s+|the\s+)?(?:baby|fetus|foetus|unborn)",
    ],
    interaction=[
        r"\b(?:can|could|should|may)\s+(?:i|you)\s+(?:safely\s+)?(?:mix|combine)\b",
        rf"\b(?:while|when|if\s+i'?m|whilst)\s+(?:on|taking)\s+(?:\w+\s+){{0,2}}?{EN_MEDICINE_WORDS}\b",
        r"\bon\s+(?:antibiotics|antidepressants|meds|medication|the\s+pill|birth\s+control|blood\s+thinners)\b",
        r"\binteract(?:s|ion|ions)?\s+with\b",
        r"\bdrug\s+interactions?\b",
        r"\bwith\s+my\s+(?:meds|medications?|medicines?|pills|prescriptions?|antidepressants|antibiotics)\b",
    ],
    dosage=[
        r"\bwhat\s+strength\b",
        r"\bhow\s+(?:much|many|often)\s+(?:\w+\s+){0,6}?(?:should|can|could|may|must)\s+(?:i|you|one)\s+(?:safely\s+)?"
        r"(?:take|use|chew|wear|apply|have|drink|smoke|vape|eat|go\s+through)\b",
        # "how much would I take?": a dose asked, whatever the auxiliary
        r"\bhow\s+much\s+(?:of\s+(?:it|that|them)\s+)?would\s+i\s+(?:need\s+to\s+)?take\b",
        r"\bhow\s+(?:much|many)\s+(?:\w+\s+){0,7}?(?:is|are)\s+(?:\w+\s+){0,3}?(?:safe|too\s+(?:much|many)|ok(?:ay)?|"
        r"healthy|dangerous|normal|recommended|advised|allowed)\b",
        r"\b(?:right|correct|safe|starting|best)\s+(?:amount|dose|strength|level)\b",
        r"\b(?:is|are)\s+(?:\w+\s+){1,5}?too\s+(?:much|many)\b",
        r"\b(?:daily|safe|recommended|maximum)\s+(?:limit|intake|amount|allowance|dose)\b",
    ],
    side_effects=[r"\bside[\s-]?effects?\b", r"\badverse\s+(?:effects?|reactions?)\b", r"\ballergic\b"],
    diagnosis=[
        r"\bam\s+i\s+(?:an?\s+)?(?:alcoholic|addict(?:ed)?|dependent|problem\s+drinker|problem\s+gambler|"
        r"heavy\s+(?:drinker|smoker)|chain\s+smoker|\w+\s+addict|hooked|bulimic|anorexic|depressed)\b",
        r"\b(?:is\s+(?:this|that|it|my\s+\w+(?:\s+\w+)?)|do\s+i\s+have)\s+(?:an?\s+)?(?:real\s+)?(?:addiction|"
        r"disorder|dependence|dependency|problem|illness|disease|condition|adhd|depression|compulsion)\b",
        r"\b(?:signs?|symptoms?)\s+of\s+(?:an?\s+)?(?:addiction|alcoholism|dependence|problem\s+\w+|diabetes|depression|"
        r"anxiety|disease|illness|deficiency|\w+\s+disorder)\b",
        r"\ba\s+symptom\s+of\b",
        r"\bhow\s+addicted\b",
        # asked to diagnose, from the logs or not: "can you diagnose it", "could my nail biting be OCD?"
        r"\b(?:can|could|would|will)\s+(?:you|crave|the\s+app)\s+(?:\w+\s+){0,2}?diagnos\w*",
        r"\bdiagnos(?:e|is)\s+(?:me|it|this|that|my)\b",
        r"\b(?:could|might|can|would|does|is)\s+(?:it|this|that|my\s+(?:[\w-]+\s+){0,3}?)\s*(?:be|mean|count\s+as)\s+"
        r"(?:a\s+(?:sign|symptom|form)\s+of\s+|i\s+have\s+)?(?:an?\s+)?(?:ocd|adhd|ptsd|bipolar|depression|anxiety|addiction|"
        r"disorder|compulsion|illness|disease|condition|\w+\s+disorder)\b",
        r"\bshould\s+i\s+be\s+(?:worried|concerned)\b",
        r"\b(?:is|are)\s+(?:\w+\s+){1,3}?addictive\b",
    ],
    withdrawal=[
        rf"\b(?:since|after)\s+(?:i\s+)?(?:{EN_QUITTING}|ditch\w*|coming\s+off|going\s+off)\b[^?!.]{{0,60}}\b(?:is\s+(?:that|this|it)\s+(?:actually\s+|really\s+)?(?:normal|a\s+thing|the\s+\w+\s+(?:leaving|wearing\s+off)|withdrawal)|(?:does|will)\s+(?:that|it|this)\s+(?:pass|go\s+away|stop|ease|get\s+better))\b",
        r"\b(?:\d+|a\s+few|few|couple\s+of|two|three)\s+(?:days?|weeks?|months?)\s+(?:off|without)\s+(?:the\s+)?\w+[^?!.]{0,60}\b(?:coughing|cough|chest|crying|snapping|sweat\w*|headaches?|can\'?t\s+sleep|shaky|dizzy)\b",
        r"\b(?:is\s+(?:that|this|it)\s+the\s+(?:nicotine|alcohol|caffeine|thc|sugar)\s+(?:leaving|wearing\s+off|coming\s+out)|does\s+(?:that|it|this)\s+(?:pass|go\s+away))\b",
        rf"\b(?:since|after)\s+(?:i\s+)?(?:{EN_QUITTING}|ditch\w*)\b[^?!.]{{0,40}}\b(?:put\s+on|gain\w*)\s+(?:\w+\s+){{0,2}}?weight\b|\b(?:put\s+on|gain\w*)\s+(?:\w+\s+){{0,2}}?weight\s+(?:after|since|from)\s+(?:i\s+)?{EN_QUITTING}\b",
        r"\bwithdrawals?\s+(?:symptoms?|effects?|lasts?|headaches?|phase)\b",
        r"\bwhat\s+(?:happens|will\s+happen|is\s+happening)\s+(?:to|in|with|inside)\s+(?:my|your|the)\s+body\b",
        r"\b(?:nicotine|caffeine|alcohol|sugar|cannabis|weed|thc|vape|vaping|gambling)\s+withdrawals?\b",
        rf"\b(?:normal|common|expected)\b[^?!.]{{0,60}}\b(?:since|after|when)\s+(?:i\s+)?{EN_QUITTING}\b",
        rf"\b(?:since|after)\s+(?:i\s+)?{EN_QUITTING}\b[^?!.]{{0,50}}\b(?:is\s+(?:it|this|that)\s+normal|normal)\b",
        rf"\bhow\s+long\s+(?:does|do|will|until)\s+(?:\w+\s+){{0,4}}?{EN_SYMPTOMS}\b",
    ],
    detox=[
        r"\bout\s+of\s+(?:my|your|the)\s+(?:system|body|blood)\b",
        r"\bflush\s+(?:\w+\s+){0,2}?(?:out|from)\b|\b(?:pass|beat|clear)\s+a\s+(?:drug|urine|piss|blood)\s+test\b",
        r"\bhow\s+(?:do|can|should)\s+i\s+(?:safely\s+)?(?:detox|taper|wean|come\s+off|get\s+off)\b",
        r"\b(?:cut(?:ting)?\s+(?:down|back)|taper(?:ing)?|wean(?:ing)?)\s+(?:\w+\s+)?(?:slowly|gradually)\b",
        r"\b(?:stop|quit|stopping|quitting)\s+(?:\w+\s+)?(?:all\s+at\s+once|at\s+once|suddenly|abruptly)\b",
    ],
    nicotine_replacement=[
        r"\bstep\s+down\s+(?:to|from)\b|\b\d+\s?mg\b[^?!.]{0,40}\b(?:step\s+down|drop\s+to|go\s+down|switch\s+to|move\s+to)\b",
        r"\b(?:spray|quickmist|gum|patch(?:es)?|lozenges?|inhalators?|inhalers?|mints?)\s+(?:work|works|help|helps)\s+better\b|\bbetter\s+than\s+(?:the\s+)?(?:gum|patch(?:es)?|lozenges?|spray|inhalators?)\b",
        r"\b(?:should|can|could|may)\s+i\s+(?:use|try|take|get|buy|start|wear|chew|combine|switch\s+to)\s+"
        r"(?:\w+\s+){0,3}?(?:patch\w*|gum|lozenges?|sprays?|inhalers?|e-?cig\w*|vap\w+|snus)\b",
    ],
    medication=[
        rf"\b(?:can|could|should|may)\s+i\s+(?:take|use|have|try|borrow)\s+(?:some\s+of\s+|one\s+of\s+|a\s+few\s+of\s+)?(?:my|the|his|her|their)\s+(?:\w+\s+){{0,2}}?\w+'s\s+(?:{EN_MEDICINE_WORDS}|{MEDICINE_NAMES}|\w+(?:pam|lam|pine|tril|done|dol|zole|pril|olol|barb\w*))\b",
        rf"\b(?:take|use|try)\s+(?:\w+\s+){{0,3}}?(?:{EN_MEDICINE_WORDS}|{MEDICINE_NAMES}|pills?)\b[^?!.]{{0,30}}\b(?:gave|lent|prescribed|sold)\s+me\b",
        r"\bwhat\s+(?:should|can|could|do)\s+i\s+(?:use|put|take|do|apply)\b[^?!.]{0,30}\b(?:fix|heal|treat|cure|soothe|clear\s+up)\b",
        r"\bshould\s+i\s+be\s+taking\b",
        rf"\b(?:should|can|could|may|would)\s+i\s+(?:take|try|start|use|get|ask\s+for|be\s+on|stop\s+taking)\s+"
        rf"(?:\w+\s+){{0,3}}?(?:{EN_MEDICINE_WORDS}|something|anything)\b",
        r"\b(?:medications?|medicines?|meds|pills?|tablets?|drugs?|prescriptions?|supplements?)\s+"
        r"(?:for|to\s+(?:help|stop|quit|reduce|curb|control|treat|block|fight))\b",
        r"\bwhat\s+(?:medications?|medicines?|meds|pills?|drugs?|tablets?|supplements?)\b",
        r"\bwhat\s+(?:can|should|could)\s+i\s+take\b",
        # what to put on a sore: "what cream should I put on it", "should I apply an ointment"
        r"\bwhat\s+(?:creams?|ointments?|lotions?|balms?|antiseptics?)\b(?!\s+cheese)",
        r"\b(?:should|can|could)\s+i\s+(?:put|apply|rub|use)\s+(?:\w+\s+){0,3}?(?:creams?|ointments?|lotions?|balms?|"
        r"antiseptics?)\b(?!\s+cheese)",
        r"\b(?:take|get|prescribe)\s+(?:me\s+)?something\s+(?:for|to)\b",
        rf"\b(?:does|do|will|would|can|could|is)\s+{MEDICINE_NAMES}\s+(?:\w+\s+){{0,2}}?(?:help|work|stop|reduce|"
        r"curb|block|cure|cause|affect|safe|effective|interact)",
        # on a medicine and asking whether something is allowed: "I'm on X, can I still have ...?"
        rf"\b(?:put\s+me\s+on|i'?m\s+on|i\s+am\s+on|i'?m\s+taking|i\s+take|taking|started\s+(?:taking|on)|prescribed)\s+"
        rf"(?:\w+\s+){{0,2}}?{EN_MEDICINE_WORDS}\b.*\b(?:can|could|may|should|is\s+it)\b",
        rf"\b(?:can|could|may|should)\s+i\s+(?:still\s+)?(?:have|drink|take|smoke|vape|eat|use|mix)\b.*\b(?:on|with|while\s+"
        rf"(?:on|taking))\s+(?:\w+\s+){{0,2}}?{EN_MEDICINE_WORDS}\b",
        # "would a mood stabiliser help with my spending?": whether a medicine would work is treatment advice
        rf"\b(?:does|do|will|would|can|could|might|should)\s+(?:an?\s+|the\s+|some\s+|taking\s+|using\s+)?"
        rf"{EN_MEDICINE_WORDS}\s+(?:\w+\s+){{0,2}}?(?:help|work|stop|reduce|curb|fix|cure)",
    ],
    safety=[
        r"\bis\s+it\s+(?:really\s+)?(?:safe|ok(?:ay)?|alright|all\s+right|dangerous|bad|harmful|risky|unhealthy|"
        r"fine|wise|grand|sound)\s+(?:for\s+me\s+)?(?:to|if)\b",
        r"\b(?:can|could|may|should)\s+i\s+safely\b",
        r"\b(?:safe|dangerous|harmful|deadly|risky)\s+to\s+(?:quit|stop|drink|smoke|vape|mix|take|combine|use|eat|"
        r"have|gamble)\b",
        r"\b(?:is|are)\s+(?:\w+\s+){1,3}?(?:safe|dangerous|harmful|healthy|unhealthy|toxic|poisonous)\b",
        r"\b(?:healthier|worse\s+for\s+you)\s+than\b",
        r"\bsafer\b",
        r"\b(?:less|more)\s+(?:harmful|dangerous|damaging|toxic)\b",
        r"\bis\s+it\s+(?:bad|dangerous|unhealthy|harmful)\s+that\b",
        r"\bthan\s+(?:is\s+)?(?:healthy|safe|recommended)\b",
        r"\bhelp\s+(?:with|for)\s+(?:my\s+)?(?:anxiety|depression|pain|insomnia|adhd|ptsd|migraines?|nausea|"
        r"appetite|sleep)\b",
        r"\b(?:bad|harmful|dangerous|good)\s+for\s+(?:me|my|your)\s*(?:health|heart|liver|lungs|kidneys|brain|teeth|"
        r"blood\s+pressure|body|\b)",
        r"\b(?:damag\w+|harm\w*|hurt\w*)\s+(?:to\s+)?my\s+(?:liver|lungs|heart|kidneys|brain|body|health)\b",
        r"\b(?:cause|give\s+me|lead\s+to|risk\s+of)\s+(?:\w+\s+){0,2}?(?:cancer|liver\s+\w+|heart\s+\w+|a\s+stroke|"
        r"diabetes|damage|disease)\b",
    ],
    treatment=[
        rf"\b(?:should|need\s+to|have\s+to|must|when\s+to|time\s+to|worth)\s+(?:\w+\s+){{0,2}}?(?:see|call|visit|"
        rf"consult|talk\s+to|ask|speak\s+to|go\s+to)\s+(?:a|an|my|the)\s+{EN_CARERS}\b",
        r"\bdo\s+i\s+need\s+(?:to\s+go\s+to\s+)?(?:professional\s+)?(?:help|treatment|rehab|therapy|medication|meds|"
        r"a\s+doctor|medical\s+help|detox|hospital)\b",
        r"\b(?:best|good|effective|recommended)\s+(?:treatments?|medications?|medicines?|therap\w+|aids?|"
        r"products?|pills?|cure)\b",
        r"\b(?:treat|cure|heal)\s+(?:my\s+|an?\s+|the\s+)?(?:\w+\s+){0,2}?(?:addiction|alcoholism|withdrawal|"
        r"dependence|hangovers?|cravings?|habit|disorder|symptoms|headaches?|insomnia|anxiety|depression)\b",
        r"\b(?:what|which)\s+(?:\w+\s+){0,2}?(?:treatments?|therapy|therapies)\b",
        r"\b(?:recommend|prescribe|suggest)\s+(?:me\s+)?(?:a\s+|some\s+)?(?:medication|medicine|meds|pills?|drugs?|"
        r"treatment|therapy)\b",
    ],
)
EN_MENTIONS = rule(
    pregnancy=[
        r"\bpregnan\w*",
        r"\bbreast\s*(?:feed\w*|milk|fed)\b",
        r"\bnursing\s+(?:mother|mom|my\s+baby)\b",
        r"\btrying\s+to\s+(?:conceive|get\s+pregnant)\b",
        r"\b(?:fetus|foetus|unborn|fertility)\b",
    ],
    interaction=[r"\b(?:mix|mixing|mixed|combin(?:e|ing))\s+(?:\w+\s+){0,4}?(?:with|and)\b"],
    withdrawal=[r"\bwithdrawals?\b", rf"\b{EN_SYMPTOMS}\b"],
    detox=[
        r"\bdetox\w*",
        r"\brehab\w*",
        r"\b(?:get|getting|got)\s+clean\b",
        r"\btaper\w*",
        r"\bwean\w*",
        r"\bcold\s+turkey\b",
        r"\bmedically\b",
        r"\b(?:in|out)patient\b",
    ],
    # conditions and procedures a substance could touch: a question naming one asks about health
    safety=[
        r"\b(?:blood\s+(?:pressure|sugar)|cholesterol|liver|lungs?|kidneys?|heart\s+(?:rate|disease|attack|problems?)|"
        r"diabet\w+|cancer|stroke|asthma|copd|ulcers?|arrhythmia|immune\s+system|vaccin\w*|surgery|operation|"
        r"anaesthe\w+|anesthe\w+|stitches|tooth\s+(?:pulled|extraction)|wisdom\s+teeth)\b"
    ],
    diagnosis=[
        r"\baddict(?:ed|ion|ions|ive)?\b",
        r"\balcoholi(?:c|sm)\b",
        r"\bhooked\b",
        r"\b(?:depression|anxiety|adhd|ptsd|bipolar|ocd|mental\s+illness)\b",
        r"\bdependen(?:t|ce|cy)\b",
        r"\bdisorder\b",
        r"\bcompulsive\b",
        r"\bdiagnos\w*",
    ],
    # "a rough patch" is a hard time, not nicotine
    nicotine_replacement=[
        r"\bnrt\b",
        r"\bnicotine\s+(?:replacement|patch\w*|gum|lozenges?|sprays?|inhalers?|mints?|"
        r"microtabs?)\b",
        r"(?<!rough\s)(?<!bad\s)(?<!tough\s)\bpatch(?:es)?\b",
        r"\blozenges?\b",
    ],
    medication=[
        r"\b(?:medications?|medicines?|meds|prescri\w+|pharmac\w+|antibiotics?|antidepressants?|pills?|"
        r"tablets?|supplements?)\b"
    ],
    treatment=[
        r"\b(?:treatments?|therap(?:y|ies|ist)|counsell?ing|psychiatrist|hypno\w+|acupuncture|"
        r"alcoholics\s+anonymous|12[\s-]step)\b"
    ],
)
# A question about the person's own logs: counts, times, their cravings and history.
EN_OWN_LOGS = re.compile(
    r"\b(?:list\s+(?:the|all|my)\s+(?:cravings|logs|entries)|i\s+wrote|in\s+(?:the|my)\s+notes?|how\s+many|how\s+often|how\s+much\s+(?:did|have|do)\s+i|when\s+(?:do|did|was|am)\s+i|what\s+time|"
    r"which\s+(?:day|days|weekday|hour|hours|month)|(?:did|have|has|had|was|were)\s+(?:i|my)|"
    r"do\s+i\s+(?:still\s+|ever\s+|really\s+)?(?:crave|log|smoke|drink|vape|eat|gamble|usually|tend|want|game|play|bet|"
    r"shop|scroll)|do\s+my|"
    r"am\s+i\s+still\s+\w+ing|"
    r"my\s+(?:logs?|entries|history|data|streaks?|charts?|graphs?|records?|trends?|cravings?|urges?|average|numbers|"
    r"stats)|logg?(?:ed|ing)?|(?:last|this)\s+(?:week|wk|month|mth|year|yr|time)|"
    r"(?:last|past|previous)\s+(?:\d+|few|couple\s+of|two|three|four|six)\s+(?:days|weeks|months)|"
    r"anything\s+(?:about|in|from)\s+my\s+(?:\w+\s+)?(?:habit|logs?|data|cravings?|urges?|patterns?)|"
    r"on\s+(?:the\s+)?(?:days|nights|weekends?)|average|compared?|trend|streak|getting\s+(?:better|worse)|"
    r"going\s+(?:up|down)|am\s+i\s+\w+ing\s+(?:less|more)|(?:less|more)\s+(?:than|since)|"
    # which of their habits ranks first: "is wine my biggest problem?"
    r"(?:biggest|main|worst|top)\s+(?:problem|issue|craving|habit|vice)|"
    # how their own resisting went: "am I better at resisting since ..."
    r"(?:better|worse)\s+at\s+(?:resist\w*|saying\s+no|holding\s+out|not\s+\w+ing|stopping\s+(?:myself|me)|"
    r"controlling|keeping\s+off)|"
    # what sets off or goes with the person's own habit is in their logs
    r"what\s+(?:usually\s+)?(?:triggers|sets\s+off|set\s+off|sparks|leads\s+to|comes\s+before)\s+(?:my|the|it|them)\b|"
    # which feeling goes with the habit's logs: "is it mostly stress when I bite my nails?"
    r"(?:is|was)\s+it\s+(?:mostly|usually|always|often|normally)\s+(?:\w+\s+){1,2}when\s+i\b|"
    r"where\s+(?:am|was|do)\s+i|who\s+am\s+i\s+with|"
    r"am\s+i\s+(?:usually|mostly|normally|often|always|typically)\s+(?:on\s+my\s+own|alone|with|at|in|out|home)|"
    # the time since a logged habit's latest log, not since a treatment began
    r"how\s+long\s+(?:has\s+it\s+been\s+|is\s+it\s+)?since\s+"
    r"(?:(?:my|the|i)\s+(?:last|latest)|(?:\w+\s+){0,2}(?:cravings?|urges?)\b)|"
    # what feeling is behind the habit: "is boredom behind most of my snacking?", "was it stress/anxiety?"
    r"(?:is|was|are|were)\s+(?:it\s+)?(?:\w+\s+)?(?:\w+/\w+\s+)?behind\s+(?:it|them|most|my|the)|"
    r"how\s+do\s+i\s+(?:usually\s+)?feel\s+(?:before|when)|"
    # when the person's own cravings of a thing rise: "when my shisha cravings get worse", "the time of year"
    r"my\s+(?:[\w'-]+\s+){1,2}(?:cravings?|urges?)\s+(?:get|gets|got|are|were|come|hit|peak|spike|tend)|"
    r"times?\s+of\s+(?:the\s+)?(?:year|day|week|month))\b"
)


@dataclass(frozen=True)
class Rules:
    asks: re.Pattern[str]  # asking for advice: fires on its own
    mentions: re.Pattern[str]  # naming a medicine, symptom or condition: fires unless own_logs matches
    own_logs: re.Pattern[str]  # a question about the person's own logs
