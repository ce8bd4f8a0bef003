"""``trendbeeld serve``, ``users`` and ``export``: the workbench server, its users, exports by level."""

from __future__ import annotations

from pathlib import Path

import click

from trendbeeld.cli import cli, command_store, fail
from trendbeeld.cli._options import access_option, actor_option, db_option, taxonomy_option
from trendbeeld.errors import TrendbeeldError

WEB_EXTRA = "pip install 'trendbeeld[web]'"


def _web_missing(exc: ModuleNotFoundError) -> None:
    raise click.ClickException(f"de werkbank vraagt de extra 'web' ({exc.name} ontbreekt): {WEB_EXTRA}")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Adres waarop de werkbank luistert.")
@click.option("--port", default=8000, show_default=True, type=int, help="Poort van de werkbank.")
@click.option(
    "--insecure-cookies",
    is_flag=True,
    help="Sessiecookie ook over gewoon http (alleen om lokaal te testen; achter https nooit nodig).",
)
@click.option(
    "--editions",
    "editions_dir",
    default="out/werkbank",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Map waarin edities uit de werkbank komen (MAP/NAAM/site).",
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(min=1),
    help="Aantal serverprocessen. Meer dan 1 alleen op een machine met meer kernen: een editie die in "
    "het ene proces wordt gebouwd toont geen voortgang in een ander, en de inlogbegrenzing telt per proces.",
)
@taxonomy_option
@db_option
def serve(
    host: str, port: int, insecure_cookies: bool, editions_dir: str, workers: int, taxonomy: str, db: str
) -> None:
    """Start de werkbank: webpagina's en de JSON-API (/api/v1) op dezelfde database.

    Log in met een gebruiker die u eerst maakt met 'trendbeeld users add'. Sessies worden
    ondertekend met TRENDBEELD_SECRET (zonder die variabele vervallen ze als de server stopt).
    """
    try:
        import uvicorn

        from trendbeeld.web import create_app
    except ModuleNotFoundError as exc:
        _web_missing(exc)
        return
    store = command_store(db)
    click.echo(f"Werkbank op http://{host}:{port}/ (database: {store.display}); stoppen met Ctrl+C.")
    if workers > 1:
        from trendbeeld.web import server

        store.close()
        server.run(
            db,
            host=host,
            port=port,
            workers=workers,
            secure_cookies=not insecure_cookies,
            taxonomy=taxonomy,
            editions_dir=editions_dir,
        )
        return
    app = create_app(store, secure_cookies=not insecure_cookies, taxonomy=taxonomy, editions_dir=editions_dir)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@cli.group()
def users() -> None:
    """Gebruikers van de werkbank: toevoegen, tonen, rol wijzigen, uitschakelen.

    Rollen: beheerder (gebruikers), analist (bronnen, trends, panelrondes), expert (beoordeelt
    trends in het panel), lezer (leest openbaar materiaal). De toegang (openbaar, intern,
    vertrouwelijk) begrenst wat iemand leest. Elke wijziging komt in het logboek.
    """


@users.command("add")
@click.argument("name")
@click.option(
    "--rol",
    "role",
    required=True,
    type=click.Choice(["beheerder", "analist", "expert", "lezer"]),
    help="Rol van de gebruiker.",
)
@click.option(
    "--toegang",
    "clearance",
    default="openbaar",
    show_default=True,
    type=click.Choice(["openbaar", "intern", "vertrouwelijk"]),
    help="Hoogste toegangsniveau dat de gebruiker leest.",
)
@click.option("--naam", "full_name", default="", help="Volledige naam (standaard de gebruikersnaam).")
@click.password_option(
    "--wachtwoord",
    "password",
    envvar="TRENDBEELD_PASSWORD",
    help="Wachtwoord (minstens 10 tekens); zonder deze optie wordt erom gevraagd.",
)
@actor_option
@db_option
def users_add(
    name: str, role: str, clearance: str, full_name: str, password: str, actor: str, db: str
) -> None:
    """Voeg gebruiker NAME toe (kleine letters, cijfers, punt of streepje)."""
    try:
        from trendbeeld.web.auth import hash_password
    except ModuleNotFoundError as exc:
        _web_missing(exc)
        return
    from trendbeeld.store import users as user_store

    store = command_store(db)
    try:
        user = user_store.add(
            store,
            name,
            full_name=full_name or name,
            role=user_store.role_of(role),
            clearance=user_store.clearance_of(clearance),
            password_hash=hash_password(password),
            actor=actor,
        )
    except TrendbeeldError as exc:
        fail(exc)
    click.echo(f"Gebruiker {user.name} toegevoegd: {user.role.value}, toegang {user.clearance.value}.")


@users.command("list")
@db_option
def users_list(db: str) -> None:
    """Toon alle gebruikers met rol, toegang en of ze actief zijn."""
    from trendbeeld.store import users as user_store

    found = user_store.list_users(command_store(db))
    if not found:
        click.echo("Nog geen gebruikers. Voeg er een toe met 'trendbeeld users add'.")
    for user in found:
        state = "actief" if user.active else "uitgeschakeld"
        click.echo(f"{user.name}\t{user.role.value}\t{user.clearance.value}\t{state}\t{user.full_name}")


@users.command("role")
@click.argument("name")
@click.argument("role", type=click.Choice(["beheerder", "analist", "expert", "lezer"]))
@click.option(
    "--toegang",
    "clearance",
    type=click.Choice(["openbaar", "intern", "vertrouwelijk"]),
    help="Ook het toegangsniveau wijzigen.",
)
@actor_option
@db_option
def users_role(name: str, role: str, clearance: str | None, actor: str, db: str) -> None:
    """Geef gebruiker NAME de rol ROLE (en eventueel een ander toegangsniveau)."""
    from trendbeeld.store import users as user_store

    store = command_store(db)
    try:
        user = user_store.set_role(
            store,
            name,
            role=user_store.role_of(role),
            clearance=user_store.clearance_of(clearance) if clearance else None,
            actor=actor,
        )
    except TrendbeeldError as exc:
        fail(exc)
    click.echo(f"Gebruiker {user.name}: {user.role.value}, toegang {user.clearance.value}.")


@users.command("disable")
@click.argument("name")
@actor_option
@db_option
def users_disable(name: str, actor: str, db: str) -> None:
    """Schakel gebruiker NAME uit: inloggen kan niet meer en lopende sessies vervallen."""
    from trendbeeld.store import users as user_store

    store = command_store(db)
    try:
        user_store.set_active(store, name, False, actor=actor)
    except TrendbeeldError as exc:
        fail(exc)
    click.echo(f"Gebruiker {name} is uitgeschakeld.")


@cli.command("export")
@click.argument("dataset", type=click.Choice(["evidence", "trends", "series"]))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "json", "parquet"]),
    default="csv",
    show_default=True,
    help="Bestandsformaat (Parquet vraagt pyarrow).",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Het bestand om te schrijven.",
)
@access_option
@db_option
def export(dataset: str, fmt: str, out: Path, access: str, db: str) -> None:
    """Exporteer bewijs, trends of reeksen als CSV, JSON of Parquet, begrensd door --access."""
    from trendbeeld.model import AccessLevel
    from trendbeeld.publish import exports

    store = command_store(db)
    try:
        found = exports.rows(store, dataset, access=AccessLevel(access))
        out.write_bytes(exports.encode(found, fmt))
    except TrendbeeldError as exc:
        fail(exc)
    click.echo(f"{len(found)} rijen geschreven naar {out} ({fmt}, toegang {access}).")
