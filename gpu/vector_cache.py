"""Vectors of fixed texts (the parser's generated examples, the topics' words), kept on disk beside the model
cache: embedding the parser's ~800 examples took 8-50 s on 2 cores, and every gpu worker paid it at start (the
test suite starts about a dozen). The file's name holds the provider and a digest of the texts, so a changed
text set or another provider is embedded afresh."""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
from django.conf import settings

log = logging.getLogger(__name__)


def cache_file(embed: Callable, texts: list[str], kind: str = "parser-examples") -> Path | None:
    """Where these texts' vectors from this provider are kept; None for an embed that is not a provider's."""
    provider = getattr(embed, "__self__", None)
    name = getattr(provider, "name", None)
    if provider is None or name is None:
        return None
    digest = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
    label = f"{type(provider).__qualname__}-{name}-{getattr(provider, 'dimensions', 0)}"
    return Path(settings.MODEL_CACHE_DIR) / kind / f"{label}-{digest}.npy"


def example_vectors(
    embed: Callable, texts: list[str], normalise: Callable, kind: str = "parser-examples"
) -> np.ndarray:
    """normalise(embed(texts)), read from the cache (its folder: kind) when an earlier process wrote it."""
    path = cache_file(embed, texts, kind)
    if path is not None:
        try:
            vectors = np.load(path)
            if vectors.shape[0] == len(texts):
                return vectors
        except (OSError, ValueError):
            pass  # absent or unreadable: embed below
    vectors = normalise(embed(texts))
    if path is not None:
        try:  # written whole, then renamed: a process starting beside this one never reads half a file
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".npy", delete=False) as partial:
                np.save(partial, vectors)
            os.replace(partial.name, path)
        except OSError as exc:  # a read-only model cache only costs the next process the embedding
            log.warning("%s vectors not cached: %s", kind, exc)
    return vectors
