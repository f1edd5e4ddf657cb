"""The persona router: where a persona's job goes, from the fleet's heartbeats (no worker processes here; the
fleet of real workers is tests/test_fleet.py)."""

import json

from gpu import fleet
from gpu.routing import choose, route


def test_the_router_prefers_residency_then_load_then_a_stable_hash():
    live = {name: {"concurrency": 8, "slots": [], "cpu": [], "free_slots": 4} for name in ("a", "b", "c")}
    live["b"]["slots"] = ["coach"]
    live["c"]["cpu"] = ["coach"]
    assert choose("coach", live, {}, None) == "b"  # in a slot beats in the CPU tier beats a free slot
    assert choose("coach", live, {"b": 16}, None) == "c"  # b at its overload mark: the next best takes it
    assert choose("coach", live, {"b": 2}, None) == "b"  # a little load does not break affinity
    # Nowhere resident, equal load: the same worker every time, and a different one for some other persona.
    picks = {
        slug: choose(slug, {n: {**s, "slots": [], "cpu": []} for n, s in live.items()}, {}, None)
        for slug in [f"p{i}" for i in range(30)]
    }
    assert len(set(picks.values())) == 3
    assert all(
        choose(slug, {n: {**s, "slots": [], "cpu": []} for n, s in live.items()}, {}, None) == node
        for slug, node in picks.items()
    )


def test_a_worker_that_stops_heartbeating_is_skipped(db):
    client = fleet.client()
    client.delete(fleet.FLEET)
    client.hset(fleet.FLEET, "gone@host", json.dumps({"ts": 0, "concurrency": 8, "slots": ["coach"]}))
    assert route("coach") == {"queue": "gpu"}  # the shared queue, not the dead worker's own
    client.delete(fleet.FLEET)
