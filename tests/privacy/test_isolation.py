"""No endpoint shows the owner's data to anyone else, staff included."""

import pytest

from cravings.models import Craving
from tests.helpers import assert_error, client_for
from tests.privacy.owned import SECRET_NOTE, owned  # noqa: F401  (a fixture)


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["outsider", "staff"])
def test_no_endpoint_shows_the_owners_data_to_anyone_else(owned, who, request):
    craving, insight = owned
    api = client_for(request.getfixturevalue(who))
    by_id = [f"/api/v1/cravings/{craving.uuid}", f"/api/v1/insights/{insight.id}"]
    for url in by_id:
        assert_error(api.get(url), 404)
    assert_error(api.patch(by_id[0], {"cravingStrength": 1}, format="json"), 404)
    assert_error(api.delete(by_id[0]), 404)
    assert_error(api.post(f"{by_id[0]}/archive"), 404)
    listings = [
        "/api/v1/cravings/",
        "/api/v1/insights",
        "/api/v1/summaries",
        "/api/v1/trends",
        "/api/v1/analytics?period=1m",
        "/api/v1/privacy/export",
    ]
    for url in listings:
        response = api.get(url)
        assert response.status_code == 200, url
        assert SECRET_NOTE not in response.content.decode(), url
    assert Craving.objects.filter(id=craving.id, description__contains=SECRET_NOTE).exists()
