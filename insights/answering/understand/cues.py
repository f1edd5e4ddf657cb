"""Exact cues: words whose meaning does not depend on the rest of the sentence. Each constant is one
concept of the algebra; the learned shape reader (shape.py) decides what the cues leave open."""

from __future__ import annotations

import re

from insights.understanding import FEELINGS

from ..query import Band, Direction, Group, Measure, Outcome, Rank
from ..say.distinct import RUNNER_UP

# A yes/no question opens with an auxiliary verb ("do I", "is it", "have I", "am I"), possibly after a
# short lead-in ("so, do I ...").
# Any sentence may ask it: "I started cutting down in May. Am I smoking less?"
YES_NO = re.compile(
    r"(?:^|[.!?;]\s+|\s[—–-]+\s+)\W*(?:(?:so|ok|okay|hey|honestly|be honest|quick question|quick q|lol|lmao|haha|omg|tbh|ngl|idk|hmm+|um+|also|and|"
    r"but|btw|wait|real talk|serious question)\W+)*"
    # a few words of preamble, then "but" or "so": "weird question but do I ...", "random one so am I ..."
    r"(?:(?:(?!(?:what|when|where|which|who|whom|why|how)\b)[\w']+\s+){1,3}(?:but|so)\W+)?"
    # "would you say ...", "is it true that ...", and a thing named first: "hookah: am I ..."
    r"(?:(?!(?:what|when|where|which|who|whom|why|how)\b)[\w' ]{1,30}(?::|\s+-+)\s+(?=\w))?"
    # after a leading clause: "compared with last year, am I ...", "on days I drink do I ..."
    # (a clause of its own, with its own "I": "when during the day do I..." asks when)
    # (a date clause needs no "I": "after the wedding (June 2nd) am I ...")
    r"(?:[^?,]{0,60},\s*|(?:on\s+(?:the\s+)?(?:\w+\s+)?days?|when(?:ever)?|while|after|if|(?:ever\s+)?since|before)\s+"
    r"(?!(?:do|does|am|is|are)\b)"
    r"(?:\w[^?,]{0,40}?\s)?i(?:'m|'ve)?\s+\w+[^?,]{0,40}?\s(?=(?:do|does|am|is|are)\s+i\b)"
    r"|(?:after|(?:ever\s+)?since|before)\s+[^?,]{0,60}?\s(?=(?:am|are|is|do|does|have|has|did)\s+(?:i|my|the)\b)"
    r"|on\s+(?!(?:which|what)\b)(?:\w+\s+){1,2}days?\s+(?=(?:do|does|am|is|are)\s+i\b))?"
    r"(?:do|does|did|am|is|are|was|were|have|has|had|can|could|will|would|should|r)\b(?!\s+you\b)"
    # a filter said first, no comma and no question word: "on Mondays do I ...", "at work am I ..."
    r"|(?:^|[.!?;]\s+|\s[—–-]+\s+)\W*(?:on|at|in|during|over|for|after|before|around|this|last|lately|recently|these)\s+"
    r"(?:(?!(?:what|when|where|which|who|whom|whose|why|how)\b)\w[\w'-]*[:;]?\s+){0,5}"
    r"(?=(?:do|does|did|am|is|are|was|were|have|has|can)\s+i\b)"
    # or a statement asking to be confirmed: "Friday is my worst day, right?"
    r"|,?\s*(?:right|correct|true|yes|no|yeah|eh|innit|isn'?t\s+it|aren'?t\s+they|don'?t\s+i|am\s+i\s+right)\s*\?+\s*$"
    # a comparative asked after the facts ("... 4 to 6 months back: more now?"), or "... or nah?"
    r"|[:;,-]\s*(?:more|fewer|less|better|worse)\b[^?]*\?\s*$|\bor\s+(?:nah|not|no)\s*\?\s*$"
    # asked as an opinion: "would you say ...", "is it true that ..."
    r"|(?:^|[.!?;]\s+|\s[—–-]+\s+)\W*(?:(?:would|do|did|can|could)\s+you\s+(?:say|think|reckon|agree)|is\s+it\s+(?:true|the\s+case))\b"
    # an elliptic yes/no: "more wine this month than last?", "any smoking cravings this week?"
    r"|(?:^|[.!?;]\s+|\s[—–-]+\s+)\W*(?:more|fewer|less|any)\b[^?]*\?\s*$",
    re.I,
)
# How strong, as against how many: "stronger", "more intense", "how bad".
STRENGTH = re.compile(
    r"\b(?:strong\w*|intens\w*|weak(?:er|est)?|severe|how\s+bad|powerful|hits?\s+(?:me\s+)?hard(?:er|est))\b", re.I
)
# "Mornings or evenings?": a choice between values, answered by naming one, not by yes or no.
CHOICE = re.compile(r"\b\w+\s+or\s+(?!not\b|no\b|nah\b|nope\b|less\b|more\b|worse\b|better\b)\w+", re.I)
# "gave up khaini": a thing after "gave up" was quit; "gave up and had one", "gave up last night" gave in
QUIT_OBJECT = (
    r"(?![ \t]+(?!and\b|again\b|today\b|yesterday\b|tonight\b|last\b|this\b|at\b|on\b|in\b|when\b|after\b|"
    r"before\b|early\b|late\b|so\b|too\b|easily\b|quickly\b|straight\b|right\b|more\b|less\b|most\b|often\b|"
    r"usually\b|every\b|each\b)[a-z])"
)
GAVE_IN = re.compile(
    r"\b(?:give\s+in|gave\s+in|giving\s+in|gives\s+in|give-ins?\b|cave[ds]?|caving|slip(?:s|ped)?\b|"
    r"relaps\w*|fail(?:ed|s)?\s+to\s+resist|didn'?t\s+resist|couldn'?t\s+resist|lose|lost|"
    # "how many did I act on", "went through with it", "gave way", "indulged"
    r"act(?:ed|s)?\s+on\b|(?:go|goes|went|gone)\s+through\s+with|g[ai]ve\s+way|indulg\w+|"
    # "give up" gives in ("I gave up and had one"), but "what have I given up?" asks what was quit (GONE)
    # "I gave up khaini on 18 October" quit it: given in only when nothing is given up ("gave up and had one")
    rf"(?<!have\si\s)(?<!i've\s)give\s+up{QUIT_OBJECT}|gave\s+up{QUIT_OBJECT}|end\s+up\s+(?:having|doing|giving))",
    re.I,
)
RESISTED = re.compile(
    r"\b(?:resist\w*|say(?:s|ing)?\s+no|said\s+no|hold(?:s|ing)?\s+(?:out|off|on)|held\s+(?:out|off)|"
    r"(?:good|better|best|bad|worse)\s+at\s+not\s+\w+ing|"
    r"beat\s+(?:it|them|the\s+urge)|knock(?:ed|ing|s)?\s+(?:it\s+|them\s+|\w+\s+)?back|win\b|won\b|stay\s+strong|push\s+through|turn(?:ed|ing|s)?\s+(?:\w+\s+){0,2}down|pass(?:ed)?\s+on|"
    r"(?:do|did|have)\s+i\s+beat(?:en)?\b|beaten\b|fight\w*\s+off|fought\s+off|overc[oa]me|"
    r"(?:manage|managed|able)\s+to\s+(?:skip|avoid|pass|stop|not)\b|(?:manage|managed)\s+not\s+to\b|"
    r"talk(?:ed)?\s+myself\s+out)",
    re.I,
)
# Asking which situations go with resisting more often.
HELPS = re.compile(
    r"\bwhat\s+helps\b|\b(?:resist\w*|fight\w*\s+(?:\w+\s+)?off|hold\w*\s+out|say\w*\s+no)\s+(?:\w+\s+){0,2}"
    r"(?:best|most\s+often|more\s+often)\b"
    r"|\b(?:easi|hard)(?:er|est)\s+(?:for\s+me\s+)?to\s+resist\b|\bbest\s+(?:at\s+)?resist"
    r"|\bbest\s+at\s+(?:saying\s+no|holding\s+(?:out|off)|knocking\s+(?:\w+\s+)?back|turning\s+(?:\w+\s+)?down)"
    # "best at not smoking", "best at stopping myself from ...": where resisting works, a rate
    r"|\b(?:best|better)\s+at\s+(?:not\s+\w+ing|stopping\s+(?:myself|me)|keeping\s+(?:off|away)|staying\s+off)"
    r"|\bsituations?\b.*\bresist|\b(?:most|more)\s+likely\s+to\s+(?:resist|hold\s+out)",
    re.I,
)
STRONG = re.compile(
    r"(?<!\bhow\s)\b(?:strongest|most\s+intense|intense|strong|severe|really\s+bad|very\s+bad|terrible|awful|"
    r"overwhelming)\s+(?:[a-z]+\s+){0,2}(?:cravings?|urges?)\b",
    re.I,
)
MILD = re.compile(r"\b(?:mild|weak|small|light|minor)\s+(?:[a-z]+\s+){0,2}(?:cravings?|urges?)\b", re.I)
UP = re.compile(
    r"\b(?:more|worse|higher|stronger|harder|increas\w*|rising|rise|(?:go|goes|going|gone|went|trend\w*|creep\w*|"
    r"tick\w*|ramp\w*|shot)\s+up|bigger|heavier|longer|spik\w*|climb\w*|grow\w*|grew|jump\w*|"
    r"most)\b",
    re.I,
)
DOWN = re.compile(
    r"\b(?:less|fewer|better|lower|weaker|easier|decreas\w*|dropp?\w*|(?:go|goes|going|gone|went|come|came|coming|"
    r"trend\w*|calm\w*|settl\w*|die[ds]?|dying|slow\w*)\s+down|cut(?:s|ting)?|reduc\w*|smaller|lighter|eas(?:e|ed|es|ing)\s+(?:off|up)|eased|"
    r"let(?:ting)?\s+up|tail(?:ed|ing|s)?\s+off|fallen|falling|fell|improv\w*)\b",
    re.I,
)
SAME_OR_DIFFERENT = re.compile(r"\b(?:differ\w*|change[ds]?|same|compare\w*|vs\.?|versus|than)\b", re.I)
ALWAYS = re.compile(
    r"\b(?:always|every\s+time|usually)\s+(?:this|that|so)\s+(?:bad|hard|strong|intense|tough)\b"
    r"|\balways\s+(?:worse|harder)\b",
    re.I,
)
# "When did I start", "since when": the first log.
FIRST = re.compile(
    r"\bwhen\s+did\s+(?:i|my|this|it|the)\b.*\b(?:start|begin|began|first)\b|\bsince\s+when\b"
    r"|\bwhen\b.*\b(?:my|the)\s+(?:very\s+)?first\b|\b(?:my|the)\s+(?:very\s+)?first\b.*\bwhen\b"
    r"|\bfirst\s+(?:time|log|craving|urge)\b"
    # not "how long have I been smoke-free": that is the time since the latest
    r"|\bhow\s+long\s+(?:ago\s+)?(?:have|did)\s+i\b(?!.*\b(?:free|clean|sober|without|off)\b).*\b(?:been|start|begin)"
    r"|\bwhen\s+was\s+(?:the\s+|my\s+)?(?:very\s+)?first\b"
    r"|\bwhen\s+(?:is|was|has|had)\b(?:\s+[\w'-]+){0,4}?\s+(?:started|begun|began)\b"
    r"|\b(?:what|which)\s+(?:date|day)\s+did\b.*\b(?:start|begin|began|first)",
    re.I,
)
LAST = re.compile(
    r"\bwhen\s+(?:did|was|were|have)\b.*\blast\b|\blast\s+time\b|\bmost\s+recent(?:ly)?\b|\b(?:latest|newest)\b"
    r"|\bhow\s+long\s+(?:has\s+it\s+been\s+|is\s+it\s+)?since\s+(?:i|my|the)\s+(?:last|latest)\b"
    r"|\bhow\s+long\s+(?:has\s+it\s+been\s+|is\s+it\s+)?since\s+(?:\w+\s+){0,2}(?:cravings?|urges?)\b"
    r"|\bwhat\s+(?:was|is)\s+(?:my|the)\s+(?:very\s+)?(?:last|latest)\s+(?:\w+\s+){0,2}(?:craving|urge|log)\b"
    r"|\b(?:my|the)\s+last\b.*\bwhen\b|\bhow\s+(?:long|many\s+(?:days|weeks|hours))\b.*\bsince\b.*\blast\b"
    # "how many days ago was my last one", "how long ago did I last want one"
    r"|\bhow\s+(?:long|many\s+(?:days|weeks|hours))\s+ago\b.*\blast\b"
    r"|\bhow\s+(?:long|many\s+days)\s+(?:has\s+it\s+been|is\s+it|have\s+i\s+gone|did\s+i\s+go)\s+since\s+i\b"
    r"|\bhow\s+many\s+days\s+(?:have\s+i\s+gone\s+|have\s+i\s+been\s+|do\s+i\s+have\s+)?without\b"
    r"|\bsince\b.*\bhow\s+(?:long|many\s+days)\s+(?:has|is)\s+it\b"
    r"|\bhow\s+long\s+(?:have|has)\s+(?:i|it)\s+been\s+(?:\w+[\s-])?(?:free|clean|sober|off|without)\b",
    re.I,
)
# Not "back when I still smoked": a clause about the past, not a question whether it goes on. Nor "I quit on
# 3 May", "since I stopped": the person says when it ended, which is a date, not a question (only "have I quit?").
STILL = re.compile(
    r"(?<!when\si\s)\b(?:still|anymore|any\s+more|no\s+longer)\b|(?<!\bi\s)(?<!i've\s)\b(?:stopped|quit)\b"
    r"|\b(?:have|has|did)\s+i\s+(?:\w+\s+)?(?:stop|stopped|quit|given\s+up|give\s+up)\b",
    re.I,
)
# "How many", and a bare "cravings since Monday?" that names only a window.
HOW_MANY = re.compile(
    r"\bhow\s+(?:many|much)\b|\bnumber\s+of\b|\bcount\b|\btally\b|\btotal\b|\bper\s+(?:day|week)\b"
    r"|^\W*(?:any\s+|total\s+)?(?:cravings?|urges?|logs?)\s+(?:logged\s+)?(?:since|this|last|today|yesterday|so\s+far"
    r"|in\s+the\s+(?:last|past)|over\s+the\s+(?:last|past))\b",
    re.I,
)
# "How many days last week did I smoke?", "how many craving-free days?": days counted, not logs. Not "how many
# days since" or "days without" a thing (the time since its latest log: LAST), nor "in how many days".
DAYS_COUNTED = re.compile(
    # "out of the last 30 days, on how many did I log", "how many of the last 14 days had ..."
    r"\bon\s+how\s+many\s+(?:of\s+them\s+)?(?:did|have|was|were)\b|\bhow\s+many\s+of\s+(?:the|those)\s+(?:last\s+|past\s+)?"
    r"(?:\d+\s+|\w+\s+)?days\b|"
    r"\b(?:on\s+)?how\s+many\s+(?:different\s+|separate\s+|\w+-free\s+|clean\s+)?days\b"
    r"(?!\s+(?:ago|since|have\s+i\s+gone|did\s+i\s+go|is\s+it|in\s+a\s+row|without|(?:have|has)\s+"
    r"(?:i|it)\s+(?:\w+\s+)?been))",
    re.I,
)
NEW = re.compile(
    r"\bnew\b|\bfresh\b|\b(?:wasn't|weren't|was\s+not)\s+there\s+before\b|\bfor\s+the\s+first\s+time\b|\bstarted\s+(?:to\s+)?crav\w*\s+(?:anything|something)\b|\bpicked\s+up\b"
    r"|\b(?:only|just)\s+(?:recently\s+)?start(?:ed)?\s+(?!using\b|logging\b|tracking\b|the\s+app\b)\w+ing\b"
    r"|\b(?:anything|something)\s+(?:\w+\s+){0,2}(?:started|begun|began|picked\s+up)\b",
    re.I,
)
GONE = re.compile(
    # not "the longest I've gone without": going without is a gap, not a thing gone
    r"\b(?:stopped|no\s+longer|quit|dropped|disappeared|went\s+away|given\s+up|(?<!i've\s)(?<!have\s)gone(?!\s+without)|"
    r"kicked|faded|vanished|used\s+to|"
    r"died\s+(?:off|out|down)|dried\s+up|petered\s+out|"
    r"any\s*more|not\s+(?:any\s+more|recently|lately))\b",
    re.I,
)
ANYTHING = re.compile(r"\b(?:anything|something|what|which|any)\b", re.I)
# The fewest: "least", and the good end of a scale when it ranks cravings ("my best day", "easiest month").
LEAST = re.compile(
    r"\b(?:least|fewest|quietest|calmest|rarest|rarely)\b|\b(?:best|easiest)\s+(?:\w+\s+)?(?:day|days|time|times|"
    r"month|months|season|hour|week|weekday)\b"
    # "a weekday when I never crave anything": the quietest one, if it holds none
    r"|\b(?:day|weekday|week|month|hour|season|night|evening|morning)s?\b[^?.!]{0,40}\bnever\b",
    re.I,
)
WHY = re.compile(
    r"^\W*(?:why|how\s+come)\b|\bwhat\s+(?:used\s+to\s+|\w+ly\s+)?(?:makes?|made|sets?\s+off|gets?|got|drives?|pushe?s?|"
    r"tempts?|sends?)\s+me\s+(?:to\s+)?(?:want|crave|crav|reach|go|start|into)",
    re.I,
)
# Which month of the year, as against one calendar month: said with a habitual word.
HABITUAL = re.compile(
    r"\b(?:usually|typically|tend|generally|normally|every\s+year|each\s+year|of\s+the\s+year|"
    r"year\s+after\s+year|in\s+a\s+typical\s+year|always|most\s+years)\b"
    r"|\b(?:which|what)\s+months?\s+(?:do|does|am|are|is)\b"
    # "what's my worst month": a present tense asks which month of the year; "what was" asks for a date
    r"|\b(?:what|which)(?:'s|\s+is|\s+are)\s+(?:my|the)\s+(?:\w+\s+){0,2}months?\b",
    re.I,
)
WEEKPART = re.compile(
    r"\bweekends?\s+(?:or|vs\.?|versus|than|compared\s+(?:to|with))\s+(?:the\s+)?(?:week\s*days?|"
    r"work\s*days?|(?:the\s+)?(?:rest\s+of\s+the\s+)?week)\b|\bweek\s*days?\s+(?:or|vs\.?|versus|than|"
    r"compared\s+(?:to|with))\s+(?:the\s+)?weekends?\b"
    # "a workday thing or a weekend thing": the two named apart, a few words between
    r"|\b(?:week|work)\s*days?\b[^?.!]{0,25}\bor\b[^?.!]{0,25}\bweekends?\b"
    r"|\bweekends?\b[^?.!]{0,25}\bor\b[^?.!]{0,25}\b(?:week|work)\s*days?\b",
    re.I,
)
# "Is there a season where …", "any particular month when …": which one, asked as whether there is one.
ONE_WHERE = r"\b(?:a|any|one)\s+(?:particular\s+|certain\s+|specific\s+)?"
WHERE = r"\s+(?:where|when|in\s+which|that)\b"
# Exact words for a grouping: a question that names the dimension it wants.
GROUP_WORDS: tuple[tuple[Group, re.Pattern], ...] = (
    (
        Group.SEASON,
        re.compile(rf"\b(?:which|what)\s+seasons?\b|\btime\s+of\s+(?:the\s+)?year\b|{ONE_WHERE}seasons?{WHERE}", re.I),
    ),
    (
        Group.MONTH,
        re.compile(
            rf"\b(?:which|what)\s+months?\b|{ONE_WHERE}months?{WHERE}|\bmonth\s+(?:is|was)\s+(?:my\s+)?(?:worst|best)|"
            r"\b(?:worst|best|busiest|heaviest|quietest)\s+months?\b",
            re.I,
        ),
    ),
    (Group.WEEK, re.compile(r"\b(?:which|what)\s+weeks?\b|\b(?:worst|best|busiest)\s+weeks?\b", re.I)),
    # One calendar day: "the most in a single day", "which date", "my busiest day ever".
    (
        Group.DAY,
        re.compile(
            r"\b(?:in|on)\s+(?:a|one)\s+(?:single\s+)?day\b|\b(?:which|what)\s+dates?\b"
            r"|\b(?:worst|busiest|heaviest|biggest)\s+(?:single\s+)?(?:\w+\s+)?day\s+(?:ever|so\s+far|on\s+record)\b"
            # "single" or a past "was" names one date, not a day of the week
            r"|\bsingle\s+(?:\w+\s+)?day\b|\bwas\s+(?:my|the)\s+(?:\w+\s+)?(?:worst|busiest|heaviest|biggest|hardest)\s+day\b"
            # "which day did I have the most ...", "which day was my worst, ever?": a past tense asks for a date
            r"|\b(?:which|what)\s+day\s+(?:did|was|were|had)\b(?![^?]*\b(?:usually|normally|typically|tend)\b)"
            r"|\bday\b[^?]*\b(?:ever|on\s+record)\b",
            re.I,
        ),
    ),
    (
        Group.WEEKDAY,
        re.compile(
            r"\b(?:which|what)\s+(?:week)?days?\b(?!\s+in\s+a\s+row)|\bday\s+of\s+the\s+week\b|"
            rf"{ONE_WHERE}weekdays?{WHERE}|"
            r"\b(?:which|what)\s+(?:nights?|evenings?|mornings?)\b|"
            r"\b(?:worst|best|busiest|hardest|toughest|quietest)\s+(?:week)?days?\b",
            re.I,
        ),
    ),
    # An hour is asked for by name, or as a time inside one part of the day ("what time of the evening").
    (
        Group.HOUR,
        re.compile(
            # "what time do I …" asks for a clock time; "what time of day" for a part of the day
            r"\b(?:which|what)\s+hours?\b|\bat\s+what\s+hour\b|\bo'?clock\b|\bwhat\s+time\b(?!\s+of\s+(?:the\s+)?day\b)|"
            r"\bwhat\s+time\s+(?:of|in|during)\s+(?:the\s+)?(?:morning|afternoon|arvo|evening|night)\b",
            re.I,
        ),
    ),
    # "When" with a present-tense verb asks for a habitual time of day; "when did I" asks for a date.
    (
        Group.DAYPART,
        re.compile(
            r"\btime\s+of\s+(?:the\s+)?day\b|\b(?:part|point)\s+(?:of|in)\s+(?:the|my)\s+day\b"
            r"|^\W*when\s+(?:during|in)\s+the\s+day\b"
            r"|\bwhat\s+time\b|\b(?:morning|afternoon|evening|night)s?\b[^?]*\bor\b[^?]*\b(?:morning|"
            r"afternoon|evening|night)s?\b"
            r"|^\W*when\s+(?:do|does|am|are|is)\b(?!.*\b(?:start|begin|began|first|last)\b)",
            re.I,
        ),
    ),
    (
        Group.PLACE,
        re.compile(
            rf"^\W*where\b|{ONE_WHERE}(?:place|spot|location)s?{WHERE}|\bwhere\s+(?:am|do|was|were|are|is)\b|\b(?:which|what)\s+(?:place|location|"
            r"setting)s?\b",
            re.I,
        ),
    ),
    (
        Group.COMPANY,
        re.compile(
            r"^\W*who\b|\bwho(?:'s|\s+is|\s+am|\s+are|\s+was|\s+were)\b|\bwith\s+whom\b|\bwhat\s+company\b|"
            r"\bwhich\s+people\b|\b(?:usually|mostly|normally)\s+with\s+(?:anyone|anybody|someone|somebody)\b",
            re.I,
        ),
    ),
    (
        Group.EMOTION,
        re.compile(
            r"\bemotions?\b|\bmoods?\b|\bfeelings?\b|\bstate\s+of\s+mind\b|\bhow\s+do\s+i\s+"
            r"(?:usually\s+)?feel\b",
            re.I,
        ),
    ),
    (
        Group.TRIGGER,
        re.compile(
            r"\btrigger\w*|\b(?:set|kick)(?:s|ing)?\s+(?:me\s+|it\s+|them\s+)?off\b|\bwhat\s+(?:\w+ly\s+)?(?:causes?|caused|"
            r"sparks?|brings?\s+on|leads?\s+to|makes\s+me)\b|\bwhat(?:'?s|\s+is|\s+are|\s+was)?\s+(?:\w+ly\s+)?behind\b"
            # what is going on when it comes, the reason for it: the situation its logs name
            r"|\bwhat(?:'?s|\s+is|\s+was)?\s+(?:\w+ly\s+)?(?:going\s+on|happening)\s+when\b"
            r"|\b(?:the|my)\s+(?:\w+\s+)?reasons?\s+(?:why\s+)?i\b|\bwhy\s+do\s+i\s+(?:\w+ly\s+)?(?:crave|want|get)\b",
            re.I,
        ),
    ),
)
# Which thing is craved most, when no thing is named.
# "I quit on 18 October. When did I first slip?": a dated day the person stopped on starts the stretch asked about.
QUIT_ON = re.compile(
    r"\b(?:quit|stopped|gave\s+up|dropped|ditched|deleted|uninstalled|kicked|cut\s+(?:down|out|back))\b", re.I
)


