"""The fixed findings the gpu worker's precision check (gpu/precision.py) generates on: computed answers of the
kinds the answer pipeline says, each in the persona prompt its adapter serves (voicing.persona_prompt),
through the shipped adapters in turn, so the drift it measures is the drift of persona touches."""

from __future__ import annotations

import json
from types import SimpleNamespace

from gpu.engine import AdapterRef
from gpu.precision import Probe

from .services import DATA_DIR, SHIPPED
from .voicing import persona_prompt

FINDINGS = (
    (
        "sweets urges: which hours are the busiest?",
        "Your cravings for sweets come most often in the evening (5–10 pm): 45 of 46 (98%) since you started "
        "logging on 27 Jul. Next: in the morning (5 am–noon) (1).",
    ),
    (
        "Anything logged for the day before today?",
        "No: you didn't log any cravings yesterday (23 Nov). Your latest one was on Tuesday 24 November (today).",
    ),
    (
        "Am I still getting cigarettes cravings?",
        "No, not lately: your latest log of cravings for cigarettes was on Friday 25 September (about 2 months "
        "ago). You've logged 60 in all, the first on Sunday 28 June.",
    ),
    (
        "Total urges over the previous Monday to Sunday?",
        "You logged 14 cravings last week (16–22 Nov). You resisted 1 of them (7%).",
    ),
    (
        "Which mood comes along with my urges most?",
        "Your cravings come most often when feeling lonely: 48 of 132 (36%) since you started logging on 26 Aug. "
        "Next: when feeling bored (43) and when feeling hungry (26).",
    ),
    (
        "Soda: busiest weekday for it?",
        "You have only 2 cravings for soda so far, over 32 days: too few to show a pattern yet.",
    ),
    (
        "Wine: which spot sees it most?",
        "Your cravings for wine come most often at home: 19 of 25 (76%) in the last 30 days.",
    ),
    (
        "Am I resisting more than last month?",
        "Yes: you resisted 12 of 20 cravings this month (60%), up from 7 of 18 (39%) last month.",
    ),
)


def probes() -> list[Probe]:
    """Each finding with a starter persona in turn, served by its shipped adapter (bare base model where the
    adapter is not built)."""
    starters = json.loads((DATA_DIR / "starter.json").read_text())
    out = []
    for i, (question, answer) in enumerate(FINDINGS):
        spec = starters[i % len(starters)]
        persona = SimpleNamespace(slug=spec["slug"], system_prompt=spec["system_prompt"])
        folder = SHIPPED / spec["slug"]
        ref = AdapterRef(spec["slug"], 1, str(folder)) if (folder / "adapter_model.safetensors").exists() else None
        out.append(Probe(ref, persona_prompt(persona=persona, question=question, answer=answer)))
    return out
