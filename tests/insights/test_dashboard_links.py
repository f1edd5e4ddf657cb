"""Dashboard links: single-use, claimed atomically, and never a way into the admin."""

import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core import signing
from django.test import Client

from accounts.models import User
from tests.helpers import PASSWORD, client_for, dashboard_link


@pytest.mark.django_db
def test_a_staff_dashboard_link_never_opens_the_admin(staff):
    link = client_for(staff).post("/api/v1/dashboard/link").json()["url"]
    browser = Client()
    assert browser.get(link[link.index("/dashboard/") :]).status_code == 302
    assert browser.get("/dashboard/").status_code == 200  # the trends page, yes
    assert browser.get("/admin/").status_code == 302  # the admin, no: its own login


@pytest.mark.django_db(transaction=True)
def test_a_dashboard_link_opened_ten_times_at_once_lets_in_once(live_server, owner):
    link = client_for(owner).post("/api/v1/dashboard/link").json()["url"]
    path = link[link.index("/dashboard/") :]

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    def open_once(_):
        try:
            return urllib.request.build_opener(NoRedirect).open(f"{live_server.url}{path}", timeout=20).status
        except urllib.error.HTTPError as error:
            return error.code

    with ThreadPoolExecutor(10) as pool:
        codes = list(pool.map(open_once, range(10)))
    assert sorted(codes) == [302] + [400] * 9, codes  # one opening lets in; the other nine are refused


def test_signed_links_are_single_use_tokens_not_replays():
    from insights.services import LINK_SALT, dashboard_link_token

    user = User(id=1)
    first, second = dashboard_link_token(user), dashboard_link_token(user)
    assert first != second and signing.loads(first, salt=LINK_SALT)["u"] == 1


@pytest.mark.django_db
def test_revoking_tokens_ends_a_trends_page_session_and_its_unopened_links(owner):
    """Before: the session named only a user id, so a page opened from a link outlived a password change."""
    app = client_for(owner)
    browser = Client()
    browser.get(dashboard_link(owner))
    unopened = dashboard_link(owner)
    assert browser.get("/dashboard/").status_code == 200
    changed = app.post(
        "/api/v1/auth/password",
        {"currentPassword": PASSWORD, "newPassword": "a brand new passphrase 7"},
        format="json",
    )
    assert changed.status_code == 200
    response = browser.get("/dashboard/")
    assert response.status_code == 302 and response.url.startswith("/login/")
    assert Client().get(unopened).status_code == 400
