import time

import pytest

from gpu.deadline import DeadlineExceeded, deadline_after, remaining


def test_no_deadline_waits_the_caller_cap():
    assert remaining(5) == 5


def test_a_passed_deadline_raises_and_a_nested_one_never_extends_the_outer():
    with deadline_after(0.05):
        with deadline_after(60):
            assert remaining(120) <= 0.05
        time.sleep(0.06)
        with pytest.raises(DeadlineExceeded):
            remaining(120)
    assert remaining(7) == 7  # the deadline ends with its block
