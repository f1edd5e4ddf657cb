"""The domain's words, defined once: what "resisted" means, the times of day, weekdays, and what people
crave. Analytics, patterns, markers, answers and the bandit all read these, so "night" means one thing."""

from __future__ import annotations

import re
from dataclasses import dataclass

# The iOS app counts a craving as resisted when the confidence to resist is above 7.
RESISTED_ABOVE = 7
RESISTED_SQL = f"resistance > {RESISTED_ABOVE}"


def is_resisted(resistance: float) -> bool:
    return resistance > RESISTED_ABOVE


@dataclass(frozen=True)
class Daypart:
    name: str
    first: int  # first local hour
    last: int  # last local hour, inclusive (night wraps past midnight)
    span: str  # how an answer says it

    @property
    def hours(self) -> frozenset[int]:
        if self.first <= self.last:
            return frozenset(range(self.first, self.last + 1))
        return frozenset(range(self.first, 24)) | frozenset(range(0, self.last + 1))


DAYPARTS = (
    Daypart("morning", 5, 11, "5 am–noon"),
    Daypart("afternoon", 12, 16, "noon–5 pm"),
    Daypart("evening", 17, 21, "5–10 pm"),
    Daypart("night", 22, 4, "10 pm–5 am"),
)
DAYPART = {d.name: d for d in DAYPARTS}


def daypart_of(hour: int) -> str:
    return next(d.name for d in DAYPARTS if hour in d.hours)


# One SQL expression for the same bands; `hour` is an SQL expression for the local hour.
def daypart_sql(hour: str) -> str:
    cases = " ".join(
        f"WHEN {hour} BETWEEN {d.first} AND {d.last} THEN '{d.name}'" for d in DAYPARTS if d.first <= d.last
    )
    return f"(CASE {cases} ELSE 'night' END)"


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")  # ISO 1..7
WEEKEND = frozenset({6, 7})


def hour_label(hour: int) -> str:
    return "midnight" if hour == 0 else "noon" if hour == 12 else f"{hour % 12} {'am' if hour < 12 else 'pm'}"


# --- what people crave -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Topic:
    """A thing people crave, with the words that name it in a log. `parts` makes it an umbrella."""

    key: str
    label: str  # as an answer names it: "your {label} cravings"
    words: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()
    # The general words: a question using one means the whole topic ("sweets"); any other word is one
    # item of it ("ice cream") and means just that. Empty: every word names the topic.
    names: tuple[str, ...] = ()

    def names_it(self, word: str) -> bool:
        word = word.lower()
        singular = {word, word + "s", word.rstrip("s"), word.removesuffix("es"), word.removesuffix("ies") + "y"}
        return not self.names or bool(singular & set(self.names))


