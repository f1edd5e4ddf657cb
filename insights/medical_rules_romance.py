"""The medical screen's Spanish, French, Portuguese and Italian rules; shaped as insights/medical_rules.py
describes. Written without accents: the screen matches accent-stripped, lower-case text."""

from __future__ import annotations

import re

from .medical_rules import MEDICINE_NAMES, Rules, rule

ES_SYMPTOMS = (
    r"(?:sintomas?|dolor(?:es)?\s+de\s+cabeza|me\s+duel[ae]n?\s+(?:la|el|los|las)\s+\w+|jaquecas?|temblores|tiemblo|sudores|"
    r"sudo|nauseas?|insomnio|mareos?|irritab\w+|palpitaciones|resaca|ansiedad)"
)
ES_ASKS = rule(
    pregnancy=[r"\b(?:estando\s+embarazada|si\s+estoy\s+embarazada|dando\s+(?:el\s+)?pecho)\b"],
    interaction=[
        r"\b(?:mezclar|mezclando|combinar|combinando)\b",
        r"\binteracc\w+",
        r"\b(?:mientras|si)\s+(?:tomo|estoy\s+tomando|estoy\s+con)\b",
        r"\b(?:tomando|con)\s+(?:el\s+|la\s+|los\s+|las\s+|mis?\s+)?(?:antibioticos?|antidepresivos?|medicamentos?|"
        r"medicacion|ansioliticos?|pastillas)\b",
    ],
    dosage=[
        r"\bcuant[oa]s?\s+(?:\w+\s+){0,4}?(?:puedo|debo|deberia|se\s+pueden?)\s+(?:tomar|usar|masticar|poner(?:me)?|"
        r"fumar|beber)\b",
        r"\bcuant[oa]s?\s+(?:\w+\s+){0,4}?(?:es|son)\s+(?:\w+\s+){0,3}?(?:demasiad[oa]s?|segur[oa]s?|normal|peligros[oa]s?)\b",
        r"\b(?:limite|cantidad)\s+(?:diari[oa]|segur[oa]|recomendad[oa]|maxim[oa])\b",
    ],
    side_effects=[r"\befectos?\s+(?:secundarios?|adversos?)\b", r"\balergi\w+"],
    diagnosis=[
        r"\bsoy\s+(?:un[ao]?\s+)?(?:alcoholic[oa]|adict[oa]|ludopata|dependiente|drogadict[oa])\b",
        r"\b(?:es|tengo)\s+(?:una?\s+)?(?:adiccion|dependencia|trastorno|problema\s+(?:con|de)|enfermedad)\b",
        r"\bestoy\s+(?:enganchad[oa]|adict[oa])\b",
    ],
    withdrawal=[
        r"\bsindrome\s+de\s+abstinencia\b",
        r"\bque\s+(?:le\s+)?(?:pasa|ocurre|sucede)\s+(?:a|en|con)\s+mi\s+cuerpo\b",
        r"\bes\s+normal\b[^?!.]{0,60}\b(?:desde\s+que|despues\s+de|al|cuando)\s+(?:dej\w+|parar|par[eo])\b",
        r"\b(?:desde\s+que|despues\s+de)\s+(?:dej\w+|parar|par[eo])\b[^?!.]{0,50}\bes\s+normal\b",
    ],
    detox=[r"\bcomo\s+(?:puedo\s+)?(?:desintoxicarme|dejar(?:lo)?\s+poco\s+a\s+poco)\b"],
    medication=[
        r"\bpara\s+dormir\s+sin\b|\b(?:la\s+|el\s+)?(?:valeriana|melatonina)\s+(?:funciona|sirve|ayuda)\b",
        r"\b(?:debo|deberia|puedo|podria|me\s+conviene|tengo\s+que)\s+(?:tomar|probar|empezar\s+(?:a\s+tomar|con)|"
        r"usar|pedir|dejar\s+de\s+tomar)\b",
        r"\b(?:medicamentos?|medicinas?|pastillas?|farmacos?)\s+(?:para|que\s+(?:ayude|sirva|quite))\b",
        r"\bque\s+(?:medicamentos?|medicinas?|pastillas?|farmacos?|tratamientos?)\b",
        r"\bque\s+(?:me\s+)?(?:tomo|puedo\s+tomar)\s*(?:\?|$|para\b)|\bque\s+me\s+recomiendas\s+tomar\b",
        rf"\b(?:sirve|funciona|ayuda)\s+(?:el\s+|la\s+)?{MEDICINE_NAMES}",
    ],
    safety=[
        r"\bes\s+(?:seguro|peligroso|malo|bueno|sano|arriesgado|grave)\s+(?:para|que|si|\w+(?:ar|er|ir))\b",
        r"\bhay\s+(?:algun\s+)?(?:riesgo|peligro)\b",
        r"\bpasa\s+algo\s+si\b",
        r"\b(?:menos|mas)\s+(?:danino|perjudicial|malo|sano|seguro)\s+que\b",
        r"\b(?:malo|perjudicial|danino|peligroso)\s+para\s+(?:mi\s+|la\s+|el\s+)?(?:salud|higado|corazon|pulmones|cuerpo|"
        r"bebe)\b",
        r"\bpuedo\s+(?:\w+\s+){0,2}?(?:beber|fumar|vapear|tomar)\b",
    ],
    treatment=[
        r"\b(?:debo|deberia|tengo\s+que|necesito)\b[^?!.]{0,40}\b(?:medico|doctor|doctora|farmaceutic\w+|"
        r"farmacia|psicolog\w+|psiquiatra|especialista)\b",
        r"\bnecesito\s+(?:ayuda\s+profesional|tratamiento|rehabilitacion|terapia|desintoxicacion|medicacion)\b",
        r"\b(?:mejor|buen)\s+(?:tratamiento|medicamento|remedio)\b",
    ],
)
ES_MENTIONS = rule(
    pregnancy=[r"\b(?:embarazada|embarazo|lactancia|amamant\w+|dar\s+el\s+pecho|buscando\s+(?:un\s+)?bebe)\b"],
    withdrawal=[r"\babstinencia\b", rf"\b{ES_SYMPTOMS}\b"],
    detox=[r"\b(?:desintoxica\w*|detox|rehabilitacion|de\s+golpe)\b"],
    diagnosis=[r"\b(?:adiccion|adict[oa]|alcoholismo|alcoholic[oa]|dependencia|ludopatia|trastorno|diagnostic\w*)\b"],
    nicotine_replacement=[
        r"\bparches?\b",
        r"\bchicles?\s+de\s+nicotina\b",
        r"\b(?:pastillas|caramelos|spray|inhalador)\s+de\s+nicotina\b",
        r"\b(?:terapia\s+(?:de\s+)?(?:reemplazo|sustitucion|sustitutiva)|sustitutos?\s+de\s+(?:la\s+)?nicotina|tsn)\b",
    ],
    medication=[
        r"\b(?:medicamentos?|medicinas?|medicacion|pastillas?|farmacos?|receta|recet\w+|antidepresivos?|"
        r"antibioticos?|ansioliticos?)\b"
    ],
    treatment=[r"\b(?:tratamientos?|terapia|psiquiatra|remedios?|alcoholicos\s+anonimos)\b"],
)
ES_OWN_LOGS = re.compile(
    r"\b(?:cuant[oa]s\s+(?:cravings|antojos|ganas|registros)|apuntad[oa]s?|anotad[oa]s?|cuant[oa]s\s+(?:\w+\s+){0,2}?(?:he|hay|tuve|fume|bebi|registre)|cuantas\s+veces|con\s+que\s+frecuencia|"
    r"a\s+que\s+hora|que\s+dias?|mis\s+(?:antojos|registros|datos|rachas?|ganas)|mi\s+(?:historial|racha|registro|promedio)|"
    r"registr\w+|fume|bebi|comi|aposte|jugue|vapee|he\s+(?:fumado|bebido|tomado|tenido|comido|registrado)|tuve|tengo\s+mas|la\s+semana\s+pasada|"
    r"el\s+mes\s+pasado|esta\s+semana|este\s+mes|comparad\w+|promedio|"
    # more or less of their own habit since a change: "desde que empecé terapia, ¿tomo menos?"
    r"desde\s+que\b(?![^?!.]*\b(?:no|ya\s+no)\s+\w+\s+mas\b)[^?!.]*\b(?:menos|mas|mejor)|(?:menos|mas)\s+(?:que|desde))\b"
)

