"""One definition of the seasons, swapped south of the equator (cravings/vocabulary.py, cravings/hemisphere.py)."""

import pytest

from cravings.hemisphere import is_southern
from cravings.vocabulary import season_of_month, season_start


@pytest.mark.parametrize(
    "zone,south",
    [
        ("Australia/Melbourne", True),
        ("America/Argentina/Cordoba", True),
        ("Africa/Johannesburg", True),
        ("Pacific/Auckland", True),
        ("Europe/Lisbon", False),
        ("America/Chicago", False),
        ("Asia/Singapore", False),  # just north of the equator
        ("UTC", False),
        ("", False),
    ],
)
def test_a_zone_is_placed_by_its_latitude(zone, south):
    assert is_southern(zone) is south


def test_the_seasons_swap_south_of_the_equator():
    assert [season_of_month(m) for m in (1, 4, 7, 10)] == ["winter", "spring", "summer", "autumn"]
    assert [season_of_month(m, south=True) for m in (1, 4, 7, 10)] == ["summer", "autumn", "winter", "spring"]
    assert season_start("summer", south=True) == 12
    assert season_start("fall") == season_start("autumn") == 9