TOPICS = (
    Topic(
        "sweets",
        "sweets",
        (
            "sweet",
            "sweets",
            "sugar",
            "sugary",
            "chocolate",
            "candy",
            "candies",
            "cookie",
            "ice cream",
            "dessert",
            "donut",
            "doughnut",
            "pastry",
            "pastries",
            "cake",
            "cupcake",
            "brownie",
            "gummy",
            "gummies",
            "sweet tooth",
            "biscuit",
            "muffin",
            "nutella",
            "m&ms",
            "pie",
            "mince pie",
            "pavlova",
            "tart",
            "croissant",
            "pączek",
            "paczki",
            "baklava",
            "kunafa",
            "knafeh",
            "gulab jamun",
            "jalebi",
            "brigadeiro",
            "churro",
            "mochi",
            "macaron",
            "waffle",
            "pancake",
            "crepe",
            "lolly",
            "lollies",
            "fudge",
            "toffee",
            "caramel",
            "marshmallow",
            "jelly beans",
            "licorice",
            "tiramisu",
            "cheesecake",
            "gelato",
            "frozen yogurt",
            "froyo",
            "sundae",
            "milkshake",
            "popsicle",
            "snickers",
            "kitkat",
            "twix",
            "oreo",
            "haribo",
            "skittles",
            "cinnamon roll",
            "eclair",
            "halva",
            "stroopwafel",
            "tim tam",
            "lamington",
            "pudding",
            "chocolate bar",
            "chocolat",
            "pain au chocolat",
            "medialuna",
            "medialunas",
            "facturas",
            "alfajor",
            "alfajores",
            "dulce de leche",
            "churros",
            "puff puff",
            "chin chin",
            "mandazi",
            "koeksister",
            "brigadeiros",
            "conchas",
            "pan dulce",
            "baklawa",
            "loukoumades",
        ),
        names=("sweet", "sweets", "sugar", "sugary", "dessert", "sweet tooth"),
    ),
    Topic(
        "salty",
        "salty snacks",
        (
            "chips",
            "crisps",
            "pretzel",
            "popcorn",
            "nachos",
            "salty",
            "cheetos",
            "doritos",
            "pringles",
            "crackers",
            "jerky",
            "papas",
            "papitas",
            "lays",
            "pretzels",
        ),
        names=("salty", "salty snack", "chips", "crisps", "papas", "papitas"),
    ),
    Topic(
        "fast_food",
        "fast food",
        (
            "fast food",
            "burger",
            "fries",
            "pizza",
            "takeout",
            "take-out",
            "takeaway",
            "mcdonald's",
            "mcdonalds",
            "fried chicken",
            "kebab",
            "taco",
            "drive-thru",
            "food delivery",
            "delivery app",
            "kfc",
            "burger king",
            "subway",
            "domino's",
            "uber eats",
            "deliveroo",
            "doordash",
            "hot dog",
            "shawarma",
            "gyro",
            "doner",
            "döner",
            "fish and chips",
            "maccas",
            "wings",
            "fried food",
            "kapsalon",
            "momo",
            "momos",
            "instant noodles",
            "wai wai",
            "ramen",
            "noodles",
            "chatpate",
            "pani puri",
            "samosa",
            "empanada",
            "empanadas",
            "arepa",
            "burrito",
            "tacos",
            "shawarma wrap",
            "bunny chow",
            "suya",
            "jollof",
            "friet",
            "frites",
            "patat",
            "papas fritas",
            "takeaways",
            "take away",
            "chippy",
        ),
        names=("fast food", "takeout", "take-out", "takeaway", "food delivery", "delivery app", "drive-thru", "fries"),
    ),
    Topic(
        "soda",
        "soda",
        (
            "soda",
            "coke",
            "cola",
            "soft drink",
            "pepsi",
            "sprite",
            "fizzy drink",
            "coca",
            "coca-cola",
            "coca cola",
            "fanta",
            "dr pepper",
            "mountain dew",
            "diet coke",
            "coke zero",
            "lemonade",
            "guarana",
            "ginger ale",
            "ginger beer",
            "root beer",
            "irn bru",
            "big gulp",
            "cooldrink",
            "cool drink",
            "fizzy",
            "slurpee",
            "malta",
            "stoney",
        ),
        names=("soda", "soft drink", "fizzy drink", "pop"),
    ),
    Topic(
        "coffee",
        "coffee",
        (
            "coffee",
            "espresso",
            "latte",
            "cappuccino",
            "americano",
            "flat white",
            "cortado",
            "macchiato",
            "mocha",
            "frappuccino",
            "frappe",
            "cold brew",
            "iced coffee",
            "starbucks",
            "nespresso",
            "fika",
            "café",
            "cafe con leche",
        ),
        names=("coffee",),
    ),
    Topic(
        "energy_drinks",
        "energy drinks",
        ("energy drink", "red bull", "redbull", "monster", "monster energy", "rockstar", "lucozade", "5-hour energy"),
        names=("energy drink",),
    ),
    Topic("caffeine", "caffeine", ("caffeine", "caffeinated"), ("coffee", "energy_drinks")),
    Topic(
        "wine",
        "wine",
        (
            "wine",
            "vinho",
            "vinho verde",
            "wijn",
            "red wine",
            "white wine",
            "rosé",
            "rose wine",
            "prosecco",
            "champagne",
            "merlot",
            "pinot",
            "sauvignon",
            "chardonnay",
            "cabernet",
            "malbec",
            "riesling",
            "cava",
            "sangria",
            "vino",
            "bubbly",
            "mimosa",
            "glass of red",
            "glass of white",
        ),
        names=("wine", "vino", "vinho", "wijn"),
    ),
    Topic(
        "beer",
        "beer",
        (
            "beer",
            "beers",
            "lager",
            "pint",
            "ipa",
            "ale",
            "stout",
            "pilsner",
            "guinness",
            "heineken",
            "corona",
            "cold one",
            "brewski",
            "six pack",
            "six-pack",
            "tinnie",
            "stubby",
            "schooner",
            "cerveza",
            "cervezas",
            "bier",
        ),
        names=("beer", "beers", "cold one", "brewski", "cerveza", "bier"),
    ),
    Topic(
        "spirits",
        "spirits",
        (
            "vodka",
            "whiskey",
            "whisky",
            "gin",
            "rum",
            "tequila",
            "shots",
            "cocktail",
            "liquor",
            "bourbon",
            "margarita",
            "spirits",
            "scotch",
            "brandy",
            "cognac",
            "mezcal",
            "sake",
            "soju",
            "ouzo",
            "negroni",
            "martini",
            "mojito",
            "gin and tonic",
            "g&t",
            "jager",
            "jägermeister",
            "aperol",
            "spritz",
            "hard liquor",
            "aguardiente",
            "fernet",
            "rakija",
            "baijiu",
            "palinka",
            "amarula",
            "highball",
            "gin tonic",
            "grappa",
            "limoncello",
            "schnapps",
            "pisco",
            "cachaça",
            "caipirinha",
        ),
        names=("spirits", "liquor"),
    ),
    Topic(
        "alcohol",
        "alcohol",
        (
            "alcohol",
            "drink",
            "drinks",
            "drinking",
            "drank",
            "booze",
            "drunk",
            "buzzed",
            "tipsy",
            "hangover",
            "happy hour",
            "bevvy",
            "bevvies",
            "nightcap",
            "cider",
            "hard seltzer",
            "white claw",
            "alcoholic",
            "aperitivo",
            "apéro",
            "aperitif",
            "borrel",
        ),
        ("wine", "beer", "spirits"),
    ),
    Topic(
        "cigarettes",
        "cigarettes",
        (
            "cigarette",
            "cigarettes",
            "cig",
            "cigs",
            "smoke",
            "smoked",
            "smokes",
            "smoking",
            "tobacco",
            "cigar",
            "ciggie",
            "ciggy",
            "ciggies",
            "durry",
            "dart",
            "fag",
            "fags",
            "rollie",
            "rollies",
            "roll-up",
            "cigarillo",
            "swisher",
            "swishers",
            "black and mild",
            "sigaretta",
            "sigarette",
            "cigarrillo",
            "cigarro",
            "zigarette",
            "kippe",
            "clope",
            "sigaret",
            "marlboro",
        ),
        names=(
            "smoked",
            "cigarette",
            "cigarettes",
            "cig",
            "cigs",
            "smoke",
            "smokes",
            "smoking",
            "tobacco",
            "ciggie",
            "ciggy",
            "durry",
            "dart",
            "fag",
            "sigaretta",
            "sigarette",
            "cigarrillo",
            "zigarette",
            "clope",
            "sigaret",
        ),
    ),
    Topic(
        "vaping",
        "vaping",
        (
            "vape",
            "vaped",
            "vapes",
            "vaping",
            "juul",
            "e-cig",
            "e-cigarette",
            "vape pen",
            "elf bar",
            "elfbar",
            "lost mary",
            "puff bar",
            "vape pod",
            "e-liquid",
            "ecig",
        ),
        names=("vaped", "vape", "vapes", "vaping", "e-cig", "e-cigarette", "vape pen"),
    ),
    Topic(
        "pouches",
        "nicotine pouches",
        (
            "snus",
            "zyn",
            "pouch",
            "nicotine pouch",
            "velo",
            "lip pouch",
            "prilla",
            "general white",
            "lyft",
            "siberia",
            "ettan",
            "on!",
        ),
    ),
    Topic(
        "nicotine",
        "nicotine",
        ("nicotine", "nicotine gum", "chewing tobacco"),
        ("cigarettes", "vaping", "pouches"),
    ),
    Topic(
        "cannabis",
        "cannabis",
        (
            "weed",
            "cannabis",
            "marijuana",
            "joint",
            "blunt",
            "edible",
            "edibles",
            "thc",
            "stoned",
            "bong",
            "spliff",
            "doobie",
            "ganja",
            "toke",
            "dab",
            "dabs",
            "kush",
            "hash",
            "reefer",
            "stoner",
            "420",
        ),
        names=("weed", "cannabis", "marijuana", "thc", "stoned", "ganja", "reefer", "stoner"),
    ),
    Topic(
        "gambling",
        "gambling",
        (
            "gambling",
            "gamble",
            "gambled",
            "bet",
            "bets",
            "betting",
            "casino",
            "slots",
            "poker",
            "lottery",
            "scratch card",
            "sportsbook",
            "roulette",
            "blackjack",
            "flutter",
            "punt",
            "accumulator",
            "parlay",
            "pokies",
            "slot machine",
            "fruit machine",
            "bingo",
            "draftkings",
            "fanduel",
            "bet365",
            "wager",
            "lotto",
            "scratchies",
        ),
        names=("gambled", "gambling", "gamble", "bet", "bets", "betting"),
    ),
    Topic(
        "shopping",
        "shopping",
        (
            "shopping",
            "shop online",
            "online shopping",
            "amazon",
            "spending",
            "splurge",
            "checkout",
            "buy online",
            "shop",
            "shopped",
            "shops",
            "shopping spree",
            "buying online",
            "order online",
            "mercado libre",
            "takealot",
            "superbalist",
            "the iconic",
            "afterpay",
            "klarna",
            "zalando",
            "aliexpress",
            "shopee",
            "lazada",
            "flipkart",
            "myntra",
            "basket",
            "zapatillas",
            "sale",
            "clothes",
            "shoes",
            "shopping cart",
            "shopping app",
            "add to cart",
            "shein",
            "temu",
            "asos",
            "ebay",
            "etsy",
            "retail therapy",
            "impulse buy",
            "impulse buying",
        ),
    ),
    Topic(
        "phone",
        "phone and scrolling",
        (
            "social media",
            "phone",
            "scrolling",
            "scroll",
            "scrolled",
            "doomscrolling",
            "instagram",
            "tiktok",
            "twitter",
            "reddit",
            "youtube",
            "facebook",
            "snapchat",
            "insta",
            "tik tok",
            "whatsapp",
            "doomscroll",
            "screen time",
            "reels",
        ),
        names=("scroll", "scrolled", "social media", "phone", "scrolling", "doomscrolling"),
    ),
    Topic(
        "gaming",
        "gaming",
        (
            "gaming",
            "gamed",
            "video game",
            "playstation",
            "xbox",
            "fortnite",
            "games",
            "video games",
            "gamer",
            "pubg",
            "free fire",
            "cs2",
            "counter-strike",
            "faceit",
            "dota",
            "apex",
            "overwatch",
            "warzone",
            "fifa",
            "ea fc",
            "genshin",
            "ranked",
            "push rank",
            "minecraft",
            "roblox",
            "valorant",
            "league of legends",
            "call of duty",
            "steam deck",
            "nintendo",
        ),
    ),
    Topic("porn", "porn", ("porn", "porno", "pornography", "onlyfans", "adult sites", "adult videos")),
    Topic(
        "drugs",
        "drugs",
        (
            "cocaine",
            "heroin",
            "opioid",
            "opioids",
            "pills",
            "painkiller",
            "painkillers",
            "oxy",
            "meth",
            "xanax",
            "mdma",
            "molly",
            "ketamine",
            "drugs",
        ),
        names=("drugs",),
    ),
    Topic(
        "junk_food",
        "junk food",
        ("junk food", "junk", "snack", "snacks", "snacking"),
        ("sweets", "salty", "fast_food", "soda"),
    ),
    Topic(
        "food", "food", ("food", "eat", "eating", "binge", "binged", "binging", "overeat", "overeating"), ("junk_food",)
    ),
)
TOPIC = {t.key: t for t in TOPICS}


