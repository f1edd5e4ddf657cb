"""Server pages carry a Content-Security-Policy and load nothing from a CDN."""

import pytest
from django.contrib.staticfiles import finders
from django.test import Client


@pytest.mark.django_db
def test_api_docs_are_served_without_a_cdn_under_a_content_security_policy():
    browser = Client()
    for path in ("/api/docs/", "/api/redoc/"):
        page = browser.get(path)
        html = page.content.decode()
        assert page.status_code == 200 and "cdn.jsdelivr" not in html and "fonts.googleapis" not in html, path
        assert "script-src 'self'" in page["Content-Security-Policy"]
        for src in __import__("re").findall(r'src="([^"]+)"', html):
            assert src.startswith("/"), src  # every script from this site: a static file we ship, or our view
            if src.startswith("/static/"):
                assert finders.find(src.removeprefix("/static/")), src
            else:
                assert browser.get(src).status_code == 200, src
