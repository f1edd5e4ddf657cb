"""The admin as staff see it at 1280 px in Debian's headless Chromium: every list fits the page (no table
wider than its column), with long emails and questions in it."""

import pytest

from cravings.demo import demo_cravings
from cravings.models import Craving
from insights.models import Insight
from tests.factories import UserFactory
from tests.helpers import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM, reason="Debian's chromium is not installed (make test installs it)"),
    pytest.mark.django_db(transaction=True),
]

LISTS = (
    "cravings/craving",
    "insights/insight",
    "insights/summary",
    "insights/trendmarker",
    "personas/persona",
    "gpu/workerstatus",
    "gpu/adapterresidency",
    "accounts/user",
)


def test_every_admin_list_fits_a_1280_px_page(live_server):
    from playwright.sync_api import sync_playwright

    UserFactory(email="staff@example.com", is_staff=True, is_superuser=True)
    person = UserFactory(email="a.rather.long.email.address.for.a.person@example.com")
    Craving.objects.bulk_create(demo_cravings(person))
    Insight.objects.create(
        user=person,
        question="When do my sugar cravings hit hardest during the working week, "
        "and what usually comes just before them?",
        status="done",
    )
    widths = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(f"{live_server.url}/admin/login/")
            page.fill("#id_username", "staff@example.com")
            page.fill("#id_password", "correct horse battery staple")
            page.click("input[type=submit]")
            for path in LISTS:
                page.goto(f"{live_server.url}/admin/{path}/")
                widths[path] = page.evaluate("""() => {
                    const table = document.querySelector('#result_list'), box = table && table.parentElement;
                    return [document.documentElement.scrollWidth, table ? table.scrollWidth : 0,
                            box ? box.clientWidth : 0];
                }""")
        finally:
            browser.close()
    for path, (page_width, table, room) in widths.items():
        assert page_width <= 1280 and table <= room, (path, page_width, table, room)
    assert widths["cravings/craving"][1] > 0 and widths["insights/insight"][1] > 0  # those lists have rows
