import shutil
import subprocess
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from django.test import Client

from tests.conftest import client_for
from tests.factories import CravingFactory

pytestmark = pytest.mark.django_db


def enter_link(user) -> str:
    response = client_for(user).post("/api/v1/dashboard/link")
    assert response.status_code == 200 and response.json()["expiresIn"] == 120
    return response.json()["url"]


def test_signed_link_opens_the_users_dashboard_once(owner):
    CravingFactory(user=owner, occurred_at=datetime.now(timezone.utc) - timedelta(days=1))
    url = enter_link(owner)
    browser = Client()
    response = browser.get(url, follow=True)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Your trends" in page and "Not medical advice" in page and 'id="analytics"' in page
    assert Client().get(url).status_code == 400  # used: logging in changed last_login


def test_tampered_link_and_anonymous_visitors(owner):
    url = enter_link(owner)
    assert Client().get(url[:-3] + "abc").status_code == 400
    response = Client().get("/dashboard/")
    assert response.status_code == 302 and response.url.startswith("/login/")
    assert_login = Client().post("/login/", {"username": "owner@example.com", "password": "correct horse battery staple"})
    assert assert_login.status_code == 302 and assert_login.url == "/dashboard/"


def test_outsider_cannot_open_the_owners_dashboard_but_staff_can(owner, outsider, staff):
    CravingFactory(user=owner, description="owner only", occurred_at=datetime.now(timezone.utc) - timedelta(days=1))
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


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(not CHROMIUM, reason="Debian's chromium is not installed (make test installs it where apt works)")
@pytest.mark.django_db(transaction=True)
def test_dashboard_renders_its_charts_in_headless_chromium(live_server, owner):
    now = datetime.now(timezone.utc)
    for i in range(40):
        CravingFactory(user=owner, occurred_at=now - timedelta(hours=17 * i), emotions=["Anxious", "Bored"][i % 2:])
    url = enter_link(owner).replace("http://testserver", live_server.url)
    with tempfile.TemporaryDirectory() as profile:
        shot = Path(profile) / "dashboard.png"
        flags = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={profile}", "--window-size=1280,1800", "--virtual-time-budget=5000"]
        dom = subprocess.run([*flags, "--dump-dom", url], capture_output=True, text=True, timeout=90).stdout
        assert 'data-charts="4"' in dom, dom[-2000:]  # Chart.js (vendored) drew all four charts
        assert "Your trends" in dom
        # The second visit uses a fresh link (links are single-use) and leaves a screenshot to look at.
        url = enter_link(owner).replace("http://testserver", live_server.url)
        subprocess.run([*flags, f"--screenshot={shot}", url], capture_output=True, timeout=90)
        assert shot.exists() and shot.stat().st_size > 20_000
