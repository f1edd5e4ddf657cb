"""The staff pages' input checks."""

import pytest
from django.test import Client


@pytest.mark.django_db
def test_staff_dashboard_with_a_bad_user_is_400(staff):
    browser = Client()
    browser.force_login(staff)
    assert browser.get("/dashboard/?user=abc").status_code == 400
