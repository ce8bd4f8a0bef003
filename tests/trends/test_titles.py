"""Candidate-trend titles: the shared phenomenon with its direction, never a fragment (no store)."""

from __future__ import annotations

import pytest

from trendbeeld.model import Change, Evidence, Figure, Span, TrendStatement, Unit
from trendbeeld.trends import cluster


def _statement(phenomenon: str, change: Change = Change.UP, text: str = "") -> TrendStatement:
    return TrendStatement(Span("s", 0, 1), text or phenomenon, phenomenon, change)


def _figure(indicator: str | None, text: str = "12", change: Change | None = Change.UP) -> Figure:
    return Figure(Span("f", 0, 1), text, 12.0, Unit.COUNT, indicator=indicator, direction=change)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Burgers (mondiger)", "Burgers"),
        ("wegkijken [aapje doen] van lastige dingen", "wegkijken van lastige dingen"),
        ("rol van JenV als ‘hoeder van de rechtsstaat", "rol van JenV als hoeder van de rechtsstaat"),
        ("40% van de Nederlanders vertrouwt de overheid", "Nederlanders"),
        ("4.624 misdrijven in 2022", "misdrijven"),
        ("Woninginbraak komt in haar wijk", "Woninginbraak"),
        ("totaal aantal geregistreerde misdrijven", "het aantal geregistreerde misdrijven"),
        (
            "geregistreerde criminaliteit in Nederland is in tien jaar",
            "geregistreerde criminaliteit in Nederland",
        ),
        (
            "kentering in het denken over de rol van de overheid op het internet",
            "kentering in het denken over de rol",
        ),
    ],
)
def test_a_phrase_is_cleaned_to_a_noun_phrase(phrase: str, expected: str) -> None:
    assert cluster.clean_phenomenon(phrase) == expected


def test_an_inverted_verb_of_change_offers_its_subject() -> None:
    found = cluster.phenomenon_phrases("intern overzicht steeg het aantal aanhoudingen van uithalers van 40")
    assert found == ["intern overzicht", "het aantal aanhoudingen van uithalers"]
    assert cluster.phenomenon_phrases("daalde van 15,3") == []


@pytest.mark.parametrize(
    "phrase",
    [
        "Altijd",
        "Daarna",
        "cijfers voor de regio als geheel",
        "Wijk",
        "aantal",
        "Jongeren (jonger)",
        "2017 (CBS",
    ],
)
def test_generic_words_groups_and_fragments_are_no_title(phrase: str) -> None:
    evidence = [_statement(phrase)]
    assert cluster.best_phrase(evidence) == ""
    assert cluster.title(evidence, Change.UP, False, theme="jeugd") == "Toename binnen thema jeugd"


def test_the_phrase_the_members_share_wins_over_the_first_member() -> None:
    evidence: list[Evidence] = [
        _statement("Criminaliteit", Change.SHIFT),
        _statement("online fraude met nepberichten"),
        _statement("online fraude"),
        _figure("aangiften van online fraude"),
    ]
    assert cluster.best_phrase(evidence) == "online fraude met nepberichten"
    assert cluster.title(evidence, Change.UP, False) == "Toename van online fraude met nepberichten"


def test_a_specific_central_phrase_beats_a_single_shared_word() -> None:
    evidence: list[Evidence] = [
        _statement("aandacht voor publieke waarden en mensenrechten bij digitalisering"),
        _statement("digitalisering"),
    ]
    assert cluster.best_phrase(evidence).startswith("aandacht voor publieke waarden")


def test_a_statement_outweighs_a_figure_and_figures_stand_in_without_one() -> None:
    evidence: list[Evidence] = [_figure("aangiften van straatroof"), _statement("woninginbraak")]
    assert cluster.best_phrase(evidence) == "woninginbraak"
    only_figures: list[Evidence] = [
        _figure("2017 (CBS"),
        _figure("aantal overvallen daalde in dezelfde periode"),
    ]
    assert cluster.title(only_figures, Change.DOWN, False) == "Afname van overvallen"


