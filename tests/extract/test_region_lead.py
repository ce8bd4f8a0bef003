"""The town a news article's lead names as its scene is the region of its later figures that name
no place (issue 10: DPG regional news of 2019, title, blank line, flattened body)."""

from __future__ import annotations

from tests.extract._helpers import figures_of


def _regions(text: str) -> list[str | None]:
    return [f.region for f in figures_of(text)]


def test_the_town_of_the_lead_is_carried_to_the_articles_figures() -> None:
    text = ("Nieuw proeflokaal kan eindelijk open\n\n"
            "Brouwerij De Kraan opent zaterdag het eigen café in de oude zeepfabriek "
            "aan de Havenstraat in Breda. "
            "De opening moest eerder worden uitgesteld omdat de vergunning niet rond was. "
            "Het café heeft een eigen terras en een winkel. De brouwers zijn blij met de plek. "
            "Er komen 24 bieren op de tap. Via crowdfunding is zes ton opgehaald.\n")
    assert _regions(text) == ["Breda", "Breda"]
    text = ("Gemeente stuurt rekening voor puin\n\n"
            "Als de familie de rekening niet betaalt, stuurt de gemeente Twenterand een deurwaarder. "
            "Vorig jaar sloopte de familie het huis zelf. Het puin bleef liggen. Na klachten besloot de "
            "gemeente op te ruimen. De rekening van 48.200 euro ging naar de familie.\n")
    assert _regions(text) == ["Twenterand"]


def test_no_place_of_the_lead_when_named_by_adjective_or_as_a_home() -> None:
    text = ("Tatoeëerder trots op voorlichtingsfilm\n\n"
            "De Almelose tatoeagezaak Inkt figureert in nieuwe filmpjes van de toezichthouder. "
            "Het is een waardering voor de goede cijfers bij inspecties. De branche groeit hard. "
            "Bij controle blijkt dat zo'n veertig procent van de zaken niet aan de regels voldoet.\n")
    assert _regions(text) == [None]
    text = ("Getuigen voelen zich bedreigd\n\n"
            "Twee broers voelen zich bedreigd door een man uit Beek. De man zwaaide met een wapen. "
            "Agenten vonden later nog een mes. Hij kreeg eerder al een boete van 500 euro.\n")
    assert set(_regions(text)) == {None}


def test_no_place_of_the_lead_for_a_survey_one_things_size_or_a_titled_place() -> None:
    text = ("Hackers in schoolsysteem\n\n"
            "De school in Apeldoorn is geschrokken van de digitale inbraak. De daders zijn aangehouden. "
            "De school heeft het systeem aangepast. Het is niet de eerste keer. "
            "Uit onderzoek van een adviesbureau bleek dat bijna de helft van de docenten zorgen heeft.\n")
    assert _regions(text) == [None]
    text = ("Het schip ligt voor onderhoud\n\n"
            "Vanaf de kade in Vlissingen kijk je zo op het marineschip. Het onderhoud duurt maanden. "
            "De bemanning is even met verlof. Het schip is 205 meter lang.\n")
    assert _regions(text) == [None]
    text = ("Utrecht opent bunker\n\n"
            "De bunker onder het plein in Den Haag gaat open. Er is plek voor een beperkt aantal bezoekers. "
            "De rondleidingen horen bij de Vrijheidsweken. Het gaat om tientallen activiteiten.\n")
    assert _regions(text) == [None]
