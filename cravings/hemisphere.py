"""Which side of the equator a time zone lies on, from the tz database's own table of zone coordinates
(zone1970.tab and zone.tab, shipped by the tzdata package): seasons swap south of it."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

# A zone's latitude is the first ISO 6709 sign and digits of its coordinates ("-3352+15113" is Sydney).
COORDINATES = re.compile(r"^([+-])\d{4,6}[+-]")


@cache
def southern_zones() -> frozenset[str]:
    folder = resources.files("tzdata").joinpath("zoneinfo")
    text = "\n".join(folder.joinpath(name).read_text(encoding="utf-8") for name in ("zone1970.tab", "zone.tab"))
    south = set()
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) >= 3 and (m := COORDINATES.match(fields[1])) and m[1] == "-":
            south.add(fields[2])
    return frozenset(south)


def is_southern(zone_name: str | None) -> bool:
    """True for a zone south of the equator; False for the north, offsets and anything unknown."""
    return bool(zone_name) and zone_name in southern_zones()
