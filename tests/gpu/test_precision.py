"""The start-up precision check on the real base model and the real probes (persona prompts through the shipped
adapters): a candidate beyond the stated drift is refused and fp32 kept; the choice is cached; adapters keep
working on an int8 model."""

import copy

import pytest
import torch

from gpu import precision
from gpu.base_model import load_base_model, model_path
from gpu.engine import EngineConfig, PersonaEngine

pytestmark = pytest.mark.slow  # the base LLM generating the probes in several precisions

# Three of the real probes, all through shipped adapters: what refusing, caching and choosing need, at 3/8 of
# the prefill (the persona prompts' prefill is most of a measurement's time).
FEW = 3


def few_probes() -> list[precision.Probe]:
    from personas.precision import probes

    return probes()[:FEW]


@pytest.fixture(scope="module")
def loaded():
    return load_base_model()


@pytest.fixture
def config():
    return EngineConfig(["q_proj", "v_proj"], 16, 64 * 1024 * 1024, 1 << 30)


def broken(engine: PersonaEngine) -> None:
    """A candidate that is wrong on purpose: every query projection's weights tripled."""
    with torch.no_grad():
        for name, layer in engine.layers.items():
            if name.endswith("q_proj"):
                layer.base.weight.mul_(3)


def test_a_candidate_beyond_the_drift_is_refused_and_fp32_kept(loaded, config):
    results = precision.measure(
        lambda: PersonaEngine(copy.deepcopy(loaded.model), loaded.tokenizer, config),
        few_probes(),
        {"broken": broken, "same": lambda engine: None},
        rounds=1,  # drift only: the timing this test sets by hand
    )
    assert results["same"].token_match == 1.0 and results["same"].logit_drift == 0.0 and results["same"].within_drift
    bad = results["broken"]
    assert not bad.within_drift, bad
    assert bad.token_match < precision.MIN_TOKEN_MATCH or bad.logit_drift > precision.MAX_LOGIT_DRIFT
    # However fast the broken one ran, it is not chosen.
    results["broken"].seconds = 0.001
    assert precision.pick({name: results[name] for name in ("float32", "broken")}) == precision.Precision.FLOAT32


def test_the_startup_choice_is_measured_once_then_read_from_the_cache(loaded, config, tmp_path, settings):
    settings.BASE_MODEL_CPU_PRECISION = "auto"
    settings.PRECISION_PROBES = f"{__name__}.few_probes"
    model_dir = model_path(loaded.name)  # before the cache moves: the converted copy stays where it is
    settings.MODEL_CACHE_DIR = tmp_path
    first = precision.choose(loaded.model, loaded.tokenizer, config, model_dir)
    assert first.how == precision.How.MEASURED
    assert precision.Precision.INT8.value in first.candidates
    chosen = first.candidates[first.precision.value]
    assert chosen.within_drift
    again = precision.choose(loaded.model, loaded.tokenizer, config, model_dir)
    assert (again.how, again.precision) == (precision.How.CACHED, first.precision)
    assert again.check_seconds < 1.0


def test_a_forced_precision_is_served_without_the_check(loaded, config, settings):
    settings.BASE_MODEL_CPU_PRECISION = "int8"
    choice = precision.choose(loaded.model, loaded.tokenizer, config, model_path(loaded.name))
    assert (choice.precision, choice.how, choice.candidates) == (precision.Precision.INT8, precision.How.FORCED, {})


def test_persona_adapters_still_apply_on_an_int8_model(loaded, config):
    engine = PersonaEngine(copy.deepcopy(loaded.model), loaded.tokenizer, config)
    precision.convert(engine, precision.Precision.INT8)
    probe = next(p for p in precision.probes_from_settings() if p.adapter)
    with_adapter, bare = (
        engine.logits(precision.requests_for([precision.Probe(adapter, probe.messages)]))
        for adapter in (probe.adapter, None)
    )
    assert all(isinstance(layer.base, torch.ao.nn.quantized.dynamic.Linear) for layer in engine.layers.values())
    assert (with_adapter - bare).abs().max() > 0.1  # the slot's LoRA delta still reaches the output
