"""The cravings admin: staff only, lists and filters, the retry action, local times, and big tables paged
without a COUNT(*)."""

from datetime import UTC, datetime

import pytest
from django.test import Client

from cravings.models import Craving
from tests.factories import CravingFactory

pytestmark = pytest.mark.django_db


def test_admin_lists_and_filters_cravings_for_staff(staff_browser, owner):
    craving = CravingFactory(user=owner, embedding_status="failed", emotions=["Lonely"])
    for query in (
        "",
        "?embedding_status__exact=failed",
        "?emotion=Lonely",
        "?q=owner%40example.com",
        f"?user__id__exact={owner.id}",
    ):
        response = staff_browser.get(f"/admin/cravings/craving/{query}")
        assert response.status_code == 200, query
        assert str(craving.description[:20]) in response.content.decode(), query
    assert staff_browser.get(f"/admin/cravings/craving/{craving.id}/change/").status_code == 200
    assert staff_browser.get("/admin/accounts/user/").status_code == 200


def test_admin_retry_embedding_action_requeues_failed_rows(staff_browser, owner):
    craving = CravingFactory(user=owner, embedding_status="failed", embedding_attempts=5)
    response = staff_browser.post(
        "/admin/cravings/craving/", {"action": "retry_embedding", "_selected_action": [craving.id]}
    )
    assert response.status_code == 302
    craving.refresh_from_db()
    assert (craving.embedding_status, craving.embedding_attempts) == ("pending", 0)


def test_admin_needs_staff(owner):
    client = Client()
    client.force_login(owner)
    assert client.get("/admin/cravings/craving/").status_code == 302


def test_admin_shows_each_cravings_local_time_and_utc_instant_newest_first(staff_browser, owner):
    # 7:38 pm in New York is 00:38 UTC the next day: staff see both, newest first.
    CravingFactory(
        user=owner,
        description="Evening chocolate",
        utc_offset_minutes=-300,
        occurred_at=datetime(2026, 11, 21, 0, 38, tzinfo=UTC),
    )
    CravingFactory(
        user=owner,
        description="Morning coffee",
        utc_offset_minutes=-300,
        occurred_at=datetime(2026, 11, 20, 13, 0, tzinfo=UTC),
    )
    page = staff_browser.get("/admin/cravings/craving/").content.decode()
    assert "2026-11-20 19:38 (UTC-05:00)" in page and "2026-11-21 00:38 UTC" in page
    assert page.index("Evening chocolate") < page.index("Morning coffee")


@pytest.mark.django_db(transaction=True)
def test_a_big_cravings_list_pages_without_counting_the_table(staff_browser, owner):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    Craving.objects.bulk_create(
        [
            Craving(user=owner, description=f"log {i}", intensity=5, resistance=5, occurred_at="2026-11-20T20:00:00Z")
            for i in range(10_500)
        ]
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE cravings_craving")  # what autovacuum keeps up to date
    with CaptureQueriesContext(connection) as queries:
        page = staff_browser.get("/admin/cravings/craving/")
    assert page.status_code == 200 and "log " in page.content.decode()
    counts = [q["sql"] for q in queries if "COUNT(" in q["sql"].upper() and "cravings_craving" in q["sql"]]
    assert counts == [], counts  # the estimate (pg_class.reltuples) stands in for COUNT(*)
    with CaptureQueriesContext(connection) as queries:
        staff_browser.get(f"/admin/cravings/craving/?user__id__exact={owner.id}")
    assert any("COUNT(" in q["sql"].upper() for q in queries)  # a filtered list is counted exactly
