"""A log whose words name nothing known, and share none with a person's other logs, can still sit beside them in
meaning: "cobra on the production floor" among someone's energy-drink logs, "una copa más" among their
drinks. Such a log takes the label its nearest labelled logs (by the embedding of its text, the vector search
already stores) nearly all carry, when they are close.

bench/topic_spread.py measures it on the blind sets' generated logs, beside the word-sharing step alone; the
thresholds were chosen there (the blind sets it reads had all been run before; a later set's first run is the test).
"""

from __future__ import annotations

import numpy as np

NEIGHBOURS = 10
AGREE = 0.9  # of the neighbours carry one label
CLOSE = 0.6  # their mean cosine similarity to the log


def unit_rows(vectors: list) -> np.ndarray | None:
    """The vectors as unit rows (zeros where a log has none yet); None when no log has one."""
    if not any(v is not None for v in vectors):
        return None
    first = next(v for v in vectors if v is not None)
    width = first.count(",") + 1 if isinstance(first, str) else len(first)
    out = np.zeros((len(vectors), width), dtype=np.float32)
    for row, vector in enumerate(vectors):
        if isinstance(vector, str):  # pgvector's text form, as a raw cursor reads it: "[0.1,0.2,...]"
            out[row] = np.fromstring(vector.strip("[]"), dtype=np.float32, sep=",")
        elif vector is not None:
            out[row] = np.asarray(vector, dtype=np.float32)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    # kept as float16: the per-user cache holds up to 64 people's logs, 768 bytes a log instead of 1,536
    return np.divide(out, norms, out=np.zeros_like(out), where=norms > 0).astype(np.float16)


def nearest_labels(vectors: np.ndarray, texts: tuple[str, ...], labels: dict[int, str]) -> dict[int, str]:
    """{row: label} for the unlabelled rows with a vector whose NEIGHBOURS nearest labelled rows mostly carry
    one label and are close; `labels` is by row. Rows of one text are decided once."""
    has_vector = np.abs(vectors).max(axis=1) > 0
    known = [row for row in sorted(labels) if has_vector[row]]
    if len(known) < NEIGHBOURS:
        return {}
    by_text: dict[str, list[int]] = {}
    for row, text in enumerate(texts):
        if row not in labels and has_vector[row]:
            by_text.setdefault(text, []).append(row)
    if not by_text:
        return {}
    asked = [rows[0] for rows in by_text.values()]
    similarity = vectors[asked].astype(np.float32) @ vectors[known].astype(np.float32).T
    nearest = np.argpartition(-similarity, NEIGHBOURS - 1, axis=1)[:, :NEIGHBOURS]
    out: dict[int, str] = {}
    for i, rows in enumerate(by_text.values()):
        found = [labels[known[j]] for j in nearest[i]]
        label = max(set(found), key=found.count)
        if found.count(label) >= AGREE * NEIGHBOURS and similarity[i, nearest[i]].mean() >= CLOSE:
            out |= dict.fromkeys(rows, label)
    return out