def test_titles_name_the_direction_and_keep_names_capitalised() -> None:
    people = [_statement("Nederlanders met een laag inkomen")]
    assert cluster.title(people, Change.UP, False) == "Toename van Nederlanders met een laag inkomen"
    assert cluster.title([_statement("Straatroof")], Change.DOWN, False) == "Afname van straatroof"
    assert cluster.title([_statement("straatroof")], None, True) == "Wisselend beeld: straatroof"
    assert cluster.title([_statement("straatroof")], None, False) == "Straatroof"


@pytest.mark.parametrize(
    "phenomena",
    [
        ["Jongeren (jonger)", "Daarna", "zoveel (Politie"],
        ["regio", "totaal", "aantal", "cijfers voor de regio als geheel"],
        ["Wijk", "altijd"],
    ],
)
def test_no_title_is_a_lone_generic_word_a_bracket_or_a_time_phrase(phenomena: list[str]) -> None:
    evidence: list[Evidence] = [_statement(p) for p in phenomena]
    for change in [*Change, None]:
        for conflicting in (False, True):
            found = cluster.title(evidence, change, conflicting, theme="criminaliteit")
            assert "(" not in found and "thema criminaliteit" in found
    assert cluster.title(evidence, None, False).startswith("Ontwikkeling: ")


@pytest.mark.parametrize(
    "phenomenon",
    [
        "ouders stappen",  # a subject running into its verb
        "cel voor opgelegd kreeg",  # a clause ending in a verb
        "Lori Loughlin",  # a person
        "Wijkagent Erwin",
        "Stalker Taylor Swift",
        "Harbers",  # a name alone
        "Spanje doet er alles aan om de pelgrimstocht",  # a finite verb
        "Dertien inklimmers",  # a count of one case
        "zeer waarschijnlijk nog lager",  # no noun
    ],
)
def test_the_issues_bad_titles_are_no_title(phenomenon: str) -> None:
    """Titles from issue 11 that no analyst would sign: fragments and people's names."""
    assert not cluster.best_phrase([_statement(phenomenon), _statement(phenomenon)])
    assert cluster.names_a_person(phenomenon) or cluster.is_fragment(phenomenon)


@pytest.mark.parametrize(
    "phenomenon",
    [
        "steekincidenten onder jongeren",
        "gestolen fietsen",
        "meldingen over verward gedrag",
        "woninginbraken in Rotterdam",
        "vertrouwen van Nederlanders in de rechtspraak",
        "rol van JenV als hoeder van de rechtsstaat",
        "Kinderarmoede",
        "Burenhulp",
        "Online fraude",
    ],
)
def test_noun_phrases_with_places_peoples_and_abbreviations_are_titles(phenomenon: str) -> None:
    assert cluster.best_phrase([_statement(phenomenon)]) == phenomenon


# --------------------------------------------------------------------------- noun phrases (issue 11)


@pytest.mark.parametrize(
    ("phrase", "text", "expected"),
    [
        # a line break the stored phrase lost is a space again, from the member's own text
        ("mentaalwelzijn van jongeren", "mentaal\nwelzijn van jongeren", "mentaal welzijn van jongeren"),
        ("zorg voor complexeproblemen", "zorg voor complexe\nproblemen", "zorg voor complexe problemen"),
        ("woninginbraken", "het aantal woning-\ninbraken", "woninginbraken"),
    ],
)
def test_words_run_together_over_a_line_break_are_taken_apart(phrase: str, text: str, expected: str) -> None:
    assert cluster.best_phrase([_statement(phrase, text=text)]) == expected


