"""A plan for one year ("Jaarplan 2024", "Werkplan 2023", "Begroting 2024" as its title or running
header) is written for that year: its figures that name no period are of that year, also those
in the future tense about its own work (CONVENTIONS "Periods": an annual report's year; the lead's
brief: in an annual plan of year Y, figures in present or future tense about the organisation's
work are Y). "Het afgelopen jaar" in it is the year before."""

from __future__ import annotations

from tests.extract._helpers import figures_of
from trendbeeld.extract import _period_now


def _periods(text: str) -> dict[float, str | None]:
    return {f.value: f.period for f in figures_of(text)}


_PLAN = (
    "Jaarplan 2024\n\n"
    "Waterschap Rivierenland\n\n"
    "Voorwoord\n\n"
    "Het afgelopen jaar handelden we 1.200 meldingen van bewoners af over wateroverlast.\n\n"
    "Onze ambities\n\n"
    "Wij gaan 35 kilometer dijk versterken en investeren 12 miljoen euro in nieuwe gemalen. "
    "We nemen 40 nieuwe medewerkers aan om de achterstand in vergunningen weg te werken.\n\n"
    "Wij verwachten dat 90 procent van de aanvragen binnen de termijn wordt afgehandeld.\n\n"
    "Financiën\n\n"
    "De waterschapsbelasting stijgt met 4,5 procent ten opzichte van 2023."
)


def test_figures_of_an_annual_plan_that_name_no_period_are_of_the_plan_year() -> None:
    periods = _periods(_PLAN)
    assert periods[35] == "2024"
    assert periods[12_000_000] == "2024"
    assert periods[40] == "2024"
    assert periods[90] == "2024"  # a plan's expectation is of the year it plans
    assert periods[4.5] == "2023-2024"  # a change against the year before
    assert periods[1200] == "2023"  # the past year of a plan is the year before it


def test_the_plan_title_may_follow_the_organisation_or_stand_on_two_lines() -> None:
    for title in ("Belastingdienst Jaarplan 2024", "WERKPLAN\n2024", "Begroting 2024 Gemeente Tiel"):
        text = _PLAN.replace("Jaarplan 2024", title)
        assert _periods(text)[40] == "2024", title


def test_a_repeated_running_header_marks_a_plan_too() -> None:
    body = "Wij gaan 35 kilometer dijk versterken en nemen 40 nieuwe medewerkers aan."
    filler = "Inleiding\n\n" + "Dit hoofdstuk beschrijft hoe het waterschap werkt en wat het doet. " * 12
    text = f"{filler}\n\nJaarplan 2024 | Waterschap\n\n{body}\n\nJaarplan 2024 | Waterschap\n\nSlot"
    assert _periods(text)[40] == "2024"


def test_no_plan_without_a_title_line_of_one_year() -> None:
    # a school year's plan spans two years; a sentence about a budget is no title
    school = _PLAN.replace("Jaarplan 2024", "Jaarplan 2023-2024")
    assert _periods(school)[40] is None
    news = (
        "Gemeente Tiel trekt extra geld uit\n\n"
        "De begroting 2024 van de gemeente Tiel is dinsdag gepresenteerd. "
        "De gemeente neemt 40 nieuwe medewerkers aan."
    )
    assert _period_now.plan_year(news.lower()) is None
    assert _period_now.plan_year("begroting 2024: kabinet trekt miljard uit voor defensie\n\nbla") is None


def test_a_monitor_of_one_year_reports_on_that_year() -> None:
    # "Veiligheidsmonitor 2021" is read like "Jaarverslag 2021": figures that name no period are 2021
    text = (
        "Veiligheidsmonitor 2021\n\n"
        "Inleiding\n\n"
        "Bijna 34 procent van de inwoners werd slachtoffer van een delict. "
        "Het afgelopen jaar voelde 31 procent zich weleens onveilig in de eigen buurt. "
        "Vorig jaar gaf 35 procent dat aan."
    )
    periods = _periods(text)
    assert periods[34] == "2021"
    assert periods[31] == "2021"
    assert periods[35] == "2020"
    assert _period_now.monitor_year("de veiligheidsmonitor 2021 laat zien dat het beter gaat\n") is None


def test_a_plans_intention_after_a_past_year_is_of_the_plan_year() -> None:
    text = (
        "Jaarplan 2024\n\nToezicht\n\n"
        "In 2023 voerden we 800 controles uit bij ondernemers. "
        "Dit jaar gaan we 950 controles uitvoeren. "
        "Daarbij vonden we 120 overtredingen."
    )
    periods = _periods(text)
    assert periods[800] == "2023"
    assert periods[950] == "2024"  # "dit jaar" names it
    text = text.replace("Dit jaar gaan we", "We gaan")
    periods = _periods(text)
    assert periods[950] == "2024"  # an intention: the plan's year, not the past year before it
    assert periods[120] == "2023"  # a past finding keeps the year carried from before


def test_a_plan_that_refers_to_its_annual_report_stays_a_plan() -> None:
    text = _PLAN.replace(
        "Voorwoord\n\n", "Voorwoord\n\nIn ons jaarverslag leest u hoe het vorige jaar verliep.\n\n"
    )
    periods = _periods(text)
    assert periods[40] == "2024"
    assert periods[1200] == "2023"


def test_the_plan_year_may_stand_on_the_line_after_the_title() -> None:
    assert _period_now.plan_year("jaarplan belastingdienst\n2024\n\ninleiding\n") == 2024
    assert _period_now.monitor_year("monitor criminaliteit\n2021\n\ninleiding\n") == 2021
    assert _period_now.plan_year("jaarplan\nvoor de komende jaren\n\nin 2025 gaan we\n") is None


def test_a_past_year_of_an_earlier_paragraph_does_not_date_a_plans_figures() -> None:
    # paragraphs read from the source (cleaning joined the lines): the year the plan names most
    # often (2023, the year before it) does not hold on into a later paragraph, as an article's would
    text = (
        "Belastingdienst\n"
        "\n"
        "Jaarplan 2024\n"
        "\n"
        "Voorwoord\n"
        "\n"
        "Voor u ligt het jaarplan van de Belastingdienst. In 2023 ver"
        "werkten we ruim 9 miljoen aangiften\n"
        "inkomstenbelasting. Dit jaar verwachten we er 9,2 miljoen. I"
        "n ons jaarverslag 2023 leest u meer\n"
        "over de resultaten van vorig jaar.\n"
        "\n"
        "Onze opgave\n"
        "\n"
        "We willen de klanttevredenheid verhogen naar 75 procent. Het"
        " aantal medewerkers groeit met 1.500\n"
        "fte. Tegen 2027 moet 80 procent van de aangiften vooringevul"
        "d zijn. De Belastingtelefoon beantwoordt\n"
        "jaarlijks ongeveer 12 miljoen telefoontjes.\n"
        "\n"
        "Sinds 2020 is het aantal digitale aanslagen gestegen tot 6 m"
        "iljoen. Het afgelopen jaar kregen we\n"
        "35.000 bezwaarschriften binnen, 10 procent minder dan in 2022.\n"
        "\n"
        '"Ik verwacht dat we 500 extra controleurs nodig hebben", zegt de directeur-generaal.\n'
    )
    periods = _periods(text)
    assert periods[9_200_000] == "2024"
    assert periods[1500] == "2024"
    assert periods[35_000] == "2023"
