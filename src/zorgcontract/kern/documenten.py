"""De brondocumenten en hun geldigheid: welk document geldt op welke datum.

Elk document staat als gegevens in ``data/<verzekeraar>/<sleutel>/document.yaml``: verzekeraar, soort
(bijlage, faq, inkoopbeleid), de reeks waartoe het behoort (hetzelfde document door de contractperioden
heen, bijv. ``zz-pohs``), de periode (eerste en laatste dag) en welke documenten van andere perioden
het vervangt. Naast dat bestand staan het contractregister, het interpretatieregister en de parameters
van dat document; zo leidt één sleutel (``zz26-pohs``) naar alles over dat document.

Een regel vraagt nooit naar een vast document, maar naar het document van een reeks dat op een datum
geldt (``geldend("zz-pohs", datum)``). Valt de datum buiten elk bekend document van die reeks, dan is
dat één duidelijke fout die de datum en de bekende perioden noemt.

Extra bronmappen (bijv. een nieuwe contractperiode in voorbereiding) komen erbij via de omgevings-
variabele ``ZORGCONTRACT_BRONNEN`` (mappen gescheiden door ``os.pathsep``), met dezelfde opbouw. Staat
in zo'n documentmap een ``regels.py``, dan wordt die geladen: daarin registreert een periode de
artikelen die ze anders regelt dan haar voorganger (``zorgcontract.varianten``).
"""

from __future__ import annotations

import importlib.util
import os
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from zorgcontract.kern.fouten import ZorgcontractFout
from zorgcontract.kern.yaml_lezen import laad as laad_yaml

Soort = Literal["bijlage", "faq", "inkoopbeleid"]
OMGEVING = "ZORGCONTRACT_BRONNEN"


class Document(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    sleutel: str = Field(pattern=r"^(zz|zk)[0-9]{2}-[a-z]+$")
    reeks: str = Field(pattern=r"^(zz|zk)-[a-z]+$")
    verzekeraar: str
    verzekeraar_kort: str
    soort: Soort
    titel: str
    kort: str
    eerste_dag: date
    laatste_dag: date
    vervangt: list[str] = []

    @model_validator(mode="after")
    def _controle(self):
        if self.laatste_dag < self.eerste_dag:
            raise ValueError(f"{self.sleutel}: de periode eindigt voor ze begint")
        if self.sleutel[2:4] != f"{self.eerste_dag.year % 100:02d}":
            raise ValueError(f"{self.sleutel}: de sleutel noemt het beginjaar van de periode ({self.eerste_dag.year})")
        return self

    @property
    def periode(self) -> str:
        """'2026-2028'."""
        return f"{self.eerste_dag.year}-{self.laatste_dag.year}"

    @property
    def naam(self) -> str:
        """Korte naam met periode, zoals in een bronverwijzing: 'ZZ POH-S 2026-2028'."""
        return f"{self.kort} {self.periode}"

    @property
    def volledige_titel(self) -> str:
        return f"{self.verzekeraar}, {self.titel} {self.periode}"

    def geldt_op(self, d: date) -> bool:
        return self.eerste_dag <= d <= self.laatste_dag


class BuitenPeriode(ZorgcontractFout, LookupError):
    """Geen bekend document van de reeks geldt op de gevraagde datum."""

    def __init__(self, reeks: str, datum: date, bekend: list[Document], veld: str | None = None, wat: str | None = None):
        from zorgcontract.kern import nl

        self.reeks, self.datum, self.veld = reeks, datum, veld
        perioden = ", ".join(f"{d.periode} ({nl.datum(d.eerste_dag)} t/m {nl.datum(d.laatste_dag)})" for d in bekend)
        onderwerp = wat or (bekend[0].kort if bekend else reeks)
        tekst = f"voor {nl.datum(datum)} kent het project geen {onderwerp}: de bronnen beschrijven alleen {perioden or 'geen periode'}"
        self.bericht = tekst
        if veld:
            tekst = f"ongeldige waarde voor '{veld}': {tekst}"
        super().__init__(tekst)


@cache  # de plek van het pakket verandert niet terwijl het draait; resources.files kost ~60 µs per aanroep
def _pakketwortel() -> Path:
    return Path(str(resources.files("zorgcontract").joinpath("data")))


def bronwortels() -> tuple[Path, ...]:
    """De mappen met documenten: die van het pakket, dan de extra mappen uit ``ZORGCONTRACT_BRONNEN``."""
    extra = tuple(Path(p) for p in os.environ.get(OMGEVING, "").split(os.pathsep) if p.strip())
    return (_pakketwortel(), *extra)


def documentmappen() -> dict[str, Path]:
    """Sleutel -> map van elk document (``<wortel>/<verzekeraar>/<sleutel>/``)."""
    return dict(_documentmappen(bronwortels()))


@cache
def _documentmappen(wortels: tuple[Path, ...]) -> tuple[tuple[str, Path], ...]:
    uit: dict[str, Path] = {}
    for wortel in wortels:
        for f in sorted(wortel.glob("*/*/document.yaml")):
            sleutel = f.parent.name
            if sleutel in uit:
                raise ValueError(f"document {sleutel} staat twee keer in de bronmappen: {uit[sleutel]} en {f.parent}")
            uit[sleutel] = f.parent
    return tuple(uit.items())


def documenten() -> dict[str, Document]:
    wortels = bronwortels()
    uit = dict(_documenten(wortels))
    if wortels not in _VARIANTEN_GELADEN:
        _VARIANTEN_GELADEN.add(wortels)  # vóór het laden: een regels.py vraagt zelf weer documenten op
        _laad_varianten(wortels, uit)
    return uit


_VARIANTEN_GELADEN: set[tuple[Path, ...]] = set()


@cache
def _documenten(wortels: tuple[Path, ...]) -> tuple[tuple[str, Document], ...]:
    uit: dict[str, Document] = {}
    for sleutel, map_ in _documentmappen(wortels):
        doc = Document(**laad_yaml((map_ / "document.yaml").read_text(encoding="utf-8")))
        if doc.sleutel != sleutel:
            raise ValueError(f"{map_}: de map heet {sleutel}, het document {doc.sleutel}")
        uit[sleutel] = doc
    for doc in uit.values():
        for v in doc.vervangt:
            if v not in uit:
                raise ValueError(f"{doc.sleutel} vervangt onbekend document {v}")
    _overlap(uit)
    return tuple(uit.items())


def _overlap(docs: dict[str, Document]) -> None:
    per_reeks: dict[str, list[Document]] = {}
    for d in docs.values():
        per_reeks.setdefault(d.reeks, []).append(d)
    for reeks, lijst in per_reeks.items():
        lijst.sort(key=lambda d: d.eerste_dag)
        for a, b in zip(lijst, lijst[1:]):
            if b.eerste_dag <= a.laatste_dag:
                raise ValueError(f"reeks {reeks}: {a.sleutel} en {b.sleutel} overlappen")


def _laad_varianten(wortels: tuple[Path, ...], docs: dict[str, Document]) -> None:
    """Laad ``regels.py`` uit documentmappen buiten het pakket (het pakket registreert zijn eigen varianten)."""
    for sleutel, map_ in _documentmappen(wortels):
        bestand = map_ / "regels.py"
        if map_.is_relative_to(_pakketwortel()) or not bestand.is_file():
            continue
        spec = importlib.util.spec_from_file_location(f"zorgcontract_bron_{sleutel.replace('-', '_')}", bestand)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)


