"""Analytics ranges outside 2000-2100 are a 400."""

import pytest

from tests.helpers import assert_error


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["start=0001-01-01&end=0001-01-31", "start=9999-12-01&end=9999-12-31"])
def test_analytics_far_dates_are_400(owner_api, query):
    assert_error(owner_api.get(f"/api/v1/analytics?{query}"), 400, "validation_error")
