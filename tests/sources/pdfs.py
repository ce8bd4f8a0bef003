"""PDFs written on the fly with reportlab: columns, headings, footnotes, charts, labels beside values."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import pdfencrypt
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

HEADER = "Trendbeeld Veiligheid Voorbeeldregio 2024"
LEFT_X, RIGHT_X, TOP_Y, LEADING = 50, 310, 760, 14


def left_column(n: int) -> list[str]:
    """Lines of the left column of page ``n``: a word hyphenated and one cut without hyphen."""
    return [
        f"Op pagina {n} staat dat de ondermijnende",
        "criminaliteit in de regio toeneemt. De ont-",
        "wikkelingen in de wijken vragen om een",
        "gezamenlijke aanpak van politie en gemeente.",
        "Het aantal meldingen van overlast door",
        "jongeren bleef stabiel. De maatschap",
        "pelijke onrust groeit wel in de binnenstad.",
    ]


def right_column(n: int) -> list[str]:
    return [
        f"Rechts op pagina {n}: het aantal",
        f"woninginbraken daalde met {n} procent ten",
        "opzichte van het jaar ervoor. Het vertrouwen",
        "in de gemeente blijft laag, ook onder",
        "ouderen en jongeren in de kleine kernen.",
    ]


def two_column_pdf(path: Path, pages: int) -> Path:
    """A report of ``pages`` pages, two columns each, with a running header and page numbers."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setTitle("Voorbeeldrapport veiligheid")
    for n in range(1, pages + 1):
        pdf.setFont("Helvetica", 8)
        pdf.drawString(LEFT_X, 810, HEADER)
        pdf.drawRightString(545, 30, str(n))
        pdf.setFont("Helvetica", 10)
        for column, x in ((left_column(n), LEFT_X), (right_column(n), RIGHT_X)):
            for i, line in enumerate(column):
                pdf.drawString(x, TOP_Y - LEADING * i, line)
        pdf.showPage()
    pdf.save()
    return path


def footnote_pdf(path: Path) -> Path:
    """One page whose sentence carries a raised, smaller footnote marker after "18%"."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    text = pdf.beginText(LEFT_X, TOP_Y)
    text.setFont("Helvetica", 11)
    text.textOut("Het aandeel bleef stabiel op 18%")
    text.setFont("Helvetica", 7)
    text.setRise(5)
    text.textOut("3")
    text.setRise(0)
    text.setFont("Helvetica", 11)
    text.textOut(" tussen 2014 en 2019.")
    pdf.drawText(text)
    pdf.showPage()
    pdf.save()
    return path


def encrypted_pdf(path: Path, *, user_password: str) -> Path:
    """A PDF encrypted with reportlab's standard encryption (RC4)."""
    encryption = pdfencrypt.StandardEncryption(user_password, ownerPassword="eigenaar-2024")
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=encryption)
    pdf.drawString(LEFT_X, TOP_Y, "Vertrouwelijk: het aantal fraudezaken steeg met 9 procent.")
    pdf.showPage()
    pdf.save()
    return path


def drawing_only_pdf(path: Path) -> Path:
    """A page with lines and shapes but no text, as a scan without OCR would be."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.rect(100, 400, 200, 200, fill=1)
    pdf.line(50, 50, 500, 700)
    pdf.showPage()
    pdf.save()
    return path


def title_columns_footnote_pdf(path: Path) -> Path:
    """A full-width title, two columns of unequal length and a full-width source line below."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(LEFT_X, 800, "Veiligheidsbeeld Midden-Nederland 2024: de belangrijkste trends")
    pdf.setFont("Helvetica", 10)
    left = ["Links een: de ondermijning groeit in het", "buitengebied van de provincie, waar drugs-",
            "labs in lege stallen worden gevonden.", "", "Links twee: het aantal meldingen van",
            "verward gedrag blijft hoog in de steden."]
    right = ["Rechts een: online fraude met betaal-", "verzoeken neemt sterk toe onder ouderen.",
             "Rechts twee: de jeugd is minder vaak", "verdachte van een misdrijf dan tien jaar",
             "geleden, maar geweld wordt heftiger.", "Rechts drie: het vertrouwen blijft stabiel."]
    for lines, x in ((left, LEFT_X), (right, RIGHT_X)):
        for i, line in enumerate(lines):
            pdf.drawString(x, TOP_Y - LEADING * i, line)
    pdf.setFont("Helvetica", 9)
    pdf.drawString(LEFT_X, 600, "Bron: Politie, bewerking Veiligheidshuis. Cijfers over 2023 zijn voorlopig.")
    pdf.showPage()
    pdf.save()
    return path


