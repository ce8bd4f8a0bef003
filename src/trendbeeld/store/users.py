"""Users of the workbench: name, role, clearance, password hash (created by migration 0008).

Every change is written to the audit log (`trendbeeld.store.audit`) in the same transaction,
with the actor who made it. Hashing is the caller's job: the store never sees a password.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

import sqlalchemy as sa

from trendbeeld.errors import ConfigError, NotFound
from trendbeeld.model import AccessLevel
from trendbeeld.store import audit
from trendbeeld.store.engine import Store
from trendbeeld.store.schema import metadata

workbench_user = sa.Table(
    "workbench_user",
    metadata,
    sa.Column("name", sa.String(100), primary_key=True),
    sa.Column("full_name", sa.Text, nullable=False),
    sa.Column("role", sa.String(20), nullable=False),
    sa.Column("clearance", sa.String(20), nullable=False),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("active", sa.Boolean, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,62}$")


class Role(StrEnum):
    """What a user of the workbench does; values are the Dutch names analysts type."""

    ADMIN = "beheerder"  # users and settings
    ANALYST = "analist"  # sources, curation, route map, editions, panel rounds
    EXPERT = "expert"  # reads what the panel is shown, rates and comments
    READER = "lezer"  # reads openbaar material


@dataclass(frozen=True, slots=True)
class User:
    """A workbench user as stored (the hash stays inside the store and the login check)."""

    name: str
    full_name: str
    role: Role
    clearance: AccessLevel
    active: bool
    password_hash: str = ""


def role_of(value: str) -> Role:
    try:
        return Role(value.strip().casefold())
    except ValueError:
        raise ConfigError(
            f"onbekende rol '{value}'", hint="Kies uit: " + ", ".join(r.value for r in Role)
        ) from None


def clearance_of(value: str) -> AccessLevel:
    try:
        return AccessLevel(value.strip().casefold())
    except ValueError:
        raise ConfigError(
            f"onbekend toegangsniveau '{value}'", hint="Kies uit: " + ", ".join(a.value for a in AccessLevel)
        ) from None


def _user(row: sa.Row[tuple[object, ...]]) -> User:
    m = row._mapping
    return User(
        m["name"],
        m["full_name"],
        Role(m["role"]),
        AccessLevel(m["clearance"]),
        bool(m["active"]),
        m["password_hash"],
    )


def add(
    store: Store,
    name: str,
    *,
    full_name: str,
    role: Role,
    clearance: AccessLevel,
    password_hash: str,
    actor: str,
) -> User:
    """Create a user; the name is lower-case letters, digits, dot, dash or underscore."""
    if not NAME_PATTERN.match(name):
        raise ConfigError(
            f"ongeldige gebruikersnaam '{name}'",
            hint="Gebruik 2 tot 63 kleine letters, cijfers, punt, streepje of liggend streepje",
        )
    with store.begin() as conn:
        if conn.execute(sa.select(workbench_user.c.name).where(workbench_user.c.name == name)).first():
            raise ConfigError(f"gebruiker '{name}' bestaat al", hint="Kies een andere naam of wijzig de rol")
        conn.execute(
            sa.insert(workbench_user).values(
                name=name,
                full_name=full_name.strip() or name,
                role=role.value,
                clearance=clearance.value,
                password_hash=password_hash,
                active=True,
                created_at=datetime.now(UTC),
            )
        )
        audit.record(conn, actor, "gebruiker toegevoegd", name, rol=role.value, toegang=clearance.value)
    return User(name, full_name.strip() or name, role, clearance, True, password_hash)


def get(store: Store, name: str) -> User | None:
    with store.read() as conn:
        row = conn.execute(sa.select(workbench_user).where(workbench_user.c.name == name)).first()
    return _user(row) if row else None


def list_users(store: Store) -> list[User]:
    with store.read() as conn:
        return [_user(r) for r in conn.execute(sa.select(workbench_user).order_by(workbench_user.c.name))]


def _change(store: Store, name: str, actor: str, action: str, **values: object) -> User:
    with store.begin() as conn:
        found = conn.execute(sa.select(workbench_user).where(workbench_user.c.name == name)).first()
        if found is None:
            raise NotFound(f"gebruiker '{name}' bestaat niet", hint="Zie 'trendbeeld users list'")
        conn.execute(sa.update(workbench_user).where(workbench_user.c.name == name).values(**values))
        shown = {k: v for k, v in values.items() if k != "password_hash"}
        audit.record(conn, actor, action, name, **shown)
        row = conn.execute(sa.select(workbench_user).where(workbench_user.c.name == name)).one()
    return _user(row)


def set_role(
    store: Store, name: str, *, role: Role, clearance: AccessLevel | None = None, actor: str
) -> User:
    values: dict[str, object] = {"role": role.value}
    if clearance is not None:
        values["clearance"] = clearance.value
    return _change(store, name, actor, "rol gewijzigd", **values)


def set_active(store: Store, name: str, active: bool, *, actor: str) -> User:
    return _change(
        store, name, actor, "gebruiker ingeschakeld" if active else "gebruiker uitgeschakeld", active=active
    )


def set_password_hash(store: Store, name: str, password_hash: str, *, actor: str) -> User:
    return _change(store, name, actor, "wachtwoord gewijzigd", password_hash=password_hash)
