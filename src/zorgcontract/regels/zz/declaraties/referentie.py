"""De referentieroute: de declaratiecontrole zoals de scenario's haar beschrijven, per verzekerde, in gewone lussen.

Zo werkt het, en zo werkt ook de snelle route (``snel.py``), die dezelfde uitkomst op elke regel geeft
(``tests/test_declaraties_routes.py`` toetst dat op gegenereerde bestanden):

1. Elke regel wordt gelezen en gecontroleerd (``formaat.lees_regel``); dan zoekt ze haar document op de
   declaratiedatum op (``regels.document_op``) en volgen de controles die van de prestatie afhangen. Een regel
   die hier strandt krijgt een fout en telt verder nergens mee; de andere regels gaan door.
2. De goede regels worden per verzekerde verzameld en op (datum, regelnummer) gezet. Per verzekerde - over alle
   praktijken in het bestand - gelden: 13029 en 13031 één keer per kalenderjaar, 13030 één keer, 31080 en 11201
   één keer per kwartaal, en na een toegestaan 12822-advies een andere SCEN-arts voor de procedure. Per
   verzekerde *bij dezelfde praktijk* gelden: 31343 alleen naast een toegestane 11201 in hetzelfde kwartaal (in
   welke volgorde ook), en een consult op de dag van een behandelwensgesprek (I-ZZ26-FAQ-DECL-PER-VERZEKERDE).
   "Eerder" betekent: eerder op (datum, regelnummer) en zelf toegestaan; een geweigerde declaratie telt niet.
3. Met die vlaggen geeft ``regels.oordeel`` het oordeel, de redenen, de redencodes en de bronnen.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from zorgcontract.kern.kwartalen import kwartaal_van
from zorgcontract.regels.zz.declaraties import formaat, regels
from zorgcontract.regels.zz.declaraties.formaat import Declaratie, Fout


@dataclass
class Beoordeling:
    """De uitkomst voor één regel van het bestand. ``toegestaan`` is None bij een fout."""

    nr: int
    regel: str
    praktijk: str | None = None
    verzekerde: str | None = None
    prestatiecode: str | None = None
    datum: object | None = None
    uitvoerder: str | None = None
    toegestaan: bool | None = None
    redenen: tuple[regels.Reden, ...] = ()
    fout: str | None = None
    eenheden: int | None = None
    bedrag_centen: int | None = None

    @property
    def redencode(self) -> str | None:
        return self.redenen[0].code if self.redenen else None


def lees(tekst: str) -> list[Declaratie | Fout]:
    """De regels van het bestand, elk gelezen of met een fout. Een ongeldige kopregel: ``InvoerFout``."""
    alle = formaat.lijnen(tekst)
    if not alle:
        formaat.lees_kop("")
    sep, kop = formaat.lees_kop(alle[0])
    uit = []
    for nr, lijn in enumerate(alle[1:], start=1):
        r = formaat.lees_regel(lijn, nr, sep, kop)
        if isinstance(r, Declaratie):
            doc, melding = regels.document_op(r.prestatiecode, r.datum)
            melding = melding or regels.controle_per_code(r.prestatiecode, r.uitvoerder, r.deelnemers, r.duur_minuten, doc)
            if melding:
                r = Fout(nr=r.nr, regel=r.regel, praktijk=r.praktijk or None, prestatiecode=r.prestatiecode, fout=melding)
            else:
                r.document = doc
        if r is not None:
            uit.append(r)
    return uit


def _kwartaal(d) -> tuple[int, int]:
    return d.year, kwartaal_van(d)


def _vlaggen(rijen: list[Declaratie]) -> dict[int, dict]:
    """Per regelnummer de vlaggen die van de andere declaraties van deze ene verzekerde afhangen."""
    vlag: dict[int, dict] = {d.nr: {} for d in rijen}
    rijen = sorted(rijen, key=lambda d: (d.datum, d.nr))

    # 13029/13031 per kalenderjaar, 13030 eenmaal: alleen een declaratie door de huisarts kan toegestaan zijn,
    # dus de eerste door de huisarts is toegestaan en elke latere telt haar als eerder.
    gezien = set()
    for d in rijen:
        if d.prestatiecode in ("13029", "13030", "13031") and d.uitvoerder == "huisarts":
            sleutel = (d.prestatiecode,) if d.prestatiecode == "13030" else (d.prestatiecode, d.datum.year)
            vlag[d.nr]["eerder"] = sleutel in gezien
            gezien.add(sleutel)

    # 31080/11201 per kwartaal: toegestaan is de eerste die niet vóór haar declaratiestart ligt.
    toegestaan_11201 = set()  # (praktijk, kwartaal)
    eerste: dict[tuple, tuple] = {}
    for d in rijen:
        if d.prestatiecode in regels.OPSLAG:
            sleutel = (d.prestatiecode, _kwartaal(d.datum))
            vlag[d.nr]["eerder"] = sleutel in eerste
            if sleutel not in eerste and not _voor_start(d):
                eerste[sleutel] = d
                if d.prestatiecode == "11201":
                    toegestaan_11201.add((d.praktijk, _kwartaal(d.datum)))

    # 31343: naast een toegestane 11201 van dezelfde praktijk in hetzelfde kwartaal, ongeacht de volgorde.
    for d in rijen:
        if d.prestatiecode == "31343":
            vlag[d.nr]["met_11201"] = (d.praktijk, _kwartaal(d.datum)) in toegestaan_11201

    # SCEN: een procedure door de zorgverlener die voor deze verzekerde een toegestaan 12822-advies gaf,
    # op of vóór de datum van de procedure.
    adviezen = [d for d in rijen if d.prestatiecode == "12822" and d.zorgverlener is not None
                and regels.oordeel(_feiten(d, {})).toegestaan]
    for d in rijen:
        if d.prestatiecode in ("12815", "29033") and d.zorgverlener is not None:
            vlag[d.nr]["zelfde_arts"] = any(a.zorgverlener == d.zorgverlener and a.datum <= d.datum for a in adviezen)

    # Een consult door de huisarts op de dag van een behandelwensgesprek bij dezelfde praktijk.
    gesprekken = {(d.praktijk, d.datum) for d in rijen if d.prestatiecode == "behandelwensgesprek"}
    for d in rijen:
        if d.prestatiecode == "consult" and d.uitvoerder == "huisarts":
            vlag[d.nr]["zelfde_dag"] = (d.praktijk, d.datum) in gesprekken
    return vlag


def _voor_start(d: Declaratie) -> bool:
    return d.context.vanaf is not None and d.datum < d.context.vanaf


def _feiten(d: Declaratie, vlag: dict) -> regels.Feiten:
    start = d.prestatiecode in (*regels.OPSLAG, "31343")
    return regels.Feiten(
        prestatiecode=d.prestatiecode, uitvoerder=d.uitvoerder, kenmerken=d.kenmerken, document=d.document,
        jaar=d.datum.year if d.prestatiecode in regels.DM else 0, deelnemers=d.deelnemers if d.prestatiecode == "12116" else None,
        vanaf=d.context.vanaf if start else None, voor_start=_voor_start(d) if start else False,
        peildatum=regels.groepsconsult_peildatum(d.datum)[0] if d.prestatiecode == "12116" else None, **vlag)


def beoordeel(gelezen: list[Declaratie | Fout]) -> list[Beoordeling]:
    """Het oordeel per regel, in de volgorde van het bestand."""
    per_verzekerde: dict[str, list[Declaratie]] = defaultdict(list)
    for g in gelezen:
        if isinstance(g, Declaratie):
            per_verzekerde[g.verzekerde].append(g)
    vlaggen: dict[int, dict] = {}
    for rijen in per_verzekerde.values():
        vlaggen.update(_vlaggen(rijen))
    uit = []
    for g in gelezen:
        if isinstance(g, Fout):
            uit.append(Beoordeling(nr=g.nr, regel=g.regel, praktijk=g.praktijk, prestatiecode=g.prestatiecode, fout=g.fout))
            continue
        u = regels.oordeel(_feiten(g, vlaggen[g.nr]))
        n = regels.eenheden(g.prestatiecode, g.duur_minuten)
        bedrag = g.tarief_centen * n if u.toegestaan and g.tarief_centen is not None else None
        uit.append(Beoordeling(nr=g.nr, regel=g.regel, praktijk=g.praktijk, verzekerde=g.verzekerde,
                               prestatiecode=g.prestatiecode, datum=g.datum, uitvoerder=g.uitvoerder,
                               toegestaan=u.toegestaan, redenen=u.redenen, eenheden=n, bedrag_centen=bedrag))
    return uit


def controleer(tekst: str) -> list[Beoordeling]:
    regels.wis_cache()
    return beoordeel(lees(tekst))
