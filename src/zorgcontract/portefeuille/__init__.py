"""Een portefeuille praktijken (CSV) door de modules POH-S en POH-GGZ van Zorg en Zekerheid, en de budgetcurve.

Invoer: één rij per praktijk; de kolommen heten als de opties van de subopdrachten ``poh-s`` en
``poh-ggz`` zonder streepjes ervoor (``KOLOMMEN``). Een rij zonder ``contracturen`` doet niet mee aan
POH-S, een rij zonder ``uren`` niet aan POH-GGZ. Elke rij wordt gecontroleerd met dezelfde
invoermodellen als de subopdrachten (``PohSPraktijk``, ``PohGgzPraktijk``); een foute rij wordt gemeld
met regelnummer, veld en regel, de andere rijen worden berekend.

Het rekenen gebeurt in brokken (``BROK`` rijen tegelijk) met de exacte gehele-getallenkern
(``portefeuille.rekenkern``): het geheugen blijft vlak hoe groot het bestand ook is.
"""

from __future__ import annotations

import csv
import functools
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from zorgcontract.kern.bronnen import regel_tekst
from zorgcontract.kern.documenten import BuitenPeriode
from zorgcontract.kern.fouten import InvoerFout, NietInBron, ParameterOnbekend, ZorgcontractFout
from zorgcontract.kern.invoer import valideer
from zorgcontract.kern.rekenen import bedrag_tekst, uren_tekst
from zorgcontract.portefeuille import rekenkern as kern
from zorgcontract.regels.zz.pohggz import artikel_6 as zz_poh_ggz
from zorgcontract.regels.zz.pohs import artikel_5 as zz_poh_s

KOLOMMEN = ("praktijk", "ingeschreven", "dm2", "cvrm", "copd", "astma", "contracturen", "keten-dbc", "uren", "afgesproken-uren")
MODULES = ("poh-s", "poh-ggz")
BROK = 20_000


class BestandFout(ZorgcontractFout, ValueError):
    """Het bestand als geheel is onbruikbaar (ontbrekende of onbekende kolom, niet te lezen)."""


@dataclass
class RijFout:
    regel: int  # regelnummer in het bestand (kop = regel 1)
    praktijk: str
    veld: str
    bericht: str
    bron: str | None

    def als_json(self) -> dict:
        return {"regel": self.regel, "praktijk": self.praktijk, "veld": self.veld, "bericht": self.bericht, "bron": self.bron}

    def __str__(self) -> str:
        return f"regel {self.regel} ({self.praktijk}): ongeldige waarde voor '{self.veld}': {self.bericht}" + (f" ({self.bron})" if self.bron else "")


@dataclass
class Rij:
    regel: int
    praktijk: str
    pohs: zz_poh_s.PohSPraktijk | None
    ggz: zz_poh_ggz.PohGgzPraktijk | None

    @property
    def ingeschreven(self) -> int:
        return (self.pohs or self.ggz).ingeschreven_verzekerden


# --- lezen ------------------------------------------------------------------------------------------------

def _geheel(veld: str, tekst: str, regel: str) -> int:
    t = tekst.strip()
    if not t:
        return 0
    try:
        return int(t)
    except ValueError:
        raise InvoerFout(veld, f"'{t}' is geen geheel getal", regel) from None


def _getal(veld: str, tekst: str, regel: str) -> Decimal:
    t = tekst.strip().replace(",", ".")
    try:
        w = Decimal(t)
    except InvalidOperation:
        raise InvoerFout(veld, f"'{tekst.strip()}' is geen getal", regel) from None
    if not w.is_finite():
        raise InvoerFout(veld, f"'{tekst.strip()}' is geen eindig getal", regel)
    return w


@functools.lru_cache(maxsize=256)
def _regel(reeks: str, artikel: int, lid: str, jaar: int, bronnen: str) -> str:
    """De bronverwijzing voor een foutmelding, één keer per (artikel, lid, jaar, bronmappen) opgezocht (niet per rij)."""
    return regel_tekst(reeks, artikel, lid, op=date(jaar, 1, 1))


