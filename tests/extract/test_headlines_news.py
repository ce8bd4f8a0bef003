"""Titles of news articles as datasets and archives store them: a title line over a body stored as
one line, labels the dataset glued to the title, one article without quotations, and text whose
line breaks were lost (issue 10)."""

from __future__ import annotations

from tests.extract._helpers import items_of
from trendbeeld.model import Headline

INBRAAK = (
    "De gemeente wil het aantal woninginbraken in de binnenstad terugdringen. Daarvoor komen er meer "
    "camera's en extra surveillance in de avonduren. Volgens de wethouder, die maandag de plannen "
    "presenteerde, is de aanpak nodig omdat het aantal meldingen vorig jaar sterk steeg. Bewoners reageren "
    "verdeeld op de plannen. Sommigen vinden de camera's een inbreuk op hun privacy, anderen voelen zich "
    "juist veiliger."
)
MESSEN = (
    "Het aantal jongeren dat een mes op zak heeft, is de afgelopen jaren gestegen. Dat blijkt uit cijfers "
    "van de politie. Vooral in de grote steden worden vaker wapens aangetroffen bij controles. Scholen "
    "vragen om meer voorlichting. De minister laat weten dat hij de signalen serieus neemt en met de "
    "burgemeesters om tafel gaat."
)


def titles(text: str) -> list[str]:
    return [h.title for h in items_of(Headline, text)]


def test_a_label_after_a_full_stop_in_a_title_line_is_not_part_of_the_title() -> None:
    text = (
        f"Jongeren met auto's vaker aangehouden. VAN DE VOORPAGINA\n\n{INBRAAK}\n\n\n"
        f"Messen op school blijven zorgen baren, zegt politie. wapens jongeren\n\n{MESSEN}\n"
    )
    assert titles(text) == [
        "Jongeren met auto's vaker aangehouden",
        "Messen op school blijven zorgen baren, zegt politie",
    ]


def test_an_initial_or_an_abbreviation_in_a_title_does_not_cut_it() -> None:
    text = (
        f"Verdachte Mohammed B. opnieuw aangehouden\n\n{INBRAAK}\n\n\n"
        f"Prof. Jansen waarschuwt voor messen\n\n{MESSEN}\n"
    )
    assert titles(text) == [
        "Verdachte Mohammed B. opnieuw aangehouden",
        "Prof. Jansen waarschuwt voor messen",
    ]


def test_one_article_without_quotations_that_names_a_day_has_its_first_line_as_title() -> None:
    assert titles(f"Meer camera's tegen inbrekers in binnenstad\n\n{INBRAAK}\n") == [
        "Meer camera's tegen inbrekers in binnenstad"
    ]


def test_a_short_report_with_wrapped_lines_has_no_headline() -> None:
    wrapped = "\n".join(INBRAAK[i : i + 70] for i in range(0, len(INBRAAK), 70))
    assert titles(f"Veiligheid in de binnenstad van Utrecht\n\n{wrapped}\n") == []


# Text whose line breaks were lost: every paragraph break became one space.


def test_a_clipping_whose_line_breaks_were_lost_keeps_its_title_after_the_quotation_before_it() -> None:
    text = (
        "“We zien dat jongeren vaker een mes bij zich dragen,” zegt de wijkagent. ‘Messen horen niet "
        "op straat’ Jongerenwerkers zien straatcultuur onder jongeren verharden NOS | 26 augustus 2020 "
        "Horeca vaker prooi voor criminelen De Telegraaf 3 oktober 2020 De gemeente start een campagne."
    )
    found = [(h.title, h.outlet) for h in items_of(Headline, text)]
    assert found == [
        ("Jongerenwerkers zien straatcultuur onder jongeren verharden", "NOS"),
        ("Horeca vaker prooi voor criminelen", "De Telegraaf"),
    ]


def test_a_clipping_title_after_its_caption_ends_where_the_next_sentence_starts() -> None:
    text = f"{MESSEN} NOS | 3 mei 2020 Politie pakt vaker jonge inbrekers op Veiligheid in de wijk {INBRAAK}"
    assert [(h.title, h.outlet) for h in items_of(Headline, text)] == [
        ("Politie pakt vaker jonge inbrekers op", "NOS")
    ]


