"""Bronverwijzingen: welk document, welk artikel/lid of welke vraag.

Een ``Bron`` noemt een document bij zijn sleutel (``zz26-pohs``); de tekst van de verwijzing
('ZZ POH-S 2026-2028, art. 5, lid 9') wordt gemaakt uit de gegevens van dat document
(``zorgcontract.kern.documenten``), nooit met de hand getypt. Een regel die haar document op een datum
heeft opgezocht, citeert daarmee vanzelf de juiste periode.
"""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict

from zorgcontract.kern.documenten import Document, document, documenten


class Bron(BaseModel):
    """Een plek in een brondocument. ``plaats`` is vrij (bijv. 'vraag indexering', 'module C')."""

    model_config = ConfigDict(frozen=True)

    document: str
    artikel: int | None = None
    lid: str | None = None
    plaats: str | None = None

    @property
    def doc(self) -> Document:
        return document(self.document)

    def __str__(self) -> str:
        delen = [self.doc.naam]
        if self.artikel is not None:
            delen.append(f"art. {self.artikel}")
        if self.lid is not None:
            delen.append(f"lid {self.lid}")
        if self.plaats:
            delen.append(self.plaats)
        return ", ".join(delen)


def bron(doc: str | Document, artikel: int | None = None, lid: str | int | None = None, plaats: str | None = None) -> Bron:
    sleutel = doc.sleutel if isinstance(doc, Document) else doc
    document(sleutel)  # onbekend document: KeyError
    return Bron(document=sleutel, artikel=artikel, lid=None if lid is None else str(lid), plaats=plaats)


class _Tabel(Mapping):
    """Alleen-lezen overzicht per documentsleutel (titel, kort, verzekeraar, periode), voor weergave."""

    def _alles(self) -> dict[str, dict[str, str]]:
        return {k: {"titel": d.volledige_titel, "kort": d.naam, "verzekeraar": d.verzekeraar, "periode": d.periode}
                for k, d in documenten().items()}

    def __getitem__(self, k):
        return self._alles()[k]

    def __iter__(self):
        return iter(self._alles())

    def __len__(self):
        return len(self._alles())


DOCUMENTEN: Mapping[str, dict[str, str]] = _Tabel()


def regel_tekst(reeks_naam: str, artikel: int | None = None, lid: str | int | None = None, plaats: str | None = None,
                op=None) -> str:
    """De verwijzing naar een artikel/lid van een reeks als tekst, voor foutmeldingen over invoer: het document
    dat op ``op`` geldt, of (zonder datum, of een datum buiten elke periode) het laatste bekende document."""
    from zorgcontract.kern.documenten import BuitenPeriode, geldend, reeks

    doc = None
    if op is not None:
        try:
            doc = geldend(reeks_naam, op)
        except BuitenPeriode:
            doc = None
    doc = doc or reeks(reeks_naam)[-1]
    return str(bron(doc, artikel, lid, plaats))
