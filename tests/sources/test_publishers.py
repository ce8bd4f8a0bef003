"""A report's publisher read from its own text: colophon, title page, opening and closing lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from trendbeeld import sources
from trendbeeld.model import SourceMeta, SourceType
from trendbeeld.sources.publishers import Publisher, canonical, text_publisher
from trendbeeld.trends.events import UNKNOWN_VOICE, voice

BODY = (
    "Het aantal meldingen van woninginbraak daalde in 2022 met 12 procent ten opzichte van 2021.\n"
    "In de wijken rond het centrum bleef het aantal inbraken gelijk.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Colophon and copyright lines, at the end or the start of a report.
        (f"Veiligheidsbeeld 2022\n\n{BODY}\nColofon\n\n© 2023 VNG\nDen Haag", Publisher("VNG", "colofon")),
        (f"{BODY}\nEen uitgave van het Openbaar Ministerie\nPostbus 20305",
         Publisher("Openbaar Ministerie", "colofon")),
        (f"{BODY}\nColofon\nUitgave\nGemeente Tilburg, afdeling Onderzoek\nmaart 2023",
         Publisher("Gemeente Tilburg", "colofon")),
        (f"{BODY}\nUitgegeven door: Wetenschappelijk Onderzoek- en Documentatiecentrum\n",
         Publisher("WODC", "colofon")),
        (f"{BODY}\n© CBS, Den Haag/Heerlen/Bonaire, 2023.\n", Publisher("CBS", "colofon")),
        # A name outside the list counts on a colophon line only.
        (f"{BODY}\n© 2019 Enexis Groep\n", Publisher("Enexis Groep", "colofon")),
        # Title page: a line that is a full name and nothing else.
        (f"Tweede Kamer der Staten-Generaal\n\nVoortgangsbrief aanpak ondermijning\n\n{BODY}",
         Publisher("Tweede Kamer", "titelpagina")),
        (f"Centraal Bureau voor de Statistiek\nJeugdcriminaliteit in beeld\n\n{BODY}",
         Publisher("CBS", "titelpagina")),
        (f"Veiligheidsmonitor 2023\nGemeente Den Bosch\n\n{BODY}",
         Publisher("Gemeente 's-Hertogenbosch", "titelpagina")),
        (f"Den Haag, 3 april 2009\n\nVoortouwcommissie:\n\nvaste commissie voor Justitie\n\n{BODY}",
         Publisher("Tweede Kamer", "titelpagina")),
        # The opening describes the publication and names its maker.
        (f"Over deze publicatie\nIn deze rapportage presenteert het CBS de voorlopige cijfers over "
         f"jeugdbescherming.\n{BODY}", Publisher("CBS", "zelfbeschrijving")),
        (f"In de serie 'Misdaad in cijfers' analyseren onderzoekers van het Nederlands Studiecentrum "
         f"Criminaliteit en Rechtshandhaving (NSCR) de ontwikkeling.\n{BODY}",
         Publisher("NSCR", "zelfbeschrijving")),
        # The closing signs the document: employer, contact address, own site.
        (f"{BODY}\nMeer informatie\n\nContact: waarstaatjegemeente@vng.nl\n", Publisher("VNG", "afsluiting")),
        (f"{BODY}\nMark de Vries (Onderzoeker bij de Politie)\n", Publisher("Politie", "afsluiting")),
        (f"{BODY}\nVragen? Neem daarvoor contact op met analyse@minjenv.nl.\n",
         Publisher("Ministerie van Justitie en Veiligheid", "afsluiting")),
        (f"{BODY}\nLees meer over de peiling op de VNG-website: https://vng.nl/peiling\n",
         Publisher("VNG", "afsluiting")),
    ],
)
def test_the_text_names_its_publisher(text: str, expected: Publisher) -> None:
    assert text_publisher(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A source cited, an organisation quoted or thanked: no publisher.
        f"Inbraken in Tilburg\n\n{BODY}Bron: CBS\nVolgens het CBS en de politie daalde het aantal.\n",
        f"{BODY}\nWij danken het Openbaar Ministerie en de Politie voor hun medewerking.\n",
        # A photo credit carries no year: no copyright of the document.
        f"{BODY}\nFoto omslag:\n© ANP\n",
        # Abbreviations heading a list of committees, not a title page.
        "Volgcommissie(s):\nBZK\nSZW\nVWS\n\n" + BODY,
        # Two organisations on the title page: which is the subject, which the maker?
        f"Belastingdienst\nOnderzoek naar de afhandeling van klachten\nAlgemene Rekenkamer\n\n{BODY}",
        # A list item at a line's start, a wrapped sentence: no colophon.
        f"{BODY}uitgegeven door de gemeente Utrecht aan de wijkteams.\n",
        # A letter's opening that reports what another organisation says.
        f"In de brief van de minister geeft de politie aan dat de inzet groeit.\n{BODY}",
        # A reference list at the end cites sites and addresses, but no contact.
        f"{BODY}\nReferenties\nFlight, S. (2023). Cameratoezicht. https://www.politie.nl/nieuws\n",
    ],
)
def test_a_mere_mention_names_no_publisher(text: str) -> None:
    assert text_publisher(text) is None


@pytest.mark.parametrize(
    ("names", "one"),
    [
        (("VNG", "Vereniging van Nederlandse Gemeenten", "vng.nl", "de VNG"), "VNG"),
        (("Politie", "politie.nl", "www.politie.nl", "Nationale Politie", "politie "), "Politie"),
        (("Gemeente Den Haag", "gemeente 's-Gravenhage"), "Gemeente 's-Gravenhage"),
        (("Provincie Friesland", "Provincie Fryslân"), "Provincie Fryslân"),
        (("Ministerie van Veiligheid en Justitie", "JenV", "Ministerie van Justitie en Veiligheid"),
         "Ministerie van Justitie en Veiligheid"),
    ],
)
def test_every_form_of_a_known_publisher_is_one_voice(names: tuple[str, ...], one: str) -> None:
    assert {canonical(name) for name in names} == {one}
    assert len({voice(name, SourceMeta(publisher=name)) for name in names}) == 1
    assert canonical("Gemeente Atlantis") is None
    assert voice("x", SourceMeta(publisher="nos.nl")) == "nos.nl"  # an outlet outside the list


def test_a_publisher_named_by_the_user_wins(tmp_path: Path) -> None:
    report = tmp_path / "rapport.txt"
    report.write_text(f"Inbraken in beeld\n\n{BODY}\n© 2023 VNG\n", encoding="utf-8")
    (named,) = sources.read(str(report), meta=SourceMeta(publisher="Gemeente Tilburg"))
    assert named.meta.publisher == "Gemeente Tilburg"
    (read,) = sources.read(str(report), meta=SourceMeta())
    assert read.meta.publisher == "VNG"
    (interview,) = sources.read(str(report), meta=SourceMeta(type=SourceType.INTERVIEW, author="Els Bos"))
    assert interview.meta.publisher is None  # an interview speaks with its interviewee's voice
    plain = tmp_path / "notitie.txt"
    plain.write_text(f"Inbraken in beeld\n\n{BODY}", encoding="utf-8")
    (unnamed,) = sources.read(str(plain), meta=SourceMeta())
    assert unnamed.meta.publisher is None
    assert voice(unnamed.id, unnamed.meta) == UNKNOWN_VOICE


def test_the_real_reports_name_their_publishers(shared: Path) -> None:
    """The four VNG Burgerpeiling articles are one voice (their PDF Author is their researcher), the two
    Tweede Kamer decision lists another; a student report and a dashboard text name none."""
    folder = shared / "corpus" / "real" / "reports"
    found = {
        path.name: next(iter(sources.read(str(path), meta=SourceMeta()))).meta.publisher
        for path in sorted(folder.iterdir())
        if path.suffix in {".pdf", ".txt"}
    }
    assert len(found) == 8, sorted(found)
    assert {name: publisher for name, publisher in found.items() if name.startswith("vng_")} == {
        name: "VNG" for name in found if name.startswith("vng_")
    }
    assert {found[name] for name in found if name.startswith("tweedekamer_")} == {"Tweede Kamer"}
    assert found["student_report_crime_and_wealth_municipalities_2026_en.pdf"] is None
    assert found["dashboard_crime_nl_analyse_83648NED_2010_2022.txt"] is None


def test_a_news_body_on_one_line_is_no_closing_block() -> None:
    """A news text has no paragraph breaks: its last line is its whole body, where a site or an address
    is mentioned, not signed."""
    body = " ".join([BODY.replace("\n", " ")] * 4)
    text = (f"Filmpjes over hygiëne\n\n{body} De films staan sinds deze week op de website van de NVWA. "
            f"Tips kunnen per mail naar tips@politie.nl. {body}")
    assert text_publisher(text) is None