FR_SYMPTOMS = (
    r"(?:symptomes?|maux?\s+de\s+tete|mal\s+a\s+la\s+tete|migraines?|tremble\w*|tremblements?|sueurs?|"
    r"transpir\w+|insomnies?|nausees?|vertiges?|palpitations|gueule\s+de\s+bois|irritab\w+)"
)
FR_CARERS = r"(?:medecin|docteur|pharmacien\w*|pharmacie|generaliste|addictologue|psychiatre|tabacologue)"
FR_ASKS = rule(
    pregnancy=[
        r"\b(?:(?:si|quand)\s+(?:je\s+suis|on\s+est)\s+enceinte|"
        r"en\s+(?:etant\s+)?enceinte)\b"
    ],
    interaction=[
        r"\b(?:melanger|associer|combiner|cumuler)\b",
        r"\binteraction\w*",
        r"\b(?:avec|sous)\s+(?:mes\s+|des\s+|les\s+|un\s+)?(?:medicaments?|antibiotiques|antidepresseurs|"
        r"anxiolytiques|cachets|traitement)\b",
        r"\ben\s+prenant\b",
    ],
    dosage=[
        r"\bcombien\s+(?:de\s+)?(?:\w+\s+){0,4}?(?:puis-je|je\s+peux|dois-je|je\s+dois|peut-on|faut-il)\b",
        r"\bcombien\b[^?!.]{0,50}\b(?:c'est|est|sont)\s+(?:\w+\s+){0,3}?(?:trop|sans\s+danger|raisonnable|normal|dangereux)\b",
        r"\b(?:trop|maximum)\s+par\s+jour\b",
    ],
    side_effects=[r"\beffets?\s+(?:secondaires|indesirables)\b", r"\ballergi\w+"],
    diagnosis=[
        r"\bsuis-je\s+(?:un\s+|une\s+)?(?:alcoolique|addict\w*|accro|dependant\w*|malade)\b",
        r"\best-ce\s+(?:que\s+je\s+suis|une?)\s+(?:alcoolique|addict\w*|accro|dependant\w*|addiction|dependance|"
        r"maladie|trouble)\b",
        r"\b(?:ai-je|est-ce\s+que\s+j'ai|j'ai)\s+un\s+probleme\s+(?:avec|d')",
        r"\bc'est\s+(?:une\s+)?(?:addiction|dependance|maladie)\b",
        r"\bje\s+suis\s+(?:un\s+|une\s+)?(?:alcoolique|addict\w*|dependant\w*|accro)\s*\?",
    ],
    withdrawal=[
        r"\best-ce\s+normal\b",
        r"\b(?:que\s+se\s+passe(?:-t-il)?|qu'est-ce\s+qui\s+se\s+passe|qu'arrive-t-il)\s+(?:dans|a|avec)\s+mon\s+corps\b",
        r"\bc'est\s+normal\b[^?!.]{0,60}\b(?:depuis|apres)\b",
        r"\b(?:depuis|apres)\s+(?:que\s+j'ai\s+|avoir\s+)?arrete\b[^?!.]{0,50}\bnormal\b",
    ],
    detox=[
        r"\b(?:eliminer|evacuer)\s+(?:la\s+|le\s+|l\')?(?:nicotine|alcool|thc|cafeine)\b",
        r"\bcomment\s+(?:me\s+)?(?:sevrer|desintoxiquer|diminuer\s+progressivement)\b",
    ],
    medication=[
        r"\b(?:dois-je|devrais-je|je\s+dois|je\s+devrais|faut-il|puis-je|je\s+peux)\s+(?:\w+\s+){0,2}?(?:prendre|essayer|"
        r"utiliser|commencer|arreter\s+de\s+prendre)\b",
        r"\bquels?\s+(?:medicaments?|traitements?|cachets?)\b",
        r"\b(?:medicaments?|traitement|cachets?)\s+(?:pour|contre)\b",
    ],
    safety=[
        r"\b(?:est-ce\s+que\s+c'est|est-ce|est-il|c'est)\s+(?:\w+\s+)?(?:dangereux|grave|sans\s+danger|mauvais|risque)\b",
        r"\b(?:dangereux|mauvais|nocif|risque)\s+(?:pour\s+(?:la\s+sante|moi|mon|ma|le\s+bebe)|de)\b",
        r"\b(?:puis-je|je\s+peux|est-ce\s+que\s+je\s+peux|peut-on)\s+(?:\w+\s+){0,3}?(?:boire|fumer|vapoter|prendre)\b",
        r"\bmoins\s+(?:nocif|dangereux|mauvais)\s+que\b",
    ],
    treatment=[
        rf"\b(?:dois-je|devrais-je|faut-il|je\s+dois|est-ce\s+que\s+je\s+dois)\b[^?!.]{{0,40}}\b{FR_CARERS}\b",
        r"\bai-je\s+besoin\s+d'(?:aide|un\s+traitement|une\s+cure)\b",
        r"\b(?:meilleur|bon)\s+(?:traitement|medicament)\b",
    ],
)
FR_MENTIONS = rule(
    pregnancy=[r"\b(?:enceinte|grossesse|allait\w*|lait\s+maternel)\b"],
    withdrawal=[
        r"\bsevrage\b",
        r"\b(?:en\s+manque|symptomes?\s+de\s+manque|etat\s+de\s+manque)\b",
        rf"\b{FR_SYMPTOMS}\b",
    ],
    detox=[r"\b(?:detox\w*|desintox\w*|postcure)\b"],
    diagnosis=[r"\b(?:alcoolique|alcoolisme|addict\w*|accro|dependan\w*|diagnosti\w*)\b"],
    nicotine_replacement=[
        r"\bpatchs?\b",
        r"\bgommes?\s+(?:a\s+macher\s+)?(?:a\s+la\s+nicotine|de\s+nicotine|nicotiniques?)\b",
        r"\b(?:pastilles?|spray|inhaleur)\s+(?:a\s+la\s+|de\s+)?nicotin\w*",
        r"\bsubstituts?\s+nicotiniques?\b",
        r"\btraitement\s+de\s+substitution\b",
        r"\btns\b",
    ],
    medication=[
        r"\b(?:medicaments?|comprimes?|cachets?|pilules?|ordonnance|prescri\w+|antidepresseurs?|"
        r"antibiotiques?|anxiolytiques?|somniferes?)\b"
    ],
    treatment=[
        r"\b(?:traitements?|therapie|therapeute|psychiatre|addictolog\w+|hypnose|acupuncture|alcooliques\s+anonymes)\b"
    ],
)
FR_OWN_LOGS = re.compile(
    r"\b(?:combien\s+d'envies|moyenne\s+d'envies|combien\s+(?:de\s+|d')(?:\w+\s+){0,3}?(?:ai-je|j'ai)|combien\s+de\s+fois|quand\s+est-ce\s+que\s+j|a\s+quelle\s+heure|"
    r"quel(?:le)?s?\s+jours?|mes\s+(?:envies|fringales|donnees|entrees|series|habitudes)|mon\s+(?:historique|journal|"
    r"record)|ai-je\s+(?:eu|fume|bu|mange|note|enregistre)|j'ai\s+(?:eu|fume|bu|mange|note|enregistre)|enregistr\w+|"
    r"la\s+semaine\s+derniere|le\s+mois\s+dernier|cette\s+semaine|ce\s+mois|en\s+moyenne|par\s+rapport|"
    r"depuis\s+(?:que|le)\b(?![^?!.]*\bn(?:e\s+|')\w+\s+plus\b)[^?!.]*\b(?:moins|plus|mieux)|(?:moins|plus)\s+(?:qu|depuis))\b"
)