@pytest.mark.parametrize("phrase", ["mentaalwelzijn bij jongeren", "toename van effectieveprogramma's"])
def test_a_glued_word_without_its_text_is_no_title(phrase: str) -> None:
    assert cluster.best_phrase([_statement(phrase)]) == ""


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a clause-final infinitive after a plural subject: the subject is the phenomenon
        ("ouderen met een grote zorgbehoefte thuis wonen", "ouderen met een grote zorgbehoefte"),
        ("jongeren met schulden zelfstandig wonen", "jongeren met schulden"),
        # a subordinate clause is cut when enough is left to name something
        ("kwetsbare ouderen in verpleeghuizen die langer wachten", "kwetsbare ouderen in verpleeghuizen"),
        ("overlast van drugsgebruik omdat handhaving ontbreekt", "overlast van drugsgebruik"),
        ("bereidheid van vrijwilligers om zich in te zetten", "bereidheid van vrijwilligers"),
        # a finite verb ends the phrase; a preposition in a noun phrase is no clause ("om het huis")
        ("eenzaamheid onder studenten heeft de zorgen verergerd", "eenzaamheid onder studenten"),
        ("hulp bij klusjes in en om het huis", "hulp bij klusjes in en om het huis"),
        # an infinitive after an article or an adjective is a noun
        ("Nederlanders met een laag inkomen", "Nederlanders met een laag inkomen"),
        ("economisch vertrouwen", "economisch vertrouwen"),
    ],
)
def test_a_clause_inside_a_phrase_is_cut_off(phrase: str, expected: str) -> None:
    assert cluster.best_phrase([_statement(phrase)]) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        "vervoer regelen of klusjes in en om het huis",  # a verb with its object: an activity
        "burenhulp verlenen",
        "vrouw die haar fiets verloor",  # what the clause leaves is a person
        "aandeel inwoners dat mantelzorg",  # or a measure of a group
        "Kort na de pandemie",  # a time adverbial opens no noun phrase
        "tijdens de lockdown",
        "vroege fase",  # a moment, not a phenomenon
        "pandemie",  # an event that names a period ("tijdens de pandemie")
    ],
)
def test_an_activity_a_person_or_a_moment_is_no_title(phrase: str) -> None:
    assert cluster.best_phrase([_statement(phrase)]) == ""


@pytest.mark.parametrize(
    "phrase",
    [
        "vertrouwen",  # whose trust in what?
        "onverminderde bereidheid",
        "de situatie",
        "verbetering van de situatie",  # the change noun gives way to its complement, which is vague
        "huidige toestand",
    ],
)
def test_a_vague_head_without_a_complement_is_no_title(phrase: str) -> None:
    assert cluster.best_phrase([_statement(phrase)]) == ""


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("vertrouwen in de politie", "vertrouwen in de politie"),
        ("behoefte aan ondersteuning", "behoefte aan ondersteuning"),
        ("mentale druk", "mentale druk"),  # a classifying adjective makes a phenomenon
        ("verslechtering van de mentale gezondheid", "de mentale gezondheid"),  # the lead says the change
    ],
)
def test_a_complement_or_a_classifying_adjective_makes_a_vague_head_a_phenomenon(
    phrase: str, expected: str
) -> None:
    assert cluster.best_phrase([_statement(phrase)]) == expected


def test_an_aim_or_agenda_item_names_no_trend() -> None:
    """"versnellen van hervormingen": an action to take, not a phenomenon seen to change."""
    aims = [
        _statement("hervormingen van de kapitaalmarkt", text="versnellen van hervormingen van de markt"),
        _statement("de communicatie", text="het verbeteren van de communicatie"),
    ]
    assert cluster.best_phrase(aims) == ""
    seen = _statement("vertrouwen van burgers in de rechtspraak")  # "vertrouwen" is no verb of change
    assert cluster.best_phrase([seen]) == "vertrouwen van burgers in de rechtspraak"


def test_when_the_best_phrase_fails_the_next_members_phrase_titles_the_trend() -> None:
    members: list[Evidence] = [
        _statement("Vertrouwen is steeds meer verweven"),  # "Vertrouwen": vague
        _statement("verbetering van de situatie"),
        _statement("eenzaamheid onder ouderen"),
    ]
    assert cluster.title(members, Change.UP, False) == "Toename van eenzaamheid onder ouderen"
    vague: list[Evidence] = [_statement("vertrouwen"), _statement("de situatie")]
    assert cluster.title(vague, Change.UP, False, theme="demografie") == "Toename binnen thema demografie"


