"""What erasure must reach beyond the cascade."""

import pytest
from django.contrib.admin.models import CHANGE, LogEntry

from insights.models import Insight
from privacy.services import user_erase

pytestmark = pytest.mark.django_db


def test_the_admin_log_keeps_no_question_of_an_erased_users_insight(owner, staff):
    """Before: an Insight's admin log entry kept its question (the user's words) after erasure."""
    insight = Insight.objects.create(
        user=owner, question="why do I drink alone at night?", answer="", status="done", cache_key="q" * 64
    )
    LogEntry.objects.log_actions(staff.id, [insight], CHANGE, change_message="looked", single_object=True)
    user_erase(user=owner)
    assert not LogEntry.objects.filter(object_repr__contains="drink alone").exists()
