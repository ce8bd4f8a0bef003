"""The workbench under load: concurrent signed-in users browsing and searching a large store.

A store (SQLite file, or PostgreSQL with ``--pg URL``, or ``--pg throwaway`` for a server the
bench starts as the tests do) is filled with generated Dutch sources holding ``--items`` evidence
items (exact spans, as in bench_publish), ``--users`` readers are added, and the workbench runs
with ``--workers`` uvicorn processes on 127.0.0.1 (loopback only). Every user signs in first (not
timed: argon2 is slow on purpose), then each makes ``--requests`` requests, pausing ``--think``
seconds on average between them as someone reading a page does: the evidence browser (pages, a
kind filter), search (pages and API), a source with its highlighted evidence and the API's
evidence list. Printed: per kind of page and in all the number of requests, errors, p50, p95 and
the slowest, and the server's CPU time per request (which other work on the machine does not
lengthen as it lengthens every wait). Target (issue 14): p95 < 200 ms, no errors, for 50 users
and 100,000 items; bounded by ``--max-seconds``.

    python bench/bench_workbench.py [--items 100000] [--users 50] [--requests 20] [--pg URL|throwaway]
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from bench_publish import _source  # the same generated sources as the publish benchmark

from trendbeeld.model import AccessLevel
from trendbeeld.store import Store, open_store
from trendbeeld.store import sources as source_store
from trendbeeld.store import users as user_store
from trendbeeld.store.engine import ENV_VAR as DB_ENV
from trendbeeld.store.users import Role
from trendbeeld.web import auth, server
from trendbeeld.web.app import SECRET_ENV

TARGET_P95_MS = 200.0
PASSWORD = "bench-wachtwoord"
WORDS = [
    "woninginbraken",
    "jeugdcriminaliteit",
    "overlast",
    "fraude",
    "ondermijnende",
    "politie",
    "drugshandel",
]
BATCH = 50  # sources per transaction while filling
PAGES = 20  # users page through the first pages; a filter or search narrows the rest


def fill(store: Store, items: int, per_source: int, seed: int = 14) -> list[str]:
    rng = random.Random(seed)
    ids: list[str] = []
    n_sources = max(1, items // per_source)
    for start in range(0, n_sources, BATCH):
        batch = [_source(rng, i, per_source) for i in range(start, min(start + BATCH, n_sources))]
        source_store.save_many(store, batch)
        ids.extend(source.id for source, _ in batch)
    return ids


def add_users(store: Store, n: int) -> list[str]:
    hashed = auth.hash_password(PASSWORD)
    names = [f"lezer{i:03d}" for i in range(n)]
    for name in names:
        user_store.add(
            store,
            name,
            full_name=name,
            role=Role.READER,
            clearance=AccessLevel.PUBLIC,
            password_hash=hashed,
            actor="bench",
        )
    return names


def _wait_until_up(base: str, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            httpx.get(base + "/login", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit("the workbench did not start")


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and its children so far (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if stat.parent.name == str(pid) or fields[1] == str(pid):  # fields[1]: the parent's pid
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _paths(rng: random.Random, source_ids: list[str], total_items: int) -> str:
    choice = rng.randrange(6)
    if choice == 0:
        return f"/evidence?offset={50 * rng.randrange(PAGES)}"
    if choice == 1:
        return "/evidence?kind=" + rng.choice(["figure", "trend", "quote", "headline"])
    if choice == 2:
        return "/search?q=" + rng.choice(WORDS)
    if choice == 3:
        return "/api/v1/search?q=" + rng.choice(WORDS)
    if choice == 4:
        return f"/api/v1/evidence?offset={50 * rng.randrange(PAGES)}"
    return "/sources/" + rng.choice(source_ids)


def warm_up(base: str, name: str, source_ids: list[str], items: int) -> None:
    """One untimed pass over every kind of page: templates compiled, connections opened."""
    rng = random.Random(0)
    with httpx.Client(base_url=base, timeout=60, follow_redirects=True) as client:
        _sign_in(client, name)
        for _ in range(30):
            client.get(_paths(rng, source_ids, items))


def _kind(path: str) -> str:
    """The kind of page a path asks for, for the per-kind figures."""
    route = path.split("?", maxsplit=1)[0]
    if route.startswith("/sources/"):
        return "/sources/{id}"
    return route + ("?kind=…" if "kind=" in path else "")


def _sign_in(client: httpx.Client, name: str) -> bool:
    token = client.get("/login").text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    return client.post("/login", data={"name": name, "password": PASSWORD, "csrf": token}).status_code == 200


def run_users(
    base: str,
    names: list[str],
    source_ids: list[str],
    items: int,
    requests: int,
    max_seconds: float,
    think: float = 0.0,
    on_start: Callable[[], None] = lambda: None,
) -> tuple[list[float], list[str]]:
    """Every user signs in first (argon2 is slow on purpose, and signing in is not browsing); when
    all are signed in, ``on_start`` runs and the timed browsing begins."""
    timings: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    by_kind: dict[str, list[float]] = {}
    deadline = [0.0]

    def start() -> None:
        deadline[0] = time.monotonic() + max_seconds
        on_start()

    everyone = threading.Barrier(len(names), action=start)

    def user(index: int, name: str) -> None:
        rng = random.Random(index)
        with httpx.Client(base_url=base, timeout=30, follow_redirects=True) as client:
            signed_in = _sign_in(client, name)
            everyone.wait()
            if not signed_in:
                with lock:
                    errors.append(f"{name}: login failed")
                return
            for _ in range(requests):
                if time.monotonic() > deadline[0]:
                    return
                time.sleep(rng.uniform(0.5, 1.5) * think)
                path = _paths(rng, source_ids, items)
                began = time.perf_counter()
                answer = client.get(path)
                spent = (time.perf_counter() - began) * 1000
                with lock:
                    timings.append(spent)
                    by_kind.setdefault(_kind(path), []).append(spent)
                    if answer.status_code != 200:
                        errors.append(f"{path}: {answer.status_code}")

    threads = [threading.Thread(target=user, args=(i, n)) for i, n in enumerate(names)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for kind, spent in sorted(by_kind.items()):
        spent.sort()
        worst = spent[min(len(spent) - 1, int(len(spent) * 0.95))]
        print(f"  {kind}: {len(spent)} requests, p50 {spent[len(spent) // 2]:.0f} ms, p95 {worst:.0f} ms")
    return timings, errors


@contextmanager
def _database(pg: str | None, tmp: Path) -> Iterator[str]:
    """The store's URL: a SQLite file in ``tmp``, the given PostgreSQL, or a throwaway server."""
    if pg != "throwaway":
        yield pg or str(tmp / "werkbank.db")
        return
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests import _pgserver  # the tests' throwaway server (Debian's PostgreSQL binaries)

    (tmp / "postgres").mkdir()
    server = _pgserver.start(tmp / "postgres")
    try:
        print(f"PostgreSQL: {server.version}")
        yield server.url()
    finally:
        server.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--per-source", type=int, default=50)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--max-seconds", type=float, default=300.0)
    parser.add_argument(
        "--think",
        type=float,
        default=1.0,
        help="mean pause (s) between a user's requests, as someone reading a page; 0: none",
    )
    parser.add_argument(
        "--pg",
        help="a PostgreSQL URL for an empty database (instead of a SQLite file); 'throwaway': start one",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="server processes (web.server.run); one, as 'trendbeeld serve' runs, unless set",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp, _database(args.pg, Path(tmp)) as db:
        store = open_store(db)
        began = time.perf_counter()
        source_ids = fill(store, args.items, args.per_source)
        names = add_users(store, args.users)
        print(
            f"store: {store.version()}, {len(source_ids)} sources, ~{args.items} items, "
            f"filled in {time.perf_counter() - began:.1f} s; {args.workers} server worker(s)"
        )
        store.close()
        # The server runs in its own processes (each its own GIL), as `trendbeeld serve --workers`
        # does. Loopback over plain http: the Secure flag would keep httpx from sending the session
        # cookie.
        port = _free_port()
        command = [
            sys.executable,
            "-m",
            "uvicorn",
            server.FACTORY,
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(args.workers),
            "--log-level",
            "warning",
        ]
        env = {
            **os.environ,
            DB_ENV: db,
            SECRET_ENV: "bench-" + "x" * 32,
            server.INSECURE_ENV: "1",
        }
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
        try:
            base = f"http://127.0.0.1:{port}"
            _wait_until_up(base)
            warm_up(base, names[0], source_ids, args.items)
            cpu_at_start = [0.0, 0.0]

            def started() -> None:
                cpu_at_start[:] = [_cpu_seconds(process.pid), time.process_time()]

            timings, errors = run_users(
                base, names, source_ids, args.items, args.requests, args.max_seconds, args.think, started
            )
            server_cpu = _cpu_seconds(process.pid) - cpu_at_start[0]
            client_cpu = time.process_time() - cpu_at_start[1]
        finally:
            process.terminate()
            process.wait(timeout=20)
    timings.sort()
    if not timings:
        print("no requests were made:", *errors[:5])
        return 1
    p50 = timings[len(timings) // 2]
    p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
    print(
        f"{len(timings)} requests by {args.users} users, {len(errors)} errors; "
        f"p50 {p50:.0f} ms, p95 {p95:.0f} ms, slowest {timings[-1]:.0f} ms "
        f"(target p95 < {TARGET_P95_MS:.0f} ms)"
    )
    print(
        f"server CPU {1000 * server_cpu / len(timings):.1f} ms a request ({server_cpu:.1f} s), "
        f"load generator CPU {client_cpu:.1f} s; load average {os.getloadavg()[0]:.1f} "
        f"on {os.cpu_count()} cores (other work on the machine lengthens every wait)"
    )
    for error in errors[:10]:
        print("  error:", error)
    return 0 if not errors and p95 < TARGET_P95_MS else 1


if __name__ == "__main__":
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        sys.exit(main())
