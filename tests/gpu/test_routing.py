"""The persona router: where a persona's job goes, from the fleet's heartbeats (no worker processes here; the
fleet of real workers is tests/test_fleet.py)."""

import json
import time

from gpu import fleet
from gpu.routing import choose, read_fleet, route


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


def test_an_overloaded_worker_spills_over_to_the_shared_queue_while_another_starts():
    live = {"a": {"concurrency": 4, "slots": ["coach"], "cpu": [], "free_slots": 4}}
    assert choose("coach", live, {"a": 8}, None) == "a"  # overloaded, but nobody else will take it sooner
    assert choose("coach", live, {"a": 8}, None, arriving=True) is None  # the shared queue: first free thread
    assert choose("coach", live, {"a": 7}, None, arriving=True) == "a"  # below the overload mark: affinity holds


def test_a_draining_worker_gets_nothing_new(db):
    client = fleet.client()
    client.delete(fleet.FLEET, fleet.STARTING)
    client.hset(fleet.FLEET, "leaving@host", json.dumps({"ts": time.time(), "concurrency": 8, "draining": True}))
    assert route("coach") == {"queue": "gpu"}
    assert read_fleet() == ({}, [])  # neither live nor dead: no survivor re-sends what it is finishing
    client.delete(fleet.FLEET)
