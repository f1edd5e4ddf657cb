"""The domain's words, defined once: what "resisted" means, the times of day, weekdays, and what people
crave. Analytics, patterns, markers, answers and the bandit all read these, so "night" means one thing."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .lexicon import named_items, topic_extras

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


CORE_TOPICS = (
    Topic(
        "sweets",
        "sweets",
        (
            "snoep",
            "dulces",
            "doces",
            "dolci",
            "süßes",
            "susses",
            "sucreries",
            "słodycze",
            "slodycze",
            "drop",
            "hokey pokey",
            "lakritz",
            "regaliz",
            "réglisse",
            "reglisse",
            "liquirizia",
            "alcaçuz",
            "licorice",
            "liquorice",
            "reese's",
            "reeses",
            "sour patch",
            "m&m's",
            "twizzlers",
            "dropjes",
            "winegums",
            "wine gums",
            "kit kat",
            "oreos",
            "donuts",
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
        names=(
            "candy",
            "candies",
            "lollies",
            "snoep",
            "dulces",
            "doces",
            "dolci",
            "süßes",
            "susses",
            "sucreries",
            "słodycze",
            "slodycze",
            "sweet",
            "sweets",
            "sugar",
            "sugary",
            "dessert",
            "sweet tooth",
        ),
    ),
    Topic(
        "salty",
        "salty snacks",
        (
            "lay's",
            "ramitas",
            "chipsy",
            "bhujia",
            "kurkure",
            "namkeen",
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
            "patatine",
            "patatina",
            "taralli",
            "salatini",
        ),
        names=("salty", "salty snack", "chips", "crisps", "papas", "papitas"),
    ),
    Topic(
        "fast_food",
        "fast food",
        (
            "mcd",
            "mcmuffin",
            "big mac",
            "dominos",
            "pizza hut",
            "taco bell",
            "wendy's",
            "grabfood",
            "foodpanda",
            "ubereats",
            "just eat",
            "thuisbezorgd",
            "swiggy",
            "zomato",
            "rappi",
            "ifood",
            "glovo",
            "wolt",
            "hash browns",
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
            "kaffe",
            "kaffee",
            "koffie",
            "cafezinho",
            "caffe",
            "fika",
            "café",
            "cafe con leche",
        ),
        names=("coffee",),
    ),
    Topic(
        "energy_drinks",
        "energy drinks",
        (
            "energydrink",
            "energydrinks",
            "energetyk",
            "energetyka",
            "energetyki",
            "energy drinks",
            "red-bull",
            "black energy",
            "reign",
            "celsius",
            "tiger energy",
            "energy drink",
            "red bull",
            "redbull",
            "monster",
            "monster energy",
            "rockstar",
            "lucozade",
            "5-hour energy",
        ),
        names=(
            "energydrink",
            "energydrinks",
            "energetyk",
            "energetyka",
            "energetyki",
            "energy drinks",
            "energy drink",
        ),
    ),
    Topic("tea", "tea", ("tea", "teas", "chai", "cuppa"), names=("tea", "teas", "chai", "cuppa")),
    Topic("caffeine", "caffeine", ("caffeine", "caffeinated"), ("coffee", "energy_drinks", "tea")),
    Topic(
        "wine",
        "wine",
        (
            "wein",
            "wino",
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
            "speights",
            "speight's",
            "tui",
            "steinlager",
            "lion red",
            "export gold",
            "vb",
            "xxxx",
            "coopers",
            "carlton",
            "tooheys",
            "great northern",
            "hahn",
            "emu",
            "tiger beer",
            "piwo",
            "piwko",
            "piwa",
            "pivo",
            "chela",
            "chelas",
            "birra",
            "cerveja",
            "breja",
            "biertje",
            "pilsje",
            "pils",
            "weizen",
            "stella",
            "carlsberg",
            "singha",
            "asahi",
            "sapporo",
            "kingfisher",
            "budweiser",
            "coors",
            "modelo",
            "tyskie",
            "żywiec",
            "zywiec",
            "lech",
            "okocim",
            "tatra",
            "harnaś",
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
            "brahma",
            "chopp",
            "chope",
            "skol",
        ),
        names=(
            "piwo",
            "piwko",
            "piwa",
            "pivo",
            "chela",
            "chelas",
            "birra",
            "cerveja",
            "breja",
            "biertje",
            "pilsje",
            "pils",
            "beer",
            "beers",
            "cold one",
            "brewski",
            "cerveza",
            "bier",
        ),
    ),
    Topic(
        "spirits",
        "spirits",
        (
            "wódka",
            "wodka",
            "wóda",
            "cachaca",
            "rakia",
            "daaru",
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
        names=("wódka", "wodka", "wóda", "spirits", "liquor"),
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
            "smoko",
            "durry",
            "durries",
            "szlug",
            "szlugi",
            "gold flake",
            "classic milds",
            "wills",
            "four square",
            "marlboro lights",
            "pucho",
            "puchos",
            "pitillo",
            "tabaco",
            "fluppe",
            "peuk",
            "peukje",
            "papieros",
            "papierosy",
            "fajka",
            "fajki",
            "szlug",
            "szlugi",
            "sutta",
            "bidi",
            "beedi",
            "camel",
            "iqos",
            "heets",
            "terea",
            "heated tobacco",
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
            "pucho",
            "puchos",
            "pitillo",
            "tabaco",
            "fluppe",
            "peuk",
            "peukje",
            "papieros",
            "papierosy",
            "fajka",
            "fajki",
            "szlug",
            "szlugi",
            "sutta",
            "bidi",
            "beedi",
            "kippe",
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
        "hookah",
        "hookah",
        (
            "hookah",
            "shisha",
            "narguile",
            "narguilé",
            "nargile",
            "narghile",
            "narghilè",
            "nargila",
            "arguile",
            "argileh",
            "cachimba",
            "wasserpfeife",
            "waterpijp",
            "fajka wodna",
        ),
    ),
    Topic(
        "nicotine",
        "nicotine",
        ("nicotine", "nicotine gum", "chewing tobacco"),
        ("cigarettes", "vaping", "pouches", "hookah"),
    ),
    Topic(
        "cannabis",
        "cannabis",
        (
            "beck",
            "hash",
            "joints",
            "porros",
            "grass",
            "kiffen",
            "wiet",
            "porro",
            "porrito",
            "pito",
            "caño",
            "cano",
            "faso",
            "mota",
            "maría",
            "baseado",
            "maconha",
            "tüte",
            "zioło",
            "ziolo",
            "skręt",
            "skret",
            "trawka",
            "charas",
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
            "reefer",
            "stoner",
            "420",
        ),
        names=(
            "joint",
            "joints",
            "porro",
            "porros",
            "porrito",
            "pito",
            "caño",
            "cano",
            "faso",
            "mota",
            "baseado",
            "maconha",
            "tüte",
            "zioło",
            "ziolo",
            "skręt",
            "skret",
            "trawka",
            "charas",
            "spliff",
            "blunt",
            "grass",
            "kiffen",
            "wiet",
            "weed",
            "cannabis",
            "marijuana",
            "thc",
            "stoned",
            "ganja",
            "reefer",
            "stoner",
        ),
    ),
    Topic(
        "gambling",
        "gambling",
        (
            "tigrinho",
            "fortune tiger",
            "betano",
            "blaze",
            "pokeren",
            "pokern",
            "pokerstars",
            "sit & go",
            "betano",
            "betway",
            "scratch cards",
            "toto",
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
            "put money on",
            "lotto",
            "scratchies",
        ),
        names=(
            "poker",
            "pokeren",
            "pokern",
            "casino",
            "slots",
            "gambled",
            "gambling",
            "gamble",
            "bet",
            "bets",
            "betting",
            "put money on",
        ),
    ),
    Topic(
        "shopping",
        "shopping",
        (
            "rakuten",
            "mercado libre",
            "zalando",
            "aliexpress",
            "allegro",
            "bol.com",
            "shopping",
            "shop online",
            "online shopping",
            "amazon",
            "spending",
            "splurge",
            "checkout",
            "buy online",
            "buy stuff",
            "buying stuff",
            "buy something",
            "buy things",
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
            "zocken",
            "gamen",
            "gamear",
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
    Topic(
        "nail_biting",
        "nail-biting",
        ("nail biting", "nail-biting", "nailbiting", "nails", "fingernails"),
        names=("nail biting", "nail-biting", "nailbiting", "nails", "nail", "fingernails", "biting my nails"),
    ),
    Topic(
        "skin_picking",
        "skin picking",
        (
            "skin picking",
            "skin-picking",
            "dermatillomania",
            "excoriation",
            "picking my skin",
            "picked my skin",
            "picking at my skin",
            "picked at my skin",
            "pick my skin",
            "pick at my skin",
            "picking at",
            "picked at",
            "picking my",
            "picked my",
            "scratching at",
            "scratched at",
            "picking spots",
            "squeezing spots",
            "popping spots",
            "picking scabs",
            "picked a scab",
            "picking my cuticles",
            "picking my lips",
            "wanted to pick",
            "want to pick",
            "urge to pick",
            "caught myself picking",
        ),
        names=(
            "skin picking",
            "skin-picking",
            "picking",
            "pick",
            "picking my skin",
            "pick at my skin",
            "dermatillomania",
        ),
    ),
    Topic(
        "khat",
        "khat",
        (
            "khat",
            "qat",
            "qaat",
            "miraa",
            "mirraa",
            "jaad",
            "catha",
            "mirungi",
            "muguka",
            "awaday",
            "bercha",
            "chew chat",
        ),
        names=("khat", "qat", "miraa", "chew chat", "chewing chat"),
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
# Each topic's core words widened by the lexicon's brands, slang and other languages (cravings/lexicon.py).
TOPICS = tuple(replace(t, words=tuple(dict.fromkeys((*t.words, *topic_extras(t.key))))) for t in CORE_TOPICS)
TOPIC = {t.key: t for t in TOPICS}


def topic_words(key: str) -> tuple[str, ...]:
    """A topic's own words and its parts' words (an umbrella matches what its parts match)."""
    topic = TOPIC[key]
    words = list(topic.words)
    for part in topic.parts:
        words += topic_words(part)
    return tuple(dict.fromkeys(words))


# A letter and the accented forms a log may write it with ("caño", "żywiec", "café"), so that a question read
# through the accent-free gloss still finds them, and the reverse.
ACCENTED = {
    "a": "aáàâäãą",
    "c": "cçć",
    "e": "eéèêëę",
    "i": "iíìîï",
    "l": "lł",
    "n": "nñń",
    "o": "oóòôöõ",
    "s": "sś",
    "u": "uúùûü",
    "z": "zżź",
}
ACCENT_FREE = str.maketrans({accented: plain for plain, forms in ACCENTED.items() for accented in forms[1:]})


def accent_free(word: str) -> str:
    return word.translate(ACCENT_FREE)


def any_accent(escaped: str) -> str:
    """An escaped word whose letters match their accented forms too."""
    return "".join(f"[{ACCENTED[c]}]" if c in ACCENTED else c for c in escaped)


def words_regex(words: tuple[str, ...] | list[str], *, keep_end: bool = False) -> str:
    """A PostgreSQL/Python regex matching any of the words as whole words, plural -s/-es allowed, with or
    without accents. keep_end: the character after the word is looked at, not taken, so a replacement
    removes neighbouring words too ("stoney ginger beer")."""
    return built_regex(tuple(words), keep_end)


def folded(text: str) -> str:
    """Lower case without accents, character for character (a match's span is the same in the text)."""
    return accent_free("".join(c if len(low := c.lower()) != 1 else low for c in text))


@lru_cache(maxsize=4096)
def words_pattern(words: tuple[str, ...], keep_end: bool = False) -> re.Pattern:
    """words_regex compiled for text that is already folded(): no accent classes, so a topic's thousand words
    compile in milliseconds rather than seconds and match fast."""
    return re.compile(built_regex(words, keep_end, accents=False))


# A brand whose singular is an everyday word: "Wills" (cigarettes) is not "will".
NOT_SINGULAR = frozenset({"will"})


def verb_forms(word: str) -> tuple[str, str]:
    return (word[:-1] + "ing", word + "d") if word.endswith("e") else (word + "ing", word + "ed")


# Cached: one answer builds the same topic regexes dozens of times (a query per grouping and comparison); in a
# fine-tune's 224 computed answers, building them was 10 of 18 s.
@lru_cache(maxsize=4096)
def built_regex(words: tuple[str, ...], keep_end: bool, accents: bool = True) -> str:
    lowered = {accent_free(w.lower()) for w in words}
    # "durry" -> "durries": a consonant-y word's plural drops the y; "chips" -> "chip": a plural's singular.
    lowered |= {w[:-1] + "ies" for w in lowered if len(w) > 2 and w[-1] == "y" and w[-2] not in "aeiou"}
    lowered |= {
        w[:-1] for w in lowered if len(w) > 4 and w[-1] == "s" and w[-2] not in "su" and " " not in w
    } - NOT_SINGULAR
    # A verb's own forms: "doomscroll" logged as "doomscrolling", "gamble" as "gambled". Long words only: a short
    # one's forms are other words ("crack" -> "cracked a beer").
    lowered |= {f for w in lowered if len(w) >= 6 and w.isalpha() for f in verb_forms(w)}
    # A phrase's words may be written together or hyphenated: "icecream", "red-bull", "softdrink".
    spelled = any_accent if accents else str
    alternatives = [
        spelled(w).replace(r"\ ", r"[\s-]?") for w in sorted({re.escape(w) for w in lowered}, key=len, reverse=True)
    ]
    end = r"(?=[^\w]|$)" if keep_end else r"([^\w]|$)"
    return r"(^|[^\w])(" + "|".join(alternatives) + r")(e?s)?" + end


# When a log names two things ("a cigarette on my coffee break", "wine and chocolate"), it is about the
# one that comes first here: substances before foods, foods before what only sets the scene.
PRIORITY = (
    "drugs",
    "gambling",
    "cannabis",
    "vaping",
    "cigarettes",
    "hookah",
    "pouches",
    "khat",
    "spirits",
    "wine",
    "beer",
    "shopping",
    # what is done on a phone before the phone itself: "nsfw stuff on my phone" is porn
    "porn",
    "gaming",
    "phone",
    # picking at cuticles or nail beds is picking, whatever it is picked at
    "skin_picking",
    "nail_biting",
    "sweets",
    "fast_food",
    "salty",
    "soda",
    "energy_drinks",
    "coffee",
    "tea",
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


def members(key: str) -> set[str]:
    """What a topic's logs are counted under: itself, its parts, and the items of each ("ice cream" in sweets)."""
    if key not in TOPIC:
        return {key}  # an item is only itself
    topics = {key, *topic_parts(key)}
    return topics | {item.key for topic in topics for item in named_items(topic)}


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
