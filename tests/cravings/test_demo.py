"""`make run`'s demo data: about three months of realistic logs, loaded once."""

import pytest
from django.core.management import call_command

from accounts.models import User
from cravings.models import Craving

pytestmark = pytest.mark.django_db


def test_demo_data_is_realistic_and_loading_twice_adds_nothing(tmp_path, settings):
    settings.BASE_DIR = tmp_path
    call_command("load_demo")
    demo = User.objects.get(email="demo@crave.local")
    count = Craving.objects.filter(user=demo).count()
    assert User.objects.get(email="admin@crave.local").is_superuser
    call_command("load_demo")
    assert Craving.objects.filter(user=demo).count() == count
    rows = Craving.objects.filter(user=demo)
    span = rows.order_by("-occurred_at").first().occurred_at - rows.order_by("occurred_at").first().occurred_at
    assert span.days >= 85 and count >= 100
    assert {-300, -240} >= set(rows.values_list("utc_offset_minutes", flat=True))
    assert (tmp_path / ".local" / "demo-credentials.json").exists()
