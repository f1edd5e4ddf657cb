"""The learned part of the parser: a question's shape (measure, grouping, ranking) from its nearest
generated examples (understand/examples.py), each component voted on separately, so a combination the
examples never spelled out is still read from the parts other combinations teach.

Why nearest examples and not a parser adapter on the base model: they need no training run, cost one
embedding call per question, and a wrong neighbour is overruled by the exact cues; bench/parser_bench.py
measures them against the cues alone and with whole kinds held out (README, "The parser").
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from gpu.vector_cache import example_vectors
from insights.understanding import masked

from ..query import Group, Measure, Rank
from .examples import Example, examples

NEIGHBOURS = 7
# Below this, the nearest example is not like the question ("tell me something nice"): read it as an
# overview rather than guess a grouping.
UNSURE = 0.35


@dataclass(frozen=True)
class Shape:
    measure: Measure
    group: Group
    rank: Rank
    similarity: float  # of the nearest example: how like the training set the question is


def normalised(vectors) -> np.ndarray:
    array = np.asarray(vectors, dtype=np.float32)
    return array / np.maximum(np.linalg.norm(array, axis=1, keepdims=True), 1e-9)


class ShapeReader:
    """Example vectors are made once per process and embedding provider, and the shipped set's once per machine."""

    def __init__(self, embed: Callable[[list[str]], list[list[float]]], rows: list[Example] | None = None):
        self.rows = rows if rows is not None else examples()
        texts = [row.text for row in self.rows]
        # The shipped set's vectors are kept on disk (vectors.py); a bench's subset is embedded each time.
        self.vectors = example_vectors(embed, texts, normalised) if rows is None else normalised(embed(texts))

    def read(self, vector) -> Shape:
        sims = self.vectors @ normalised([vector])[0]
        top = np.argsort(-sims)[:NEIGHBOURS]

        def vote(part: Callable[[Example], object]):
            votes: dict[object, float] = {}
            for index in top:
                value = part(self.rows[index])
                votes[value] = votes.get(value, 0.0) + float(sims[index])
            return max(votes, key=lambda v: votes[v])

        if sims[top[0]] < UNSURE:
            return Shape(Measure.PROFILE, Group.NONE, Rank.NONE, float(sims[top[0]]))
        return Shape(vote(lambda r: r.measure), vote(lambda r: r.group), vote(lambda r: r.rank), float(sims[top[0]]))


_readers: dict[int, ShapeReader] = {}
_lock = threading.Lock()


def reader_for(embed) -> ShapeReader:
    key = id(getattr(embed, "__self__", embed))
    with _lock:
        if key not in _readers:
            _readers[key] = ShapeReader(embed)
        return _readers[key]


def masked_question(text: str) -> str:
    return masked(text.lower())
