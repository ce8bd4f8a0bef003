"""Passwords (argon2id), login rate limiting and CSRF tokens."""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import defaultdict, deque

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from trendbeeld.errors import ConfigError

MIN_PASSWORD = 10  # characters
LOGIN_ATTEMPTS = 5  # failed logins per name, and per client address, within LOGIN_WINDOW
LOGIN_WINDOW = 15 * 60  # seconds
_HASHER = PasswordHasher()
# Verifying against this when the user does not exist keeps the answer time the same.
_DUMMY_HASH = _HASHER.hash(secrets.token_urlsafe(16))


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise ConfigError(
            f"wachtwoord te kort: minstens {MIN_PASSWORD} tekens", hint="Kies een langere zin als wachtwoord"
        )
    return _HASHER.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


class LoginLimiter:
    """Counts failed logins per key (a user name, a client address) in a sliding window."""

    def __init__(self, attempts: int = LOGIN_ATTEMPTS, window: float = LOGIN_WINDOW) -> None:
        self.attempts = attempts
        self.window = window
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: str, moment: float) -> deque[float]:
        failures = self._failures[key]
        while failures and failures[0] <= moment - self.window:
            failures.popleft()
        return failures

    def blocked(self, *keys: str) -> bool:
        moment = time.monotonic()
        with self._lock:
            return any(len(self._recent(key, moment)) >= self.attempts for key in keys)

    def failed(self, *keys: str) -> None:
        moment = time.monotonic()
        with self._lock:
            for key in keys:
                self._recent(key, moment).append(moment)

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._failures.pop(key, None)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def same_token(expected: str | None, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))
