"""Load test of the real server on loopback, bounded in time, with raw PostgreSQL as the yardstick.

    .venv/bin/python bench/load.py [--seconds 40] [--connections 16]   ->  bench/results/load.json

gunicorn (4 workers) serves the app on 127.0.0.1 against a project-local PostgreSQL and Redis; wrk
(Debian's package; `apt-get install wrk`) drives craving creation (a fresh phone-made id per request, 50 users)
and listing. In the same run, pgbench inserts single rows into the same table at the same concurrency, in
windows that alternate with the API's creates (4 each, --seconds/4 long): the ratio, a median of per-round
ratios, says what the API layer costs on top of the database.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from common import bench_database, finish  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "load.json"

POST_LUA = r"""
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
local function uuid()
  return (string.gsub("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx", "[xy]", function (c)
    local v = (c == "x") and math.random(0, 15) or math.random(8, 11)
    return string.format("%x", v)
  end))
end
local tokens = {TOKENS}
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  wrk.headers["Authorization"] = "Bearer " .. tokens[math.random(#tokens)]  -- many users, as in production
  local body = '{"id":"' .. uuid() .. '","cravingDescription":"Wanted chocolate after work",' ..
    '"cravingStrength":7,"confidenceToResist":4,"emotions":["Anxious"],' ..
    '"timestamp":"2026-11-20T21:30:00-05:00","location":"Home","trigger":"work stress"}'
  return wrk.format(nil, nil, nil, body)
end
"""

PGBENCH_SQL = """
INSERT INTO cravings_craving (uuid, user_id, description, intensity, resistance, emotions, occurred_at,
  utc_offset_minutes, location, people, trigger, archived, created_at, updated_at, embedding_status,
  embedding_attempts, embedding_error)
VALUES (gen_random_uuid(), :user_id, 'Wanted chocolate after work', 7, 4, '{Anxious}', now(), -300, 'Home',
  '{}', 'work stress', false, now(), now(), 'pending', 0, '');
"""

ROUNDS = 4  # create and insert windows alternate; each window is --seconds / ROUNDS long


def parse_wrk(output: str) -> dict:
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", output)
    scale = {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    total = int(re.search(r"(\d+) requests in", output).group(1))
    return {
        "requests_per_s": round(rps, 1),
        "p99_ms": round(float(p99.group(1)) * scale, 2),
        "requests": total,
        "non_2xx": int(non2xx.group(1)) if non2xx else 0,
    }


def prepared(env: dict) -> list[list[str]]:
    """Migrate, empty the cravings table (earlier runs' rows would weigh on it), and 50 users with tokens."""
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "-v", "0"], env=env, cwd=ROOT, check=True)
    subprocess.run(
        [
            *manage,
            "shell",
            "-c",
            "from cravings.models import Craving; Craving.objects.all()._raw_delete(Craving.objects.db)",
        ],
        env=env,
        cwd=ROOT,
        check=True,
    )
    make_users = (
        "from accounts.models import User; from rest_framework_simplejwt.tokens import RefreshToken\n"
        "for i in range(50):\n"
        "    u = User.objects.filter(email=f'load{i}@example.com').first() or "
        "User.objects.create_user(f'load{i}@example.com', 'correct horse battery staple')\n"
        "    print(u.id, RefreshToken.for_user(u).access_token)"
    )
    lines = subprocess.run(
        [*manage, "shell", "-c", make_users], env=env, cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.split("\n")
    return [line.split() for line in lines if len(line.split()) == 2]


def wait_healthy(base: str) -> None:
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{base}/health", timeout=2)
            return
        except Exception:
            time.sleep(0.2)


class Windows:
    """One measuring window each: API creates through wrk, raw single-row inserts through pgbench."""

    def __init__(self, args, server, base: str, pairs: list[list[str]], tmp: Path):
        from pgserver._commands import POSTGRES_BIN_PATH

        self.bin, self.base, self.pairs = POSTGRES_BIN_PATH, base, pairs
        self.connections, self.window = args.connections, max(1, args.seconds // ROUNDS)
        self.script, self.sql = tmp / "post.lua", tmp / "insert.sql"
        self.script.write_text(POST_LUA.replace("TOKENS", ",".join(f'"{t}"' for _, t in pairs)))
        self.sql.write_text(PGBENCH_SQL)
        self.wrk = ["wrk", "-t2", f"-c{self.connections}", f"-d{self.window}s", "--latency"]
        info = server.get_postmaster_info()
        self.connect = ["-h", str(info.socket_dir), "-p", str(info.port or 5432), "-U", "postgres"]

    def listing(self) -> dict:
        return parse_wrk(
            subprocess.run(
                [
                    *self.wrk,
                    "-H",
                    f"Authorization: Bearer {self.pairs[0][1]}",
                    f"{self.base}/api/v1/cravings/?pageSize=50",
                ],
                capture_output=True,
                text=True,
                timeout=self.window + 60,
            ).stdout
        )

    def create(self) -> dict:
        return parse_wrk(
            subprocess.run(
                [*self.wrk, "-s", str(self.script), f"{self.base}/api/v1/cravings/"],
                capture_output=True,
                text=True,
                timeout=self.window + 60,
            ).stdout
        )

    def insert(self) -> float:
        # Another user's rows: the listing user's page and the API's creates do not inherit its bulk.
        raw = subprocess.run(
            [
                str(self.bin / "pgbench"),
                "-n",
                *self.connect,
                "-c",
                str(self.connections),
                "-j",
                "2",
                "-T",
                str(self.window),
                "-D",
                f"user_id={self.pairs[-1][0]}",
                "-f",
                str(self.sql),
                "crave_load",
            ],
            capture_output=True,
            text=True,
            timeout=self.window + 60,
        )
        return float(re.search(r"tps = ([\d.]+)", raw.stdout).group(1))

    def settle(self) -> None:
        """Each window starts with the previous one's dirty pages written out, not paying for them."""
        subprocess.run(
            [str(self.bin / "psql"), *self.connect, "-c", "CHECKPOINT", "crave_load"], capture_output=True, timeout=120
        )


def measure(windows: Windows, out: dict) -> None:
    """API creates and raw inserts alternate window by window (A B, B A, ...): the ratio is the median of
    per-round ratios, so a noisy moment on this shared machine falls on both."""
    windows.settle()
    out["list_50"] = windows.listing()
    creates, inserts = [], []
    for round_ in range(ROUNDS):
        for step in (windows.create, windows.insert) if round_ % 2 == 0 else (windows.insert, windows.create):
            windows.settle()
            (creates if step == windows.create else inserts).append(step())
    out["create"] = {
        "requests_per_s": round(statistics.median(c["requests_per_s"] for c in creates), 1),
        "p99_ms": round(statistics.median(c["p99_ms"] for c in creates), 2),
        "requests": sum(c["requests"] for c in creates),
        "non_2xx": sum(c["non_2xx"] for c in creates),
        "windows": len(creates),
    }
    out["raw_postgres_single_row_insert_per_s"] = round(statistics.median(inserts), 1)
    out["create_vs_raw_insert"] = round(statistics.median(c["requests_per_s"] / i for c, i in zip(creates, inserts)), 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=40)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install wrk")

    from core import localstack

    server = bench_database("crave_load", setup_django=False)  # the server under test is a subprocess
    if server is None:
        sys.exit("bench/load.py measures pgbench on the project-local PostgreSQL: unset BENCH_DATABASE_URL")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "crave.settings.dev",
        "DJANGO_DEBUG": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "THROTTLE_AUTH": "100000/min",
        "THROTTLE_AI": "100000/min",
    }
    pairs = prepared(env)
    port = localstack.free_port()
    web = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "crave.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(args.workers),
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=ROOT,
    )
    base = f"http://127.0.0.1:{port}"
    out: dict = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cpus",
        "seconds": args.seconds,
        "connections": args.connections,
        "gunicorn_workers": args.workers,
    }
    try:
        wait_healthy(base)
        with tempfile.TemporaryDirectory() as tmp:
            measure(Windows(args, server, base, pairs, Path(tmp)), out)
    finally:
        localstack.stop_processes({"web": web}, grace=15)
        localstack.stop_services()
    finish(out, RESULTS)


if __name__ == "__main__":
    main()