# "days with both tea and khaini", "wanted a pastry and also bit my nails": days with each of two things.
BOTH = re.compile(r"\bboth\b[^?.!]*\band\b|\band\s+also\b|\bas\s+well\s+as\b|\bsame\s+days?\b", re.I)
# Two things said to go together, or to be linked: one on the days of the other, against the days without it.
TOGETHER = re.compile(
    r"\bgo\s+(?:together|hand\s+in\s+hand)\b|\b(?:linked|connected|related|tied)\s*(?:together|to\s+each\s+other)?\b"
    r"|\bgo\s+with\s+each\s+other\b|\bcome\s+together\b",
    re.I,
)
GROWING = re.compile(
    r"\b(?:stronger\s+or\s+weaker|weaker\s+or\s+stronger|milder\s+or\s+stronger|stronger\s+or\s+milder)\b|"
    r"\b(?:getting|growing|becoming|become|became|got|gotten)\s+(?:any\s+)?(?:stronger|weaker|milder|more\s+intense|"
    r"less\s+intense)\b",
    re.I,
)
FIRST_SAID = re.compile(r"\b(?:first|last|latest|most\s+recent)\b", re.I)
# One log named by its place in time: "my first ever entry", "the latest craving", "my last one"
ONE_LOG_DATED = re.compile(
    r"\b(?:my|the)\s+(?:very\s+)?(?:first|last|latest|most\s+recent)\s+(?:ever\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:entry|entries|log|craving|urge|one|time)\b",
    re.I,
)
WHICH_THING = re.compile(
    r"\b(?:which|what)(?:'s|\s+is|\s+was)?\s+(?:the\s+)?(?:thing|things|habit|substance|craving|urge)\b|\bwhat\s+(?:do|did|have|am|was)\s+i\s+(?:\w+\s+)?(?:crav|want|log|resist|reach\w*\s+for)\w*\b|"
    r"\b(?:biggest|main|top|most\s+common|worst|number\s+one|no\.?\s*1|#1)\s+(?:craving|habit|vice|problem|issue)\b(?!s)|"
    r"\bwhich\s+of\s+my\s+(?:\w+\s+)?(?:cravings|urges|habits)\b|"
    r"\bwhat\s+(?:is|was|'s)\s+my\s+(?:biggest|main|top)\b|" + RUNNER_UP,
    # the one after the top: "the runner-up", "number two", "what comes second"
    re.I,
)
SHARE_WORDS = r"(?:%|percent\w*|share|proportion|fraction|rate|ratio|how\s+often|how\s+many\s+times)"
# "My strongest craving", "the worst urge I've had": the one log, not the strong ones.
SINGLE_STRONGEST = re.compile(
    r"\b(?:strongest|worst|most\s+intense|hardest)\s+(?:single\s+)?(?:craving|urge)\b(?!s)", re.I
)
# "How strong was my last beer craving?": that one log, not the average ("last week" is a window).
SINGLE_LATEST = re.compile(r"\b(?:last|latest|most\s+recent)\s+(?:[\w-]+\s+)?(?:craving|urge)\b(?!s)", re.I)
MEASURE_WORDS: tuple[tuple[Measure, re.Pattern], ...] = (
    (
        Measure.GAVE_IN,
        re.compile(
            rf"{SHARE_WORDS}.*\b(?:give\s+in|gave\s+in|cave|caved|slip\w*|relaps\w*)"
            rf"|\b(?:give[- ]in|giving[- ]in|cave|relapse|slip)\s+{SHARE_WORDS}",
            re.I,
        ),
    ),
    (
        Measure.RESISTED,
        re.compile(
            rf"{SHARE_WORDS}.*\b(?:resist\w*|beat|fight\w*\s+off|overc[oa]me|hold\s+(?:out|off)|held\s+(?:out|off)|"
            rf"knock(?:ed|ing|s)?\s+(?:it\s+|them\s+|\w+\s+)?back|say(?:s|ing)?\s+no|said\s+no|turn(?:ed)?\s+down|push(?:ed)?\s+through)\b"
            rf"|\b(?:success|resist\w*)\s+{SHARE_WORDS}",
            re.I,
        ),
    ),
    (
        # "What percentage of my cravings are for coffee?", "what share of my vaping is at home?"
        Measure.SHARE,
        re.compile(
            r"\b(?:what|which)\s+(?:%|percent\w*|share|proportion|fraction)\s+of\s+(?:all\s+)?(?:my|the)\b"
            r"|\bhow\s+much\s+of\s+(?:all\s+)?my\b|\bwhat\s+%",
            re.I,
        ),
    ),
    (
        Measure.STREAK,
        re.compile(
            r"\bstreaks?\b|\bin\s+a\s+row\b|\bconsecutive\b|\bstraight\s+days\b|\blongest\s+run\b"
            r"|\bgaps?\b|\b(?:break|stretch|time|went|go|gone|days?|weeks?)\s+without\b|\bclean\s+streak\b"
            r"|\w-?free\s+(?:stretch|streak|run|days?|weeks?|spell|period)\b|\blongest\s+(?:stretch|break|spell)\b",
            re.I,
        ),
    ),
    (
        Measure.SLOPE,
        re.compile(
            r"\bgetting\s+(?:better|worse|stronger|weaker|easier|harder)\b|\bimprov\w*|\bprogress\w*|"
            r"\bthan\s+i\s+used\s+to\b|\bthan\s+i\s+did\s+(?:at\s+first|in\s+the\s+beginning)\b|"
            r"\btrend\w*|\bover\s+time\b|\bgoing\s+(?:up|down)\b|\b(?:fading|easing|tapering|dying\s+down)\b"
            r"|\bover\s+the\s+(?:weeks|months)\b|\bup\s+or\s+down\b|\bdown\s+or\s+up\b"
            r"|\bincreas\w*\s+or\s+decreas\w*|\bdecreas\w*\s+or\s+increas\w*",
            re.I,
        ),
    ),
    (
        Measure.INTENSITY,
        re.compile(r"\bhow\s+(?:strong|intense|severe|powerful|bad)\b|\bintensity\b|\bstrength\b", re.I),
    ),
    (Measure.CONFIDENCE, re.compile(r"\bconfiden\w*\b", re.I)),
    (
        Measure.INTENSITY,
        # "Which one hits hardest", "which are the most intense": the strongest on average. "My strongest
        # cravings" (a band) and "my strongest craving" (one log) name the noun after it.
        re.compile(
            r"\b(?:hits?|feels?)\s+(?:me\s+)?(?:the\s+)?hardest\b"
            r"|\b(?:most\s+intense(?:ly)?|strongest)\b(?!\s+(?:\w+\s+)?(?:cravings?|urges?|ones|days?)\b)",
            re.I,
        ),
    ),
    (
        Measure.PROFILE,
        re.compile(
            r"\bhow\s+(?:am\s+i|are\s+things|have\s+i\s+been|is\s+it)\s+(?:doing|going)\b|"
            r"\bsum\s+(?:it\s+)?up\b|\bsummar\w*|\boverview\b|\bbig\s+picture\b|\brecap\b|\brundown\b|\bcatch\s+me\s+up\b"
            r"|^\W*(?:tell\s+me|talk\s+to\s+me)\s+about\b|^\W*what\s+about\s+my\b"
            r"|\bhow\s+(?:did|was|were|has|have)\s+(?:\w+\s+){0,3}(?:go|gone|going|been)\b"
            r"|\bhow\s+was\s+(?:my|the|last|this)\b|\bwhat(?:'s|\s+has|\s+is)\s+(?:been\s+)?"
            r"(?:happening|going\s+on)\b",
            re.I,
        ),
    ),
)


