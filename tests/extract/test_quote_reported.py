"""A quotation that goes on from reported speech one or two sentences before it (issue 10):
", zegt Hamming. Ook in zijn gemeente … „…”" and an attribution set inside the sentence ("Normaal
gesproken, zegt hoogleraar Carla Hollak, zit ze …"); invented news sentences."""

from __future__ import annotations

from tests.extract._helpers import items_of
from trendbeeld.model import Quote


def speakers(text: str) -> list[str]:
    return [q.speaker for q in items_of(Quote, text)]


LEAD = "Woningbouw in de regio\n\nWethouder Karel Bosman van Almere ziet de stad hard groeien. "


def test_reported_speech_two_sentences_before_the_quotation() -> None:
    text = LEAD + ("De druk op de stad is groot, zegt Bosman. Ook in de buurgemeenten wordt flink gebouwd. "
                   "„We willen twintigduizend woningen bouwen, anders lukt het niet.” Het plan ligt er al.")
    assert speakers(text) == ["Karel Bosman"]


def test_an_attribution_set_inside_the_sentence_before() -> None:
    text = LEAD + ("Meestal, zegt Bosman, duurt een bouwproject in Almere vijf jaar. "
                   "„Dat is veel te lang voor de mensen op de wachtlijst.” De raad praat er later over.")
    assert speakers(text) == ["Karel Bosman"]


def test_another_person_between_the_attribution_and_the_quotation() -> None:
    text = LEAD + ("De druk op de stad is groot, zegt Bosman. Tot ergernis van de buurman, die anoniem wil "
                   "blijven. „We willen twintigduizend woningen bouwen, anders lukt het niet.”")
    assert speakers(text) == []


def test_another_named_person_between_the_attribution_and_the_quotation() -> None:
    text = LEAD + ("De druk op de stad is groot, zegt Bosman. Gedeputeerde Anna de Wit is het daar niet mee "
                   "eens. „We willen twintigduizend woningen bouwen, anders lukt het niet.”")
    assert "Karel Bosman" not in speakers(text)


def test_a_short_first_person_sentence_goes_on_from_the_speaker_before() -> None:
    text = ("Paviljoen\n\n„Het paviljoen moet helemaal van glas worden”, zegt Sjoerd Brink. Het dak is nog "
            "afgesloten. „Ik wacht nog op toestemming.” De gemeente beslist in mei.")
    assert speakers(text) == ["Sjoerd Brink", "Sjoerd Brink"]


def test_a_titled_surname_between_ends_the_speaker_s_run() -> None:
    text = ("Paviljoen\n\n„Het paviljoen moet helemaal van glas worden”, zegt Sjoerd Brink. Wethouder Van "
            "Dalen is het met de plannen eens. „We moeten de stad vergroenen.” De gemeente beslist in mei.")
    assert speakers(text)[1:] != ["Sjoerd Brink"]
