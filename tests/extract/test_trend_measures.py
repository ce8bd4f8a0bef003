"""Measures in force or announced (extract/_trend_measures.py, via _trend_legal).

Invented sentences after the wording found on unlabelled news (DPG articles of 2019, safety news
leads): extra enforcement deployed or received, measures announced, a ban proclaimed, extra money
granted; with controls that are no trend: a plea, a negation, a question, resources one incident
needed, a measure named only by a pointer.
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs
from trendbeeld.model import Change


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        ("Na de rellen zet de burgemeester extra politie in.", Change.UP, "politie"),
        ("In de wijk worden de komende weken extra handhavers ingezet.", Change.UP, "handhavers"),
        ("De minister heeft een reeks maatregelen aangekondigd.", Change.SHIFT, "maatregelen"),
        (
            "De burgemeester kondigt een samenscholingsverbod af voor jongeren in het centrum.",
            Change.SHIFT,
            "samenscholingsverbod voor jongeren in het centrum",
        ),
        (
            "Het platform kondigde meer maatregelen tegen nepnieuws aan.",
            Change.UP,
            "maatregelen tegen nepnieuws",
        ),
        ("Ook hebben gemeenten extra geld gekregen voor de jeugdzorg.", Change.UP, "geld voor jeugdzorg"),
        ("De toezichthouder krijgt 2 miljoen euro extra voor handhaving.", Change.UP, "geld voor handhaving"),
    ],
)
def test_a_measure_in_force_or_announced(text: str, direction: Change, phenomenon: str) -> None:
    assert (direction, phenomenon) in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bewoners pleiten voor extra cameratoezicht in de straat.",  # a plea
        "Er gaat voorlopig geen extra geld naar veiligheid in de stad.",  # a negation
        "Komen er extra agenten in de wijk?",  # a question
        "Tien agenten moesten worden ingezet om het dier te vangen.",  # one incident, no "extra"
        "Die maatregel werd gisteren door de burgemeester aangekondigd.",  # a pointer
        "Gemeenten krijgen een miljard euro extra voor deze taken.",  # a pointer
    ],
)
def test_no_measure(text: str) -> None:
    assert not [p for p in pairs(text) if p[0] in (Change.UP, Change.SHIFT)]


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        # a means deployed for the first time (via _trend_policy's "voor het eerst")
        ("Ook gebruikte de politie voor het eerst waterkanonnen.", "inzet van waterkanonnen"),
        ("De politie zet voor het eerst drones in bij de demonstratie.", "inzet van drones"),
        ("Voor het eerst wordt het leger ingezet om de orde te herstellen.", "inzet van het leger"),
        ("De oproerpolitie heeft voor het eerst in weken weer traangas ingezet.", "inzet van traangas"),
    ],
)
def test_a_means_deployed_for_the_first_time_is_a_shift(text: str, phenomenon: str) -> None:
    assert (Change.SHIFT, phenomenon) in pairs(text)


def test_one_person_using_something_first_is_no_measure() -> None:
    assert not [p for p in pairs("Hij gebruikte voor het eerst een computer.") if p[1].startswith("inzet")]
