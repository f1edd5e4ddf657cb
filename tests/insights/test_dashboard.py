from datetime import UTC, datetime, timedelta

import pytest
from django.test import Client

from tests.factories import CravingFactory
from tests.helpers import dashboard_link

pytestmark = pytest.mark.django_db


def test_signed_link_opens_the_users_dashboard_once(owner):
    CravingFactory(user=owner, occurred_at=datetime.now(UTC) - timedelta(days=1))
    url = dashboard_link(owner)
    browser = Client()
    response = browser.get(url, follow=True)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Your trends" in page and "Not medical advice" in page and 'id="analytics"' in page
    assert Client().get(url).status_code == 400  # used: logging in changed last_login


def test_tampered_link_and_anonymous_visitors(owner):
    url = dashboard_link(owner)
    assert Client().get(url[:-3] + "abc").status_code == 400
    response = Client().get("/dashboard/")
    assert response.status_code == 302 and response.url.startswith("/login/")
    assert_login = Client().post(
        "/login/", {"username": "owner@example.com", "password": "correct horse battery staple"}
    )
    assert assert_login.status_code == 302 and assert_login.url == "/dashboard/"


def test_outsider_cannot_open_the_owners_dashboard_but_staff_can(owner, outsider, staff):
    CravingFactory(user=owner, description="owner only", occurred_at=datetime.now(UTC) - timedelta(days=1))
    browser = Client()
    browser.force_login(outsider)
    response = browser.get(f"/dashboard/?user={owner.id}")
    assert response.status_code == 302 and response.url == "/dashboard/"
    assert '"totalCravings": 0' in browser.get("/dashboard/").content.decode()
    browser.force_login(staff)
    page = browser.get(f"/dashboard/?user={owner.id}&period=7d").content.decode()
    assert "owner@example.com" in page and '"totalCravings": 1' in page
    overview = browser.get("/dashboard/staff/?q=owner")
    assert overview.status_code == 200 and "owner@example.com" in overview.content.decode()
    assert browser.get("/dashboard/?period=forever").status_code == 400


def test_the_cards_say_what_a_figure_means_not_how_it_was_computed():
    from insights.trend_cards import cards

    def analytics(n, slope, current=0, longest=4):
        return {
            "totalCravings": n,
            "totalResisted": n // 2,
            "successRate": 50.0,
            "averageIntensity": 6.04,
            "intensityTrend": {"slopePerWeek": slope, "n": n},
            "streaks": {"resisted": {"current": current, "longest": longest}},
        }

    # One week of 8 logs: a slope of 3.5 a week is noise, so no direction is claimed.
    assert cards(analytics(8, 3.545), "7d")[2]["line"] == "Too few logs over time to see a direction yet."
    assert cards(analytics(40, -0.32), "3m")[2]["line"] == "Easing: about 0.3 lower each week."
    assert cards(analytics(40, 0.04), "3m")[2]["line"] == "About steady over this period."
    resisted, intensity, run = cards(analytics(40, 0.5), "1m")[1:]
    assert (resisted["figure"], resisted["unit"]) == ("20", "of 40")
    assert resisted["line"] == "50% logged with confidence to resist above 7."
    assert (intensity["figure"], intensity["unit"]) == ("6.0", "/ 10")
    # An improving person whose last craving got the better of them sees their best run, not a 0.
    assert (run["figure"], run["line"]) == ("4", "Your next resisted craving starts a new run.")