def document(sleutel: str) -> Document:
    docs = documenten()
    if sleutel not in docs:
        raise KeyError(f"onbekend brondocument: {sleutel} (bekend: {', '.join(sorted(docs))})")
    return docs[sleutel]


def reeks(naam: str) -> list[Document]:
    """De documenten van een reeks, oplopend in tijd."""
    return sorted((d for d in documenten().values() if d.reeks == naam), key=lambda d: d.eerste_dag)


def geldend(reeks_naam: str, datum: date, veld: str | None = None, wat: str | None = None) -> Document:
    """Het document van ``reeks_naam`` dat op ``datum`` geldt. Geen: ``BuitenPeriode`` met de bekende perioden.
    ``veld`` is de invoer die de datum bepaalde (zoals de gebruiker die typte), voor de foutmelding."""
    lijst = reeks(reeks_naam)
    if not lijst:
        raise KeyError(f"onbekende documentreeks: {reeks_naam}")
    for d in lijst:
        if d.geldt_op(datum):
            return d
    raise BuitenPeriode(reeks_naam, datum, lijst, veld=veld, wat=wat)


def opvolger(doc: Document) -> Document | None:
    """Het document van dezelfde reeks dat direct na ``doc`` komt (als de bronnen het kennen)."""
    lijst = reeks(doc.reeks)
    i = lijst.index(doc)
    return lijst[i + 1] if i + 1 < len(lijst) else None


def wis_cache() -> None:
    """Na het wijzigen van ``ZORGCONTRACT_BRONNEN`` binnen één proces (tests)."""
    _documentmappen.cache_clear()
    _documenten.cache_clear()
    _VARIANTEN_GELADEN.clear()
    from zorgcontract.kern import parameters, register

    parameters.wis_cache()
    register.wis_cache()