def test_a_dateline_inside_a_line_ends_the_title_before_it() -> None:
    text = (
        f"{MESSEN} Brand in leegstaand kantoorpand ROTTERDAM - Bij een brand in een leegstaand kantoor is "
        f"maandagnacht niemand gewond geraakt. {INBRAAK} Schietpartij in Zuidoost (ANP) - Bij een "
        f"schietpartij is dinsdag een man gewond geraakt. {MESSEN}"
    )
    assert titles(text) == ["Brand in leegstaand kantoorpand", "Schietpartij in Zuidoost"]


def test_a_list_of_sources_with_acronyms_in_brackets_has_no_dateline() -> None:
    text = f"{MESSEN} Bronnen: - Nieuwe vormen van fraude (WODC) - Dreigingsbeeld Terrorisme (NCTV) - Monitor"
    assert titles(text) == []


def test_an_article_stored_as_one_string_with_its_title_has_that_title() -> None:
    assert titles(f"Gemeente wil minder inbraken in binnenstad {INBRAAK}") == [
        "Gemeente wil minder inbraken in binnenstad"
    ]


def test_a_flattened_report_without_news_wording_gets_no_opening_title() -> None:
    report = INBRAAK.replace("maandag", "vorig jaar")
    assert titles(f"Veiligheid in de binnenstad van Utrecht {report} {report} {report}") == []


def test_an_article_stored_as_one_string_may_open_with_a_title_in_quotation_marks() -> None:
    found = items_of(Headline, f"'Meer auto's gestolen in de binnenstad' {INBRAAK}")
    assert [(h.text, h.title) for h in found] == [
        ("'Meer auto's gestolen in de binnenstad'", "Meer auto's gestolen in de binnenstad")
    ]


def test_news_list_entries_whose_line_breaks_were_lost_keep_their_titles() -> None:
    text = (
        f"{MESSEN} 14-02-2024 | NU.nl | Politie pakt vaker jonge inbrekers op. NOS (12 januari 2024). "
        f"Aantal explosies bij woningen verdubbeld. NOS (13 januari 2024). Meer meldingen van "
        f"overlast in de binnenstad. {INBRAAK}"
    )
    assert [(h.title, h.outlet, str(h.date)) for h in items_of(Headline, text)] == [
        ("Politie pakt vaker jonge inbrekers op", "NU.nl", "2024-02-14"),
        ("Aantal explosies bij woningen verdubbeld", "NOS", "2024-01-12"),
        ("Meer meldingen van overlast in de binnenstad", "NOS", "2024-01-13"),
    ]


def test_a_news_list_entry_without_a_full_stop_ends_where_the_next_sentence_starts() -> None:
    text = f"{MESSEN} 3 mei 2020 | NOS | Politie pakt vaker jonge inbrekers op {INBRAAK}"
    assert titles(text) == ["Politie pakt vaker jonge inbrekers op"]


def test_a_clipping_title_in_quotation_marks_keeps_an_apostrophe_inside() -> None:
    text = f"{MESSEN}\n\n‘Meer auto’s gestolen in de binnenstad’\nNOS | 3 mei 2020\n\n{INBRAAK}"
    assert [(h.text, h.outlet) for h in items_of(Headline, text)] == [
        ("‘Meer auto’s gestolen in de binnenstad’", "NOS")
    ]


def test_one_article_that_reports_speech_without_quotation_marks_has_its_first_line_as_title() -> None:
    body = (
        "De politie zegt dat het aantal inbraken in de binnenstad flink is gedaald. Volgens de wijkagent "
        "komt dat door de extra camera's en de surveillance in de avonduren. Bewoners zijn tevreden, "
        "zegt een woordvoerder van de bewonersvereniging. De gemeente wil de aanpak daarom uitbreiden "
        "naar andere wijken, aldus de wethouder."
    )
    assert titles(f"Minder inbraken in de binnenstad\n\n{body}\n") == ["Minder inbraken in de binnenstad"]


