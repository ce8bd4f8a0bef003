"""The cleaned view of a text and its map back to the original offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trendbeeld.extract import _cues, _text


@pytest.fixture(autouse=True, scope="module")
def _lemmas_loaded() -> None:
    """The cleaner reads lemmas (simplemma) for two words at a line end; their dictionary loads
    once per process, outside the timed examples below."""
    _cues.lemma("daalt")


def test_split_words_are_joined_and_map_back() -> None:
    text = "De maatschappelijke ontwikke\nlingen en de ont-\nwikkeling van techno\nlogie zijn groot."
    cleaned = _text.clean(text)
    assert "ontwikkelingen" in cleaned.text
    assert "ontwikkeling van" in cleaned.text
    assert "technologie" in cleaned.text
    start = cleaned.text.index("technologie")
    s, e = cleaned.source_span(start, start + len("technologie"))
    assert text[s:e] == "techno\nlogie"


def test_words_that_only_meet_at_a_line_end_stay_apart() -> None:
    cleaned = _text.clean("De hoofdstukken beschrijven\nde belangrijkste ontwikkelingen.")
    assert "beschrijven de" in cleaned.text


def test_short_line_before_a_capital_ends_a_heading() -> None:
    text = "Cybercrime neemt toe\nHet aantal meldingen van oplichting via internet stijgt al jaren snel.\n"
    sentences = _text.sentences(_text.clean(text).text)
    assert len(sentences) == 2


def test_sentences_do_not_split_at_abbreviations() -> None:
    text = "Het aantal o.a. fietsdiefstallen steeg t.o.v. vorig jaar. Dat is veel."
    cleaned = _text.clean(text)
    assert [cleaned.text[s.start : s.end] for s in _text.sentences(cleaned.text)] == [
        "Het aantal o.a. fietsdiefstallen steeg t.o.v. vorig jaar.",
        "Dat is veel.",
    ]


_PIECES = st.lists(
    st.sampled_from(["woning", "ontwikke", "lingen", "De", " ", "\n", "-\n", "\n\n", "12", ",", "."]),
    max_size=40,
)


@given(_PIECES)
def test_every_clean_letter_maps_to_the_same_letter(pieces: list[str]) -> None:
    text = "".join(pieces)
    cleaned = _text.clean(text)
    for i, ch in enumerate(cleaned.text):
        if ch.isalnum():
            assert text[cleaned.source_offset(i)] == ch


@given(_PIECES)
def test_offsets_never_go_back(pieces: list[str]) -> None:
    cleaned = _text.clean("".join(pieces))
    offsets = [cleaned.source_offset(i) for i in range(len(cleaned.text) + 1)]
    assert offsets == sorted(offsets)


def test_two_real_words_on_two_lines_stay_two_words() -> None:
    text = "Ook het aantal\ngeregistreerde bedreigingen neemt af, net als de\ncriminele omzet."
    cleaned = _text.clean(text)
    assert "aantal geregistreerde bedreigingen" in cleaned.text
    assert "de criminele omzet" in cleaned.text


def test_a_compound_split_at_the_line_end_is_joined() -> None:
    cleaned = _text.clean("De politie\ncapaciteit staat onder druk.")
    assert "politiecapaciteit" in cleaned.text


def test_the_document_decides_between_compound_and_two_words() -> None:
    spelled_apart = _text.clean("Het aantal meldingen steeg. Ook het aantal\nmeldingen van fraude steeg.")
    assert "aantal meldingen van fraude" in spelled_apart.text
    compound = _text.clean("De jeugdhulp kent transformatiedoelen. Die transformatie\ndoelen zijn breed.")
    assert "transformatiedoelen zijn breed" in compound.text


def test_a_verb_on_the_next_line_is_no_compound_head() -> None:
    text = "In de regio heeft de samenwerking met winkeliers\ngeholpen en de brandstichtingen\ndaalden."
    cleaned = _text.clean(text)
    assert "brandstichtingen daalden" in cleaned.text
    assert "winkeliers geholpen" in cleaned.text


def test_an_inflected_adjective_is_no_first_part_of_a_compound() -> None:
    cleaned = _text.clean("Met een gelijkblijvende\nformatie kwamen er meer taken bij.")
    assert "gelijkblijvende formatie" in cleaned.text


def test_a_soft_hyphen_at_a_line_end_joins_and_inside_a_line_goes() -> None:
    text = "De geregistreerde jeugd\xad\ncriminaliteit en de fiets\xaddiefstallen."
    cleaned = _text.clean(text)
    assert "jeugdcriminaliteit" in cleaned.text
    assert "fietsdiefstallen" in cleaned.text
    start = cleaned.text.index("jeugdcriminaliteit")
    s, e = cleaned.source_span(start, start + len("jeugdcriminaliteit"))
    assert text[s:e] == "jeugd\xad\ncriminaliteit"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("hoogste", "niveau"),  # a superlative before its noun
        ("grootste", "stijging"),
        ("voorgaande", "jaren"),  # an inflected present participle
        ("bestaande", "regels"),
        ("persoonsgerichte", "aanpak"),  # a compound adjective on an inflected participle
        ("resultaatgerichte", "werkwijze"),
        ("netwerken", "wisselen"),  # an infinitive after a plural
        ("bedrijven", "investeren"),
        ("verkopen", "ooit"),  # a function word (an adverb) second
        ("vlakte", "af"),  # a verb and its separable particle
        ("nam", "toe"),
    ],
)
def test_two_words_dutch_writes_apart_stay_apart_at_a_line_end(first: str, second: str) -> None:
    cleaned = _text.clean(f"Volgens het rapport is de {first}\n{second} hier een gegeven.")
    assert f"de {first} {second} hier" in cleaned.text


@pytest.mark.parametrize(
    ("first", "second"),
    [("politie", "capaciteit"), ("ontwikke", "lingen"), ("gemeente", "begroting"), ("woning", "inbraken")],
)
def test_compounds_and_fragments_are_still_joined(first: str, second: str) -> None:
    cleaned = _text.clean(f"Volgens het rapport is de {first}\n{second} hier een gegeven.")
    assert f"de {first}{second} hier" in cleaned.text


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        # an adjective, inflected or bare with an inflected form in use, is no first part of a compound
        ("een grote en complexe\nzorgbehoefte", "een grote en complexe zorgbehoefte"),
        ("het mentaal\nwelzijn", "het mentaal welzijn"),
        ("een lokaal\nnetwerk", "een lokaal netwerk"),
        ("effectieve\nondersteuningsprogramma's", "effectieve ondersteuningsprogramma's"),  # a rare noun
        # nouns at a line end still join with the next line's noun
        ("het migratie\nvraagstuk", "het migratievraagstuk"),
        ("de woning\ninbraken", "de woninginbraken"),
        ("de ontwikke\nlingen", "de ontwikkelingen"),
    ],
)
def test_an_adjective_at_a_line_end_starts_no_compound(text: str, cleaned: str) -> None:
    assert _text.clean(text).text == cleaned


def _sentence_texts(text: str) -> list[str]:
    cleaned = _text.clean(text)
    return [cleaned.text[s.start : s.end] for s in _text.sentences(cleaned.text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two commas are the low opening quotation mark of Dutch newspapers: a sentence starts there
        (
            "Het aantal inbraken daalde vorig jaar. ,,We zien dat de aanpak werkt'', zegt de wethouder.",
            ["Het aantal inbraken daalde vorig jaar.", ",,We zien dat de aanpak werkt'', zegt de wethouder."],
        ),
        (
            'De kosten stijgen! ,,Dat is te veel", vindt de bond. ,,Echt?", vraagt hij.',
            ["De kosten stijgen!", ',,Dat is te veel", vindt de bond.', ',,Echt?", vraagt hij.'],
        ),
        # a quotation after a colon or inside a sentence stays in it
        (
            "De burgemeester is duidelijk: ,,Dit moet stoppen.'' Hij wil meer toezicht.",
            # (a sentence ends at its stop; the closing mark after it belongs to neither sentence)
            ["De burgemeester is duidelijk: ,,Dit moet stoppen.", "Hij wil meer toezicht."],
        ),
        # a one-word subhead that lost its line break before a quotation is a sentence of its own
        (
            "De wijk groeit snel. Ligging ,,We zien dat het werkt'', zegt de makelaar.",
            ["De wijk groeit snel.", "Ligging", ",,We zien dat het werkt'', zegt de makelaar."],
        ),
        ("Revanche ,,Natuurlijk speelt dat mee''.", ["Revanche", ",,Natuurlijk speelt dat mee''."]),
        # words before a quotation that run on as a sentence are no subhead
        ("Hij zei ,,Nee'' tegen het plan.", ["Hij zei ,,Nee'' tegen het plan."]),
    ],
)
def test_low_opening_quotation_marks_start_a_sentence(text: str, expected: list[str]) -> None:
    assert _sentence_texts(text) == expected


@pytest.mark.parametrize(
    ("line_end", "wraps", "spaced"),
    [
        (" \n", True, True),
        ("\n", True, False),
        ("\t\n", True, False),
        ("-\n", False, False),
        ("  \n", False, False),
    ],
)
def test_wrapped_line_ends_are_counted_by_what_ends_them(line_end: str, wraps: bool, spaced: bool) -> None:
    # a wrap is a break after a word (and at most one space or tab) before a lower-case word
    text = "".join(f"de regel nummer {i} loopt door{line_end}" for i in range(_text.MIN_WRAPS + 5))
    assert _text._layout(text).trailing_space is spaced
    assert (len(_text._WRAPPED_LINE_END.findall(text)) >= _text.MIN_WRAPS) is wraps
