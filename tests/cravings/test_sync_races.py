"""Parallel syncs of one new id are serialised per user: all succeed, one row is stored."""

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

from cravings.models import Craving
from tests.helpers import call


@pytest.mark.django_db(transaction=True)
def test_parallel_syncs_with_the_same_new_id_all_succeed_and_store_one_row(live_server, owner):
    token = str(__import__("rest_framework_simplejwt.tokens", fromlist=["x"]).RefreshToken.for_user(owner).access_token)
    shared = str(uuid.uuid4())
    batch = {
        "cravings": [
            {
                "id": shared,
                "cravingDescription": "Want chocolate",
                "cravingStrength": 6,
                "confidenceToResist": 5,
                "timestamp": "2026-11-20T20:00:00-05:00",
            }
        ]
    }
    barrier = threading.Barrier(12)

    def sync(_):
        barrier.wait()
        return call(f"{live_server.url}/api/v1/cravings/sync", batch, headers={"Authorization": f"Bearer {token}"})[0]

    with ThreadPoolExecutor(12) as pool:
        codes = list(pool.map(sync, range(12)))
    assert codes == [200] * 12, codes
    assert Craving.objects.filter(user=owner, uuid=shared).count() == 1
