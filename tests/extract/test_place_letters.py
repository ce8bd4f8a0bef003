"""Where a letter was written or is sent is no region of its figures (issue 10): the date line of a
letter ("'s-Gravenhage, 12 mei 1989"), a postal address ("2500 EH 's-Gravenhage", "Postbus 20301")
and a heading that carries them (letters of ministries to parliament, 1986-1992 and later)."""

from __future__ import annotations

from tests.extract._helpers import figures_of


def test_the_date_line_of_a_letter_is_not_carried_to_its_figures() -> None:
    text = ("'s-Gravenhage, 12 mei 1989. Hierbij bericht ik u over de capaciteit van het gevangeniswezen. "
            "Op 1 januari 1989 telde het gevangeniswezen 5100 cellen.")
    assert [f.region for f in figures_of(text)] == [None]
    text = ("De Minister van Justitie. Den Haag, 3 oktober 1990. "
            "Het aantal geregistreerde misdrijven steeg met 4 procent.")
    assert [f.region for f in figures_of(text)] == [None]
    text = ("'s-Gravenhage , 2 april 1990 Naar aanleiding van uw vragen bericht ik u het volgende. "
            "Het aantal geregistreerde misdrijven steeg met 4 procent.")
    assert [f.region for f in figures_of(text)] == [None]


def test_a_heading_with_a_place_and_date_names_no_region() -> None:
    text = ("Brieven aan de Kamer\n\n"
            "Capaciteit gevangeniswezen, 's-Gravenhage 12 mei 1989\n\n"
            "Hierbij bericht ik u over de capaciteit van het gevangeniswezen. "
            "Op 1 januari 1989 telde het gevangeniswezen 5100 cellen.\n")
    assert [f.region for f in figures_of(text)] == [None]


def test_a_postal_address_is_not_carried() -> None:
    text = ("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal, Binnenhof 1a, 2513 AA 's-Gravenhage. "
            "Bij de Halt-bureaus werden 11.000 jongeren aangemeld.")
    assert [f.region for f in figures_of(text)] == [None]
    text = "Ministerie van Justitie, Postbus 20301 Den Haag. In 1990 is 25 miljoen gulden uitgegeven."
    assert [f.region for f in figures_of(text)] == [None]


def test_a_news_dateline_and_a_place_in_the_sentence_still_count() -> None:
    text = "In Rotterdam werden op 12 mei 1989 ruim 300 fietsen gestolen."
    assert [f.region for f in figures_of(text)] == ["Rotterdam"]
    text = "Bij de gemeente Utrecht, 3 oktober 1990 opgericht, werken 4000 mensen."
    assert [f.region for f in figures_of(text)] == ["Utrecht"]


def test_a_street_address_on_its_own_lines_is_not_carried() -> None:
    text = ("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nBinnenhof 1a\n's-Gravenhage. "
            "In 1988 werden 4200 jongeren naar een Halt-bureau verwezen.")
    assert [f.region for f in figures_of(text)] == [None]


def test_parts_of_the_kingdom_and_former_states_are_their_own_region() -> None:
    text = "In de Nederlandse Antillen zaten eind 1989 ruim 400 gedetineerden."
    assert [f.region for f in figures_of(text)] == ["Nederlandse Antillen"]
    text = "In West-Duitsland werden in 1988 ruim 5000 verzoeken ingediend."
    assert [f.region for f in figures_of(text)] == ["West-Duitsland"]
