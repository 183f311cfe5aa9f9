"""Het handboek als één PDF (``book/_build/zorgcontract.pdf``), offline gebouwd.

Werkwijze: Jupyter Book bouwt dezelfde bronnen (``book/generated/`` moet er al zijn: eerst ``python -m
zorgcontract.handboek``) nog een keer, nu als één HTML-pagina (builder ``singlehtml``, in een eigen map zodat de
HTML-bouw zijn eigen cache houdt); daarna drukt Chromium (Debian-pakket ``chromium``) die pagina headless af als
PDF. De reviewvragen voor de contractauteur staan als laatste deel ('Bijlage') in de inhoudsopgave en dus achteraan
in de PDF. Niets wordt gedownload: de pagina gebruikt alleen bestanden uit de bouwmap.

Gebruik: ``python -m zorgcontract.handboek.pdf --boek book`` (exit 0 = PDF geschreven; 3 = geen Chromium gevonden;
anders de exitstatus van de bouwstap die faalde).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from zorgcontract.handboek.paginas import GEN

BROWSERS = ("chromium", "chromium-browser", "chromium-headless-shell", "google-chrome", "google-chrome-stable")
GEEN_BROWSER = 3


def browser() -> str | None:
    """Het pad van een Chromium-achtige browser op deze machine, of None."""
    for naam in BROWSERS:
        pad = shutil.which(naam)
        if pad:
            return pad
    for pad in ("/usr/lib/chromium/chromium", "/usr/lib/chromium/headless_shell"):
        if Path(pad).is_file():
            return pad
    return None


def singlehtml_opdracht(boek: Path) -> list[str]:
    """Jupyter Book, builder singlehtml, uitvoer in ``book/_build/pdf/_build/singlehtml`` (eigen cache)."""
    jb = Path(sys.executable).parent / "jupyter-book"
    boek = boek.resolve()
    return [str(jb), "build", str(boek), "--toc", str(boek / GEN / "_toc.yml"), "--builder", "singlehtml",
            "--path-output", str(boek / "_build" / "pdf"), "-W", "--keep-going", "-q"]


def singlehtml_pad(boek: Path) -> Path:
    return boek.resolve() / "_build" / "pdf" / "_build" / "singlehtml" / "index.html"


def print_opdracht(chromium: str, html: Path, pdf: Path) -> list[str]:
    """Chromium headless: één HTML-bestand naar PDF, zonder kop- en voetregel (datum en bestandspad)."""
    return [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--disable-extensions", "--no-first-run", "--run-all-compositor-stages-before-draw",
            f"--print-to-pdf={pdf.resolve()}", html.resolve().as_uri()]


def druk_af(html: Path, pdf: Path, chromium: str | None = None) -> int:
    chromium = chromium or browser()
    if chromium is None:
        print("handboek-pdf: geen Chromium gevonden (Debian: apt-get install chromium); geen PDF gebouwd.", file=sys.stderr)
        return GEEN_BROWSER
    pdf.parent.mkdir(parents=True, exist_ok=True)
    pdf.unlink(missing_ok=True)
    r = subprocess.run(print_opdracht(chromium, html, pdf), check=False, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       text=True)
    if r.returncode != 0 or not pdf.is_file() or pdf.stat().st_size == 0:
        print(f"handboek-pdf: Chromium gaf exit {r.returncode} en schreef geen PDF:\n{r.stderr[-2000:]}", file=sys.stderr)
        return r.returncode or 1
    return 0


def bouw_pdf(boek: Path, pdf: Path | None = None) -> int:
    """Singlehtml bouwen en afdrukken. ``book/generated/`` moet al gegenereerd zijn."""
    pdf = pdf or boek / "_build" / "zorgcontract.pdf"
    if browser() is None:
        return druk_af(singlehtml_pad(boek), pdf)  # meldt het ontbreken van Chromium
    rc = subprocess.run(singlehtml_opdracht(boek), check=False).returncode
    if rc != 0:
        print(f"handboek-pdf: de single-page-bouw faalde (exit {rc}).", file=sys.stderr)
        return rc
    return druk_af(singlehtml_pad(boek), pdf)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m zorgcontract.handboek.pdf", description=__doc__.splitlines()[0])
    p.add_argument("--boek", type=Path, default=Path("book"))
    p.add_argument("--pdf", type=Path, default=None, help="standaard BOEK/_build/zorgcontract.pdf")
    a = p.parse_args(argv)
    rc = bouw_pdf(a.boek, a.pdf)
    if rc == 0:
        print(f"Het handboek als PDF: {(a.pdf or a.boek / '_build' / 'zorgcontract.pdf').resolve()}")
    return rc


if __name__ == "__main__":
    raise SystemExit(main())
