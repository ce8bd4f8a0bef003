"""Trend precision on unseen news (issue 10): wording that narrates one case or uses a word of
change in another sense is no trend (extract/_trend_filters.py). Invented sentences per class,
each with a control that stays a trend.
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs, statements_of
from trendbeeld.model import Change


@pytest.mark.parametrize(
    "text",
    [
        # an office or post kept by one person
        "Wethouder Jansen blijft voorlopig op zijn post.",
        "De oud-premier blijft niet eeuwig partijleider en zoekt een nieuwe baan.",
        "Na weken van onzekerheid werd duidelijk dat Van Dam voorzitter bleef van de raad.",
        # the state of one case, person or place after "blijven"
        "De naam van de nieuwe eigenaar blijft strikt vertrouwelijk.",
        "De melding van de inspecteur bleef maandenlang onopgemerkt.",
        "De wethouder blijft bij deze kritiek nog wel gespaard.",
        "Het oude stationsgebouw blijft voorlopig leeg.",
        "De ondernemer uit Breda blijft voorlopig in een Turkse cel.",
        # a wave of weather is one event
        "Tijdens de hittegolf van vorige zomer stierven honderden kippen in een stal bij Barneveld.",
        "Door de koudegolf in februari vroren de leidingen van het zwembad kapot.",
        # "constant" as "all the time", an attribute of one life, or a name
        "De buurman speelt constant harde muziek op zijn balkon.",
        "Het gezin leefde jarenlang in constante angst voor de ex-partner.",
        "Op de foto staan Constant de Vries en zijn zus.",
        # one actor changing mind or sides, a vague "iets" that changed
        "Het van gedachten veranderde CDA stemde alsnog voor de motie.",
        "Dat de partij vlak voor de verkiezingen van standpunt veranderde, kostte haar stemmen.",
        "Volgens de wethouder is het belangrijk dat er echt iets verandert.",
        # a condition after the change
        "Winkels in het centrum zullen verdwijnen als er straks nergens meer geparkeerd mag worden.",
        "De huur blijft de komende jaren gelijk als het aan de huurdersbond ligt.",
        # "verhoogd" for a raised structure or an elevated risk; "opvoeren" citing, performing, tuning
        "De straat krijgt een verhoogd trottoir aan de kant van de haven.",
        "Een afwijkende uitslag duidt op een verhoogde kans op diabetes.",
        "Die vondst wordt vaak als bewijs van zijn gelijk opgevoerd.",  # (opwarming: test_trend_counted)
        "De politie haalde vijf opgevoerde snorfietsen van de weg.",
        # "oplopen" as walking, or a delay incurred by one project
        "De man liep in paniek de straat op en riep om hulp.",
        "De bouw van de nieuwe sporthal loopt door de stikstofregels vertraging op.",
    ],
)
def test_no_trend(text: str) -> None:
    assert statements_of(text) == []


@pytest.mark.parametrize(
    ("text", "direction", "word"),
    [
        # controls: a level that stays, a rise, persistence, a wave that names a surge
        ("Het aantal inbraken in de regio bleef vorig jaar constant.", Change.STABLE, "inbraken"),
        ("Het aantal verkeersdoden is de afgelopen jaren constant gebleven.", Change.STABLE, "verkeersdoden"),
        ("Het aantal hittegolven in Nederland neemt toe.", Change.UP, "hittegolven"),
        ("De werkloosheid in de stad liep vorig jaar verder op.", Change.UP, "werkloosheid"),
        ("De criminaliteit is de laatste jaren van karakter veranderd.", Change.SHIFT, "criminaliteit"),
        ("Het aantal inbraken daalde vorig jaar even snel als het jaar ervoor.", Change.DOWN, "inbraken"),
        ("Er wordt steeds vaker een beroep gedaan op buren wanneer er hulp nodig is.", Change.UP, "beroep"),
        ("De regering heeft de accijns op tabak vorig jaar verhoogd.", Change.UP, "accijns"),
        ("De politie voert de strijd tegen ondermijning steeds verder op.", Change.UP, "strijd"),
        ("Het vertrouwen in de gemeente liep vorig jaar een stevige deuk op.", Change.DOWN, "vertrouwen"),
    ],
)
def test_still_a_trend(text: str, direction: Change, word: str) -> None:
    found = pairs(text)
    assert any(d is direction and word in p for d, p in found), found