PT_SYMPTOMS = (
    r"(?:sintomas?|dor(?:es)?\s+de\s+cabeca|me\s+do(?:i|a|em)\s+(?:a|o|os|as)\s+\w+|enxaquecas?|tremores?|tremendo|suor\w*|insonia|nauseas?|"
    r"enjoo|tonturas?|palpitac\w+|ressaca|irritab\w+)"
)
PT_ASKS = rule(
    pregnancy=[
        r"\b(?:estando\s+gravida|se\s+(?:eu\s+)?estiver\s+gravida|"
        r"amamentando)\b"
    ],
    interaction=[
        r"\b(?:misturar|misturando|combinar|junto\s+com)\b",
        r"\binterac(?:ao|oes|ir)\b",
        r"\b(?:tomando|com)\s+(?:o\s+|os\s+|a\s+|meu\s+|meus\s+)?(?:antibioticos?|antidepressivos?|remedios?|"
        r"medicamentos?|ansioliticos?)\b",
    ],
    dosage=[
        r"\bquant[oa]s?\s+(?:\w+\s+){0,4}?(?:posso|devo|deveria|da\s+pra|pode(?:m)?)\s+(?:tomar|usar|mascar|colocar|"
        r"fumar|beber)\b",
        r"\bquant[oa]s?\s+(?:\w+\s+){0,4}?(?:e|sao)\s+(?:\w+\s+){0,3}?(?:demais|seguro|normal|perigoso)\b",
    ],
    side_effects=[r"\befeitos?\s+(?:colaterais|secundarios|adversos)\b", r"\balergi\w+"],
    diagnosis=[
        r"\bque\s+exames?\s+(?:devo|preciso|tenho\s+que)\b|\bpode\s+(?:dar|causar|provocar)\s+(?:pedras?\s+nos\s+rins|cancer|diabetes|\w+ite)\b",
        r"\bsou\s+(?:um[a]?\s+)?(?:alcoolatra|alcoolic[oa]|viciad[oa]|dependente)\b",
        r"\b(?:isso\s+e|e|tenho)\s+(?:um[a]?\s+)?(?:vicio|dependencia|doenca|transtorno|problema\s+com)\b",
        r"\bestou\s+viciad[oa]\b",
    ],
    withdrawal=[
        r"\bsem\s+(?:fumar|beber|vapear)\s+(?:faz|ha)\b[^?!.]{0,80}\bnormal\b",
        r"\b(?:o\s+)?que\s+acontece\s+(?:com|no|ao)\s+(?:o\s+)?meu\s+corpo\b",
        r"\be\s+normal\b[^?!.]{0,60}\b(?:desde\s+que|depois\s+que|depois\s+de)\b",
        r"\b(?:desde\s+que|depois\s+que)\s+(?:eu\s+)?(?:parei|larguei|deixei)\b[^?!.]{0,50}\bnormal\b",
    ],
    detox=[r"\bcomo\s+(?:fazer\s+(?:uma\s+)?desintoxicacao|me\s+desintoxicar|parar\s+aos\s+poucos)\b"],
    medication=[
        r"\b(?:devo|deveria|posso|preciso)\s+(?:\w+\s+){0,2}?(?:tomar|usar|experimentar|comecar\s+a\s+tomar|"
        r"parar\s+de\s+tomar)\b",
        r"\b(?:que|qual|quais)\s+(?:remedios?|medicamentos?|tratamentos?)\b",
        r"\b(?:remedios?|medicamentos?)\s+(?:para|contra)\b",
    ],
    safety=[
        r"\b(?:e|sera\s+que\s+e)\s+(?:seguro|perigoso|ruim|arriscado)\b",
        r"\bfaz\s+(?:\w+\s+)?mal\b",
        r"\b(?:posso|da\s+pra)\s+(?:\w+\s+){0,2}?(?:beber|fumar|vapear|tomar)\b",
        r"\bmenos\s+(?:prejudicial|perigoso)\s+(?:que|do\s+que)\b",
    ],
    treatment=[
        r"\b(?:devo|deveria|preciso|tenho\s+que)\b[^?!.]{0,40}\b(?:medico|medica|doutor|farmaceutic\w+|farmacia|"
        r"psiquiatra|psicologo)\b",
        r"\bpreciso\s+de\s+(?:ajuda|tratamento|internacao|terapia|remedio)\b",
        r"\b(?:melhor|bom)\s+(?:tratamento|remedio|medicamento)\b",
    ],
)
PT_MENTIONS = rule(
    pregnancy=[r"\b(?:gravida|gravidez|gestante|amamenta\w*|aleitamento|leite\s+materno|tentando\s+engravidar)\b"],
    withdrawal=[r"\babstinencia\b", rf"\b{PT_SYMPTOMS}\b"],
    detox=[r"\b(?:desintoxica\w*|detox|reabilitacao|clinica\s+de\s+recuperacao|internacao)\b"],
    diagnosis=[r"\b(?:alcoolatra|alcoolismo|viciad[oa]|dependencia|transtorno|diagnostic\w*)\b"],
    nicotine_replacement=[
        r"\badesivos?\b",
        r"\b(?:chicletes?|gomas?|pastilhas?|spray|inalador)\s+de\s+nicotina\b",
        r"\breposicao\s+de\s+nicotina\b",
    ],
    medication=[
        r"\b(?:remedios?|medicamentos?|medicacao|comprimidos?|pilulas?|receita|prescri\w+|antidepressivos?|"
        r"antibioticos?|ansioliticos?)\b"
    ],
    treatment=[r"\b(?:tratamentos?|terapia|terapeuta|psiquiatra|alcoolicos\s+anonimos)\b"],
)
PT_OWN_LOGS = re.compile(
    r"\b(?:quant[oa]s\s+(?:vontades|cravings|registros)|anotei|com\s+a\s+tag|quant[oa]s\s+(?:\w+\s+){0,2}?(?:fumei|bebi|comi|tive|registrei|joguei)|quantas\s+vezes|a\s+que\s+horas|"
    r"que\s+dias?|meus\s+(?:desejos|registros|dados|habitos)|minhas\s+(?:vontades|fissuras|entradas)|"
    r"meu\s+(?:historico|registro|desejo)|registr\w+|tive|fumei|bebi|semana\s+passada|mes\s+passado|esta\s+semana|"
    r"este\s+mes|em\s+media|comparad\w+|desde\s+que\b(?![^?!.]*\bnao\s+\w+\s+mais\b)[^?!.]*\b(?:menos|mais|melhor)|"
    r"(?:menos|mais)\s+(?:que|desde))\b"
)

