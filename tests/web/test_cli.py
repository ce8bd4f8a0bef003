"""``trendbeeld users`` on a real SQLite file; ``serve`` is documented and refuses nothing silently."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from trendbeeld.cli import cli
from trendbeeld.store import audit, open_store
from trendbeeld.store import users as user_store


def _run(*args: str, password: str | None = None) -> tuple[int, str]:
    env = {"TRENDBEELD_PASSWORD": password} if password else {}
    result = CliRunner().invoke(cli, list(args), env=env)
    return result.exit_code, result.output


def test_users_add_list_role_disable(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    code, out = _run(
        "users",
        "add",
        "anna",
        "--rol",
        "analist",
        "--toegang",
        "intern",
        "--naam",
        "Anna Smit",
        "--door",
        "beheer",
        "--db",
        db,
        password="wachtwoord-123",
    )
    assert (code, out) == (0, "Gebruiker anna toegevoegd: analist, toegang intern.\n")
    code, out = _run("users", "add", "bram", "--rol", "lezer", "--db", db, password="kort")
    assert code == 1
    assert "fout: wachtwoord te kort: minstens 10 tekens" in out
    code, out = _run(
        "users", "role", "anna", "expert", "--toegang", "vertrouwelijk", "--door", "beheer", "--db", db
    )
    assert (code, out) == (0, "Gebruiker anna: expert, toegang vertrouwelijk.\n")
    assert _run("users", "disable", "anna", "--door", "beheer", "--db", db) == (
        0,
        "Gebruiker anna is uitgeschakeld.\n",
    )
    code, out = _run("users", "list", "--db", db)
    assert (code, out) == (0, "anna\texpert\tvertrouwelijk\tuitgeschakeld\tAnna Smit\n")
    code, out = _run("users", "disable", "piet", "--db", db)
    assert code == 1
    assert "fout: gebruiker 'piet' bestaat niet" in out
    store = open_store(db)
    try:
        user = user_store.get(store, "anna")
        assert user is not None and user.password_hash.startswith("$argon2id$")
        assert [e.action for e in audit.entries(store)] == [
            "gebruiker uitgeschakeld",
            "rol gewijzigd",
            "gebruiker toegevoegd",
        ]
    finally:
        store.close()


def test_serve_has_help_in_dutch() -> None:
    code, out = _run("serve", "--help")
    assert code == 0
    assert "Start de werkbank" in out and "--port" in out and "--host" in out
