"""Which precision the builtin engine serves in on a CPU, chosen by measurement at start-up.

Candidates: fp32 (the reference, always allowed); bf16 only where the CPU computes it natively (AVX-512 BF16
or AMX: elsewhere torch emulates it and it is slower, bench/results/precision.json); int8 dynamic
quantization of every nn.Linear (torch.ao's quantize_dynamic: int8 weights, activations quantized per call),
a library path rather than hand-written kernels. torchao is not installed; torch.ao ships with torch.

Drift, measured on a fixed set of probes (computed findings in the persona prompt, served through the shipped
persona adapters, greedy):
- token match: per probe, the share of fp32's greedy tokens that the candidate reproduces before its output
  first differs (common prefix / fp32's length, both re-tokenized from the decoded text); mean over probes.
- logit drift: the mean absolute difference of the first step's next-token logits from fp32's, over the whole
  vocabulary; mean over probes.
The probes run as one batch of exactly PROBE_TOKENS new tokens each. A candidate is within drift
when token match >= MIN_TOKEN_MATCH and logit drift <= MAX_LOGIT_DRIFT. Among those, the fastest wins if it
decodes the probes at least MIN_SPEEDUP faster than fp32 (best of TIMED_ROUNDS, timed in turn with fp32: the
machine is shared, and a smaller margin is noise); otherwise fp32. A candidate outside drift is not timed
again, so the check costs two batches where nothing qualifies.

LoRA adapters keep working in every candidate: the engine's slots wrap each target Linear, and int8 swaps only
the wrapped base Linear inside a slot layer (the slot tensors stay in fp32), so the probes measure drift with
the adapters applied. The result is cached under MODEL_CACHE_DIR by model files, probes, CPU flags and torch
version, so only a worker's first start on a machine pays for the check.
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import os
import platform
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from functools import partial
from pathlib import Path

import torch
from django.conf import settings
from django.utils.module_loading import import_string
from torch import nn

from .engine import AdapterRef, PersonaEngine, Request
from .packed import unpack_linears

log = logging.getLogger(__name__)

MIN_TOKEN_MATCH = 0.90
MAX_LOGIT_DRIFT = 0.25  # logits of this model span about +-30; a flipped first token shows as token match
MIN_SPEEDUP = 1.25  # an identical copy of the fp32 model once timed 1.1x faster than fp32 here (shared cores)
PROBE_TOKENS = 16  # the start of a persona touch: enough to diverge, cheap enough for a start-up check
TIMED_ROUNDS = 2  # the drift round counts as the first
NATIVE_BF16_FLAGS = {"avx512_bf16", "amx_bf16"}


class Precision(StrEnum):
    FLOAT32 = "float32"
    BFLOAT16 = "bfloat16"
    INT8 = "int8"


class How(StrEnum):
    MEASURED = "measured"
    CACHED = "cached"
    FORCED = "forced"  # BASE_MODEL_CPU_PRECISION names one


@dataclass(frozen=True)
class Probe:
    adapter: AdapterRef | None
    messages: list[dict]


@dataclass
class Candidate:
    token_match: float = 1.0
    logit_drift: float = 0.0
    seconds: float = 0.0  # best timed round: the probes as one batch, PROBE_TOKENS each
    within_drift: bool = True


@dataclass
class Choice:
    precision: Precision
    how: How
    candidates: dict[str, Candidate] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)  # candidate -> why it was not measured
    check_seconds: float = 0.0

    def summary(self) -> dict:
        return {
            "precision": self.precision.value,
            "how": self.how.value,
            "candidates": {name: asdict(c) for name, c in self.candidates.items()},
            "skipped": self.skipped,
            "check_seconds": self.check_seconds,
        }


def cpu_flags() -> set[str]:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("flags"):
                return set(line.split(":", 1)[1].split())
    except OSError:
        pass
    return set()


def native_bf16() -> bool:
    return bool(NATIVE_BF16_FLAGS & cpu_flags())


def convert(engine: PersonaEngine, precision: Precision) -> None:
    """Put the engine's model in `precision`, in place (after its slots are installed: see the module doc)."""
    engine.prefix.clear()  # heads computed in the old precision
    if precision != Precision.FLOAT32:
        unpack_linears(engine.model)  # quantize_dynamic swaps exact nn.Linear types; bf16 needs no fp32 pack
    if precision == Precision.BFLOAT16:
        engine.model.to(torch.bfloat16)
    elif precision == Precision.INT8:
        from torch.ao.quantization import quantize_dynamic

        quantize_dynamic(engine.model, {nn.Linear}, dtype=torch.qint8, inplace=True)


def matched_share(reference: list[int], candidate: list[int]) -> float:
    """The share of `reference` that `candidate` reproduces before it first differs."""
    if not reference:
        return 1.0 if not candidate else 0.0
    same = 0
    for a, b in zip(reference, candidate, strict=False):
        if a != b:
            break
        same += 1
    return same / len(reference)


def requests_for(probes: list[Probe]) -> list[Request]:
    return [Request(p.adapter, p.messages, PROBE_TOKENS) for p in probes]


def run(engine: PersonaEngine, probes: list[Probe]) -> tuple[list[list[int]], float]:
    """The probes as one batch, exactly PROBE_TOKENS each (past end-of-text too, so every candidate does the
    same work): each output's tokens, re-tokenized from its text, and the seconds it took."""
    started = time.perf_counter()
    texts = engine.generate(requests_for(probes), exact_tokens=True)
    seconds = time.perf_counter() - started
    return [engine.tokenizer(text, add_special_tokens=False)["input_ids"] for text in texts], seconds


