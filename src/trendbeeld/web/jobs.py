"""Background jobs of the workbench: an edition build runs in a thread and reports its progress.

Jobs live in the memory of the server process (a restart forgets running jobs; the editions they
built stay recorded in the store).
"""

from __future__ import annotations

import logging
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from trendbeeld.errors import NotFound, TrendbeeldError

log = logging.getLogger(__name__)


class JobState:
    RUNNING = "bezig"
    DONE = "klaar"
    FAILED = "mislukt"


@dataclass
class Job:
    id: str
    title: str
    owner: str
    state: str = JobState.RUNNING
    step: str = "wachten"
    done: int = 0
    total: int = 1
    message: str = ""
    result: str | None = None  # where to look when done (a path in the workbench)
    started: datetime = field(default_factory=lambda: datetime.now(UTC))


Work = Callable[[Callable[[str, int, int], None]], str]  # progress -> result path


class Jobs:
    def __init__(self) -> None:
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()

    def start(self, title: str, owner: str, work: Work) -> Job:
        job = Job(secrets.token_hex(8), title, owner)
        with self._lock:
            self._jobs[job.id] = job

        def progress(step: str, done: int, total: int) -> None:
            job.step, job.done, job.total = step, done, max(total, 1)

        def run() -> None:
            try:
                job.result = work(progress)
                job.state = JobState.DONE
            except TrendbeeldError as exc:
                job.state, job.message = JobState.FAILED, str(exc)
            except Exception as exc:  # a job must end in a state the user can read
                log.exception("job %s failed", job.id)
                job.state, job.message = JobState.FAILED, f"onverwachte fout: {exc.__class__.__name__}"

        threading.Thread(target=run, name=f"trendbeeld-job-{job.id}", daemon=True).start()
        return job

    def get(self, job_id: str, owner: str) -> Job:
        with self._lock:
            job = self._jobs.get(job_id)
        if job is None or job.owner != owner:
            raise NotFound(
                "deze taak bestaat niet (meer)", hint="Start de taak opnieuw vanaf de pagina Edities"
            )
        return job

    def of(self, owner: str) -> list[Job]:
        with self._lock:
            return sorted(
                (j for j in self._jobs.values() if j.owner == owner), key=lambda j: j.started, reverse=True
            )
