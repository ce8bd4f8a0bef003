"""The same text saved in another everyday form is read as the same text (``sources.base.plain_text``).

Windows and old Mac line ends, zero-width characters from web pages, byte order marks, soft hyphens
and Windows-1252 are undone when a file is decoded, so the stored text, the offsets into it and the
evidence found are those of the plain UTF-8 file (``bench/score_formats.py`` scores every form).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from tests.conftest import require
from trendbeeld import evaluate, sources
from trendbeeld.sources.base import decode, plain_text
from trendbeeld.sources.text import plain_layout

NEWS = (
    "Meer woninginbraken in Tilburg\n\n"
    "TILBURG - Het aantal woninginbraken in Tilburg is vorig jaar met 12 procent gestegen tot 1.250. "
    "Dat meldt de politie donderdag.\n\n"
    "'We zien vooral meer inbraken in de avonduren', zegt wijkagent Peter de Vries.\n"
)


def _read(path: Path) -> sources.Source:  # type: ignore[name-defined]
    [source] = [s for target, meta in sources.discover([str(path)]) for s in sources.read(target, meta=meta)]
    return source


def test_windows_line_ends_become_newlines() -> None:
    assert plain_text("Het aantal inbraken daalde.\r\n\r\nDe politie is tevreden.\r\n") == (
        "Het aantal inbraken daalde.\n\nDe politie is tevreden.\n"
    )


def test_old_mac_line_ends_and_a_doubled_carriage_return_become_one_newline_each() -> None:
    assert plain_text("Overlast in Breda\r\rHet aantal meldingen steeg.\r") == (
        "Overlast in Breda\n\nHet aantal meldingen steeg.\n"
    )
    assert plain_text("Het aantal meldingen steeg.\r\r\nDe gemeente grijpt in.") == (
        "Het aantal meldingen steeg.\nDe gemeente grijpt in."
    )


def test_unicode_line_and_paragraph_separators_become_line_breaks() -> None:
    assert plain_text("Jeugdcriminaliteit\u2029Het aantal verdachten daalde.\u2028Vooral in Rotterdam.") == (
        "Jeugdcriminaliteit\n\nHet aantal verdachten daalde.\nVooral in Rotterdam."
    )


def test_zero_width_characters_and_byte_order_marks_go() -> None:
    text = "\ufeffHet aantal cyber\u200bcriminaliteits\u200bzaken steeg met 20\u2060procent.\ufeff"
    assert plain_text(text) == "Het aantal cybercriminaliteitszaken steeg met 20procent."


def test_soft_hyphen_inside_a_line_goes_and_at_a_line_end_stays() -> None:
    text = "Het aantal woning\xadinbraken daalde, de misdaad\xad\ncijfers ook."
    assert plain_text(text) == "Het aantal woninginbraken daalde, de misdaad\xad\ncijfers ook."


def test_accents_written_as_combining_marks_become_one_letter() -> None:
    text = "De gei\u0308nterviewde experts verwachten dat de financie\u0308le schade stijgt."
    assert plain_text(text) == "De geïnterviewde experts verwachten dat de financiële schade stijgt."


def test_ligatures_copied_from_a_pdf_viewer_become_letters() -> None:
    text = "De of\ufb01cier van justitie: het aantal \ufb02itsers en a\ufb00aires steeg."
    assert plain_text(text) == "De officier van justitie: het aantal flitsers en affaires steeg."


def test_no_break_spaces_stay_a_space_long() -> None:
    text = "De schade bedroeg €\xa012\xa0miljoen."
    assert plain_text(text) == text


def test_a_byte_order_mark_goes_also_with_an_explicit_encoding(tmp_path: Path) -> None:
    data = "\ufeffHet aantal zedenmisdrijven steeg.".encode()
    assert decode(data, tmp_path / "a.txt", encoding="utf-8") == "Het aantal zedenmisdrijven steeg."
    assert decode(data, tmp_path / "a.txt") == "Het aantal zedenmisdrijven steeg."


def test_windows_1252_file_reads_as_its_utf8_copy(tmp_path: Path) -> None:
    text = "Schade door vandalisme: € 2,5 miljoen, één op de vijf gemeenten ‘zeer bezorgd’.\n"
    legacy = tmp_path / "cp1252.txt"
    legacy.write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    assert _read(legacy).text == text


def test_stored_text_is_the_plain_text_and_evidence_offsets_hold(tmp_path: Path) -> None:
    path = tmp_path / "bericht.txt"
    path.write_bytes(NEWS.replace("woninginbraken", "woning\xadinbraken").replace("\n", "\r\n").encode())
    source = _read(path)
    assert source.text == NEWS
    found = evaluate.extract_file(path, taxonomy="nationaal")
    assert found.records
    for record in found.records:
        if isinstance(record.get("start"), int) and record.get("evidence"):
            assert source.text[record["start"] : record["end"]] == record["evidence"]


def test_news_article_in_every_line_end_gives_the_same_evidence(tmp_path: Path) -> None:
    plain = tmp_path / "lf.txt"
    plain.write_text(NEWS, encoding="utf-8")
    expected = evaluate.extract_file(plain, taxonomy="nationaal").records
    assert any(r["kind"] == "headline" for r in expected)
    for name, newline in (("crlf", "\r\n"), ("cr", "\r")):
        copy = tmp_path / f"{name}.txt"
        copy.write_bytes(NEWS.replace("\n", newline).encode())
        assert evaluate.extract_file(copy, taxonomy="nationaal").records == expected, name


def test_real_report_with_windows_line_ends_gives_the_same_records(shared: Path, tmp_path: Path) -> None:
    report = shared / "corpus/real/reports/dashboard_crime_nl_analyse_83648NED_2010_2022.txt"
    require(report.is_file(), f"{report} ontbreekt")
    text = report.read_text(encoding="utf-8")
    assert "\n" in text
    copy = tmp_path / report.name
    copy.write_bytes(text.replace("\n", "\r\n").encode())
    expected = evaluate.extract_file(report, taxonomy="nationaal").records
    assert expected
    assert evaluate.extract_file(copy, taxonomy="nationaal").records == expected


# ----------------------------------------------------------------------------- layout (sources.text)

REPORT = (
    "Veiligheidsbeeld Oost-Brabant\n\n"
    "Het aantal geregistreerde misdrijven daalde in 2022 met 4 procent.\n"
    "Vooral het aantal woninginbraken nam af.\n\n"
    "Fietsendiefstal\n\n"
    "Het aantal gestolen fietsen steeg juist, tot 2.300.\n"
)


def test_padding_on_every_line_goes() -> None:
    padded = "".join(f"{line}  \n" if line else "\n" for line in REPORT.split("\n")[:-1])
    assert plain_layout(padded) == REPORT


def test_a_space_on_some_lines_stays_it_tells_a_wrapped_line() -> None:
    wrapped = "Het aantal geregistreerde \nmisdrijven daalde.\n\nDe politie is \ntevreden.\nDat is goed.\n"
    assert plain_layout(wrapped) == wrapped


def test_a_blank_line_after_every_line_is_undone() -> None:
    assert plain_layout(REPORT.replace("\n", "\n\n")) == REPORT


def test_paragraphs_two_blank_lines_apart_become_one_and_articles_stay_further_apart() -> None:
    articles = (
        "Meer inbraken in Tilburg\n\nHet aantal inbraken steeg.\n\nDe politie waarschuwt.\n\n\n"
        "Minder overlast in Breda\n\nHet aantal meldingen daalde.\n"
    )
    spaced = articles.replace("\n\n\n", "\0").replace("\n\n", "\n\n\n").replace("\0", "\n\n\n\n")
    assert plain_layout(spaced) == articles


def test_one_title_two_blank_lines_above_its_article_stays() -> None:
    record = "Meer inbraken in Tilburg\n\n\nHet aantal inbraken steeg met 12 procent, meldt de politie."
    assert plain_layout(record) == record


def test_news_with_its_blank_lines_doubled_gives_the_same_evidence(tmp_path: Path) -> None:
    page = NEWS + "\n\nMinder overlast in Breda\n\nHet aantal meldingen van overlast daalde met 8 procent.\n"
    plain = tmp_path / "enkel.txt"
    plain.write_text(page, encoding="utf-8")
    spaced = tmp_path / "dubbel.txt"
    spaced.write_text(page.replace("\n", "\n\n"), encoding="utf-8")
    expected = evaluate.extract_file(plain, taxonomy="nationaal").records
    assert evaluate.extract_file(spaced, taxonomy="nationaal").records == expected


def test_a_tab_before_a_paragraph_goes_and_tabs_of_a_table_stay() -> None:
    indented = "Inleiding\n\n\tHet aantal misdrijven daalde.\n\n\t‘We zijn tevreden’, zegt de burgemeester.\n"
    assert plain_layout(indented) == indented.replace("\t", "")
    table = "Maatregelen\n\tBeginstand\tInstroom\n\t\t\t2017\n\t12 jongeren\n"
    assert plain_layout(table) == table


ARTICLE = (
    "Meer woninginbraken in Tilburg\n\n"
    "TILBURG - Het aantal woninginbraken in Tilburg is vorig jaar met 12 procent gestegen tot 1.250, "
    "zo blijkt uit cijfers die de politie donderdag heeft gepubliceerd over het afgelopen jaar.\n\n"
    "Vooral in de wijken Reeshof en Oud-Noord werd vaker ingebroken, meestal in de avonduren en vaak "
    "via een achterdeur of een raam dat op een kier stond. De politie roept bewoners op om alert te zijn.\n\n"
    "'We zien vooral meer inbraken in de avonduren, als mensen even de deur uit zijn voor een "
    "boodschap', zegt wijkagent Peter de Vries. 'Een goed slot en een lamp die aan gaat helpen echt.'\n\n"
    "Ook het aantal fietsendiefstallen nam toe, met 8 procent tot ruim 3.400 gestolen fietsen, terwijl "
    "het aantal auto-inbraken juist daalde met 15 procent. De gemeente wil meer camera's plaatsen.\n"
)


def _wrap(text: str, width: int) -> str:
    paragraphs = text.rstrip("\n").split("\n\n")
    return "\n\n".join(textwrap.fill(p, width, break_on_hyphens=False) for p in paragraphs) + "\n"


def test_text_hard_wrapped_at_72_or_80_characters_is_one_line_a_paragraph_again() -> None:
    for width in (72, 80):
        assert plain_layout(_wrap(ARTICLE, width)) == ARTICLE


def test_table_rows_and_short_lines_of_a_wrapped_text_stay() -> None:
    table = "\nMisdrijven per wijk 2018 2019 2020 2021 2022 en het verschil in procent 1073\nReeshof 1 2 3\n"
    wrapped = _wrap(ARTICLE, 72) + "\nInhoud:\n- inbraken\n- fietsen\n" + table
    assert plain_layout(wrapped) == ARTICLE + "\nInhoud:\n- inbraken\n- fietsen\n" + table


def test_a_report_in_its_own_lines_is_left_as_it_is(shared: Path) -> None:
    national = shared / "corpus" / "national-2020.txt"
    require(national.is_file(), f"{national} ontbreekt")
    text = national.read_text(encoding="utf-8")
    assert plain_layout(text) == text


def test_a_hard_wrapped_news_article_gives_the_same_evidence(tmp_path: Path) -> None:
    plain = tmp_path / "regels.txt"
    plain.write_text(ARTICLE, encoding="utf-8")
    wrapped = tmp_path / "gebroken.txt"
    wrapped.write_text(_wrap(ARTICLE, 72), encoding="utf-8")
    expected = evaluate.extract_file(plain, taxonomy="nationaal").records
    assert any(r["kind"] == "headline" for r in expected)
    assert evaluate.extract_file(wrapped, taxonomy="nationaal").records == expected


def test_a_space_on_every_line_but_the_last_of_each_paragraph_stays() -> None:
    lines = ("Het aantal geregistreerde misdrijven ", "daalde in 2022 met vier procent. Vooral ",
             "het aantal woninginbraken ", "nam af, ")
    paragraph = "".join(f"{line}\n" for line in lines * 3) + "zo meldt de politie.\n\n"
    wrapped = paragraph * 3
    assert plain_layout(wrapped) == wrapped
