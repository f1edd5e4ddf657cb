"""Brands, slang, dishes and other languages' words for what people crave (cravings/data/things.tsv). A log
reads "a dram of ardbeg" or "dois pastéis de nata"; the vocabulary's few core words per topic cannot
hold every such name, so this table widens them: a word here is one more way a log names its topic."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

THINGS = Path(__file__).parent / "data" / "things.tsv"


@dataclass(frozen=True)
class Item:
    """One thing within a topic ("pastries" within sweets): a question naming it means all of its words."""

    topic: str
    names: tuple[str, ...]  # what a question calls it; empty for a row that only widens its topic
    words: tuple[str, ...]  # what a log may call it

    @property
    def key(self) -> str:
        """How answers name it as a thing of its own ("ice cream" beside "sweets")."""
        return self.names[0] if self.names else self.topic

    def named_by(self, text: str) -> bool:
        said = text.lower().strip()
        forms = {said, said.removesuffix("s"), said.removesuffix("es"), said.removesuffix("ies") + "y"}
        return bool(forms & set(self.names))


@cache
def items() -> tuple[Item, ...]:
    out = []
    for line in THINGS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        topic, names, words = line.split("\t")
        named = () if names == "*" else tuple(n.strip().lower() for n in names.split("|"))
        listed = tuple(w.strip().lower() for w in words.split(",") if w.strip())
        out.append(Item(topic, named, tuple(dict.fromkeys((*named, *listed)))))
    return tuple(out)


def topic_extras(key: str) -> tuple[str, ...]:
    """Every word the table gives a topic, over all of its rows."""
    return tuple(dict.fromkeys(w for item in items() if item.topic == key for w in item.words))


def item_named(text: str, topic: str | None) -> Item | None:
    """The item a question's word names ("pastry" -> pastries), within the word's topic."""
    return next((i for i in items() if i.names and (topic is None or i.topic == topic) and i.named_by(text)), None)


def named_items(topic: str) -> tuple[Item, ...]:
    """A topic's items that a question can name, in the table's order."""
    return tuple(i for i in items() if i.names and i.topic == topic)


def item_topic(key: str) -> str | None:
    """The topic an item's key belongs to ("ice cream" -> sweets); None for anything else."""
    return next((i.topic for i in items() if i.names and i.key == key), None)
