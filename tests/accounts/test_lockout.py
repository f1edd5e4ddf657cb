"""Password guessing locks an (account, address) pair, never the account for everyone: a stranger's
failures cannot lock the owner out. Against a real server behind one trusted proxy, as compose runs it
(every request reaches Django from the proxy's address; X-Forwarded-For names the client)."""

import http.cookiejar
import json
import re
import urllib.error
import urllib.parse
import urllib.request

import pytest

from tests.factories import UserFactory
from tests.helpers import PASSWORD, call

pytestmark = pytest.mark.django_db(transaction=True)
ATTACKER, OWNER_PHONE = "203.0.113.66", "198.51.100.7"


@pytest.fixture
def behind_proxy(settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}


def login(base, email, password, client):
    status, body, headers = call(
        f"{base}/api/v1/auth/login", {"email": email, "password": password}, headers={"X-Forwarded-For": client}
    )
    return status, json.loads(body or b"{}"), headers


def test_failures_with_unknown_emails_do_not_lock_a_real_users_login(live_server, behind_proxy):
    """Before: 4 failures from one address (axes counted the proxy's) locked everyone out, for up to a day."""
    UserFactory(email="real@example.com")
    codes = [login(live_server.url, f"nobody{i}@example.com", "x", ATTACKER)[0] for i in range(8)]
    assert codes == [401] * 8
    assert login(live_server.url, "real@example.com", PASSWORD, OWNER_PHONE)[0] == 200


def test_a_stranger_guessing_an_owners_password_does_not_lock_the_owner(live_server, behind_proxy):
    """Before: 12 wrong passwords from anywhere locked the owner's correct password for 24 h."""
    UserFactory(email="victim@example.com")
    codes = [login(live_server.url, "victim@example.com", "wrong", ATTACKER)[0] for _ in range(12)]
    assert codes[:4] == [401] * 4 and set(codes[4:]) == {429}
    assert login(live_server.url, "victim@example.com", PASSWORD, OWNER_PHONE)[0] == 200


def test_the_guessing_address_stays_locked_with_backoff(live_server, behind_proxy):
    UserFactory(email="target@example.com")
    for _ in range(5):
        login(live_server.url, "target@example.com", "wrong", "203.0.113.67")
    status, body, headers = login(live_server.url, "target@example.com", PASSWORD, "203.0.113.67")
    assert status == 429 and body["error"]["code"] == "locked_out"
    assert int(headers["Retry-After"]) >= 15 * 60


def test_the_backoff_doubles_from_15_minutes_to_a_day():
    from accounts.lockout import cool_off

    class Attempt:
        def __init__(self, failures):
            self.axes_failures_since_start = failures

    assert [cool_off(Attempt(n)).total_seconds() / 60 for n in (5, 6, 7)] == [15, 30, 60]
    assert cool_off(Attempt(40)).total_seconds() == 24 * 3600


def form_login(base, email, password, client) -> int:
    """The admin's login form as a browser posts it: the CSRF cookie and token from the form page first."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    headers = {"X-Forwarded-For": client}
    page = opener.open(urllib.request.Request(f"{base}/admin/login/", headers=headers), timeout=20).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"username": email, "password": password, "csrfmiddlewaretoken": token}).encode()
    request = urllib.request.Request(f"{base}/admin/login/", form, {**headers, "Referer": f"{base}/admin/login/"})
    try:
        return opener.open(request, timeout=20).status
    except urllib.error.HTTPError as error:
        return error.code


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_form_logins_lock_the_same_pair(live_server, behind_proxy):
    UserFactory(email="admin@example.com", is_staff=True)
    codes = [form_login(live_server.url, "admin@example.com", "wrong", "192.0.2.7") for _ in range(5)]
    assert codes == [200] * 4 + [429]  # the form again with its error, then the lock at the fifth
    assert form_login(live_server.url, "admin@example.com", PASSWORD, "192.0.2.7") == 429
    assert form_login(live_server.url, "admin@example.com", PASSWORD, "192.0.2.8") == 302  # signed in


def test_password_checks_behind_a_token_are_counted_too(live_server, behind_proxy):
    """Before: /auth/password compared the password outside axes: a token holder could guess forever."""
    UserFactory(email="holder@example.com")
    _, tokens, _ = login(live_server.url, "holder@example.com", PASSWORD, ATTACKER)
    bearer = {"Authorization": f"Bearer {tokens['access_token']}", "X-Forwarded-For": ATTACKER}
    codes = [
        call(
            f"{live_server.url}/api/v1/auth/password",
            {"currentPassword": f"guess {i}", "newPassword": "a brand new passphrase 7"},
            headers=bearer,
        )[0]
        for i in range(6)
    ]
    assert codes[:4] == [400] * 4 and codes[-1] == 429
    erase = {"confirm": "delete my account", "password": PASSWORD}
    assert call(f"{live_server.url}/api/v1/privacy/delete", erase, headers=bearer)[0] == 429
