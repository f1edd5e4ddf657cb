"""The admin's export and erase actions: erase asks first, staff accounts need their own tick."""

import pytest
from django.test import Client

from accounts.models import User
from cravings.models import Craving
from tests.factories import UserFactory
from tests.privacy.owned import SECRET_NOTE, owned  # noqa: F401  (a fixture)


@pytest.mark.django_db
def test_admin_erase_asks_first_and_staff_need_their_own_tick(staff, owner):
    browser = Client()
    browser.force_login(staff)
    other_staff = UserFactory(email="other.staff@example.com", is_staff=True)
    page = browser.post(
        "/admin/accounts/user/", {"action": "erase_data", "_selected_action": [owner.id, other_staff.id]}
    )
    assert page.status_code == 200 and b"cannot be undone" in page.content and owner.email.encode() in page.content
    assert User.objects.filter(id__in=[owner.id, other_staff.id]).count() == 2  # nothing yet
    browser.post(
        "/admin/accounts/user/",
        {"action": "erase_data", "_selected_action": [owner.id, other_staff.id], "confirm": "yes"},
    )
    assert User.objects.filter(id__in=[owner.id, other_staff.id]).count() == 2  # staff not ticked
    browser.post(
        "/admin/accounts/user/",
        {
            "action": "erase_data",
            "_selected_action": [owner.id, other_staff.id],
            "confirm": "yes",
            "confirm_staff": "yes",
        },
    )
    assert not User.objects.filter(id__in=[owner.id, other_staff.id]).exists()


@pytest.mark.django_db
def test_admin_export_and_erase(staff, owned, owner):
    from django.test import Client

    browser = Client()
    browser.force_login(staff)
    export = browser.post("/admin/accounts/user/", {"action": "export_data", "_selected_action": [owner.id]})
    assert SECRET_NOTE in export.content.decode()
    page = browser.post("/admin/accounts/user/", {"action": "erase_data", "_selected_action": [owner.id]})
    assert page.status_code == 200 and "owner@example.com" in page.content.decode()
    assert Craving.objects.filter(user_id=owner.id).exists()  # nothing goes before the confirmation
    browser.post("/admin/accounts/user/", {"action": "erase_data", "_selected_action": [owner.id], "confirm": "yes"})
    assert not Craving.objects.filter(user_id=owner.id).exists()