# "(resisted or not)", "whether I gave in or not", "resisted or gave in": every log, either outcome.
EITHER_OUTCOME = re.compile(
    r"\b(?:resist\w*|gave\s+in|give\s+in|caved?)\s+or\s+(?:not|no|resist\w*|gave\s+in|give\s+in|caved?|didn'?t)\b", re.I
)


def outcome_in(text: str) -> Outcome:
    if EITHER_OUTCOME.search(text):
        return Outcome.ANY
    if GAVE_IN.search(text):
        return Outcome.GAVE_IN
    if RESISTED.search(text):
        return Outcome.RESISTED
    return Outcome.ANY


def band_in(text: str) -> Band:
    return Band.STRONG if STRONG.search(text) else Band.MILD if MILD.search(text) else Band.ANY


def direction_in(text: str) -> Direction:
    up, down = UP.search(text), DOWN.search(text)
    if up and down:  # "more or less", "better or worse": whichever came first is what they hope or fear
        return Direction.UP if up.start() < down.start() else Direction.DOWN
    return Direction.UP if up else Direction.DOWN if down else Direction.NONE


def group_named(text: str) -> Group | None:
    if WEEKPART.search(text):
        return Group.WEEKPART
    return next((group for group, pattern in GROUP_WORDS if pattern.search(text)), None)