def topic_words(key: str) -> tuple[str, ...]:
    """A topic's own words and its parts' words (an umbrella matches what its parts match)."""
    topic = TOPIC[key]
    words = list(topic.words)
    for part in topic.parts:
        words += topic_words(part)
    return tuple(dict.fromkeys(words))


def words_regex(words: tuple[str, ...] | list[str]) -> str:
    """A PostgreSQL/Python regex matching any of the words as whole words, plural -s/-es allowed."""
    lowered = {w.lower() for w in words}
    # "durry" -> "durries": a consonant-y word's plural drops the y; "chips" -> "chip": a plural's singular.
    lowered |= {w[:-1] + "ies" for w in lowered if len(w) > 2 and w[-1] == "y" and w[-2] not in "aeiou"}
    lowered |= {w[:-1] for w in lowered if len(w) > 4 and w[-1] == "s" and w[-2] not in "su" and " " not in w}
    alternatives = sorted({re.escape(w) for w in lowered}, key=len, reverse=True)
    return r"(^|[^\w])(" + "|".join(alternatives) + r")(e?s)?([^\w]|$)"


# When a log names two things ("a cigarette on my coffee break", "wine and chocolate"), it is about the
# one that comes first here: substances before foods, foods before what only sets the scene.
PRIORITY = (
    "drugs",
    "gambling",
    "cannabis",
    "vaping",
    "cigarettes",
    "pouches",
    "spirits",
    "wine",
    "beer",
    "shopping",
    "phone",
    "gaming",
    "sweets",
    "fast_food",
    "salty",
    "porn",
    "soda",
    "energy_drinks",
    "coffee",
)
VERBS = frozenset(
    {
        "smoke",
        "smokes",
        "smoking",
        "smoked",
        "drink",
        "drinks",
        "drinking",
        "eat",
        "eating",
        "vape",
        "vapes",
        "vaping",
        "snack",
        "snacks",
        "snacking",
        "snacked",
        "bet",
        "bets",
        "gamble",
        "gambled",
        "vaped",
        "drank",
    }
)