def lees_rij(ruw: dict[str, str], regel: int, jaar: int) -> Rij:
    """Eén CSV-rij -> invoermodellen; ``InvoerFout`` noemt het veld zoals de kolom heet."""
    bronnen = os.environ.get("ZORGCONTRACT_BRONNEN", "")  # een nieuwe periode (concept) kan een ander document geven
    r_pohs = lambda lid: _regel("zz-pohs", 5, lid, jaar, bronnen)  # noqa: E731
    r_ggz = lambda lid: _regel("zz-pohggz", 6, lid, jaar, bronnen)  # noqa: E731
    naam = (ruw.get("praktijk") or "").strip() or f"rij {regel}"
    ingeschreven = (ruw.get("ingeschreven") or "").strip()
    if not ingeschreven:
        raise InvoerFout("ingeschreven", "ontbreekt", r_pohs("7a"))
    n = _geheel("ingeschreven", ingeschreven, r_pohs("7a"))
    pohs = ggz = None
    if (ruw.get("contracturen") or "").strip():
        groepen = {g.value.lower(): g for g in zz_poh_s.ChronischeGroep}
        keten = set()
        for g in (ruw.get("keten-dbc") or "").split("+"):
            if not g.strip():
                continue
            if g.strip().lower() not in groepen:
                raise InvoerFout("keten-dbc", f"'{g.strip()}' is geen chronische groep (DM2, CVRM, COPD, Astma)", r_pohs("9"))
            keten.add(groepen[g.strip().lower()])
        pohs = valideer(
            zz_poh_s.PohSPraktijk, {"ingeschreven_verzekerden": "ingeschreven", "contracturen_per_week": "contracturen"},
            ingeschreven_verzekerden=n,
            **{g: _geheel(g, ruw.get(g) or "", r_pohs("5")) for g in ("dm2", "cvrm", "copd", "astma")},
            contracturen_per_week=_getal("contracturen", ruw["contracturen"], r_pohs("8")),
            keten_dbc=frozenset(keten), jaar=jaar,
        )
    elif any((ruw.get(k) or "").strip() for k in ("dm2", "cvrm", "copd", "astma", "keten-dbc")):
        raise InvoerFout("contracturen", "ontbreekt: de rij noemt chronische groepen maar geen contracturen POH-S", r_pohs("8"))
    if (ruw.get("uren") or "").strip():
        afgesproken = (ruw.get("afgesproken-uren") or "").strip()
        ggz = valideer(
            zz_poh_ggz.PohGgzPraktijk,
            {"ingeschreven_verzekerden": "ingeschreven", "uren_per_week": "uren", "afgesproken_uren_per_week": "afgesproken-uren"},
            ingeschreven_verzekerden=n, uren_per_week=_getal("uren", ruw["uren"], r_ggz("3a")),
            afgesproken_uren_per_week=_getal("afgesproken-uren", afgesproken, r_ggz("2b")) if afgesproken else None, jaar=jaar,
        )
    elif (ruw.get("afgesproken-uren") or "").strip():
        raise InvoerFout("uren", "ontbreekt: de rij noemt afgesproken uren POH-GGZ maar geen uren", r_ggz("3a"))
    if pohs is None and ggz is None:
        if n <= 0:
            raise InvoerFout("ingeschreven", f"moet groter dan 0 zijn, niet {n}", r_pohs("7a"))
        raise InvoerFout("contracturen", "de rij noemt geen contracturen POH-S en geen uren POH-GGZ: niets te berekenen", r_pohs("8"))
    return Rij(regel=regel, praktijk=naam, pohs=pohs, ggz=ggz)


def lees(pad: Path | str, jaar: int) -> Iterator[Rij | RijFout]:
    """Stroomt de rijen van het bestand: per rij een ``Rij`` of een ``RijFout``."""
    pad = Path(pad)
    try:
        f = pad.open(encoding="utf-8-sig", newline="")
    except OSError as e:
        raise BestandFout(f"ongeldige waarde voor 'PRAKTIJKEN': {pad} is niet te lezen ({e.strerror})") from None
    with f:
        lezer = csv.DictReader(f, delimiter=_scheidingsteken(f))
        kop = [k.strip() for k in (lezer.fieldnames or [])]
        onbekend = [k for k in kop if k not in KOLOMMEN]
        if onbekend:
            raise BestandFout(f"ongeldige waarde voor 'PRAKTIJKEN': onbekende kolom '{onbekend[0]}' in {pad.name} "
                              f"(kolommen: {', '.join(KOLOMMEN)})")
        if "ingeschreven" not in kop:
            raise BestandFout(f"ongeldige waarde voor 'PRAKTIJKEN': kolom 'ingeschreven' ontbreekt in {pad.name}")
        if "contracturen" not in kop and "uren" not in kop:
            raise BestandFout(f"ongeldige waarde voor 'PRAKTIJKEN': {pad.name} heeft geen kolom 'contracturen' (POH-S) en geen 'uren' (POH-GGZ)")
        lezer.fieldnames = kop
        for ruw in lezer:
            regel = lezer.line_num
            if None in ruw:
                yield RijFout(regel, (ruw.get("praktijk") or "").strip() or f"rij {regel}", "rij",
                              f"meer waarden dan kolommen ({len(kop)})", None)
                continue
            ruw = {k: (v or "") for k, v in ruw.items()}
            if not any(v.strip() for v in ruw.values()):
                continue
            try:
                yield lees_rij(ruw, regel, jaar)
            except InvoerFout as e:
                yield RijFout(regel, (ruw.get("praktijk") or "").strip() or f"rij {regel}", e.veld, e.bericht, e.regel)


