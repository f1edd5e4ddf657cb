"""How many gpu workers the fleet wants: the decision KEDA and the Kubernetes HPA make, in one pure object that
`make run`'s local pool and bench/autoscale_bench.py call (a cluster runs KEDA itself on the same metric).

The metric is the fleet's jobs: queued (the shared queue and every worker's own, each with kombu's priority
sub-queues) plus held (taken by a worker and not finished). Per evaluation, as the HPA documents for an
external metric with an AverageValue target (what KEDA's metrics-api trigger makes):

- proposal = ceil(jobs / target), unless jobs / (target x current) is within `tolerance` of 1 (then current);
- scale-up: the highest proposal of the last `up_window` seconds is not exceeded downwards (HPA default 0 s:
  the newest proposal), and one step adds at most max(up_pods, up_percent of current) (HPA's default
  policies, 4 pods or 100 %, whichever is more);
- scale-down: the highest proposal of the last `down_window` seconds (HPA default 300 s), so a lull of a few
  minutes does not give back workers a returning peak needs;
- min_workers..max_workers bound it, and 1 is the floor while the fleet is active (the HPA never goes to 0);
- 0 -> 1 and back, as KEDA does: active while jobs > `activation`; a fleet at 0 that turns active gets
  max(1, min_workers) at once; an inactive one goes to 0 only when min_workers is 0 and nothing was active for
  `cooldown` seconds (KEDA's cooldownPeriod, 300 s by default).

Where this differs from them, and why:
- The HPA limits a scale-up step per policy period against the replicas at the period's start; here each
  evaluation is one step against the current count (evaluations are at least the HPA's 15 s apart in use).
- On activation KEDA scales to one and leaves the next step to the HPA's next sync; here the same evaluation
  also takes the HPA's proposal, so a burst that wakes a sleeping fleet gets its size 15-30 s sooner.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Policy:
    target: float  # jobs per worker (queued + held): what one worker clears well inside the answer deadline
    min_workers: int = 1
    max_workers: int = 4
    tolerance: float = 0.1  # kube-controller-manager --horizontal-pod-autoscaler-tolerance
    activation: float = 0.0  # KEDA activationTargetValue
    up_window: float = 0.0  # HPA behavior.scaleUp.stabilizationWindowSeconds default
    up_pods: int = 4  # HPA default scale-up policies: 4 pods or 100 % per period, the larger
    up_percent: float = 100.0
    down_window: float = 300.0  # HPA behavior.scaleDown.stabilizationWindowSeconds default
    cooldown: float = 300.0  # KEDA cooldownPeriod (to zero only)

    def __post_init__(self):
        if self.target <= 0 or self.min_workers < 0 or self.max_workers < max(1, self.min_workers):
            raise ValueError(f"inconsistent scaling policy: {self}")


def deadline_target(jobs_per_second: float, deadline_s: float, share: float) -> float:
    """Jobs per worker such that a worker clears its backlog within `share` of the answer deadline at its
    measured throughput: the rest of the deadline covers a new worker's start-up and the job's own run."""
    return max(1.0, math.floor(jobs_per_second * deadline_s * share))


@dataclass
class Scaler:
    policy: Policy
    proposals: deque[tuple[float, int]] = field(default_factory=deque)  # (time, HPA proposal)
    last_active: float | None = None

    def proposal(self, jobs: float, current: int) -> int:
        """The HPA's replica proposal for an AverageValue external metric."""
        target = self.policy.target
        if current > 0 and abs(jobs / (target * current) - 1) <= self.policy.tolerance:
            return current
        return math.ceil(jobs / target)

    def desired(self, now: float, jobs: float, current: int) -> int:
        """Workers wanted now, given the fleet's jobs and the workers it has (started or starting)."""
        p = self.policy
        active = jobs > p.activation
        if active or self.last_active is None:
            self.last_active = now if active else now - p.cooldown  # a fresh scaler with no work may sleep
        if not active and current == 0 and p.min_workers == 0:
            return 0
        if not active and p.min_workers == 0 and now - self.last_active >= p.cooldown:
            self.proposals.clear()
            return 0
        if current == 0:  # KEDA activates the target, then the HPA proposes from one worker
            current = max(1, p.min_workers)
        floor = max(1, p.min_workers)
        proposal = min(max(self.proposal(jobs, current), floor), p.max_workers)
        self.proposals.append((now, proposal))
        horizon = max(p.up_window, p.down_window)
        while self.proposals and self.proposals[0][0] < now - horizon:
            self.proposals.popleft()
        up = min(n for t, n in self.proposals if t >= now - p.up_window)
        down = max(n for t, n in self.proposals if t >= now - p.down_window)
        wanted = current
        if up > current:
            wanted = min(up, max(current + p.up_pods, math.floor(current * (1 + p.up_percent / 100))))
        elif down < current:
            wanted = down
        return min(max(wanted, floor), p.max_workers)
