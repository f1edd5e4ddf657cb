"""Erasure removes everything under the account, and needs the password."""

import pytest
from django.core.cache import cache
from django.test import Client

from accounts.models import User
from cravings.models import Craving
from insights.models import Insight, Summary, TrendMarker
from tests.factories import CravingFactory
from tests.helpers import PASSWORD, assert_error
from tests.privacy.owned import SECRET_NOTE, owned  # noqa: F401  (a fixture)


@pytest.mark.django_db
def test_deleting_an_account_needs_the_password(owner_api, owner):
    assert_error(
        owner_api.post("/api/v1/privacy/delete", {"confirm": "delete my account"}, format="json"), 400, field="password"
    )
    assert User.objects.filter(id=owner.id).exists()
    response = owner_api.post(
        "/api/v1/privacy/delete", {"confirm": "delete my account", "password": PASSWORD}, format="json"
    )
    assert response.status_code == 200 and not User.objects.filter(id=owner.id).exists()


@pytest.mark.django_db
def test_erasure_leaves_no_session_and_no_email_in_the_admin_log(owner, staff):
    from django.contrib.admin.models import CHANGE, LogEntry
    from django.contrib.contenttypes.models import ContentType
    from django.contrib.sessions.models import Session

    from privacy.services import user_erase

    browser = Client()
    browser.force_login(owner)
    LogEntry.objects.log_actions(staff.id, [owner], CHANGE, change_message="edited", single_object=True)
    user_erase(user=owner)
    assert not Session.objects.exists()
    entry = LogEntry.objects.get(content_type=ContentType.objects.get_for_model(User))
    assert owner.email not in entry.object_repr


@pytest.mark.django_db
def test_erasure_removes_account_data_embeddings_markers_and_cached_answers(
    owner_api, owned, owner, outsider, django_capture_on_commit_callbacks
):
    other = CravingFactory(user=outsider)
    cache.set("insight:" + "k" * 64, {"answer": SECRET_NOTE})
    assert_error(owner_api.post("/api/v1/privacy/delete", {"confirm": "yes"}, format="json"), 400, field="confirm")
    assert_error(
        owner_api.post("/api/v1/privacy/delete", {"confirm": "Delete my account", "password": "guess"}, format="json"),
        400,
        field="password",
    )  # a stolen token alone erases nothing
    assert Craving.objects.filter(user_id=owner.id).exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = owner_api.post(
            "/api/v1/privacy/delete",
            {"confirm": "Delete my account", "password": "correct horse battery staple"},
            format="json",
        )
    assert response.status_code == 200
    assert response.json()["deleted"] == {
        "cravings": 1,
        "insights": 1,
        "summaries": 1,
        "trend_markers": 1,
        "feedback": 0,
        "persona_versions_retired": 0,
    }
    assert not User.objects.filter(email="owner@example.com").exists()
    for model in (Craving, Insight, Summary, TrendMarker):
        assert not model.objects.filter(user_id=owner.id).exists()
    assert cache.get("insight:" + "k" * 64) is None
    assert Craving.objects.filter(id=other.id).exists()
    assert_error(owner_api.get("/api/v1/auth/me"), 401)  # the token's user is gone
