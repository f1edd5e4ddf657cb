"""The export holds everything about the user and only theirs, safe to open in a spreadsheet."""

import io
import zipfile

import pytest

from insights.models import Insight
from tests.factories import CravingFactory
from tests.helpers import assert_error
from tests.privacy.owned import SECRET_NOTE, owned  # noqa: F401  (a fixture)


@pytest.mark.django_db
def test_the_csv_export_is_safe_to_open_in_a_spreadsheet(owner_api, owner):
    import csv
    import io
    import zipfile

    from tests.factories import CravingFactory

    CravingFactory(user=owner, description='=HYPERLINK("http://evil.example","click")', trigger="+cmd")
    archive = zipfile.ZipFile(io.BytesIO(owner_api.get("/api/v1/privacy/export?format=csv").content))
    row = next(csv.DictReader(io.StringIO(archive.read("cravings.csv").decode())))
    assert row["description"].startswith("'=") and row["trigger"] == "'+cmd"


@pytest.mark.django_db
def test_export_json_and_csv_hold_everything_and_only_the_users(owner_api, owner, owned, outsider):
    from insights.models import Feedback
    from personas.models import Persona

    CravingFactory(user=outsider, description="outsider's own")
    _, insight = owned
    coach = Persona.objects.create(name="Coach", slug="coach", system_prompt="x")
    Insight.objects.filter(id=insight.id).update(persona=coach, persona_version=1, context={"time_of_day": "night"})
    Feedback.objects.create(
        user=owner,
        insight=insight,
        persona=coach,
        thumbs_up=False,
        rating=2,
        comment=f"too vague {SECRET_NOTE}",
        reward=0.25,
    )
    data = owner_api.get("/api/v1/privacy/export").json()
    assert data["profile"]["email"] == "owner@example.com"
    assert [c["description"] for c in data["cravings"]] == [f"Craving {SECRET_NOTE}"]
    assert data["insights"][0]["answer"] == SECRET_NOTE and data["summaries"] and data["trend_markers"]
    assert (data["insights"][0]["persona_slug"], data["insights"][0]["context"]) == ("coach", {"time_of_day": "night"})
    assert [(f["rating"], f["comment"]) for f in data["feedback"]] == [(2, f"too vague {SECRET_NOTE}")]
    response = owner_api.get("/api/v1/privacy/export", {"format": "csv"})
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert set(archive.namelist()) == {
        "profile.csv",
        "cravings.csv",
        "insights.csv",
        "summaries.csv",
        "trend_markers.csv",
        "feedback.csv",
        "sign_in_attempts.csv",
    }
    assert SECRET_NOTE in archive.read("cravings.csv").decode()
    assert "outsider's own" not in archive.read("cravings.csv").decode()
    assert_error(owner_api.get("/api/v1/privacy/export", {"format": "xml"}), 400, field="format")