def _scheidingsteken(f) -> str:
    begin = f.read(4096)
    f.seek(0)
    eerste = begin.splitlines()[0] if begin else ""
    return ";" if eerste.count(";") > eerste.count(",") else ","


# --- rekenen ----------------------------------------------------------------------------------------------

@dataclass
class Totalen:
    """Totalen in centen per module: per kwartaal (bedrag per verzekerde × ingeschrevenen)."""

    per_kwartaal: dict[str, int] = field(default_factory=lambda: {m: 0 for m in MODULES})
    praktijken: dict[str, int] = field(default_factory=lambda: {m: 0 for m in MODULES})

    def tel(self, module: str, centen: int, aantal: int = 1) -> None:
        self.per_kwartaal[module] += int(centen)
        self.praktijken[module] += aantal

    def als_json(self) -> dict:
        uit = {m: {"praktijken": self.praktijken[m], "per_kwartaal": bedrag_tekst(kern.centen(self.per_kwartaal[m])),
                   "per_jaar": bedrag_tekst(kern.centen(4 * self.per_kwartaal[m]))} for m in MODULES}
        samen = sum(self.per_kwartaal.values())
        uit["samen"] = {"per_kwartaal": bedrag_tekst(kern.centen(samen)), "per_jaar": bedrag_tekst(kern.centen(4 * samen))}
        return uit


def _brokken(rijen: list[Rij], module: str):
    if module == "poh-s":
        lijst = [r for r in rijen if r.pohs is not None]
        return lijst, kern.Blok.uit_praktijken([r.pohs for r in lijst])
    lijst = [r for r in rijen if r.ggz is not None]
    nep = [zz_poh_s.PohSPraktijk(jaar=r.ggz.jaar, ingeschreven_verzekerden=r.ggz.ingeschreven_verzekerden, contracturen_per_week=Decimal(0)) for r in lijst]
    return lijst, kern.Blok.uit_praktijken(nep, [r.ggz for r in lijst])


def bereken_brok(rijen: list[Rij], jaar: int, vervang: dict | None = None,
                 niet_berekend: dict[str, str] | None = None) -> dict[str, tuple[list[Rij], object]]:
    """Per module: de rijen die meedoen en de kolommen van de rekenkern. Een module die voor ``jaar`` niet te
    berekenen is (de bronnen geven een parameter niet, of geen document), komt in ``niet_berekend``."""
    uit = {}
    for module, namen, reken in (("poh-s", kern.pohs_namen, kern.pohs), ("poh-ggz", kern.pohggz_namen, kern.pohggz)):
        lijst, blok = _brokken(rijen, module)
        if not lijst:
            continue
        try:
            uit[module] = (lijst, reken(blok, kern.lees_parameters(namen(jaar), jaar, vervang)))
        except (ParameterOnbekend, BuitenPeriode, NietInBron) as e:
            if niet_berekend is None:
                raise
            niet_berekend[module] = str(e)
    return uit


def pohs_json(rij: Rij, k: kern.PohSKolommen, i: int, code: str, toelichting: bool = True) -> dict:
    """Precies de sleutels van ``zorgcontract poh-s --json``."""
    d = {
        "max_uren_per_jaar": uren_tekst(kern.breuk(k.max_jaar_d[i], k.D)),
        "max_uren_per_week": uren_tekst(kern.breuk(k.max_jaar_d[i], k.D * k.W)),
        "vergoede_uren_per_week": uren_tekst(kern.breuk(k.vergoed_w_e[i], k.E * k.W)),
        "jaarbedrag": bedrag_tekst(kern.centen(k.jaar_centen[i])),
        "kwartaaltarief_per_verzekerde": bedrag_tekst(kern.centen(k.kwartaal_centen[i])),
        "prestatiecode": code,
    }
    if toelichting:
        d["toelichting"] = zz_poh_s.bereken(rij.pohs).uitleg.als_json()
    return d