def topic_parts(key: str) -> set[str]:
    """The keys of a topic's parts, all the way down."""
    out: set[str] = set()
    for part in TOPIC[key].parts:
        out |= {part} | topic_parts(part)
    return out


def leaves(key: str) -> list[str]:
    topic = TOPIC[key]
    if not topic.parts:
        return [key]
    return [leaf for part in topic.parts for leaf in leaves(part)]


def rank(key: str) -> int:
    """A topic's priority (lower first); an umbrella ranks as its highest part."""
    return min(PRIORITY.index(leaf) for leaf in leaves(key))


# --- seasons -----------------------------------------------------------------------------------------
# Meteorological seasons by their first month, north of the equator. South of it each name falls six
# months on: a person in Sydney means December-February by "summer".
SEASON_STARTS = {"winter": 12, "spring": 3, "summer": 6, "autumn": 9}
SEASON_ALIASES = {"fall": "autumn"}


def season_start(name: str, *, south: bool = False) -> int:
    first = SEASON_STARTS[SEASON_ALIASES.get(name, name)]
    return (first + 5) % 12 + 1 if south else first


def season_of_month(month: int, *, south: bool = False) -> str:
    shifted = (month + 5) % 12 + 1 if south else month
    return next(name for name, first in SEASON_STARTS.items() if (shifted - first) % 12 < 3)


def season_sql(month: str, *, south: bool = False) -> str:
    """One SQL expression for the same seasons; `month` is an SQL expression for the local month."""
    shifted = f"(mod({month} + 5, 12) + 1)" if south else month  # mod(): "%" is a query parameter
    cases = " ".join(
        f"WHEN {shifted} IN ({', '.join(str((first + k - 1) % 12 + 1) for k in range(3))}) THEN '{name}'"
        for name, first in SEASON_STARTS.items()
    )
    return f"(CASE {cases} END)"
