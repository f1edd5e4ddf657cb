"""The residency admin shows load times in units (2.6 ms), on its list and on the worker and persona pages."""

import pytest

from personas.models import AdapterResidency, Persona, WorkerStatus

pytestmark = pytest.mark.django_db


def test_residency_figures_are_shown_in_units(staff_browser):
    coach = Persona.objects.create(name="Coach", slug="coach", system_prompt="You are a coach.")
    worker = WorkerStatus.objects.create(hostname="gpu-1", device="cpu")
    AdapterResidency.objects.create(worker=worker, persona=coach, version=1, tier="slot", last_load_ms=2.5635750000674)
    page = staff_browser.get("/admin/personas/adapterresidency/").content.decode()
    assert "2.6 ms" in page and "2.5635" not in page
    for page in (f"/admin/personas/workerstatus/{worker.id}/change/", f"/admin/personas/persona/{coach.id}/change/"):
        assert "2.6 ms" in staff_browser.get(page).content.decode(), page
