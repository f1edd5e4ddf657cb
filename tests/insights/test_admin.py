"""The insights admin names each question, not "Insight object"."""

import pytest

from insights.models import Insight
from personas.models import Persona

pytestmark = pytest.mark.django_db


def test_admin_lists_insights_by_their_question(staff_browser, owner):
    coach = Persona.objects.create(name="Coach", slug="coach", system_prompt="You are a coach.")
    insight = Insight.objects.create(user=owner, question="Why do I crave sugar at night?", persona=coach)
    assert str(insight) == "“Why do I crave sugar at night?” (queued)"
    page = staff_browser.get("/admin/insights/insight/").content.decode()
    assert "Why do I crave sugar at night?" in page and "Insight object" not in page
