"""The scaler's decisions, by the rules KEDA and the HPA document (gpu/scaling.py); a pure object, so the clock
is an argument here."""

import pytest

from gpu.scaling import Policy, Scaler, deadline_target


def scaler(**rules) -> Scaler:
    return Scaler(Policy(**{"target": 10, "min_workers": 1, "max_workers": 8, **rules}))


def test_the_proposal_is_jobs_over_the_target_rounded_up():
    s = scaler()
    assert s.desired(0, jobs=35, current=1) == 4  # ceil(35 / 10)
    assert scaler().desired(0, jobs=81, current=8) == 8  # max_workers caps it


def test_within_the_tolerance_the_count_stays():
    # 3 workers for 32 jobs is 1.07 x the target: inside HPA's 10 %; 34 is 1.13 x: outside.
    assert scaler().desired(0, jobs=32, current=3) == 3
    assert scaler().desired(0, jobs=34, current=3) == 4


def test_a_scale_up_step_adds_at_most_four_workers_or_doubles():
    assert scaler(max_workers=20).desired(0, jobs=200, current=1) == 5  # 1 + 4 beats 1 x 2
    assert scaler(max_workers=20).desired(0, jobs=200, current=6) == 12  # 6 x 2 beats 6 + 4


def test_scale_up_acts_on_the_first_evaluation_scale_down_waits_out_the_window():
    s = scaler()
    assert s.desired(0, jobs=40, current=1) == 4
    assert s.desired(15, jobs=5, current=4) == 4  # the 4 proposed at t=0 is still in the window
    assert s.desired(299, jobs=5, current=4) == 4
    assert s.desired(301, jobs=5, current=4) == 1  # the high proposal has left the 300 s window
    assert s.desired(316, jobs=50, current=1) == 5  # and a new peak is answered at once


def test_scale_down_follows_the_highest_proposal_in_the_window():
    s = scaler()
    s.desired(0, jobs=60, current=6)
    s.desired(100, jobs=30, current=6)
    assert s.desired(305, jobs=10, current=6) == 3  # t=0's 6 has left; t=100's 3 is the highest left


def test_the_fleet_sleeps_after_the_cooldown_and_wakes_past_the_activation_threshold():
    s = scaler(min_workers=0, activation=2)
    assert s.desired(0, jobs=20, current=1) == 2
    assert s.desired(100, jobs=2, current=2) == 2  # 2 jobs is not above the activation threshold: inactive
    assert s.desired(299, jobs=0, current=2) == 2  # inactive, but for less than the 300 s cooldown
    assert s.desired(301, jobs=0, current=2) == 0
    assert s.desired(400, jobs=2, current=0) == 0  # at the threshold: stays asleep
    assert s.desired(415, jobs=3, current=0) == 1  # above it: KEDA wakes it, the HPA proposes from one
    assert scaler(min_workers=0).desired(0, jobs=45, current=0) == 5


def test_a_fleet_with_a_minimum_never_sleeps():
    s = scaler(min_workers=2)
    assert s.desired(0, jobs=0, current=0) == 2
    assert s.desired(1000, jobs=0, current=5) == 2


def test_the_deadline_sets_the_target():
    # 0.37 jobs/s per worker and half of a 90 s deadline: a worker holds what it clears in 45 s.
    assert deadline_target(0.37, 90, 0.5) == 16
    assert deadline_target(0.001, 90, 0.5) == 1


def test_an_inconsistent_policy_is_refused():
    with pytest.raises(ValueError):
        Policy(target=0)
    with pytest.raises(ValueError):
        Policy(target=5, min_workers=3, max_workers=2)
