"""Text repair: broken words joined, page furniture removed, offsets kept consistent."""

from __future__ import annotations

from trendbeeld.sources import repair


def test_hyphenated_word_across_line_end_is_joined() -> None:
    assert repair.join_broken_words("Recente ont-\nwikkelingen in de regio") == (
        "Recente ontwikkelingen\nin de regio"
    )


def test_word_broken_without_hyphen_is_joined_when_the_whole_is_a_word() -> None:
    assert repair.join_broken_words("belangrijke ontwikke\nlingen zien") == "belangrijke ontwikkelingen\nzien"
    assert repair.join_broken_words("een forse toe\nname van") == "een forse toename\nvan"


def test_two_real_words_on_two_lines_stay_apart() -> None:
    assert repair.join_broken_words("het\naantal inbraken") == "het\naantal inbraken"
    assert repair.join_broken_words("de\nkinderen") == "de\nkinderen"


def test_names_and_conjunctions_keep_their_hyphen() -> None:
    assert repair.join_broken_words("provincie Noord-\nHolland") == "provincie Noord-Holland\n"
    assert repair.join_broken_words("zorg-\nen veiligheidshuizen") == "zorg-\nen veiligheidshuizen"


def test_page_numbers_and_running_headers_are_removed() -> None:
    pages = [f"Veiligheidsanalyse 2024\nTekst van pagina {n} over criminaliteit.\n{n}" for n in range(1, 6)]
    cleaned = repair.strip_page_furniture(pages)
    assert cleaned[2] == "Tekst van pagina 3 over criminaliteit."


def test_stray_column_fragments_are_dropped() -> None:
    assert repair.drop_column_debris("Tekst\nM\n•\nmeer tekst") == "Tekst\nmeer tekst"
