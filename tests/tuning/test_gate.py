"""The promotion gate: a candidate adapter is promoted only when it does at least as well as the current one."""

import pytest

from personas.models import Persona
from personas.services import SHIPPED
from personas.voicing import persona_system
from tuning import gate

pytestmark = [pytest.mark.django_db, pytest.mark.slow, pytest.mark.beside]
SYSTEM = (
    "You are CRAVE's supportive coach: warm and brief, with one small next step. Informational insights only, "
    "never medical advice."
)


def damaged_copy(source, target, scale: float = 25.0):
    """The same adapter with its weights swamped by noise: a candidate that must not be promoted."""
    import shutil

    import torch
    from safetensors.torch import load_file, save_file

    shutil.copytree(source, target)
    weights = load_file(str(target / "adapter_model.safetensors"))
    generator = torch.Generator().manual_seed(0)
    save_file(
        {k: v + scale * torch.randn(v.shape, generator=generator) for k, v in weights.items()},
        str(target / "adapter_model.safetensors"),
    )
    return target


@pytest.fixture(scope="module")
def damaged_as_candidate(tmp_path_factory, django_db_setup, django_db_blocker):
    """The gate with the shipped coach as the current version and a damaged copy of it as the candidate (its
    evaluation set only reads the database)."""
    damaged = damaged_copy(SHIPPED / "coach", tmp_path_factory.mktemp("gate") / "damaged")
    system = persona_system(Persona(slug="coach", system_prompt=SYSTEM).system_prompt)
    with django_db_blocker.unblock():
        return gate.gate(
            system=system,
            current_path=str(SHIPPED / "coach"),
            candidate_path=str(damaged),
            preferences=[],
            findings=gate.evaluation_set(3),
        )


def test_the_gate_rejects_a_damaged_candidate(damaged_as_candidate):
    worse = damaged_as_candidate
    assert not worse["promoted"] and worse["candidate"]["coverage"] < worse["current"]["coverage"], worse


def test_the_gate_promotes_a_better_candidate(damaged_as_candidate):
    # The same two evaluations (greedy decoding: the same text every time), the roles swapped.
    promoted, reasons = gate.promotes(damaged_as_candidate["current"], damaged_as_candidate["candidate"])
    assert promoted, reasons
