"""The parser's example vectors are embedded once per machine: a later process reads them from the model cache,
and other texts or another provider are embedded afresh."""

import numpy as np

from gpu.embeddings import get_provider
from gpu.vector_cache import cache_file, example_vectors
from insights.answering.understand.shape import normalised


class Counted:
    """The real local provider, counting the calls that reach it."""

    name = "local"
    dimensions = 384

    def __init__(self):
        self.calls = 0

    def embed(self, texts):
        self.calls += 1
        return get_provider().embed(texts)


def test_example_vectors_are_embedded_once_and_read_back_the_same(settings, tmp_path):
    settings.MODEL_CACHE_DIR = tmp_path
    provider = Counted()
    texts = ["when do I crave most", "what triggers me", "how many cravings last week"]
    first = example_vectors(provider.embed, texts, normalised)
    again = example_vectors(provider.embed, texts, normalised)
    assert provider.calls == 1 and cache_file(provider.embed, texts).exists()
    assert np.array_equal(first, again) and first.shape == (3, 384)
    assert np.allclose(first, normalised(get_provider().embed(texts)))


def test_other_texts_or_a_plain_function_are_embedded_afresh(settings, tmp_path):
    settings.MODEL_CACHE_DIR = tmp_path
    provider = Counted()
    example_vectors(provider.embed, ["when do I crave most"], normalised)
    changed = example_vectors(provider.embed, ["when do I crave least"], normalised)
    assert provider.calls == 2 and len(list(tmp_path.rglob("*.npy"))) == 2
    assert np.allclose(changed, normalised(get_provider().embed(["when do I crave least"])))
    calls = []

    def plain(texts):  # no provider behind it: nothing names what made the vectors, so nothing is kept
        calls.append(texts)
        return get_provider().embed(texts)

    example_vectors(plain, ["a question"], normalised)
    example_vectors(plain, ["a question"], normalised)
    assert len(calls) == 2 and len(list(tmp_path.rglob("*.npy"))) == 2
