"""Generate large synthetic minutes (PDF via reportlab platypus, DOCX via python-docx) for benchmarks.

All names are fictional (Järviseudun hyvinvointialue and invented municipalities); the text is
synthetic minutes prose, bullets and priority × age-group tables.
"""

from __future__ import annotations

import random
from pathlib import Path

MUNICIPALITIES = ["Esimerkkilä", "Järvikylä", "Koskela", "Mäntyranta", "Pohjoisniemi", "Salmela"]
SENTENCES = [
    "Kunnassa on huolta nuorten lisääntyneestä nuuskan käytöstä ja päihteiden saatavuudesta.",
    "Hyvinvointialueen edustaja kertoi ehkäisevän päihdetyön suunnitelman etenemisestä.",
    "Keskusteltiin matalan kynnyksen kohtaamispaikkojen tarpeesta erityisesti ikääntyneille.",
    "Järjestöjen merkitys näkyy kaikissa painopisteissä, mm. liikuntaseurojen toiminnassa.",
    "Koulujen kanssa tehtävä yhteistyö on sujunut hyvin, mutta resursseja tarvitaan lisää.",
    "Joukkoliikenteen puute vaikeuttaa harrastuksiin osallistumista kunnan reuna-alueilla.",
    "Työikäisten mielen hyvinvoinnin tukemiseksi suunnitellaan uusia ryhmätoimintoja.",
    "Sovittiin, että seuraavassa neuvottelussa käydään läpi TEA-viisarin tulokset.",
]
BULLETS = [
    "Nuorten harrastusmahdollisuuksien tukeminen",
    "Ikääntyneiden kotiturvallisuuskäyntien lisääminen yhdessä pelastuslaitoksen kanssa",
    "Lasten ja nuorten hyvinvointisuunnitelman päivittäminen",
    "Sosiaali- ja terveyspalvelujen saavutettavuus reuna-alueilla",
    "Yhteinen viestintä hyte-asioista kuntalaisille",
]
AGE_GROUPS = ["Lapset ja nuoret", "Työikäiset", "Ikääntyneet"]
PRIORITIES = ["Liikunta", "Mielen hyvinvointi", "Arjen turvallisuus"]


def _register_vera() -> tuple[str, str]:
    """Register Bitstream Vera (shipped with reportlab: it has •, –, ä, ö, §) and return its names.

    The standard Helvetica would write "•" without a Unicode mapping, which real Word exports do not.
    """
    import os

    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
    if "Vera" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Vera", os.path.join(folder, "Vera.ttf")))
        pdfmetrics.registerFont(TTFont("Vera-Bold", os.path.join(folder, "VeraBd.ttf")))
    return "Vera", "Vera-Bold"


def build_minutes_pdf(path: Path, pages: int, seed: int = 7) -> None:
    """Write a synthetic minutes PDF of about ``pages`` pages to ``path``."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    rng = random.Random(seed)
    regular, bold = _register_vera()
    styles = getSampleStyleSheet()
    body = styles["BodyText"].clone("body", fontName=regular)
    h1 = styles["Heading1"].clone("h1", fontName=bold)
    h2 = styles["Heading2"].clone("h2", fontName=bold)
    bullet = body.clone("bullet", leftIndent=18, bulletIndent=6, bulletFontName=regular)
    town = rng.choice(MUNICIPALITIES)
    total = [pages]

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(regular, 9)
        canvas.drawString(2 * cm, A4[1] - 1.2 * cm, f"{town}n kunta – hyte-neuvottelu 2025")
        canvas.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, f"{doc.page} ({total[0]})")
        canvas.drawCentredString(A4[0] / 2, 1.2 * cm, f"Sivu {doc.page}/{total[0]}")
        canvas.restoreState()

    story = [Paragraph(f"{town}n kunnan ja Järviseudun hyvinvointialueen hyte-neuvottelu", h1)]
    item = 1
    # About 3.4 sections per page with this mix of content.
    while item <= int(pages * 3.4):
        story.append(Paragraph(f"{item} § {rng.choice(['Painopisteet', 'Yhteistyö', 'Seuranta', 'Muut asiat'])}", h2))
        story.append(Paragraph(" ".join(rng.sample(SENTENCES, 4)), body))
        for text in rng.sample(BULLETS, 3):
            story.append(Paragraph(text, bullet, bulletText="•"))
        if item % 6 == 0:
            rows = [["Painopiste", *AGE_GROUPS]] + [
                [p, *(rng.choice(BULLETS) for _ in AGE_GROUPS)] for p in PRIORITIES
            ]
            cells = [[Paragraph(c, body) for c in r] for r in rows]
            table = Table(cells, colWidths=[3.5 * cm, 4.3 * cm, 4.3 * cm, 4.3 * cm])
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
            story.append(table)
        story.append(Paragraph(rng.choice(SENTENCES), body))
        story.append(Spacer(1, 6))
        item += 1
    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=2.5 * cm, bottomMargin=2.5 * cm)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)


def build_minutes_docx(path: Path, paragraphs: int, seed: int = 7) -> None:
    """Write a synthetic minutes DOCX with about ``paragraphs`` body paragraphs to ``path``."""
    import docx

    rng = random.Random(seed)
    document = docx.Document()
    town = rng.choice(MUNICIPALITIES)
    document.add_heading(f"{town}n kunnan ja Järviseudun hyvinvointialueen hyte-neuvottelu", 1)
    count, item = 0, 1
    while count < paragraphs:
        document.add_heading(f"{item} § {rng.choice(['Painopisteet', 'Yhteistyö', 'Seuranta'])}", 2)
        document.add_paragraph(" ".join(rng.sample(SENTENCES, 3)))
        for text in rng.sample(BULLETS, 3):
            document.add_paragraph(text, style="List Bullet")
        if item % 6 == 0:
            table = document.add_table(rows=len(PRIORITIES) + 1, cols=len(AGE_GROUPS) + 1)
            table.style = "Table Grid"
            for j, head in enumerate(["Painopiste", *AGE_GROUPS]):
                table.cell(0, j).text = head
            for i, prio in enumerate(PRIORITIES, start=1):
                table.cell(i, 0).text = prio
                for j in range(1, len(AGE_GROUPS) + 1):
                    table.cell(i, j).text = rng.choice(BULLETS)
        count += 5
        item += 1
    document.save(str(path))
