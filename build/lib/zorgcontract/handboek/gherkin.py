"""De scenario's uit ``features/`` als eenvoudige gegevens, voor weergave in het handboek.

De structuur (functionaliteit, regel, scenario, stappen, voorbeelden) komt uit de parser van pytest-bdd,
zodat het handboek precies ziet wat pytest-bdd ziet. De ``#``-commentaarregels (de handberekeningen)
gooit die parser weg; die halen we hier zelf uit de ruwe tekst: het commentaarblok direct boven de
tagregel van een scenario en de commentaarregels binnen het scenario.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from pytest_bdd.parser import FeatureParser


@dataclass
class Stap:
    sleutelwoord: str  # 'Gegeven', 'Als', 'Dan', 'En', 'Maar'
    tekst: str
    regel: int
    tabel: list[list[str]] | None = None
    docstring: str | None = None


@dataclass
class Voorbeelden:
    naam: str
    regel: int | None
    tags: list[str]
    kolommen: list[str]
    rijen: list[list[str]]


@dataclass
class Scenario:
    bestand: str  # relatief aan features/, met '/' (zoals in cucumber.json)
    functionaliteit: str
    regel_naam: str | None  # de 'Regel:' waaronder het staat
    sleutelwoord: str
    naam: str
    regel: int  # regelnummer van de scenariokop
    tags: list[str]
    stappen: list[Stap]
    achtergrond: list[Stap]
    voorbeelden: list[Voorbeelden]
    commentaar: list[str] = field(default_factory=list)

    @property
    def is_sjabloon(self) -> bool:
        return bool(self.voorbeelden)

    @property
    def sleutel(self) -> tuple[str, int]:
        return (self.bestand, self.regel)

    @property
    def register_tags(self) -> list[str]:
        return [t for t in self.tags if not t.startswith("I-")]

    @property
    def interpretatie_tags(self) -> list[str]:
        return [t for t in self.tags if t.startswith("I-")]

    def voorbeeldrijen(self) -> list[dict[str, str]]:
        """Alle voorbeeldrijen als {kolom: waarde}, in volgorde van de tabellen."""
        return [dict(zip(v.kolommen, rij)) for v in self.voorbeelden for rij in v.rijen]


@dataclass
class Functionaliteit:
    bestand: str
    naam: str
    beschrijving: str
    tags: list[str]
    scenarios: list[Scenario]


_PLAATSHOUDER = re.compile(r"<([^<>]+)>")


def vul_in(tekst: str, context: dict[str, str]) -> str:
    """Zoals pytest-bdd: '<kolom>' vervangen door de waarde uit de voorbeeldrij (onbekende blijven staan)."""
    return _PLAATSHOUDER.sub(lambda m: str(context.get(m.group(1), m.group(0))), tekst)


def _stap(s) -> Stap:
    tabel = None
    if getattr(s, "datatable", None) is not None:
        tabel = [[c.value for c in rij.cells] for rij in s.datatable.rows]
    return Stap(sleutelwoord=s.keyword.strip(), tekst=s.name, regel=s.line_number, tabel=tabel, docstring=s.docstring)


def _commentaar(regels: list[str], kop: int, einde: int) -> list[str]:
    """Commentaar boven de tags van het scenario op regel ``kop`` (1-based) en binnen het scenario."""
    uit: list[str] = []
    i = kop - 2  # index van de regel boven de kop
    while i >= 0 and regels[i].strip().startswith("@"):
        i -= 1
    boven: list[str] = []
    while i >= 0 and regels[i].strip().startswith("#"):
        boven.append(regels[i].strip())
        i -= 1
    uit.extend(reversed(boven))
    for r in regels[kop:einde - 1]:
        if r.strip().startswith("#"):
            uit.append(r.strip())
    schoon = []
    for r in uit:
        t = r[1:].strip()
        if re.match(r"^language\s*:", t):
            continue
        schoon.append(t)
    return schoon


def lees_feature(basis: Path, pad: Path) -> Functionaliteit:
    rel = pad.relative_to(basis).as_posix()
    feature = FeatureParser(str(basis), rel).parse()
    regels = pad.read_text(encoding="utf-8").splitlines()
    templates = sorted(feature.scenarios.values(), key=lambda s: s.line_number)
    koppen = [t.line_number for t in templates]
    scenarios = []
    for nr, t in enumerate(templates):
        # het scenario loopt tot het commentaar/de tags van het volgende scenario (of tot het eind)
        einde = koppen[nr + 1] if nr + 1 < len(koppen) else len(regels) + 1
        if nr + 1 < len(koppen):
            j = einde - 2
            while j >= 0 and (regels[j].strip().startswith("@") or regels[j].strip().startswith("#")):
                j -= 1
            einde = j + 2
        achtergrond = [_stap(s) for s in t.all_background_steps]
        eigen = [_stap(s) for s in t._steps]
        voorbeelden = [
            Voorbeelden(naam=v.name or "", regel=v.line_number, tags=sorted(v.tags), kolommen=list(v.example_params),
                        rijen=[list(r) for r in v.examples])
            for v in t.examples if v
        ]
        scenarios.append(Scenario(
            bestand=rel, functionaliteit=feature.name, regel_naam=t.rule.name if t.rule else None,
            sleutelwoord=t.keyword, naam=t.name, regel=t.line_number, tags=sorted(t.tags),
            stappen=eigen, achtergrond=achtergrond, voorbeelden=voorbeelden,
            commentaar=_commentaar(regels, t.line_number, einde),
        ))
    return Functionaliteit(bestand=rel, naam=feature.name, beschrijving=feature.description or "",
                           tags=sorted(feature.tags), scenarios=scenarios)


def lees_features(basis: Path) -> list[Functionaliteit]:
    return [lees_feature(basis, p) for p in sorted(basis.rglob("*.feature"))]