def test_a_report_that_quotes_one_expert_has_no_headline() -> None:
    body = INBRAAK.replace(", die maandag de plannen presenteerde,", "")
    text = (
        f"Veiligheid in de binnenstad van Utrecht\n\n{body} {MESSEN}\n\n"
        f"{body} De aanpak werkt, zegt de expert.\n"
    )
    assert titles(text) == []


def test_a_title_of_two_sentences_whose_second_is_longer_stays_whole_over_paragraphs() -> None:
    # a web or feed title over an article with its paragraphs: both sentences are the headline
    title = "Messen, wapens en drugs. Wijkagent ziet jongeren steeds vaker gewapend naar school gaan"
    body = INBRAAK.replace(" Bewoners reageren", "\n\nBewoners reageren")
    assert titles(f"{title}\n\n{body}\n\n\nMessen op school blijven zorgen baren\n\n{MESSEN}\n") == [
        title,
        "Messen op school blijven zorgen baren",
    ]


# A news dataset stores an article as one string and joins its printed title and a subtitle, rubric,
# column name or place label with ". " (gold conventions: neither headline nor section). Its articles
# are longer than a feed's lead.
ARTIKEL = f"{INBRAAK} {MESSEN}"


def test_over_an_article_stored_as_one_string_a_longer_subtitle_is_not_part_of_the_title() -> None:
    text = (
        "Messen, wapens en drugs. Wijkagent ziet jongeren steeds vaker gewapend naar school gaan\n\n"
        f"{ARTIKEL}\n\n\nMessen op school blijven zorgen baren. Voorlichting: ouders vragen om meer "
        f"controle bij de ingang van scholen in de stad\n\n{ARTIKEL}\n"
    )
    assert titles(text) == ["Messen, wapens en drugs", "Messen op school blijven zorgen baren"]


def test_a_label_after_a_question_mark_or_a_quotation_in_a_dataset_title_is_not_part_of_it() -> None:
    text = (
        f"Mag een wijkagent alles filmen?. TOEZICHT - PRIVACY\n\n{ARTIKEL}\n\n\n"
        f"'Ik laat me niet bang maken door een mes'. Interview Anna de Vries\n\n{ARTIKEL}\n\n\n"
        f"'Help, mijn fiets is weg!'. Fietsendiefstal in de binnenstad\n\n{ARTIKEL}\n"
    )
    found = items_of(Headline, text)
    assert [h.text for h in found] == [
        "Mag een wijkagent alles filmen?",
        "'Ik laat me niet bang maken door een mes'",
        "'Help, mijn fiets is weg!'",
    ]


def test_a_one_word_column_title_before_the_columnist_is_the_headline() -> None:
    text = (
        f"Inbrekers. jan de vries Column\n\n{ARTIKEL}\n\n\n"
        f"Messen op school blijven zorgen baren\n\n{ARTIKEL}\n"
    )
    assert titles(text) == ["Inbrekers", "Messen op school blijven zorgen baren"]


def test_a_short_title_in_a_compilation_of_titled_articles_is_a_headline() -> None:
    text = (
        f"Camerabewaking\n\n{INBRAAK}\n\n\nMessen op school blijven zorgen baren\n\n{MESSEN}\n\n\n"
        f"Minder inbraken in de binnenstad\n\n{INBRAAK}\n\n\nGekantelde vrachtwagen\n\n{MESSEN}\n"
    )
    assert titles(text) == [
        "Camerabewaking",
        "Messen op school blijven zorgen baren",
        "Minder inbraken in de binnenstad",
        "Gekantelde vrachtwagen",
    ]


def test_short_first_lines_alone_make_no_compilation() -> None:
    text = f"Camerabewaking\n\n{INBRAAK}\n\n\nMessen\n\n{MESSEN}\n\n\nInbraken\n\n{INBRAAK}\n"
    assert titles(text) == []


def test_a_compilation_of_three_articles_keeps_two_titles_when_one_first_line_is_a_sentence() -> None:
    text = (
        f"Minder inbraken in de binnenstad\n\n{INBRAAK}\n\n\nMessen op school blijven zorgen baren\n\n"
        f"{MESSEN}\n\n\nDe politie heeft gisteren een man aangehouden die met een mes zwaaide.\n\n{INBRAAK}\n"
    )
    assert titles(text) == ["Minder inbraken in de binnenstad", "Messen op school blijven zorgen baren"]


