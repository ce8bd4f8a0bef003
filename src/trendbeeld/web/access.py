"""Who may do what: the role matrix and the clearance that bounds every read (the only place).

Templates and routes ask `allowed` and `reading_level`; nothing else decides access.
"""

from __future__ import annotations

from enum import StrEnum

from trendbeeld.model import AccessLevel
from trendbeeld.store.users import Role, User


class Permission(StrEnum):
    BROWSE = "browse"  # sources, evidence, search, trends (read)
    CURATE = "curate"  # accept, reject, rename, set attributes, correct themes
    RUN_PANEL = "run_panel"  # open and close Delphi rounds, read and export results
    RATE = "rate"  # rate trends in an open round
    MANAGE_USERS = "manage_users"  # users, roles, clearances
    READ_AUDIT = "read_audit"  # the audit log


MATRIX: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset({Permission.MANAGE_USERS, Permission.READ_AUDIT}),
    Role.ANALYST: frozenset({Permission.BROWSE, Permission.CURATE, Permission.RUN_PANEL}),
    Role.EXPERT: frozenset({Permission.RATE}),
    Role.READER: frozenset({Permission.BROWSE}),
}

# The strictest level a role may ever read, whatever the user's clearance.
ROLE_CEILING: dict[Role, AccessLevel] = {
    Role.ADMIN: AccessLevel.CONFIDENTIAL,
    Role.ANALYST: AccessLevel.CONFIDENTIAL,
    Role.EXPERT: AccessLevel.CONFIDENTIAL,
    Role.READER: AccessLevel.PUBLIC,
}


def allowed(user: User | None, permission: Permission) -> bool:
    return user is not None and user.active and permission in MATRIX[user.role]


def reading_level(user: User) -> AccessLevel:
    """The access level of everything ``user`` reads: their clearance, capped by their role."""
    ceiling = ROLE_CEILING[user.role]
    return user.clearance if user.clearance.rank <= ceiling.rank else ceiling