def measure_named(text: str) -> Measure | None:
    if FIRST.search(text):
        return Measure.FIRST
    if LAST.search(text):
        return Measure.LAST
    return next((measure for measure, pattern in MEASURE_WORDS if pattern.search(text)), None)


def rank_named(text: str, has_subject: bool) -> Rank | None:
    if NEW.search(text) and not has_subject:
        return Rank.NEW
    if GONE.search(text) and not has_subject and ANYTHING.search(text):
        return Rank.GONE
    if LEAST.search(text):
        return Rank.LEAST
    return None


SUPERLATIVE = re.compile(
    r"\b(?:worst|hardest|toughest|heaviest|busiest|peak|most|riskiest|harder|worse|more|big|biggest|main|heavy|"
    r"best|easiest|quietest|calmest|least|fewest|mostly|mainly|usually|typically|generally|always|bad|rough|"
    r"tough|hard|high|stronger|strongest|intense|intenser)\b",
    re.I,
)
NAMED_VALUES: tuple[tuple[Group, re.Pattern], ...] = (
    (Group.SEASON, re.compile(r"\b(summer|winter|spring|autumn|fall)s?\b", re.I)),
    (Group.WEEKPART, re.compile(r"\b(weekends?|weekdays?|weeknights?)\b", re.I)),
    (Group.WEEKDAY, re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b", re.I)),
    (
        Group.MONTH_OF_YEAR,
        re.compile(
            r"\b(january|february|march|april|may|june|july|august|september|october|"
            r"november|december)\b",
            re.I,
        ),
    ),
    (Group.DAYPART, re.compile(r"\b(morning|afternoon|evening|night)s?\b", re.I)),
    # The app's places and company, as people name them ("is home where it happens most?").
    (Group.PLACE, re.compile(r"\b(?:at\s+|is\s+)?(home|work|the\s+office|outside|outdoors)\b", re.I)),
    (Group.COMPANY, re.compile(r"\b(alone|friends|family|coworkers|colleagues|co-workers|strangers)\b", re.I)),
)
# How the app stores the values people name.
STORED_VALUE = {
    "the office": "Work",
    "home": "Home",
    "work": "Work",
    "outside": "Outside",
    "outdoors": "Outside",
    "colleagues": "Coworkers",
    "co-workers": "Coworkers",
    "coworkers": "Coworkers",
    "alone": "Alone",
    "friends": "Friends",
    "family": "Family",
    "strangers": "Strangers",
}


MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
# A month with a day of it is a date (a window's end), not a month of the year to rank.
DATED = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\b|\b(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b", re.I
)


def values_compared(text: str) -> tuple[Group, tuple[str, ...]] | None:
    """'Evenings or mornings?', 'stronger at home than at work?': two values of one dimension are named, so the
    question ranks that dimension, between those values (as named_value stores them)."""
    text = DATED.sub(" ", text)
    for group, pattern in NAMED_VALUES:
        values = tuple(dict.fromkeys(stored(group, match[1]) for match in pattern.finditer(text)))
        if len(values) >= 2:
            return group, values  # in the order said: "more on Fridays than Mondays" expects the first ahead
    return None


def stored(group: Group, said: str) -> str:
    """A named value as the ranking names it: 'Work' for 'the office', 'friday' for 'Fridays'."""
    if group in (Group.PLACE, Group.COMPANY):
        return STORED_VALUE[said.lower()]
    value = said.lower().rstrip("s") if group is not Group.WEEKPART else said.lower()
    weekpart = {"weekends": "weekend", "weekdays": "weekday", "weeknight": "weekday", "weeknights": "weekday"}
    return {"fall": "autumn", **weekpart}.get(value, value)


RATE_COMPARED = re.compile(r"\b(?:better|worse|less|lower|higher)\b", re.I)
MY_TIME = re.compile(r"\bmy\s+(?:\w+\s+){0,2}(?:day|night|time|month|season|place|spot)\b", re.I)


def named_value(text: str, *, rate: bool = False) -> tuple[Group, str] | None:
    """'Is summer my worst time?', 'are weekends harder?', 'is Friday my beer night?': the dimension and the
    value the question names, when it asks whether that value ranks first. Of a rate (`rate`), a comparative
    asks it too: 'am I better at resisting on weekends?'."""
    ranks = SUPERLATIVE.search(text) or MY_TIME.search(text) or (rate and RATE_COMPARED.search(text))
    if not (YES_NO.search(text) and ranks):
        return None
    text = DATED.sub(" ", text)
    for group, pattern in NAMED_VALUES:
        if group is Group.DAYPART and (feeling := feeling_named(text)):
            return Group.EMOTION, feeling  # "am I usually happy when ...?" ranks the feelings
        if match := pattern.search(text):
            return group, stored(group, match[1])
    return None


def feeling_named(text: str) -> str | None:
    """The one feeling of the app's list a question names ("lonely", "stressed"), as the app stores it."""
    found = {emotions for emotions, _, _, pattern in FEELINGS if re.search(pattern, text, re.I)}
    if len(found) == 1 and len(emotions := found.pop()) == 1:
        return emotions[0]
    return None


# The second thing named as company in the same moment: "while I was drinking", "with my pint".
ALONGSIDE = re.compile(
    r"\b(?:while|whilst|during|alongside|with|mention(?:s|ed|ing)?|nam(?:e|es|ed|ing))\b(?:\s+\S+){0,3}\s*$", re.I
)


def alongside(text: str, thing: str) -> bool:
    """True when `thing` follows 'while', 'with' or 'during' within a few words, or the question asks what
    share of the logs it is in ("is half of my vaping at parties with beer?")."""
    at = text.lower().find(thing.lower())
    return at > 0 and (bool(ALONGSIDE.search(text[:at])) or bool(SHARE_OF_MINE.search(text[:at])))


SHARE_OF_MINE = re.compile(r"\b(?:most|half|all|many|how\s+many)\s+of\s+(?:my|the)\b", re.I)


LATELY = re.compile(r"\b(?:lately|recently|these\s+days|of\s+late)\b", re.I)

# "...? which one", "...? who": the yes/no form opens a question that asks for a value.
ASKS_WHICH_AFTER = re.compile(r"\?\s*(?:and\s+)?(?:which|who|what|where|when)\b[^?]*\??\s*$", re.I)
PATTERN = re.compile(r"\bpatterns?\b", re.I)


# Asking for permission or advice ("should I …", "can I still have …", "is it OK to …"): never answered yes or no,
# whatever the logs say; CRAVE gives figures, not advice.
ADVICE = re.compile(
    r"\b(?:should|shall|can|could|may)\s+i\b|\bdo\s+i\s+(?:can|may|should)\b|\bis\s+it\s+(?:ok(?:ay)?|safe|fine|alright|all\s+right|bad|wise|healthy)\s+(?:for\s+me\s+)?(?:to|if)\b",
    re.I,
)


# "since I quit, roughly how many a week am I still getting?" asks for a number, whatever verb follows
HOW_MANY_ASKED = re.compile(r"\bhow\s+(?:many|much|often)\b", re.I)


# "anything in my logs from April 25 to May 13?": whether there is any, a yes/no
ANYTHING_ASKED = re.compile(r"^\W*(?:any|anything)\b", re.I)


def yes_no(text: str) -> bool:
    return (
        bool(YES_NO.search(text) or ANYTHING_ASKED.match(text))
        and not HOW_MANY_ASKED.search(text)
        and not ASKS_WHICH_AFTER.search(text)
        and not CHOICE.search(text)
        and not ADVICE.search(text)
    )


# "what time of the evening": an hour ranked inside the part of the day the question names (it stays a filter).
# Not "of night": people say it of late evenings too, which the night band (10 pm-5 am) leaves out.
HOUR_IN_PART = re.compile(r"\bwhat\s+time\s+(?:of|in|during)\s+(?:the\s+)?(?:morning|afternoon|arvo|evening)\b", re.I)


# A date asked for in words: "when", "latest", "still", "ago"... The nearest examples alone do not make a question
# about a first or last log: a yes/no about where or with whom can sit nearest a "still?" example.
DATE_ASKED = re.compile(
    r"(?:^\W*|[,;:]\s*)when\b|\bwhen\s+(?:did|was|were|have|had)\b|"
    r"\b(?:latest|recent\w*|first|start\w*|began|begin\w*|still|since|ago|anymore|any\s+more|lately|"
    r"how\s+long|last(?!\s+(?:\d+|few|couple|week|month|year|night|weekend|summer|winter|spring|autumn|fall)\b))\b",
    re.I,
)


def measure_checked(text: str, measure: Measure, exact: Measure | None, group: Group) -> Measure:
    """The reader's measure, unless nothing in the words backs it: a first or last log needs a date asked for,
    and an overview does not rank (a grouping named asks for counts per value)."""
    if exact is None and measure in (Measure.FIRST, Measure.LAST) and not DATE_ASKED.search(text):
        return Measure.COUNT
    if measure is Measure.PROFILE and group is not Group.NONE:
        return Measure.COUNT
    return measure