def measure(
    make_engine: Callable[[], PersonaEngine],
    probes: list[Probe],
    candidates: dict[str, Callable[[PersonaEngine], None]],
    rounds: int = TIMED_ROUNDS,
) -> dict[str, Candidate]:
    """Each candidate (a name and how to convert an fp32 engine into it) against fp32 on the probes. Only the
    candidates within drift are timed again, in turn with fp32, so load that comes and goes touches all
    (rounds: 1 when only the drift is wanted)."""
    reference = make_engine()
    ref_ids, seconds = run(reference, probes)
    ref_logits = reference.logits(requests_for(probes))
    engines = {Precision.FLOAT32.value: reference}
    results = {Precision.FLOAT32.value: Candidate(seconds=seconds)}
    for name, to_candidate in candidates.items():
        engine = make_engine()
        to_candidate(engine)
        ids, seconds = run(engine, probes)
        share = sum(matched_share(r, c) for r, c in zip(ref_ids, ids, strict=True)) / len(probes)
        drift = (engine.logits(requests_for(probes)) - ref_logits).abs().mean().item()
        within = share >= MIN_TOKEN_MATCH and drift <= MAX_LOGIT_DRIFT
        results[name] = Candidate(round(share, 4), round(drift, 5), seconds, within)
        if within:
            engines[name] = engine
    for _ in range(rounds - 1 if len(engines) > 1 else 0):
        for name, engine in engines.items():
            results[name].seconds = min(results[name].seconds, run(engine, probes)[1])
    for result in results.values():
        result.seconds = round(result.seconds, 3)
    return results


def pick(results: dict[str, Candidate]) -> Precision:
    """The fastest candidate within drift, when it beats fp32 by MIN_SPEEDUP; else fp32."""
    base = results[Precision.FLOAT32.value].seconds
    fine = [(c.seconds, name) for name, c in results.items() if c.within_drift and name != Precision.FLOAT32.value]
    if fine:
        seconds, name = min(fine)
        if seconds * MIN_SPEEDUP <= base:
            return Precision(name)
    return Precision.FLOAT32


def eligible(every: bool = False) -> tuple[list[Precision], dict[str, str]]:
    """The candidates worth measuring on this CPU, and why the others are not (every: measure all)."""
    skipped = {}
    names = [Precision.INT8]
    if every or native_bf16():
        names.insert(0, Precision.BFLOAT16)
    else:
        skipped[Precision.BFLOAT16.value] = "no native bf16 on this CPU (avx512_bf16 / amx_bf16)"
    return names, skipped


def probes_from_settings() -> list[Probe]:
    return import_string(settings.PRECISION_PROBES)()


def cache_key(model_dir: str, probes: list[Probe], names: list[Precision]) -> str:
    """What the choice depends on: the model's files, the probes (adapter files included), this CPU and torch."""
    digest = hashlib.sha256()
    folders = [Path(model_dir)] + [Path(p.adapter.path) for p in probes if p.adapter]
    for folder in folders:
        for path in sorted(folder.glob("*")) if folder.is_dir() else []:
            stat = path.stat()
            digest.update(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    flags = sorted(cpu_flags() & (NATIVE_BF16_FLAGS | {"avx2", "avx512f", "avx512_vnni", "avx_vnni", "amx_int8"}))
    digest.update(
        json.dumps(
            [
                [p.messages for p in probes],
                [n.value for n in names],
                flags,
                platform.processor() or platform.machine(),
                os.cpu_count(),
                torch.__version__,
                torch.get_num_threads(),
                [MIN_TOKEN_MATCH, MAX_LOGIT_DRIFT, MIN_SPEEDUP, PROBE_TOKENS],
                "fp32 packed",  # the reference decodes with oneDNN-packed weights (gpu/packed.py) since then
            ]
        ).encode()
    )
    return digest.hexdigest()[:16]


def choose(model, tokenizer, config, model_dir: str) -> Choice:
    """The precision to serve in: forced by BASE_MODEL_CPU_PRECISION, cached, or measured now (the model is
    the fp32 one just loaded, slots not yet installed; it is copied for every engine the check makes)."""
    setting = settings.BASE_MODEL_CPU_PRECISION
    if setting != "auto":
        return Choice(Precision(setting), How.FORCED)
    started = time.perf_counter()
    probes = probes_from_settings()
    names, skipped = eligible()
    path = Path(settings.MODEL_CACHE_DIR) / "precision" / f"{cache_key(model_dir, probes, names)}.json"
    if path.exists():
        saved = json.loads(path.read_text())
        return Choice(
            Precision(saved["precision"]),
            How.CACHED,
            {name: Candidate(**c) for name, c in saved["candidates"].items()},
            saved["skipped"],
            round(time.perf_counter() - started, 3),
        )
    results = measure(
        lambda: PersonaEngine(copy.deepcopy(model), tokenizer, config),
        probes,
        {name.value: partial(convert, precision=name) for name in names},
    )
    choice = Choice(pick(results), How.MEASURED, results, skipped, round(time.perf_counter() - started, 3))
    path.parent.mkdir(parents=True, exist_ok=True)
    pending = path.with_suffix(".partial")
    pending.write_text(json.dumps(choice.summary(), indent=2) + "\n")
    os.replace(pending, path)
    log.info("precision check: %s", json.dumps(choice.summary()))
    return choice