def pohggz_json(rij: Rij, k: kern.PohGgzKolommen, i: int, codes: tuple[str, str], toelichting: bool = True) -> dict:
    """Precies de sleutels van ``zorgcontract poh-ggz --json``."""
    n = rij.ggz.ingeschreven_verzekerden
    declaratie = [{"prestatiecode": codes[0], "bedrag": bedrag_tekst(kern.centen(k.segment1_centen[i]))}]
    if int(k.segment3_centen[i]) > 0:
        declaratie.append({"prestatiecode": codes[1], "bedrag": bedrag_tekst(kern.centen(k.segment3_centen[i]))})
    d = {
        "normuren_per_week": uren_tekst(kern.breuk(k.U * n, k.P)),
        "ingezette_uren_per_week": uren_tekst(kern.breuk(k.ingezet_qpu[i], k.Q * k.P)),
        "kwartaalopslag_per_verzekerde": bedrag_tekst(kern.centen(k.opslag_centen[i])),
        "declaratie": declaratie,
    }
    if toelichting:
        d["toelichting"] = zz_poh_ggz.bereken(rij.ggz).uitleg.als_json()
    return d


@dataclass
class Uitkomst:
    praktijken: list[dict]  # per rij: praktijk, regel, modules, totalen (centen)
    fouten: list[RijFout]
    totalen: Totalen
    niet_berekend: dict[str, str] = field(default_factory=dict)  # module -> waarom niet (voor dit jaar)


def bereken(pad: Path | str, jaar: int, details: bool = True, toelichting: bool = True, vervang: dict | None = None) -> Uitkomst:
    """De hele portefeuille onder de parameters die nu gelden (contract of actief concept)."""
    praktijken, fouten, totalen = [], [], Totalen()
    niet_berekend: dict[str, str] = {}
    brok: list[Rij] = []

    def verwerk():
        if not brok:
            return
        per_rij: dict[int, dict] = {r.regel: {"praktijk": r.praktijk, "regel": r.regel, "ingeschreven": r.ingeschreven,
                                                "modules": {}, "centen": {}} for r in brok}
        for module, (lijst, k) in bereken_brok(brok, jaar, vervang, niet_berekend).items():
            if module == "poh-s":
                code = str(kern.lees_parameters(kern.pohs_namen(jaar), jaar, vervang)["prestatiecode"])
                bedragen = k.kwartaal_centen
            else:
                p = kern.lees_parameters(kern.pohggz_namen(jaar), jaar, vervang)
                codes = (str(p["code1"]), str(p["code3"]))
                bedragen = k.opslag_centen
            for i, r in enumerate(lijst):
                totaal = int(bedragen[i]) * r.ingeschreven
                totalen.tel(module, totaal)
                if details:
                    d = per_rij[r.regel]
                    d["centen"][module] = {"per_verzekerde": int(bedragen[i]), "per_kwartaal": totaal}
                    d["modules"][module] = (pohs_json(r, k, i, code, toelichting) if module == "poh-s"
                                            else pohggz_json(r, k, i, codes, toelichting))
        if details:
            praktijken.extend(per_rij.values())
        brok.clear()

    _in_brokken(pad, jaar, brok, fouten, verwerk)
    return Uitkomst(praktijken=praktijken, fouten=fouten, totalen=totalen, niet_berekend=niet_berekend)


def _in_brokken(pad, jaar: int, brok: list, fouten: list, verwerk) -> None:
    """Leest de rijen van ``pad`` en laat ``verwerk`` ze per ``BROK`` rijen (in ``brok``) afhandelen; foute rijen
    gaan naar ``fouten``. Zo blijft het geheugen begrensd, ook bij een grote portefeuille."""
    for item in lees(pad, jaar):
        if isinstance(item, RijFout):
            fouten.append(item)
            continue
        brok.append(item)
        if len(brok) >= BROK:
            verwerk()
    verwerk()


# --- budgetcurve ------------------------------------------------------------------------------------------