IT_SYMPTOMS = (
    r"(?:sintomi?|mal\s+di\s+testa|mi\s+fa\w*\s+male|emicrania|tremori?|tremo|sudorazion\w*|sudo|insonnia|nausea|vertigin\w+|"
    r"palpitazioni|postumi|sbornia|irritabil\w+)"
)
IT_ASKS = rule(
    pregnancy=[
        r"\b(?:(?:se|quando)\s+sono\s+incinta|"
        r"allattando)\b"
    ],
    interaction=[
        r"\b(?:mescolare|mischiare|combinare)\b",
        r"\binterazion\w+",
        r"\b(?:prendendo|mentre\s+prendo|sotto|con\s+(?:gli|i|il|miei|le)?)\s*(?:antibiotic\w+|antidepressiv\w+|"
        r"farmac\w+|ansiolitic\w+)\b",
    ],
    dosage=[
        r"\bquant[oiae]\s+(?:\w+\s+){0,4}?(?:posso|devo|dovrei|si\s+possono)\s+(?:prendere|usare|masticare|mettere|"
        r"fumare|bere)\b",
        r"\bquant[oiae]\s+(?:\w+\s+){0,4}?(?:e|sono)\s+(?:\w+\s+){0,3}?(?:troppo|troppi|troppe|sicur\w+|normale|pericolos\w+)\b",
    ],
    side_effects=[r"\beffetti\s+(?:collaterali|indesiderati|avversi)\b", r"\ballergi\w+"],
    diagnosis=[
        r"\bsono\s+(?:un[a']?\s*)?(?:alcolizzat[oa]|alcolista|dipendente|ludopatic[oa])\b",
        r"\b(?:e|ho)\s+(?:una?\s+)?(?:dipendenza|malattia|disturbo|problema\s+con)\b",
    ],
    withdrawal=[
        r"\b(?:cosa|che\s+cosa)\s+succede\s+(?:al|nel)\s+mio\s+corpo\b",
        r"\be\s+normale\b[^?!.]{0,60}\b(?:da\s+quando|dopo)\b",
        r"\b(?:da\s+quando|dopo\s+che)\s+(?:ho\s+)?smesso\b[^?!.]{0,50}\bnormale\b",
    ],
    detox=[r"\bcome\s+(?:disintossicarmi|smettere\s+gradualmente|scalare)\b"],
    medication=[
        r"\b(?:devo|dovrei|posso|conviene)\s+(?:\w+\s+){0,2}?(?:prendere|usare|provare|iniziare|"
        r"smettere\s+di\s+prendere)\b",
        r"\bquali?\s+(?:farmac\w+|medicin\w+|cur[ae]|terapi\w+|pastiglie)\b",
        r"\b(?:farmac[oi]|medicin[ae]|pastiglie)\s+(?:per|contro)\b",
    ],
    safety=[
        r"\bfa\s+(?:meno|piu)\s+male\b",
        r"\b(?:e|sarebbe)\s+(?:sicuro|pericoloso|rischioso|grave|dannoso)\b",
        r"\bfa\s+male\b",
        r"\bposso\s+(?:\w+\s+){0,2}?(?:bere|fumare|svapare|prendere)\b",
        r"\bmeno\s+(?:dannos\w+|pericolos\w+)\s+(?:di|che|del\w*|degli)\b",
    ],
    treatment=[
        r"\b(?:devo|dovrei|e\s+il\s+caso\s+di)\b[^?!.]{0,40}\b(?:medico|dottore|farmacista|psichiatra|psicologo)\b",
        r"\bho\s+bisogno\s+di\s+(?:aiuto|cure|una\s+cura|terapia|ricovero|farmaci)\b",
        r"\b(?:miglior[ei]?|buona)\s+(?:cura|terapia|farmaco)\b",
    ],
)
IT_MENTIONS = rule(
    pregnancy=[r"\b(?:incinta|gravidanza|allatt\w+|latte\s+materno)\b"],
    withdrawal=[r"\bastinenza\b", rf"\b{IT_SYMPTOMS}\b"],
    detox=[r"\b(?:disintossica\w*|detox|riabilitazione|comunita\s+di\s+recupero)\b"],
    diagnosis=[r"\b(?:alcolizzat[oa]|alcolista|alcolismo|dipendenza|ludopatia|disturbo|diagnosi)\b"],
    nicotine_replacement=[
        r"\bcerott\w+",
        r"\b(?:gomme?|chewing\s+gum|pastiglie|spray|inalatore)\s+(?:alla|di|con\s+la)\s+nicotina\b",
        r"\bterapia\s+sostitutiva\b",
        r"\bsostitut\w+\s+(?:della\s+)?nicotin\w*",
    ],
    medication=[
        r"\b(?:farmac[oi]|medicin[ae]|medicinal[ei]|pillol[ae]|pastiglie|compress[ae]|prescri\w+|"
        r"antidepressiv\w+|antibiotic\w+|ansiolitic\w+|sonniferi)\b"
    ],
    treatment=[r"\b(?:terapia|terapeuta|psichiatra|sert|alcolisti\s+anonimi)\b"],
)
IT_OWN_LOGS = re.compile(
    r"\b(?:quante\s+voglie|ho\s+segnato|segnat[oei]|totale\s+di|quant[ie]\s+(?:\w+\s+){0,2}?ho\s+(?:fumato|bevuto|mangiato|avuto|registrato)|quante\s+volte|a\s+che\s+ora|"
    r"quali?\s+giorni?|le\s+mie\s+(?:voglie|registrazioni)|i\s+miei\s+(?:dati|desideri|registri)|"
    r"il\s+mio\s+(?:storico|registro|andamento)|ho\s+(?:fumato|bevuto|mangiato|avuto|registrato)|registrat\w+|"
    r"settimana\s+scorsa|mese\s+scorso|questa\s+settimana|questo\s+mese|in\s+media|rispetto\s+a|"
    r"da\s+quando\b(?![^?!.]*\bnon\s+\w+\s+piu\b)[^?!.]*\b(?:meno|piu|meglio)|(?:meno|piu)\s+(?:di|che|da))\b"
)

SPANISH = Rules(ES_ASKS, ES_MENTIONS, ES_OWN_LOGS)
FRENCH = Rules(FR_ASKS, FR_MENTIONS, FR_OWN_LOGS)
PORTUGUESE = Rules(PT_ASKS, PT_MENTIONS, PT_OWN_LOGS)
ITALIAN = Rules(IT_ASKS, IT_MENTIONS, IT_OWN_LOGS)
