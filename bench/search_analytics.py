"""Per-user semantic search and analytics at scale, in one run.

    .venv/bin/python bench/search_analytics.py [--users 10000] [--cravings 1000000] [--heavy 5000]
    -> bench/results/search_analytics.json

Loads N cravings over U users with binary COPY (progress bar) into a separate database (`crave_bench`
on a project-local PostgreSQL in .local/bench unless BENCH_DATABASE_URL is set), one user holding
`--heavy` cravings over a year. Then measures, side by side:
  - search through the production selector (per-user B-tree, exact distance): p50/p95, recall@10
    against numpy brute force over the same user's vectors; and the same query forced to a sequential
    scan, as the ratio baseline;
  - the analytics endpoint through the full HTTP stack (JWT auth) for the heavy user, each period.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import statistics
import struct
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
from common import bench_database

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "bench" / "results" / "search_analytics.json"
PG_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
DIM = 384
TOPICS = 64
WORDS = [
    "chocolate after work",
    "a cigarette on break",
    "wine with dinner",
    "chips watching tv",
    "candy at the store",
    "beer with friends",
    "vaping in the car",
    "ice cream at night",
    "fast food for lunch",
    "coffee and a smoke",
    "sweets after an argument",
    "a drink after a long day",
]
EMOTIONS = ["Hungry", "Angry", "Lonely", "Tired", "Happy", "Sad", "Anxious", "Bored"]


def setup_django() -> None:
    os.environ["DJANGO_DEBUG"] = "0"
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver"
    bench_database("crave_bench")


# --- binary COPY encoding --------------------------------------------------------------------------
def field(data: bytes) -> bytes:
    return struct.pack(">i", len(data)) + data


def text_array(values: list[str]) -> bytes:
    if not values:
        return field(struct.pack(">iii", 0, 0, 1043))
    body = struct.pack(">iiiii", 1, 0, 1043, len(values), 1)
    body += b"".join(field(v.encode()) for v in values)
    return field(body)


def timestamp(when: datetime) -> bytes:
    return field(struct.pack(">q", int((when - PG_EPOCH).total_seconds() * 1_000_000)))


COLUMNS = (
    "uuid, user_id, description, intensity, resistance, emotions, occurred_at, utc_offset_minutes, "
    "location, people, trigger, archived, created_at, updated_at, embedding, embedding_status, "
    "embedding_attempts, embedding_error"
)


def copy_chunk(cursor, rows: list[bytes]) -> None:
    buffer = io.BytesIO()
    buffer.write(b"PGCOPY\n\xff\r\n\x00" + struct.pack(">ii", 0, 0))
    for row in rows:
        buffer.write(row)
    buffer.write(struct.pack(">h", -1))
    buffer.seek(0)
    cursor.copy_expert(f"COPY cravings_craving ({COLUMNS}) FROM STDIN WITH (FORMAT binary)", buffer)


def generate(users: int, cravings: int, heavy: int, seed: int = 11) -> None:
    from django.db import connection
    from tqdm import tqdm

    rng = np.random.default_rng(seed)
    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE cravings_craving, accounts_user RESTART IDENTITY CASCADE")
        users_text = "".join(
            f"bench{i}@example.com\t!\t\tAmerica/New_York\tt\tf\tf\t2026-01-01\t2026-01-01\n" for i in range(users)
        )
        cursor.copy_expert(
            "COPY accounts_user (email, password, full_name, timezone, is_active, is_staff, "
            "is_superuser, date_joined, updated_at) FROM STDIN",
            io.StringIO(users_text),
        )
        cursor.execute("SELECT id FROM accounts_user ORDER BY id")
        user_ids = np.array([r[0] for r in cursor.fetchall()])

    centers = rng.normal(size=(TOPICS, DIM)).astype(np.float32)
    owners = np.concatenate([np.full(heavy, user_ids[0]), rng.choice(user_ids[1:], size=cravings - heavy)])
    rng.shuffle(owners)  # rows interleave across users, as real logging does
    now = datetime.now(UTC)
    offsets = struct.pack(">h", -300)
    chunk_size = 20_000
    with connection.cursor() as cursor, tqdm(total=cravings, desc="COPY cravings", unit="row", unit_scale=True) as bar:
        for start in range(0, cravings, chunk_size):
            n = min(chunk_size, cravings - start)
            topics = rng.integers(0, TOPICS, size=n)
            vectors = centers[topics] + 0.6 * rng.normal(size=(n, DIM)).astype(np.float32)
            vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
            vector_bytes = vectors.astype(">f4").tobytes()
            minutes = rng.integers(0, 365 * 24 * 60, size=n)
            rows = []
            for i in range(n):
                when = now - timedelta(minutes=int(minutes[i]))
                emotions = [EMOTIONS[topics[i] % 8]]
                rows.append(
                    b"".join(
                        [
                            struct.pack(">h", 18),
                            field(uuid.uuid4().bytes),
                            field(struct.pack(">q", int(owners[start + i]))),
                            field(f"Craving {WORDS[topics[i] % len(WORDS)]} #{topics[i]}".encode()),
                            field(struct.pack(">d", float(topics[i] % 10 + 1))),
                            field(struct.pack(">d", float((topics[i] * 7) % 11))),
                            text_array(emotions),
                            timestamp(when),
                            field(offsets),
                            field(b"Home"),
                            text_array(["Alone"]),
                            field(b"stress"),
                            field(b"\x00"),
                            timestamp(when),
                            timestamp(when),
                            field(struct.pack(">HH", DIM, 0) + vector_bytes[i * DIM * 4 : (i + 1) * DIM * 4]),
                            field(b"done"),
                            field(struct.pack(">h", 0)),
                            field(b""),
                        ]
                    )
                )
            copy_chunk(cursor, rows)
            bar.update(n)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE cravings_craving")
        cursor.execute("VACUUM ANALYZE accounts_user")
    np.save(ROOT / ".local" / "bench" / "centers.npy", centers)


def percentiles(samples_ms: list[float]) -> dict:
    ordered = sorted(samples_ms)
    return {
        "n": len(ordered),
        "p50_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))], 2),
        "max_ms": round(ordered[-1], 2),
    }


def user_vectors(user_id: int) -> tuple[list, np.ndarray]:
    from cravings.models import Craving

    rows = list(Craving.objects.filter(user_id=user_id).values_list("uuid", "embedding"))
    return [r[0] for r in rows], np.array([r[1] for r in rows], dtype=np.float32)


def bench_search(heavy_user_id: int, queries: int, seed: int = 5) -> dict:
    from django.db import connection, transaction

    from accounts.models import User
    from cravings.selectors import craving_search

    rng = np.random.default_rng(seed)
    centers = np.load(ROOT / ".local" / "bench" / "centers.npy")
    ids = list(User.objects.exclude(id=heavy_user_id).values_list("id", flat=True))
    groups = {
        "typical_user": [int(u) for u in rng.choice(ids, size=queries)],
        "heavy_user": [heavy_user_id] * max(10, queries // 5),
    }
    out = {}
    for name, users in groups.items():
        times, recalls = [], []
        for user_id in users:
            query = centers[rng.integers(0, TOPICS)] + 0.6 * rng.normal(size=DIM).astype(np.float32)
            query /= np.linalg.norm(query)
            user = User(id=user_id)
            started = time.perf_counter()
            got = [c.uuid for c in craving_search(user=user, query_vector=query.tolist(), limit=10)]
            times.append((time.perf_counter() - started) * 1000)
            uuids, vectors = user_vectors(user_id)
            exact = [uuids[i] for i in np.argsort(-(vectors @ query))[:10]]
            recalls.append(len(set(got) & set(exact)) / max(1, len(exact)))
        out[name] = {
            **percentiles(times),
            "recall_at_10": round(float(np.mean(recalls)), 4),
            "rows_per_user": len(user_vectors(users[0])[0]),
        }

    # Baseline in the same run: the same query with the per-user index forbidden (full scan), interleaved
    # query by query with the indexed plan, the order alternating.
    def timed_search(user_id: int, query, seq_scan: bool) -> float:
        with transaction.atomic(), connection.cursor() as cursor:
            if seq_scan:
                cursor.execute("SET LOCAL enable_indexscan = off; SET LOCAL enable_bitmapscan = off")
            started = time.perf_counter()
            list(craving_search(user=User(id=user_id), query_vector=query.tolist(), limit=10))
            return (time.perf_counter() - started) * 1000

    seq, indexed = [], []
    for i, user_id in enumerate(groups["typical_user"][:10]):
        query = centers[rng.integers(0, TOPICS)]
        for seq_scan in (False, True) if i % 2 == 0 else (True, False):
            (seq if seq_scan else indexed).append(timed_search(user_id, query, seq_scan))
    out["seq_scan_baseline"] = percentiles(seq)
    out["speedup_vs_seq_scan_median_of_pairs"] = round(statistics.median(s / i for s, i in zip(seq, indexed)), 1)
    plan = craving_search(user=User(id=heavy_user_id), query_vector=centers[0].tolist(), limit=10).explain()
    out["plan_uses_per_user_index"] = "craving_user_time" in plan and "Seq Scan" not in plan
    return out


def bench_analytics(heavy_user_id: int, calls: int) -> dict:
    from rest_framework.test import APIClient
    from rest_framework_simplejwt.tokens import RefreshToken

    from accounts.models import User

    user = User.objects.get(id=heavy_user_id)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {RefreshToken.for_user(user).access_token}")
    out = {}
    for period in ("7d", "1m", "3m", "1y"):
        client.get("/api/v1/analytics", {"period": period})  # warm
        times = []
        for _ in range(calls):
            started = time.perf_counter()
            response = client.get("/api/v1/analytics", {"period": period})
            times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.content
        out[period] = {**percentiles(times), "cravings_in_period": response.json()["totalCravings"]}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--cravings", type=int, default=1_000_000)
    parser.add_argument("--heavy", type=int, default=5_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--calls", type=int, default=50)
    parser.add_argument("--reuse", action="store_true", help="keep the data from an earlier run of the same size")
    args = parser.parse_args()
    (ROOT / ".local" / "bench").mkdir(parents=True, exist_ok=True)
    setup_django()
    from django.db import connection

    from accounts.models import User

    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM cravings_craving")
        existing = cursor.fetchone()[0]
    started = time.perf_counter()
    if not (args.reuse and existing == args.cravings):
        generate(args.users, args.cravings, args.heavy)
    load_s = time.perf_counter() - started
    heavy_user_id = User.objects.order_by("id").values_list("id", flat=True).first()

    result = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cpus",
        "data": {
            "users": args.users,
            "cravings": args.cravings,
            "heavy_user_cravings": args.heavy,
            "load_seconds": round(load_s, 1),
        },
        "search": bench_search(heavy_user_id, args.queries),
        "analytics_endpoint_heavy_user": bench_analytics(heavy_user_id, args.calls),
    }
    result["goals"] = {
        "search_p95_under_20ms": all(result["search"][g]["p95_ms"] < 20 for g in ("typical_user", "heavy_user")),
        "search_recall_1": all(result["search"][g]["recall_at_10"] == 1.0 for g in ("typical_user", "heavy_user")),
        "analytics_p95_under_50ms": all(v["p95_ms"] < 50 for v in result["analytics_endpoint_heavy_user"].values()),
    }
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    from core import localstack

    localstack.stop_services()


if __name__ == "__main__":
    main()
