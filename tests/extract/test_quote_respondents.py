"""Quotes of interviewees in research reports and unnamed police sources (issue 10): the
description in brackets after a quotation, "Een respondent vertelt:", "vertelt een wijkagent",
"een van de respondenten"; invented report sentences, one per wording."""

from __future__ import annotations

import pytest

from tests.extract._helpers import items_of
from trendbeeld.extract._quote_respondents import described
from trendbeeld.model import Quote


def attributed(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.speaker, q.role or "", q.organisation) for q in items_of(Quote, text)]


REPORT = "Woninginbraak tijdens de lockdown\n\nHet aantal inbraken daalde in de eerste weken sterk.\n\n{}\n"


@pytest.mark.parametrize(
    ("bracket", "speaker", "organisation"),
    [
        ("(respondent politie)", "Politie", "Politie"),
        ("(R4, wijkagent)", "Politie", "Politie"),
        ("(medewerker gemeente, interview)", "gemeente", "gemeente"),
        ("(medewerker Veilig Thuis)", "Veilig Thuis", None),
        ("(officier van justitie)", "Openbaar Ministerie", "Openbaar Ministerie"),
        ("(respondent 9)", "anoniem", None),
        ("(jongerenwerker, Utrecht-Oost)", "anoniem", None),
    ],
)
def test_a_description_in_brackets_after_a_quotation_gives_the_speaker(
    bracket: str, speaker: str, organisation: str | None
) -> None:
    text = REPORT.format(f"“Je merkte direct dat er minder meldingen van inbraak binnenkwamen.” {bracket}")
    assert [(s, o) for s, _, o in attributed(text)] == [(speaker, organisation)]


def test_the_description_is_the_role() -> None:
    text = REPORT.format("“In de avonduren was het stil als nooit tevoren.” (wijkagent, interview)")
    assert attributed(text) == [("Politie", "wijkagent, interview", "Politie")]


@pytest.mark.parametrize("bracket", ["(Bakker en Smit, 2020)", "(zie kader 3)", "(ANP)", "(p. 14)", "(2019)"])
def test_a_bracket_without_a_person_attributes_nothing(bracket: str) -> None:
    text = REPORT.format(f"“Je merkte direct dat er minder meldingen van inbraak binnenkwamen.” {bracket}")
    assert attributed(text) == []


def test_a_named_person_in_brackets_after_a_quotation() -> None:
    text = ("De plannen kregen veel kritiek op sociale media. ‘Dit is een slecht idee voor de wijk’ "
            "(GroenLinks-raadslid Petra van Wijk), ‘Eindelijk gebeurt er iets aan de overlast’ "
            "(ondernemer Karim Said). Het college besluit volgende week.")
    assert [s for s, _, _ in attributed(text)] == ["Petra van Wijk", "Karim Said"]


@pytest.mark.parametrize(
    ("intro", "speaker", "role"),
    [
        ("Een respondent vertelt:", "anoniem", "respondent"),
        ("Een van de respondenten zegt hierover:", "anoniem", "een van de respondenten"),
        ("Een geïnterviewde wijkagent:", "Politie", "geïnterviewde"),
        ("Een rechercheur vertelt:", "Politie", "rechercheur"),
    ],
)
def test_an_unnamed_interviewee_before_the_quotation(intro: str, speaker: str, role: str) -> None:
    text = REPORT.format(f"{intro}\n\n“Oplichting via berichtenapps is enorm gegroeid, vooral bij ouderen.”")
    assert attributed(text) == [(speaker, role, None if speaker == "anoniem" else speaker)]


def test_an_unnamed_officer_after_the_quotation_speaks_for_the_police() -> None:
    text = REPORT.format("“Er waren minder zakkenrollers, want geen toeristen”, vertelt een wijkagent.")
    assert attributed(text) == [("Politie", "wijkagent", "Politie")]


def test_a_respondent_of_an_organisation_after_the_quotation() -> None:
    text = REPORT.format("“De druk op de hulpverlening werd groter”, aldus een respondent van de gemeente.")
    assert [(s, o) for s, _, o in attributed(text)] == [("gemeente", "gemeente")]


@pytest.mark.parametrize("desc", ["de Nijmeegse Nachtwacht", "volgens Jan Smit", "politieke partij"])
def test_descriptions_that_name_no_speaker(desc: str) -> None:
    assert described(desc) is None


@pytest.mark.parametrize(
    ("label", "speaker", "role"),
    [
        ("Respondent 5 (wijkagent):", "Politie", "Respondent 5, wijkagent"),
        ("Een professional uit de jeugdzorg:", "anoniem", "professional uit de jeugdzorg"),
        ("Een deelnemer aan de focusgroep zei:", "anoniem", "deelnemer"),
    ],
)
def test_a_label_of_an_unnamed_interviewee_on_the_line_before(label: str, speaker: str, role: str) -> None:
    text = REPORT.format(f"{label}\n“We krijgen er per week meerdere aangiftes van binnen.”")
    assert [(s, r) for s, r, _ in attributed(text)] == [(speaker, role)]


def test_a_title_alone_as_a_label_is_no_interviewee() -> None:
    text = REPORT.format("Burgemeester:\n“We krijgen er per week meerdere aangiftes van binnen.”")
    assert [s for s, _, _ in attributed(text)] != ["anoniem"]


def test_ze_with_a_singular_verb_before_a_colon_is_the_woman_named_before() -> None:
    text = ("Titel\n\nAnouk Verbeek woont al twintig jaar in de wijk. Tien jaar geleden kocht ze een "
            "huis in het Drentse Assen. Over de plannen is ze niet te spreken. Ze zegt: ,,Ik ben hier "
            "nooit gevraagd wat ik ervan vind. Niemand heeft met ons gepraat.''")
    assert [s for s, _, _ in attributed(text)] == ["Anouk Verbeek"]



@pytest.mark.parametrize(
    ("bracket", "speaker", "role"),
    [("(R12)", "anoniem", "R12"), ("(interview 4)", "anoniem", "interview 4"),
     ("(gemeente Utrecht)", "gemeente Utrecht", None)],
)
def test_a_respondent_code_or_an_organisation_alone_in_brackets(
    bracket: str, speaker: str, role: str | None
) -> None:
    text = REPORT.format(f"“De wachtlijsten liepen in die maanden flink op.” {bracket}")
    assert [(s, r or None) for s, r, _ in attributed(text)] == [(speaker, role)]


def test_a_dash_line_under_the_quotation() -> None:
    text = REPORT.format("“De wachtlijsten liepen in die maanden flink op.”\n– medewerker gemeente")
    assert [(s, r) for s, r, _ in attributed(text)] == [("gemeente", "medewerker gemeente")]


def test_a_paragraph_without_marks_ending_in_a_description_is_the_interviewee_s_quotation() -> None:
    text = REPORT.format("Je zag het meteen aan de meldingen. Er kwam bijna niets meer binnen, we hadden\n"
                         "ineens tijd voor andere dingen. (respondent politie)\n\nDe gemeente merkte het.")
    [quote] = items_of(Quote, text)
    assert (quote.speaker, quote.role) == ("Politie", "respondent politie")
    assert quote.text.startswith("Je zag het meteen") and quote.text.endswith("andere dingen.")


def test_a_paragraph_of_narration_ending_in_a_bracket_is_no_quotation() -> None:
    text = REPORT.format("Het college besluit volgende week over de plannen. (medewerker gemeente)\n\nEinde.")
    assert attributed(text) == []
