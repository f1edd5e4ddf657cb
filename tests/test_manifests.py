"""The Kubernetes manifests (deploy/k8s) against the published schemas, with no cluster: each document is read
into the pydantic models cloudcoil generates from Kubernetes' OpenAPI and KEDA's CRDs, and must come back out
unchanged (a field the schema does not have is dropped on the way, so it shows). Then what ties them to the
code: the metric's name and target, the drain's grace period, the worker's queues."""

import copy
from pathlib import Path

import pytest
import yaml
from cloudcoil.models.keda.v1alpha1 import ScaledObject, TriggerAuthentication
from cloudcoil.models.kubernetes.apps.v1 import Deployment
from django.conf import settings
from pydantic import ValidationError

from gpu.load import FleetLoad

ROOT = Path(__file__).resolve().parent.parent
MODELS = {
    ("apps/v1", "Deployment"): Deployment,
    ("keda.sh/v1alpha1", "ScaledObject"): ScaledObject,
    ("keda.sh/v1alpha1", "TriggerAuthentication"): TriggerAuthentication,
}


def documents() -> dict[str, dict]:
    docs = {}
    for path in sorted((ROOT / "deploy" / "k8s").glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text()):
            docs[doc["kind"]] = doc
    return docs


def problems(doc: dict) -> str | None:
    """None when the document is valid for its kind's published schema, else what is wrong."""
    model = MODELS.get((doc.get("apiVersion"), doc.get("kind")))
    if model is None:
        return f"no schema for {doc.get('apiVersion')} {doc.get('kind')}"
    try:
        parsed = model.model_validate(doc)
    except ValidationError as exc:
        return str(exc)
    back = parsed.model_dump(by_alias=True, exclude_unset=True, mode="json")
    return None if back == doc else f"fields the schema does not know: {doc} became {back}"


def test_every_manifest_is_valid_for_its_schema():
    docs = documents()
    assert set(docs) == {"Deployment", "ScaledObject", "TriggerAuthentication"}
    for kind, doc in docs.items():
        assert problems(doc) is None, (kind, problems(doc))


@pytest.mark.parametrize(
    "plant",
    [
        lambda d: d["ScaledObject"]["spec"].update(minReplicaCont=0),  # a misspelt field
        lambda d: d["ScaledObject"]["spec"].update(maxReplicaCount="eight"),
        lambda d: d["Deployment"]["spec"]["template"]["spec"].update(containers={"name": "gpu-worker"}),
        lambda d: d["TriggerAuthentication"]["spec"]["secretTargetRef"][0].pop("parameter"),  # required
    ],
)
def test_the_check_finds_a_planted_defect(plant):
    docs = copy.deepcopy(documents())
    plant(docs)
    assert any(problems(doc) for doc in docs.values())


def test_the_scaler_reads_what_the_endpoint_serves_at_the_target_the_settings_set():
    docs = documents()
    scaled, deployment = docs["ScaledObject"]["spec"], docs["Deployment"]
    assert scaled["scaleTargetRef"]["name"] == deployment["metadata"]["name"]
    (trigger,) = scaled["triggers"]
    assert trigger["type"] == "metrics-api" and trigger["metricType"] == "AverageValue"
    assert trigger["metadata"]["url"].endswith("/metrics/gpu-fleet")
    assert trigger["metadata"]["valueLocation"] in FleetLoad(0, 0, 0, 0, 0, 0).as_dict()
    assert float(trigger["metadata"]["targetValue"]) == settings.GPU_SCALE_TARGET_JOBS
    assert float(trigger["metadata"]["activationTargetValue"]) == settings.GPU_SCALE_ACTIVATION_JOBS
    assert trigger["metadata"]["authMode"] == "bearer"
    assert trigger["authenticationRef"]["name"] == docs["TriggerAuthentication"]["metadata"]["name"]
    assert docs["TriggerAuthentication"]["spec"]["secretTargetRef"][0]["key"] == "GPU_METRICS_TOKEN"
    behavior = scaled["advanced"]["horizontalPodAutoscalerConfig"]["behavior"]
    assert behavior["scaleDown"]["stabilizationWindowSeconds"] == settings.GPU_SCALE_DOWN_WINDOW_SECONDS
    assert scaled["cooldownPeriod"] == settings.GPU_SCALE_COOLDOWN_SECONDS


def test_a_worker_pod_drains_within_its_grace_period():
    pod = documents()["Deployment"]["spec"]["template"]["spec"]
    # Every job it holds ends by its answer deadline; the warm shutdown must be given longer than that.
    assert pod["terminationGracePeriodSeconds"] > settings.CHAT_TIMEOUT_SECONDS
    (container,) = pod["containers"]
    command = container["command"]
    assert command[command.index("-Q") + 1] == "gpu" and command[command.index("-n") + 1] == "gpu@%h"
