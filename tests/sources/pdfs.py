"""PDFs written on the fly with reportlab: two columns, running header, page numbers, footnotes."""

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