def heading_pdf(path: Path) -> Path:
    """A bold heading set one size up, directly above its paragraph (no extra space between)."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(LEFT_X, TOP_Y, "Meer meldingen van overlast")
    pdf.setFont("Helvetica", 10)
    for i, line in enumerate(left_column(1)[1:]):
        pdf.drawString(LEFT_X, TOP_Y - 14 - 12 * i, line)
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(LEFT_X, TOP_Y - 14 - 12 * 6, "Aanpak in de wijken")
    pdf.setFont("Helvetica", 10)
    for i, line in enumerate(right_column(1)):
        pdf.drawString(LEFT_X, TOP_Y - 14 - 12 * (7 + i), line)
    pdf.showPage()
    pdf.save()
    return path


def chart_pdf(path: Path) -> Path:
    """A paragraph and a chart drawn as a form XObject, with axis labels and a legend in it."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.beginForm("grafiek")
    pdf.rect(LEFT_X, 400, 300, 200)
    pdf.setFont("Helvetica", 7)
    for i, year in enumerate(range(2019, 2024)):
        pdf.drawString(LEFT_X + 60 * i, 390, str(year))
    pdf.drawString(LEFT_X + 310, 580, "Woninginbraken per 1000 huishoudens")
    pdf.endForm()
    pdf.setFont("Helvetica", 10)
    for i, line in enumerate(right_column(2)):
        pdf.drawString(LEFT_X, TOP_Y - LEADING * i, line)
    pdf.doForm("grafiek")
    pdf.showPage()
    pdf.save()
    return path


def imported_page_pdf(path: Path) -> Path:
    """A page whose text all sits in one form XObject (a page imported whole), numbered outside it."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.beginForm("pagina")
    pdf.setFont("Helvetica", 10)
    for i, line in enumerate(left_column(3)):
        pdf.drawString(LEFT_X, TOP_Y - LEADING * i, line)
    pdf.endForm()
    pdf.doForm("pagina")
    pdf.setFont("Helvetica", 8)
    pdf.drawRightString(545, 30, "3")
    pdf.showPage()
    pdf.save()
    return path


def labels_pdf(path: Path) -> Path:
    """Labels beside their values, as in a list of decisions: "Zaak:" | two lines of text."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    items = [
        ("Zaak:", ["Brief regering over de aanpak van ondermijning", "in het buitengebied - 12 maart 2024"]),
        ("Besluit:", ["Betrekken bij het commissiedebat over", "politie en veiligheid"]),
        ("Zaak:", ["Brief regering over jeugdcriminaliteit", "en wapenbezit - 2 april 2024"]),
        ("Besluit:", ["Voor kennisgeving aangenomen"]),
    ]
    y = TOP_Y
    for label, value in items:
        pdf.setFont("Helvetica-Bold", 10)
        pdf.drawString(LEFT_X, y, label)
        pdf.setFont("Helvetica", 10)
        for i, line in enumerate(value):
            pdf.drawString(LEFT_X + 100, y - LEADING * i, line)
        y -= LEADING * (len(value) + 1)
    pdf.showPage()
    pdf.save()
    return path
