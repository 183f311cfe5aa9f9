"""Weergave voor de rekenvoorbeelden in het handboek: uitkomsten en uitlegstappen als Markdown-tabellen
in Nederlandse notatie, met per stap een verwijzing naar het artikel in het handboek.

Gebruik in een rekenvoorbeeld (MyST-notebook)::

    from zorgcontract.handboek.weergave import uitleg_tabel, overzicht
    uitleg_tabel(uitkomst.uitleg)          # -> IPython.display.Markdown
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from zorgcontract.kern.bronnen import Bron
from zorgcontract.handboek.opmaak import md, tabel
from zorgcontract.handboek.paginas import GEN
from zorgcontract.kern.register import contractregister
from zorgcontract.kern.uitleg import Uitleg

_ID = re.compile(r"-a(\d+)(?:-l(\d+))?$")


def register_id_bij(b: Bron) -> str | None:
    """Het registeritem dat bij een bron hoort (artikel en lid; lid '7d' valt onder 'l7'), als het bestaat."""
    if b.artikel is None:
        return _op_plaats(b)
    lid = re.match(r"\d+", b.lid or "")
    beste = None
    for item in contractregister().values():
        if item.document != b.document:
            continue
        m = _ID.search(item.id)
        if not m or int(m.group(1)) != b.artikel:
            continue
        if lid and m.group(2) and int(m.group(2)) == int(lid.group(0)):
            return item.id
        if not m.group(2):
            beste = item.id
    return beste


def _op_plaats(b: Bron) -> str | None:
    """Bronnen zonder artikel (FAQ-vraag, ZK-module): het item van hetzelfde document waarvan de vindplaats
    in de plaats van de bron voorkomt (of andersom); bij meer kandidaten de langste vindplaats."""
    if not b.plaats:
        return None
    plaats = b.plaats.lower()
    kandidaten = []
    for item in contractregister().values():
        loc = item.locatie.lower().strip()
        if item.document == b.document and loc and (loc in plaats or plaats in loc):
            kandidaten.append((len(loc), item.id))
    return max(kandidaten)[1] if kandidaten else None


@cache
def _labels_in_boek() -> set[str]:
    """Register-labels die in de gegenereerde pagina's staan (het rekenvoorbeeld draait in
    book/rekenvoorbeelden/). Alleen daarheen linken: een link naar een ontbrekend label breekt de bouw."""
    gen = Path.cwd().parent / GEN
    if not gen.is_dir():
        return set()
    return {m for p in gen.rglob("*.md") for m in re.findall(r"^\(reg-([^)]+)\)=$", p.read_text(encoding="utf-8"), re.M)}


def bron_md(b: Bron) -> str:
    rid = register_id_bij(b)
    tekst = str(b)
    if rid and rid in _labels_in_boek():
        schoon = tekst.replace("<", "").replace(">", "").replace("`", "")
        return f"{{ref}}`{schoon} <reg-{rid}>`"
    return md(tekst)


def uitleg_md(uitleg: Uitleg) -> str:
    rijen = [[str(n), md(s.omschrijving), md(s.berekening), f"**{md(s.uitkomst)}**", bron_md(s.bron)]
             for n, s in enumerate(uitleg.stappen, 1)]
    return tabel(["", "Stap", "Berekening", "Uitkomst", "Bron"], rijen)


def _markdown(tekst: str):
    from IPython.display import Markdown

    return Markdown(tekst)


def uitleg_tabel(uitleg: Uitleg):
    """De uitleg stap voor stap, als tabel (IPython Markdown)."""
    return _markdown(uitleg_md(uitleg))


def overzicht(kop: list[str], rijen: list[list[str]]):
    """Een tabel met al opgemaakte (Nederlandse) teksten, bijv. uit ``zorgcontract.kern.nl``."""
    return _markdown(tabel([md(k) for k in kop], [[md(c) for c in r] for r in rijen]))


def tekst(markdown: str):
    return _markdown(markdown)
