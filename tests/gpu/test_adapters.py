"""Adapters name their base model portably: by its id (smollm2-135m-instruct), resolved to this machine's copy
when PEFT loads them, so a shipped or copied adapter loads, trains and saves anywhere without PEFT's warning."""

import json
import warnings
from pathlib import Path

import pytest
from django.conf import settings

from gpu.adapters import peft_with_adapter, save_adapter
from gpu.base_model import SMOLLM2, load_base_model
from personas.services import SHIPPED


@pytest.mark.parametrize("slug", ["analyst", "coach", "mindful"])
def test_a_shipped_adapter_names_its_base_by_id(slug):
    config = json.loads((SHIPPED / slug / "adapter_config.json").read_text())
    assert config["base_model_name_or_path"] == SMOLLM2


def test_an_adapter_loaded_and_saved_here_names_its_base_by_id_without_a_warning(tmp_path):
    loaded = load_base_model(device="cpu")
    model = peft_with_adapter(loaded.model, SHIPPED / "coach")
    assert Path(model.peft_config["default"].base_model_name_or_path).is_dir()  # resolved to the copy loaded
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        save_adapter(model, tmp_path)
    assert not [w for w in caught if "config file" in str(w.message)], [str(w.message) for w in caught]
    assert json.loads((tmp_path / "adapter_config.json").read_text())["base_model_name_or_path"] == settings.BASE_MODEL
