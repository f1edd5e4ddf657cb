"""The trends page as a phone's web view and a desktop browser show it: Debian's headless Chromium, driven by
Playwright, at 320-430 px and 1280 px. `make screenshots` runs these with SCREENSHOT_DIR set and keeps the pictures."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from cravings.demo import demo_cravings
from cravings.models import Craving
from tests.factories import CravingFactory, UserFactory
from tests.helpers import CHROMIUM, dashboard_link

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM, reason="Debian's chromium is not installed (make test installs it)"),
    pytest.mark.django_db(transaction=True),
]

# Runs in the page: everything a person could miss. Each text's own box must lie inside the viewport and
# inside its card (text that spills or is clipped is cut for whoever reads it).
LAYOUT = """() => {
  const width = window.innerWidth, cut = [];
  const walker = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim() || node.parentElement.closest("script")) continue;
    const range = document.createRange(); range.selectNodeContents(node);
    const box = range.getBoundingClientRect(), card = node.parentElement.closest(".card");
    const frame = card ? card.getBoundingClientRect() : {left: 0, right: width};
    if (box.width && (box.left < Math.max(0, frame.left) - 1 || box.right > Math.min(width, frame.right) + 1))
      cut.push(node.textContent.trim().slice(0, 40));
  }
  const charts = [...document.querySelectorAll("canvas")].map(c => {
    const chart = window.Chart && Chart.getChart(c);
    return {id: c.id, width: c.width, points: chart ? chart.data.datasets[0].data.length : 0,
            labels: chart ? chart.data.labels : []};
  });
  const heat = [...document.querySelectorAll("#heat > div")];
  return {pageWidth: document.documentElement.scrollWidth, width, cut, charts,
          drawn: document.body.dataset.charts, text: document.querySelector("main").innerText,
          heatColumns: heat.length / 8 - 1, heatCounts: heat.filter(c => /^\\d+$/.test(c.textContent) && !c.className).length,
          heatHours: heat.filter(c => c.classList.contains("hour")).map(c => c.textContent)};
}"""


def offset_now() -> int:
    return int(datetime.now(ZoneInfo("America/New_York")).utcoffset().total_seconds() // 60)


def enter_link(user, base_url: str) -> str:
    return dashboard_link(user).replace("http://testserver", base_url)


@pytest.fixture
def person(db):
    user = UserFactory(email="sam@example.com", timezone="America/New_York")
    Craving.objects.bulk_create(demo_cravings(user))
    # The demo logs end yesterday; one log now puts this week under way whatever the weekday (on a Monday the week
    # would otherwise hold nothing, and its "(part)" bar would not be drawn).
    CravingFactory(user=user, occurred_at=timezone.now(), utc_offset_minutes=offset_now())
    return user


@pytest.fixture
def shots():
    keep = os.environ.get("SCREENSHOT_DIR")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        yield Path(keep)
    else:
        with tempfile.TemporaryDirectory() as folder:
            yield Path(folder)


def look(links: dict[int, str], shots: Path, name: str, path: str = "") -> dict[int, dict]:
    """Opens each width's single-use link, then `path` (a period) in that session, and measures the page."""
    from playwright.sync_api import sync_playwright

    seen = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            for width, link in links.items():
                page = browser.new_page(viewport={"width": width, "height": 900 if width < 600 else 1000})
                page.goto(link)
                if path:
                    page.goto(page.url.split("?")[0] + path)
                page.wait_for_function("document.body.dataset.charts !== undefined")
                seen[width] = page.evaluate(LAYOUT)
                shot = shots / f"trends-{name}-{width}.png"
                page.screenshot(path=str(shot), full_page=True)
                seen[width]["shot"] = shot.stat().st_size
                page.close()
        finally:
            browser.close()
    return seen


def test_the_trends_page_fits_a_phone_and_a_desktop(person, live_server, shots):
    widths = (320, 390, 430, 1280)
    seen = look({w: enter_link(person, live_server.url) for w in widths}, shots, "3m", "?period=3m")
    for width, page in seen.items():
        assert page["pageWidth"] <= width, (width, page["pageWidth"])  # no sideways scrolling
        assert page["cut"] == [], (width, page["cut"])
        assert page["drawn"] == "byDate emotions heat triggers weekly", width
        assert all(c["width"] > 0 and c["points"] > 0 for c in page["charts"]), (width, page["charts"])
        assert page["shot"] > 20_000
        text = page["text"]
        assert "confidence to resist above 7" in text and "days and hours in America/New_York" in text
        assert "/ week" not in text and "slope" not in text.lower()
        # The demo's weeknight sugar cravings (18:00-23:00) are on the map, with their counts written in.
        assert page["heatCounts"] > 0
    phone, desktop = seen[390], seen[1280]
    assert phone["heatColumns"] == 8 and phone["heatHours"][-2:] == ["18", "21"]
    assert desktop["heatColumns"] == 24 and desktop["heatHours"][21] == "21"
    weekly = next(c for c in phone["charts"] if c["id"] == "weekly")
    assert weekly["labels"][-1].endswith("(part)")  # this week is not over: marked, not drawn as a full week


@pytest.mark.parametrize("period", ["7d", "1m", "1y"])
def test_every_period_fits_the_narrowest_phone(person, live_server, shots, period):
    page = look({320: enter_link(person, live_server.url)}, shots, period, f"?period={period}")[320]
    assert page["pageWidth"] <= 320 and page["cut"] == [], page["cut"]
    assert page["drawn"] == "byDate emotions heat triggers weekly"
    if period == "7d":  # one week of logs: no direction is claimed from it
        assert "Too few logs over time to see a direction yet." in page["text"]


def test_an_empty_account_gets_a_kind_page_in_its_own_time_zone(live_server, shots):
    newcomer = UserFactory(email="new@example.com", timezone="Europe/Berlin")
    seen = look({390: enter_link(newcomer, live_server.url)}, shots, "empty")[390]
    assert "Log your first craving in the app to see your trends here." in seen["text"]
    assert "Europe/Berlin" in seen["text"] and "0.0" not in seen["text"]
    assert seen["drawn"] == "" and seen["charts"] == [] and seen["pageWidth"] <= 390 and seen["cut"] == []