@pytest.mark.parametrize(
    ("change", "conflicting", "expected"),
    [
        (Change.UP, False, "Toename van geregistreerde misdrijven"),
        (Change.DOWN, False, "Afname van geregistreerde misdrijven"),
        (Change.STABLE, False, "Geen verandering in geregistreerde misdrijven"),
        (Change.SHIFT, False, "Verschuiving in geregistreerde misdrijven"),
        (None, True, "Wisselend beeld: geregistreerde misdrijven"),
        (None, False, "Geregistreerde misdrijven"),
    ],
)
def test_every_lead_shows_the_phrase_in_one_style(
    change: Change | None, conflicting: bool, expected: str
) -> None:
    """No determiner and no count noun the lead states already, lower case after every lead."""
    members: list[Evidence] = [_statement("Het aantal geregistreerde misdrijven")]
    assert cluster.title(members, change, conflicting) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("de hoeveelheid criminaliteit", "Afname van criminaliteit"),
        ("het aandeel kritische inwoners", "Afname van aandeel kritische inwoners"),  # a share stays a share
        ("het niveau van de ervaren gezondheid", "Afname van niveau van de ervaren gezondheid"),
        ("Nederlanders met een laag inkomen", "Afname van Nederlanders met een laag inkomen"),
    ],
)
def test_a_title_drops_its_determiner_and_count_noun(phrase: str, expected: str) -> None:
    assert cluster.title([_statement(phrase)], Change.DOWN, False) == expected


def test_a_cluster_of_decisions_names_no_phenomenon_even_by_a_stray_figure_label() -> None:
    # A decision list: amendments of laws, and figures whose labels are names or procedure
    decisions = [
        _statement("Wijziging van de Kieswet en enkele", Change.SHIFT),
        _statement("wijziging van artikel", Change.SHIFT),
        _statement("wijziging van enige fiscale uitvoeringsbesluiten", Change.SHIFT),
        _figure("Benthe tromp", change=None),
        _figure("leden van de Tweede Kamer", change=None),
    ]
    assert cluster.stated_phrase(decisions) == ""
    # one amendment among statements about a phenomenon does not silence them
    mixed = [
        _statement("gevoelens van eenzaamheid"),
        _statement("eenzaamheid onder ouderen"),
        _statement("wijziging van artikel", Change.SHIFT),
    ]
    assert "eenzaamheid" in cluster.stated_phrase(mixed)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("het geregistreerde geweld", "geregistreerd geweld"),  # a neuter noun takes the bare adjective
        ("het sociale domein", "sociaal domein"),
        ("het grote probleem", "groot probleem"),
        ("de geregistreerde misdrijven", "geregistreerde misdrijven"),  # plural and de-words keep -e
        ("de digitale criminaliteit", "digitale criminaliteit"),
        ("het aantal geregistreerde misdrijven", "geregistreerde misdrijven"),
    ],
)
def test_a_title_without_its_article_keeps_the_adjective_right(phrase: str, expected: str) -> None:
    from trendbeeld.trends import _phrasing

    assert _phrasing.title_form(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "plural"),
    [
        ("Ervaren beperkingen", True),
        ("gevoelens van eenzaamheid", True),
        ("het aantal inbraken", False),
        ("Behoefte aan zorg", False),
        ("Familiesituatie en flexibiliteit", True),  # two heads: "blijven gelijk"
        ("diefstal en inbraak", True),
        ("overlast van jongeren en drugs", False),  # "en" after the head's preposition
    ],
)
def test_the_verb_after_a_phenomenon_agrees_with_its_head(phrase: str, plural: bool) -> None:
    assert cluster.has_plural_head(phrase) is plural
