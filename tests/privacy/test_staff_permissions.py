"""Staff status opens the admin; what a staff member may do there, and on the staff pages, is what their
model permissions say. A view-only staff member (may view users, nothing else) is the test's subject."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from accounts.models import User
from cravings.models import Craving
from personas.models import Persona
from tests.factories import CravingFactory, UserFactory

pytestmark = pytest.mark.django_db
USERS = "/admin/accounts/user/"


@pytest.fixture
def viewer():
    """Staff who may only view users."""
    user = UserFactory(email="viewer@example.com", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_user"))
    return user


def browser_for(user) -> Client:
    browser = Client()
    browser.force_login(user)
    return browser


def test_view_only_staff_cannot_erase_anyone(viewer, owner):
    """Before: the erase action set no permissions= and any staff member could erase any account."""
    browser = browser_for(viewer)
    browser.post(USERS, {"action": "erase_data", "_selected_action": [owner.id], "confirm": "yes"})
    assert User.objects.filter(id=owner.id).exists()


def test_view_only_staff_cannot_download_an_export(viewer, owner):
    CravingFactory(user=owner, description="private words")
    response = browser_for(viewer).post(USERS, {"action": "export_data", "_selected_action": [owner.id]})
    assert "private words" not in response.content.decode()


def test_the_export_needs_its_own_permission(viewer, owner):
    CravingFactory(user=owner, description="private words")
    viewer.user_permissions.add(Permission.objects.get(codename="export_user"))
    response = browser_for(viewer).post(USERS, {"action": "export_data", "_selected_action": [owner.id]})
    assert "private words" in response.content.decode()


def test_only_a_superuser_erases_a_superuser(owner):
    boss = UserFactory(email="boss@example.com", is_staff=True, is_superuser=True)
    deleter = UserFactory(email="deleter@example.com", is_staff=True)
    deleter.user_permissions.add(*Permission.objects.filter(codename__in=["view_user", "delete_user"]))
    browser_for(deleter).post(
        USERS, {"action": "erase_data", "_selected_action": [boss.id], "confirm": "yes", "confirm_staff": "yes"}
    )
    assert User.objects.filter(id=boss.id).exists()


def test_view_only_staff_cannot_run_persona_actions(viewer):
    viewer.user_permissions.add(Permission.objects.get(codename="view_persona"))
    persona = Persona.objects.first() or Persona.objects.create(slug="coach", name="Coach", system_prompt="Be kind.")
    pinned = persona.pinned
    browser_for(viewer).post("/admin/personas/persona/", {"action": "pin", "_selected_action": [persona.id]})
    persona.refresh_from_db()
    assert persona.pinned == pinned


def test_view_only_staff_cannot_retry_embeddings(viewer, owner):
    viewer.user_permissions.add(Permission.objects.get(codename="view_craving"))
    craving = CravingFactory(user=owner)
    page = browser_for(viewer).post(
        "/admin/cravings/craving/", {"action": "retry_embedding", "_selected_action": [craving.id]}, follow=True
    )
    assert b"queued for embedding" not in page.content


def test_staff_without_view_user_cannot_list_users_on_the_staff_page(owner):
    """Before: any staff account listed every user's email at /dashboard/staff/?q=@."""
    plain_staff = UserFactory(email="plain.staff@example.com", is_staff=True)
    page = browser_for(plain_staff).get("/dashboard/staff/?q=@")
    assert page.status_code == 403 and owner.email.encode() not in page.content


def test_staff_without_view_craving_cannot_read_a_users_dashboard(viewer, owner):
    CravingFactory(user=owner, trigger="private trigger")
    page = browser_for(viewer).get(f"/dashboard/?user={owner.id}")
    assert page.status_code == 403 and b"private trigger" not in page.content


def test_staff_with_the_permissions_still_see_both(viewer, owner):
    viewer.user_permissions.add(Permission.objects.get(codename="view_craving"))
    browser = browser_for(viewer)
    assert browser.get("/dashboard/staff/?q=owner").status_code == 200
    assert browser.get(f"/dashboard/?user={owner.id}").status_code == 200


@pytest.mark.parametrize(
    "model,action",
    [
        (User, "erase_data"),
        (User, "export_data"),
        (Persona, "train_new_version"),
        (Persona, "rollback"),
        (Persona, "pin"),
        (Persona, "unpin"),
        (Craving, "retry_embedding"),
    ],
)
def test_no_action_that_changes_anything_is_offered_to_view_only_staff(model, action):
    """Every action of these lists needs a permission beyond viewing; a superuser is offered each one."""
    from django.contrib import admin
    from django.test import RequestFactory

    viewer = UserFactory(email="only.views@example.com", is_staff=True)
    viewer.user_permissions.add(*Permission.objects.filter(codename__in=["view_user", "view_persona", "view_craving"]))
    boss = UserFactory(email="boss@example.com", is_staff=True, is_superuser=True)
    model_admin = admin.site._registry[model]

    def offered(user) -> set[str]:
        request = RequestFactory().get("/admin/")
        request.user = User.objects.get(id=user.id)  # a fresh object: permissions are cached per instance
        return set(model_admin.get_actions(request))

    assert action in offered(boss) and action not in offered(viewer)
