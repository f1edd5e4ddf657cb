"""The subject-matching threshold, chosen on the dev people and reported on the test people.

For each person, words a question might use, each with the kinds of log it is truly about; the product's
own matcher (lexical words plus embedding similarity at the threshold) picks logs, scored against those
kinds. Maya and Kenji are dev; Lena, Priya and Sam are test."""

from __future__ import annotations

DEV_PEOPLE = ("maya", "kenji")
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65)
WORDS = {
    "maya": [
        ("sweets", {"sweets"}),
        ("sugar", {"sweets"}),
        ("treats", {"sweets"}),
        ("smoking", {"cigarettes"}),
        ("ciggies", {"cigarettes"}),
        ("nicotine", {"cigarettes"}),
        ("alcohol", {"wine"}),
        ("booze", {"wine"}),
        ("salty snacks", {"chips"}),
        ("gambling", set()),
        ("coffee", set()),
        ("cocaine", set()),
        ("baked goods", {"bakery"}),
        ("croissants", {"bakery"}),
    ],
    "kenji": [
        ("vaping", {"vaping"}),
        ("tobacco", {"cigarettes"}),
        ("nicotine", {"vaping", "cigarettes"}),
        ("beer", {"beer"}),
        ("alcohol", {"beer"}),
        ("caffeine", {"coffee"}),
        ("espresso", {"coffee"}),
        ("sweets", set()),
        ("gambling", set()),
        ("weed", set()),
        ("sushi", {"sushi"}),
        ("raw fish", {"sushi"}),
    ],
    "lena": [
        ("sugar", {"sweets"}),
        ("betting", {"gambling"}),
        ("online gambling", {"gambling"}),
        ("pot", {"cannabis"}),
        ("cannabis", {"cannabis"}),
        ("cola", {"soda"}),
        ("fizzy drinks", {"soda"}),
        ("cigarettes", set()),
        ("alcohol", set()),
        ("coffee", set()),
        ("bubble tea", {"boba"}),
    ],
    "priya": [
        ("junk food", {"fast_food", "sweets"}),
        ("burgers", {"fast_food"}),
        ("screen time", {"phone"}),
        ("social media", {"phone"}),
        ("dessert", {"sweets"}),
        ("alcohol", set()),
        ("cigarettes", set()),
        ("gambling", set()),
        ("tea", {"chai"}),
        ("chai", {"chai"}),
    ],
    "sam": [("sweets", {"sweets"}), ("soda", {"soda"}), ("wine", set()), ("vaping", set())],
}


def f1(found: set, truth: set) -> float:
    if not found and not truth:
        return 1.0
    hits = len(found & truth)
    if not hits:
        return 0.0
    precision, recall = hits / len(found), hits / len(truth)
    return 2 * precision * recall / (precision + recall)


def sweep(loaded, embed) -> dict:
    """F1 (macro over words) of the matched logs at each threshold, on dev and on test people."""
    from django.db import connection

    from cravings.models import Craving
    from insights.scope import SUBJECT_SIMILARITY, Scope, SubjectMatch, where
    from insights.understanding import Subject, subjects_in

    scores: dict[str, dict[float, list[float]]] = {
        "dev": {t: [] for t in THRESHOLDS},
        "test": {t: [] for t in THRESHOLDS},
    }
    for person, user, rows in loaded:
        split = "dev" if person.key in DEV_PEOPLE else "test"
        uuids = list(Craving.objects.filter(user=user).order_by("occurred_at").values_list("uuid", flat=True))
        kinds = {str(u): r["kind"] for u, r in zip(uuids, rows, strict=True)}
        for word, true_kinds in WORDS[person.key]:
            subject = (subjects_in(f"my {word} cravings") or [Subject(word)])[0]
            vector = tuple(embed([word])[0])
            truth = {u for u, k in kinds.items() if k in true_kinds}
            for threshold in THRESHOLDS:
                params: dict = {}
                sql = where(Scope(user_id=user.id, subject=SubjectMatch(subject, vector, threshold)), params)
                with connection.cursor() as cursor:
                    cursor.execute(f"SELECT c.uuid::text FROM cravings_craving c WHERE {sql}", params)
                    found = {row[0] for row in cursor.fetchall()}
                scores[split][threshold].append(f1(found, truth))
    table = {split: {str(t): round(sum(v) / len(v), 3) for t, v in by.items()} for split, by in scores.items()}
    best = max(THRESHOLDS, key=lambda t: (table["dev"][str(t)], -abs(t - 0.45)))
    return {
        "thresholds": table,
        "chosen_on_dev": best,
        "in_use": SUBJECT_SIMILARITY,
        "test_f1_in_use": table["test"][str(SUBJECT_SIMILARITY)],
        "dev_people": list(DEV_PEOPLE),
    }
