"""Running news text has no sections: a compilation of articles (each a title over a body stored as
one line) and a text whose paragraphs are whole articles; a report keeps its headings (issue 10)."""

from __future__ import annotations

from trendbeeld.model import Source
from trendbeeld.themes.sections import sections

BODY = (
    "Het aantal jongeren dat een mes op zak heeft, is de afgelopen jaren gestegen. Dat blijkt uit cijfers "
    "van de politie. Vooral in de grote steden worden vaker wapens aangetroffen bij controles. Scholen "
    "vragen om meer voorlichting. De minister laat weten dat hij de signalen serieus neemt."
)


def titles(text: str) -> list[str]:
    return [s.title for s in sections(Source.create("t.txt", text))]


def test_the_titles_of_a_compilation_of_news_articles_are_no_sections() -> None:
    text = (
        f"Messen op school blijven zorgen baren\n\n{BODY}\n\n\n"
        f"Politie vaker te laat bij meldingen\n\n{BODY}\n\n\n"
        f"Gemeente wil minder inbraken in binnenstad\n\n{BODY} {BODY}\n"
    )
    assert titles(text) == []


def test_subheads_between_paragraphs_that_are_whole_articles_are_no_sections() -> None:
    article = " ".join([BODY] * 8)
    text = f"Messen op school blijven zorgen baren\n\n{article}\n\nHogere eis\n\n{article}\n"
    assert titles(text) == []


def test_a_report_with_wrapped_paragraphs_keeps_its_sections() -> None:
    wrapped = "\n".join(BODY[i : i + 80] for i in range(0, len(BODY), 80))
    text = (
        f"Veiligheidsbeeld 2024\n\nJeugd en wapens\n\n{wrapped}\n\n\n"
        f"Woninginbraken in de binnenstad\n\n{wrapped}\n\n\nAanpak van overlast\n\n{wrapped}\n"
    )
    assert titles(text) == ["Jeugd en wapens", "Woninginbraken in de binnenstad", "Aanpak van overlast"]


# A report whose line breaks were lost keeps its numbered headings, and only those.

LONG = " ".join([BODY] * 6)


def test_numbered_headings_inside_a_flattened_report_are_sections() -> None:
    text = (
        f"Jaarverslag 2024 {LONG} 12 2 HET VEILIGHEIDSBEELD 2.1 De ontwikkeling van geweld De politie "
        f"registreerde meer geweld dan een jaar eerder. {LONG} 2.2 Wapens onder jongeren In de grote steden "
        f"worden vaker messen gevonden. {LONG}"
    )
    found = [(s.title, s.level) for s in sections(Source.create("t.txt", text))]
    assert found == [
        ("HET VEILIGHEIDSBEELD", 1),
        ("De ontwikkeling van geweld", 2),
        ("Wapens onder jongeren", 2),
    ]


def test_a_lone_number_before_a_capital_in_flattened_text_is_no_heading() -> None:
    text = (
        f"{LONG} In totaal kwamen 12 Amsterdamse jongeren in beeld. {LONG} 3 Agenten raakten gewond. {LONG}"
    )
    assert titles(text) == []


def test_a_flattened_table_of_contents_has_no_sections() -> None:
    text = f"Inhoud 1 Inleiding 3 2 Trends 5 2.1 Geweld 6 2.2 Wapens 8 3 Conclusies 11 {LONG}"
    assert titles(text) == []


def test_unnumbered_headings_of_a_flattened_report_are_not_guessed() -> None:
    text = f"{LONG} Woninginbraken De politie pakte meer inbrekers op dan vorig jaar. {LONG}"
    assert titles(text) == []


def test_headings_in_capitals_inside_a_flattened_report_are_sections() -> None:
    text = (
        f"{LONG} WAPENS ONDER JONGEREN Scholen vragen om meer voorlichting over wapens. {LONG} "
        f"AANPAK VAN GEWELD De minister neemt de signalen over geweld serieus. {LONG}"
    )
    assert titles(text) == ["WAPENS ONDER JONGEREN", "AANPAK VAN GEWELD"]


def test_a_name_or_a_lone_run_of_capitals_in_flattened_text_is_no_section() -> None:
    named = (
        f"{LONG} JOLANDA VAN ZANEN Directeur bij de politie zegt dat het beter gaat. {LONG} "
        f"PIETER DE GROOT Wijkagent in de binnenstad ziet meer messen. {LONG}"
    )
    assert titles(named) == []
    lone = f"{LONG} WAPENS ONDER JONGEREN Scholen vragen om meer voorlichting over wapens. {LONG}"
    assert titles(lone) == []


def test_subheads_of_one_news_article_that_tells_the_day_are_no_sections() -> None:
    lead = BODY.replace("De minister laat weten", "De minister liet dinsdag weten")
    text = (
        f"Messen op school blijven zorgen baren\n\n{lead}\n\n"
        f"Meer controles bij scholen\n\n{lead}\n\n{lead}\n"
    )
    assert titles(text) == []


def test_an_unwrapped_report_that_names_no_day_keeps_its_sections() -> None:
    text = f"Veiligheidsbeeld 2024\n\n{BODY}\n\nMeer controles bij scholen\n\n{BODY}\n\n{BODY}\n"
    assert titles(text) == ["Meer controles bij scholen"]


def test_a_report_of_long_paragraphs_with_numbered_heading_lines_keeps_them() -> None:
    article = " ".join([BODY] * 8)
    text = (
        f"Veiligheidsbeeld 2024\n\n1 Wapens onder jongeren\n\n{article}\n\n"
        f"2 Aanpak van geweld\n\n{article}\n"
    )
    assert titles(text) == ["1 Wapens onder jongeren", "2 Aanpak van geweld"]


def test_subheads_of_one_news_article_that_reports_speech_are_no_sections() -> None:
    said = BODY.replace("laat weten", "zegt") + " Het is genoeg, aldus de burgemeester."
    text = f"Messen op school\n\n{said}\n\nMeer controles bij scholen\n\n{said}\n\n{said}\n"
    assert titles(text) == []
