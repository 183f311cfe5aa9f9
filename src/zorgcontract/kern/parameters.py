"""Parameters als gedateerde gegevens, op de manier van OpenFisca.

Elk parameterbestand staat bij zijn document: ``data/<verzekeraar>/<document>/parameters/<artikel of
module>/<naam>.yaml``; de naam volgt uit het pad (``zz26-pohs.a5.uurtarief``). Per begindatum één
waarde met een bron (artikel/lid of plaats in dat document) en eventueel ``tot`` (de laatste dag,
als de bron de waarde korter laat gelden dan het document, met ``daarna``: wat de bron erna zegt).
Zonder ``tot`` loopt een waarde tot de volgende begindatum of tot de laatste dag van het document:
een parameter eindigt waar zijn document eindigt. Een waarde vóór het begin van het document mag alleen
met ``beschrijft_eerdere_periode: true`` (een document dat vertelt hoe het vroeger was).
Geeft de bron geen enkele waarde (bijv. een tarief dat alleen op de website staat), dan zegt
``niet_in_bron`` waarom. Opvragen buiten wat de bron geeft: ``ParameterOnbekend``, nooit een stille
terugval op een andere waarde.

Eenheden komen uit een vaste lijst (``EENHEDEN``).

Concept-contracten (haak): staat ``ZORGCONTRACT_CONCEPT`` op een conceptbestand, dan legt
``kern.concept.pas_toe`` de conceptwaarden over de contractparameters (zie ``zorgcontract.kern.concept``;
binnen één proces: ``with concept.actief(pad)``). De cache hangt af van de bronmappen én het concept.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
import os
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from zorgcontract.kern.bronnen import Bron
from zorgcontract.kern.documenten import Document, bronwortels, document, documentmappen
from zorgcontract.kern.fouten import ParameterOnbekend
from zorgcontract.kern.yaml_lezen import laad as laad_yaml

EENHEDEN = {
    "EUR": "een bedrag in euro",
    "EUR per uur": "een uurtarief",
    "EUR per verzekerde per kwartaal": "een bedrag per ingeschreven verzekerde per kwartaal",
    "EUR per verzekerde per jaar": "een bedrag per ingeschreven verzekerde per jaar",
    "EUR per ingeschreven patiënt": "een bedrag per ingeschreven patiënt (periode zoals de bron die noemt)",
    "EUR per deelnemer": "een bedrag per deelnemer aan een programma",
    "uur per week": "uren per week",
    "uur per verzekerde per jaar": "uren per ingeschreven verzekerde per jaar",
    "minuten per verzekerde per jaar": "minuten per verzekerde in een patiëntengroep per jaar",
    "normuren": "normuren uit een staffel",
    "weken per jaar": "aantal weken in een jaar",
    "dagen": "aantal kalenderdagen",
    "kwartalen": "aantal kwartalen",
    "kwartaalnummer": "een kwartaal van het jaar (1-4)",
    "maand-dag-lijst": "startdata als MM-DD, gescheiden door spaties",
    "tijdvenster": "een tijdvenster uu:mm-uu:mm",
    "patiënten": "aantal ingeschreven patiënten",
    "personen": "aantal personen",
    "plaatsnamen": "plaatsnamen, gescheiden door ';'",
    "procent": "een percentage (6,1 betekent 6,1%)",
    "fractie": "een deel van 1 (0,20 betekent 20%)",
    "code": "een prestatiecode",
}


class Waarde(BaseModel):
    model_config = ConfigDict(frozen=True)

    vanaf: date
    tot: date  # laatste dag waarop de waarde geldt (ingevuld bij het lezen)
    waarde: Decimal | int | str
    bron: Bron
    toelichting: str | None = None
    daarna: str | None = None  # wat de bron zegt over de tijd na ``tot`` (als ``tot`` vóór het einde van het document ligt)
    beschrijft_eerdere_periode: bool = False


class Parameter(BaseModel):
    model_config = ConfigDict(frozen=True)

    naam: str  # <document>.<artikel of module>.<naam>
    document: str
    beschrijving: str
    eenheid: str
    waarden: tuple[Waarde, ...]  # oplopend op ``vanaf``
    niet_in_bron: str | None = None
    bron: Bron | None = None  # waar de bron erover zwijgt (bij ``niet_in_bron``)

    @field_validator("eenheid")
    @classmethod
    def _eenheid(cls, v):
        if v not in EENHEDEN:
            raise ValueError(f"onbekende eenheid '{v}' (toegestaan: {', '.join(EENHEDEN)})")
        return v

    @model_validator(mode="after")
    def _controle(self):
        if not self.waarden and not self.niet_in_bron:
            raise ValueError(f"{self.naam}: geen waarden en geen 'niet_in_bron'")
        for a, b in zip(self.waarden, self.waarden[1:]):
            if b.vanaf <= a.tot:
                raise ValueError(f"{self.naam}: waarden vanaf {a.vanaf} en {b.vanaf} overlappen")
        return self

    @property
    def relatief(self) -> str:
        """De naam binnen het document: 'a5.uurtarief'."""
        return self.naam.split(".", 1)[1]

    def op(self, peildatum: date) -> Waarde:
        for w in self.waarden:
            if w.vanaf <= peildatum <= w.tot:
                return w
        if self.niet_in_bron:
            raise ParameterOnbekend(self.naam, peildatum, self.niet_in_bron)
        eerder = [w for w in self.waarden if w.tot < peildatum]
        if eerder and eerder[-1].daarna:
            raise ParameterOnbekend(self.naam, peildatum, eerder[-1].daarna)
        doc = document(self.document)
        raise ParameterOnbekend(self.naam, peildatum,
                                f"{doc.naam} geeft deze waarde alleen voor "
                                + ", ".join(f"{w.vanaf.isoformat()} t/m {w.tot.isoformat()}" for w in self.waarden))


def _lees_bestand(doc: Document, pad: Path, naam: str) -> Parameter:
    ruw = laad_yaml(pad.read_text(encoding="utf-8"))
    items = sorted((ruw.get("waarden") or {}).items())
    waarden = []
    for i, (vanaf, w) in enumerate(items):
        volgende = items[i + 1][0] if i + 1 < len(items) else None
        tot = w.get("tot") or (volgende - timedelta(days=1) if volgende else doc.laatste_dag)
        if tot > doc.laatste_dag:
            raise ValueError(f"{naam}: waarde vanaf {vanaf} loopt door na het einde van {doc.sleutel} ({doc.laatste_dag})")
        if vanaf < doc.eerste_dag and not w.get("beschrijft_eerdere_periode"):
            raise ValueError(f"{naam}: waarde vanaf {vanaf} ligt vóór het begin van {doc.sleutel}")
        waarden.append(Waarde(vanaf=vanaf, tot=tot, waarde=w["waarde"], bron=Bron(document=doc.sleutel, **w["bron"]),
                              toelichting=w.get("toelichting"), daarna=w.get("daarna"),
                              beschrijft_eerdere_periode=bool(w.get("beschrijft_eerdere_periode"))))
    stil = ruw.get("bron")
    return Parameter(naam=naam, document=doc.sleutel, beschrijving=ruw["beschrijving"], eenheid=ruw["eenheid"],
                     waarden=tuple(waarden), niet_in_bron=ruw.get("niet_in_bron"),
                     bron=Bron(document=doc.sleutel, **stil) if stil else None)


def alle_parameters() -> dict[str, Parameter]:
    return dict(_alle(bronwortels(), os.environ.get("ZORGCONTRACT_CONCEPT", "").strip() or None))


@cache
def _alle(wortels, concept: str | None = None) -> tuple[tuple[str, Parameter], ...]:
    uit: dict[str, Parameter] = {}
    for sleutel, map_ in sorted(documentmappen().items()):
        doc = document(sleutel)
        basis = map_ / "parameters"
        for pad in sorted(basis.rglob("*.yaml")):
            naam = sleutel + "." + pad.relative_to(basis).with_suffix("").as_posix().replace("/", ".")
            uit[naam] = _lees_bestand(doc, pad, naam)
    if concept:  # haak voor concept-contracten (kern/concept.py)
        from zorgcontract.kern.concept import pas_toe

        uit = pas_toe(uit, concept)
    return tuple(uit.items())


def wis_cache() -> None:
    _alle.cache_clear()


def parameter(naam: str) -> Parameter:
    alle = alle_parameters()
    if naam not in alle:
        raise KeyError(f"onbekende parameter: {naam}")
    return alle[naam]


def waarde(naam: str, peildatum: date) -> Waarde:
    """De waarde van ``naam`` op ``peildatum``, met bron. Fout als de bron er niets over zegt."""
    return parameter(naam).op(peildatum)


def in_document(doc: Document | str, relatief: str, peildatum: date) -> Waarde:
    """De waarde van parameter ``relatief`` (bijv. 'a5.uurtarief') van document ``doc`` op ``peildatum``."""
    sleutel = doc.sleutel if isinstance(doc, Document) else doc
    return waarde(f"{sleutel}.{relatief}", peildatum)


def in_reeks(reeks_naam: str, relatief: str, peildatum: date, veld: str | None = None) -> Waarde:
    """De waarde van ``relatief`` in het document van ``reeks_naam`` dat op ``peildatum`` geldt.

    Geldt er geen document op die datum, dan kan een document van de reeks dat die eerdere periode
    uitdrukkelijk beschrijft (``beschrijft_eerdere_periode``) de waarde geven, bijv. het inkoopbeleid
    2022-2023 over de FGV-meetperiode van 2020. Anders: ``BuitenPeriode``."""
    from zorgcontract.kern.documenten import BuitenPeriode, geldend, reeks

    try:
        doc = geldend(reeks_naam, peildatum, veld=veld)
    except BuitenPeriode:
        for d in reeks(reeks_naam):
            naam = f"{d.sleutel}.{relatief}"
            if naam in alle_parameters():
                for w in parameter(naam).waarden:
                    if w.beschrijft_eerdere_periode and w.vanaf <= peildatum <= w.tot:
                        return w
        raise
    return in_document(doc, relatief, peildatum)