def test_a_match_between_two_clubs_in_capitals_is_no_dateline() -> None:
    match = "De supporters reisden met een bus naar de wedstrijd NEC - RKC Waalwijk in Nijmegen."
    text = f"{MESSEN} {match} {INBRAAK}"
    assert titles(text) == []


def test_a_flattened_article_title_ends_before_a_label_in_capitals_or_a_quotation() -> None:
    update = f"Jongeren vaker met mes naar school UPDATE 10.45 UUR {INBRAAK}"
    quote = "„Het is genoeg geweest”, zei hij maandag."
    quoted = f"Burgemeester wil meer toezicht in de binnenstad {quote} {INBRAAK}"
    assert titles(update) == ["Jongeren vaker met mes naar school"]
    assert titles(quoted) == ["Burgemeester wil meer toezicht in de binnenstad"]


def test_a_flattened_article_title_is_not_cut_at_a_place_adjective_or_a_first_name() -> None:
    text = f"Verdachte van moord op Mark in Utrechtse wijk aangehouden {INBRAAK}"
    assert titles(text) == ["Verdachte van moord op Mark in Utrechtse wijk aangehouden"]


def test_one_article_stored_as_a_title_and_one_string_has_its_title_without_the_label() -> None:
    body = " ".join([INBRAAK.replace("maandag", "vorige week"), MESSEN.replace("Dat blijkt", "Dat bleek")])
    assert titles(f"Gemeente zet camera's in tegen inbrekers. binnenstad utrecht\n\n{body}\n") == [
        "Gemeente zet camera's in tegen inbrekers"
    ]



def test_a_dataset_title_whose_label_ends_with_an_initial_is_a_title() -> None:
    text = (
        f"Wie is Yago?. Profiel Yago R.\n\n{ARTIKEL}\n\n\n"
        f"Messen op school blijven zorgen baren\n\n{ARTIKEL}\n"
    )
    assert titles(text) == ["Wie is Yago", "Messen op school blijven zorgen baren"]


def test_a_feed_title_of_two_sentences_over_a_short_lead_stays_whole() -> None:
    lead = INBRAAK.split(". Bewoners", maxsplit=1)[0] + "."
    text = (
        f"Meer camera's in de binnenstad. Daders bekend, zegt politie\n\n{lead}\n\n\n"
        f"Messen op school blijven zorgen baren. Droge zomer\n\n{MESSEN}\n"
    )
    assert titles(text) == [
        "Meer camera's in de binnenstad. Daders bekend, zegt politie",
        "Messen op school blijven zorgen baren",
    ]


def test_a_full_stop_inside_a_quotation_in_a_title_is_no_label() -> None:
    text = (
        f"Burgemeester: ‘Ik wil geen messen op straat. Het is genoeg’\n\n{INBRAAK}\n\n\n"
        f"Messen op school blijven zorgen baren\n\n{MESSEN}\n"
    )
    assert [h.text for h in items_of(Headline, text)] == [
        "Burgemeester: ‘Ik wil geen messen op straat. Het is genoeg’",
        "Messen op school blijven zorgen baren",
    ]


def test_lower_case_kicker_words_before_a_title_line_are_not_part_of_it() -> None:
    text = (
        f"aanslag in de wijk Nu zien we wie er echt helpt\n\n{INBRAAK}\n\n\n"
        f"Messen op school blijven zorgen baren\n\n{MESSEN}\n\n\nkort nieuws Utrecht\n\n{INBRAAK}\n"
    )
    assert titles(text) == [
        "Nu zien we wie er echt helpt",
        "Messen op school blijven zorgen baren",
        "kort nieuws Utrecht",
    ]


def test_a_dataset_title_over_a_kicker_and_a_dash_ends_before_its_subtitle() -> None:
    text = f"Scholen vrezen messen. Docenten vragen om poortjes bij de ingang\n\nWAPENS - {ARTIKEL}\n"
    assert titles(text) == ["Scholen vrezen messen"]