def gevarieerde_namen(jaar: int) -> dict[str, str]:
    """Volle parameternaam -> module, voor de parameters die de portefeuille gebruikt (en die je kunt variëren)."""
    uit = {naam: "poh-s" for rol, naam in kern.pohs_namen(jaar).items() if rol != "prestatiecode"}
    uit.update({naam: "poh-ggz" for rol, naam in kern.pohggz_namen(jaar).items() if rol not in ("code1", "code3")})
    return uit


GEHEEL = ("weken_per_jaar", "minuten.", "normpraktijk", "uren_per_week_norm")


def lees_varieer(tekst: str, jaar: int) -> tuple[str, list[Decimal]]:
    """'zz26-pohs.a5.uurtarief=70:80:0,5' -> (naam, [70, 70.5, ..., 80])."""
    regel = "--varieer PARAMETER=VAN:TOT:STAP"
    if "=" not in tekst:
        raise InvoerFout("varieer", f"'{tekst}' heeft niet de vorm PARAMETER=VAN:TOT:STAP", regel)
    naam, _, bereik = tekst.partition("=")
    naam = naam.strip()
    bekend = gevarieerde_namen(jaar)
    if naam not in bekend:
        raise InvoerFout("varieer", f"parameter '{naam}' wordt in de portefeuille niet gebruikt (wel: {', '.join(sorted(bekend))})", regel)
    delen = bereik.split(":")
    if len(delen) != 3:
        raise InvoerFout("varieer", f"'{bereik}' heeft niet de vorm VAN:TOT:STAP", regel)
    van, tot, stap = (_getal("varieer", d, regel) for d in delen)
    if stap <= 0:
        raise InvoerFout("varieer", f"de stap moet groter dan 0 zijn, niet {stap}", regel)
    if tot < van:
        raise InvoerFout("varieer", f"TOT ({tot}) ligt onder VAN ({van})", regel)
    aantal = int((tot - van) / stap) + 1
    if aantal > 100_000:
        raise InvoerFout("varieer", f"{aantal} waarden is te veel (ten hoogste 100 000)", regel)
    waarden = [van + i * stap for i in range(aantal)]
    if any(g in naam for g in GEHEEL) and any(w != w.to_integral_value() for w in waarden):
        raise InvoerFout("varieer", f"'{naam}' is een geheel getal; kies VAN en STAP geheel", regel)
    if any(w < 0 for w in waarden) or (("weken" in naam or "normpraktijk" in naam or "uren_per_week_norm" in naam) and any(w <= 0 for w in waarden)):
        raise InvoerFout("varieer", f"'{naam}' kan niet negatief (of nul) zijn", regel)
    if "maximum_per_kwartaal" in naam and any((w * 100) != (w * 100).to_integral_value() for w in waarden):
        raise InvoerFout("varieer", "de maximale opslag POH-GGZ is een bedrag in hele centen; kies VAN en STAP in centen", regel)
    return naam, [w.quantize(Decimal(1)) if w == w.to_integral_value() else w for w in waarden]


def curve(pad: Path | str, jaar: int, naam: str, waarden: list[Decimal]) -> tuple[list[Totalen], list[RijFout]]:
    """Het totaalbudget per parameterwaarde, in brokken over het bestand (geheugen vlak). Alleen de module
    waartoe de parameter hoort, hangt van de waarde af; de andere wordt één keer per brok berekend."""
    uit = [Totalen() for _ in waarden]
    fouten: list[RijFout] = []
    brok: list[Rij] = []
    basis = {"poh-s": kern.lees_parameters(kern.pohs_namen(jaar), jaar), "poh-ggz": kern.lees_parameters(kern.pohggz_namen(jaar), jaar)}
    rollen = {"poh-s": {v: k for k, v in kern.pohs_namen(jaar).items()}, "poh-ggz": {v: k for k, v in kern.pohggz_namen(jaar).items()}}

    def verwerk():
        if not brok:
            return
        for module in MODULES:
            lijst, blok = _brokken(brok, module)
            if not lijst:
                continue
            rol = rollen[module].get(naam)
            bedragen = kern.budget(blok, module, basis[module], rol, waarden)
            if rol is None:
                bedragen = bedragen * len(waarden)
            for t, b in zip(uit, bedragen):
                t.tel(module, b, len(lijst))
        brok.clear()

    _in_brokken(pad, jaar, brok, fouten, verwerk)
    return uit, fouten
