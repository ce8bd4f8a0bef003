"""A throw-away PostgreSQL server for the tests, started from the Debian binaries.

``.ci/run`` installs PostgreSQL when it is missing; on a user's machine without it the
PostgreSQL half of the store tests skips. As root, the server runs as the ``postgres`` user
(PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
from dataclasses import dataclass
from pathlib import Path

START_TIMEOUT_S = 60


@dataclass
class PgServer:
    bin_dir: Path
    data_dir: Path
    port: int
    version: str

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        _run([str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-m", "immediate", "stop"], check=False)


def find_bin_dir() -> Path | None:
    on_path = shutil.which("initdb")
    candidates = [Path(on_path).resolve().parent] if on_path else []
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    for candidate in candidates:
        if (candidate / "initdb").exists() and (candidate / "pg_ctl").exists():
            return candidate
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_postgres_user() -> list[str]:
    if os.geteuid() != 0:
        return []
    return ["runuser", "-u", "postgres", "--"]


def _run(cmd: list[str], check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(_as_postgres_user() + cmd, check=check, capture_output=True, text=True)


def start(base: Path) -> PgServer:
    """Start a server in ``base``; raises RuntimeError with the reason when it cannot."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL (initdb) is not installed")
    if os.geteuid() == 0:
        try:
            user = pwd.getpwnam("postgres")
        except KeyError as exc:
            raise RuntimeError("running as root and there is no 'postgres' user") from exc
        base.chmod(0o755)
        for parent in base.parents:
            if parent == Path("/"):
                break
            parent.chmod(parent.stat().st_mode | 0o111)
    data_dir = base / "data"
    data_dir.mkdir()
    if os.geteuid() == 0:
        os.chown(data_dir, user.pw_uid, user.pw_gid)
    port = _free_port()
    try:
        _run([str(bin_dir / "initdb"), "-D", str(data_dir), "-U", "postgres", "--auth=trust",
              "--encoding=UTF8", "--locale=C.UTF-8"])
        _run([str(bin_dir / "pg_ctl"), "-D", str(data_dir), "-l", str(data_dir / "server.log"), "-w",
              "-t", str(START_TIMEOUT_S), "-o", f"-h 127.0.0.1 -p {port} -k {data_dir} -F", "start"])
    except subprocess.CalledProcessError as exc:
        raise RuntimeError(f"PostgreSQL did not start: {exc.stderr or exc.stdout}") from exc
    version = subprocess.run(
        [str(bin_dir / "postgres"), "--version"], capture_output=True, text=True, check=False
    ).stdout
    return PgServer(bin_dir, data_dir, port, version.strip())
