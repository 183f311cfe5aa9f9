"""De declaratiecontrole: een lijst voorgenomen declaraties voor één verzekerde, per regel toegestaan of
niet, met reden en bron. Brengt de FAQ-regels (``faq_declaratie``) en de bijlagen samen (31080,
11201/31343, 12116 via ``groepsconsult``). Alleen de contractperiode 2026-2028.

CSV-formaat (UTF-8, kopregel verplicht, scheidingsteken komma of puntkomma):

    regel,prestatiecode,datum,uitvoerder,context,deelnemers,zorgverlener

- ``regel``: eigen nummer of naam van de regel (leeg: het regelnummer in het bestand);
- ``prestatiecode``: zie ``CODES``; de FAQ noemt voor het behandelwensgesprek, het reguliere consult,
  het meedenkadvies, de meedenk-/meekijkconsulten en MTVP geen nummer: daarvoor symbolische codes
  (``behandelwensgesprek``, ``consult``, ``meedenkadvies``, ``meedenkconsult``, ``meekijkconsult``, ``mtvp``);
- ``datum``: JJJJ-MM-DD, in 2026-2028;
- ``uitvoerder``: zie ``UITVOERDERS``;
- ``context``: nul of meer kenmerken gescheiden door spaties of '+', zie ``KENMERKEN``, plus
  ``start-overeenkomst=JJJJ-MM-DD`` (31080/11201: start van de samenwerkingsovereenkomst);
- ``deelnemers``: aantal deelnemers (alleen 12116, verplicht daar);
- ``zorgverlener``: naam of AGB van de persoon (SCEN: na 12822 moet een andere SCEN-arts de procedure doen).
Kolommen ``context``, ``deelnemers`` en ``zorgverlener`` mogen ontbreken.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date

from pydantic import BaseModel

from zorgcontract.kern.bronnen import bron
from zorgcontract.kern.fouten import InvoerFout, ZorgcontractFout
from zorgcontract.kern.implementatie import implementeert
from zorgcontract.kern.kwartalen import eerste_kwartaalstart_na_maand, kwartaal_van
from zorgcontract.kern.oordeel import Oordeel, Reden
from zorgcontract.regels.zz.faq import declareren as f
from zorgcontract.regels.zz.pohggz import artikel_6_groepsconsult as groepsconsult

KOLOMMEN = ("regel", "prestatiecode", "datum", "uitvoerder", "context", "deelnemers", "zorgverlener")
VERPLICHT = ("prestatiecode", "datum", "uitvoerder")
PERIODE = (date(2026, 1, 1), date(2028, 12, 31))

CODES = {
    "13029": "Diabetes Mellitus - begeleiding per jaar (FAQ 2026-2028)",
    "13030": "Diabetes Mellitus - instellen op insuline, eenmalig (FAQ 2026-2028)",
    "13031": "COPD-gestructureerde zorg per jaar (FAQ 2026-2028)",
    "12815": "SCEN-procedure, met huisartsenovereenkomst (FAQ 2026-2028)",
    "12822": "zorginhoudelijk advies voorafgaand aan SCEN, per 15 minuten (FAQ 2026-2028)",
    "29033": "SCEN-procedure zonder huisartsenovereenkomst, via VECOZO (FAQ 2026-2028)",
    "31080": "module POH-S (bijlage POH-S art. 6 lid 2)",
    "11201": "module POH-GGZ, segment 1 (bijlage POH-GGZ art. 6 lid 3c)",
    "31343": "aanvullend moduletarief POH-GGZ, segment 3 (bijlage POH-GGZ art. 6 lid 3c)",
    "12116": "groepsconsult POH-GGZ (bijlage POH-GGZ art. 6 lid 5)",
    "behandelwensgesprek": "(vervolg)behandelwensgesprek, segment 3 - symbolische code, de FAQ noemt geen nummer",
    "consult": "regulier consult - symbolische code, de FAQ noemt geen nummer",
    "meedenkadvies": "meedenkadvies medisch specialistische zorg, segment 1 - symbolische code",
    "meedenkconsult": "segment-3-meedenkconsult - symbolische code",
    "meekijkconsult": "meekijkconsult (Transparant next), segment 3 - symbolische code",
    "mtvp": "Meer tijd voor de patiënt, segment 1 - symbolische code",
}
UITVOERDERS = ("huisarts", "poh-s", "poh-ouderen", "poh-ggz", "soh", "doktersassistent", "scen-arts", "praktijk")
KENMERKEN = {
    "poh-s-module": "de praktijk heeft de module POH-S",
    "huisartsenovereenkomst": "de (SCEN-)arts heeft een huisartsenovereenkomst",
    "behandelaar-besloten": "SCEN: de behandelend arts besloot al het verzoek in te willigen",
    "nascholing": "behandelwensgesprek: de huisarts volgde de (na)scholing van de regio-organisatie",
    "nodig": "behandelwensgesprek: de huisarts acht het gesprek nodig",
    "behandelwensgesprek-zelfde-dag": "consult op de dag van een behandelwensgesprek",
    "niet-gerelateerde-zorgvraag": "consult voor een zorgvraag die niets met het behandelwensgesprek te maken heeft",
    "boven-opslaguren": "POH-consult: uren boven de uren die de opslag vergoedt",
    "aantoonbaar": "POH-consult: de extra uren blijken uit de administratie",
    "direct-patientgebonden": "SOH-consult: direct patiëntgebonden tijd",
    "toestemming": "12116/31343: voorafgaande toestemming van Zorg en Zekerheid",
    "aangemeld-regio": "MTVP: de praktijk meldde zich bij de regio-organisatie",
    "selectief-ingekocht": "meekijkconsult: door Zorg en Zekerheid ingekocht",
    "enkelvoudig-diagnostisch-onderzoek": "meedenkadvies: de vraag is alleen de beoordeling van één diagnostisch onderzoek",
}
WAARDE_KENMERKEN = ("start-overeenkomst",)
REGEL_FORMAAT = "declaratiecontrole, CSV-formaat (zie zorgcontract declaraties --help)"


class Declaratie(BaseModel):
    regel: str
    volgorde: int
    prestatiecode: str
    datum: date
    uitvoerder: str
    kenmerken: frozenset[str] = frozenset()
    waarden: dict[str, str] = {}
    deelnemers: int | None = None
    zorgverlener: str | None = None


class Beoordeling(BaseModel):
    regel: str
    prestatiecode: str | None = None
    datum: date | None = None
    uitvoerder: str | None = None
    toegestaan: bool | None = None  # None: de regel kon niet beoordeeld worden (zie fout)
    redenen: list[Reden] = []
    fout: str | None = None

    def als_json(self) -> dict:
        return {
            "regel": self.regel, "prestatiecode": self.prestatiecode,
            "datum": self.datum.isoformat() if self.datum else None, "uitvoerder": self.uitvoerder,
            "toegestaan": self.toegestaan,
            "redenen": [{"tekst": r.tekst, "bron": str(r.bron)} for r in self.redenen], "fout": self.fout,
        }


# --- lezen -----------------------------------------------------------------------------------------------

def _regel_uit(rij: dict[str, str], nummer: int) -> Declaratie:
    naam = (rij.get("regel") or "").strip() or str(nummer)
    for k in VERPLICHT:
        if not (rij.get(k) or "").strip():
            raise InvoerFout(k, "ontbreekt", REGEL_FORMAAT)
    code = rij["prestatiecode"].strip().lower()
    if code not in CODES:
        raise InvoerFout("prestatiecode", f"'{rij['prestatiecode'].strip()}' is geen prestatiecode die deze controle kent "
                         f"(bekend: {', '.join(CODES)})", REGEL_FORMAAT)
    try:
        datum = date.fromisoformat(rij["datum"].strip())
    except ValueError:
        raise InvoerFout("datum", f"'{rij['datum'].strip()}' is geen geldige datum als JJJJ-MM-DD", REGEL_FORMAAT) from None
    if not PERIODE[0] <= datum <= PERIODE[1]:
        raise InvoerFout("datum", f"{datum.isoformat()} valt buiten 2026-2028; deze controle kent alleen de regels van de "
                         "contractperiode 2026-2028", REGEL_FORMAAT)
    uitvoerder = rij["uitvoerder"].strip().lower()
    if uitvoerder not in UITVOERDERS:
        raise InvoerFout("uitvoerder", f"'{rij['uitvoerder'].strip()}' is geen bekende uitvoerder (kies uit {', '.join(UITVOERDERS)})", REGEL_FORMAAT)
    kenmerken, waarden = set(), {}
    for deel in re.split(r"[\s+;]+", (rij.get("context") or "").strip().lower()):
        if not deel:
            continue
        if "=" in deel:
            sleutel, _, w = deel.partition("=")
            if sleutel not in WAARDE_KENMERKEN:
                raise InvoerFout("context", f"'{sleutel}' is geen kenmerk met een waarde (bekend: {', '.join(WAARDE_KENMERKEN)})", REGEL_FORMAAT)
            try:
                date.fromisoformat(w)
            except ValueError:
                raise InvoerFout("context", f"{sleutel}='{w}' is geen datum als JJJJ-MM-DD", REGEL_FORMAAT) from None
            waarden[sleutel] = w
        elif deel in KENMERKEN:
            kenmerken.add(deel)
        else:
            raise InvoerFout("context", f"'{deel}' is geen bekend kenmerk (bekend: {', '.join(KENMERKEN)})", REGEL_FORMAAT)
    deelnemers = None
    if (rij.get("deelnemers") or "").strip():
        try:
            deelnemers = int(rij["deelnemers"].strip())
        except ValueError:
            raise InvoerFout("deelnemers", f"'{rij['deelnemers'].strip()}' is geen geheel getal", REGEL_FORMAAT) from None
        if deelnemers < 1:
            raise InvoerFout("deelnemers", f"moet minstens 1 zijn, niet {deelnemers}", REGEL_FORMAAT)
    return Declaratie(regel=naam, volgorde=nummer, prestatiecode=code, datum=datum, uitvoerder=uitvoerder,
                      kenmerken=frozenset(kenmerken), waarden=waarden, deelnemers=deelnemers,
                      zorgverlener=(rij.get("zorgverlener") or "").strip() or None)


def lees(tekst: str) -> list[Declaratie | Beoordeling]:
    """Leest de CSV. Een onleesbaar bestand of een ongeldige kopregel: ``InvoerFout`` (het hele bestand).
    Een foute regel: een ``Beoordeling`` met ``fout``; de andere regels worden gewoon gelezen."""
    regels = tekst.lstrip("\ufeff").splitlines()
    if not regels or not regels[0].strip():
        raise InvoerFout("bestand", "is leeg of begint niet met een kopregel", REGEL_FORMAAT)
    scheiding = ";" if regels[0].count(";") > regels[0].count(",") else ","
    lezer = csv.reader(io.StringIO("\n".join(regels)), delimiter=scheiding)
    kop = [k.strip().lower() for k in next(lezer)]
    onbekend = [k for k in kop if k not in KOLOMMEN]
    ontbreekt = [k for k in VERPLICHT if k not in kop]
    if onbekend or ontbreekt or len(set(kop)) != len(kop):
        delen = []
        if ontbreekt:
            delen.append(f"verplichte kolommen ontbreken: {', '.join(ontbreekt)}")
        if onbekend:
            delen.append(f"onbekende kolommen: {', '.join(onbekend)}")
        if len(set(kop)) != len(kop):
            delen.append("een kolom staat er dubbel in")
        raise InvoerFout("kopregel", "; ".join(delen) + f" (kolommen: {', '.join(KOLOMMEN)})", REGEL_FORMAAT)
    uit: list[Declaratie | Beoordeling] = []
    for nummer, cellen in enumerate(lezer, start=1):
        if not any(c.strip() for c in cellen):
            continue
        naam = str(nummer)
        if "regel" in kop and len(cellen) > kop.index("regel") and cellen[kop.index("regel")].strip():
            naam = cellen[kop.index("regel")].strip()
        if len(cellen) != len(kop):
            uit.append(Beoordeling(regel=naam, fout=f"regel {nummer}: {len(cellen)} velden, de kopregel heeft er {len(kop)}"))
            continue
        try:
            uit.append(_regel_uit(dict(zip(kop, cellen)), nummer))
        except InvoerFout as e:
            uit.append(Beoordeling(regel=naam, prestatiecode=(dict(zip(kop, cellen)).get("prestatiecode") or "").strip() or None, fout=str(e)))
    return uit


# --- beoordelen ------------------------------------------------------------------------------------------

@implementeert("zz26-pohs-a6-l2", "zz26-pohggz-a6-l3", cli=["declaraties"])
def _kwartaalopslag(d, zelfde_kwartaal, soort: str, bron_eenmaal, bron_start) -> Oordeel:
    """Een opslag per verzekerde per kwartaal (31080, 11201): één keer per kwartaal, en niet vóór de
    declaratiestart (eerste kwartaalstart na de startmaand van de overeenkomst)."""
    code = d.prestatiecode
    voorwaarden = [(not any(e.prestatiecode == code for e in zelfde_kwartaal), f"eerste {code} in dit kwartaal",
                    f"{code} is {soort}: al gedeclareerd in dit kwartaal", bron_eenmaal)]
    if "start-overeenkomst" in d.waarden:
        vanaf = eerste_kwartaalstart_na_maand(date.fromisoformat(d.waarden["start-overeenkomst"]))
        voorwaarden.append((d.datum >= vanaf, f"op of na de declaratiestart {vanaf.isoformat()}",
                            f"declareren mag pas vanaf {vanaf.isoformat()} (eerste kwartaalstart na de startmaand)", bron_start))
    return Oordeel.alle(voorwaarden)


@implementeert("zz26-faq-meedenkadvies", "zz26-faq-mtvp", cli=["declaraties"])
def _oordeel(d: Declaratie, eerder: list[Declaratie], alle: list[Declaratie]) -> Oordeel:
    k, code = d.kenmerken, d.prestatiecode
    eerder_codes = [(e.prestatiecode, e.datum) for e in eerder]
    zelfde_kwartaal = [e for e in eerder if e.datum.year == d.datum.year and kwartaal_van(e.datum) == kwartaal_van(d.datum)]

    if code in (f.DM_BEGELEIDING, f.DM_INSULINE, f.COPD):
        return f.dm_copd(code, d.uitvoerder, d.datum, eerder_codes)

    if code in (f.SCEN_PROCEDURE, f.SCEN_ADVIES, f.SCEN_ZONDER_OVEREENKOMST):
        zelfde = d.zorgverlener is not None and any(
            e.prestatiecode == f.SCEN_ADVIES and e.zorgverlener == d.zorgverlener for e in eerder)
        return f.scen(code, d.datum, "huisartsenovereenkomst" in k, "behandelaar-besloten" in k, zelfde)

    if code == "behandelwensgesprek":
        if d.uitvoerder != "huisarts":
            return Oordeel.nee(f"het behandelwensgesprek voert de huisarts (niet {d.uitvoerder})", f.BWG)
        return f.behandelwensgesprek("nascholing" in k, "nodig" in k)

    if code == "consult":
        zelfde_dag = "behandelwensgesprek-zelfde-dag" in k or any(
            a.prestatiecode == "behandelwensgesprek" and a.datum == d.datum and a is not d for a in alle)
        if d.uitvoerder == "huisarts":
            if zelfde_dag:
                return f.consult_naast_behandelwensgesprek("niet-gerelateerde-zorgvraag" in k)
            return Oordeel.ja("regulier consult door de huisarts; geen behandelwensgesprek op dezelfde dag", f.BWG_CONSULT)
        if d.uitvoerder in ("poh-s", "poh-ouderen"):
            return f.poh_consult("POH-S" if d.uitvoerder == "poh-s" else "POH-Ouderen", "boven-opslaguren" in k, "aantoonbaar" in k)
        if d.uitvoerder == "soh":
            return f.soh_consult("direct-patientgebonden" in k)
        raise InvoerFout("uitvoerder", f"de bronnen zeggen niet of een consult door '{d.uitvoerder}' gedeclareerd mag worden "
                         "(bekend: huisarts, poh-s, poh-ouderen, soh)", REGEL_FORMAAT)

    if code == "31080":
        return _kwartaalopslag(d, zelfde_kwartaal, "een kwartaaltarief per verzekerde",
                               bron("zz26-pohs", 5, "9"), bron("zz26-pohs", 6, "2"))

    if code == "11201":
        b = bron("zz26-pohggz", 6, "3c")
        return _kwartaalopslag(d, zelfde_kwartaal, "een bedrag per verzekerde per kwartaal", b, b)

    if code == "31343":
        b = bron("zz26-pohggz", 6, "3c")
        return Oordeel.alle([
            ("toestemming" in k, "met toestemming van Zorg en Zekerheid", "31343 (segment 3) alleen met toestemming van Zorg en Zekerheid", b),
            (any(e.prestatiecode == "11201" for e in zelfde_kwartaal), "naast 11201 in hetzelfde kwartaal",
             "31343 is het deel boven het segment-1-maximum: eerst 11201 in hetzelfde kwartaal", b),
        ])

    if code == "12116":
        if d.deelnemers is None:
            raise InvoerFout("deelnemers", "is verplicht bij een groepsconsult (12116)", "ZZ POH-GGZ 2026-2028, art. 6 lid 5e")
        r = groepsconsult.beoordeel(groepsconsult.Groepsconsult(toestemming="toestemming" in k, deelnemers=d.deelnemers, datum=d.datum))
        if d.uitvoerder != "poh-ggz":
            return Oordeel(toegestaan=False, redenen=[Reden(tekst=f"het groepsconsult 12116 is een POH-GGZ-prestatie (niet {d.uitvoerder})",
                                                            bron=bron("zz26-pohggz", 6, "5")), *([] if r.oordeel.toegestaan else r.oordeel.redenen)])
        return r.oordeel

    if code == "meedenkadvies":
        return f.meedenkadvies("enkelvoudig-diagnostisch-onderzoek" in k)
    if code == "meedenkconsult":
        return Oordeel.nee("de segment-3-meedenkconsulten vervallen vanaf 2026 door het meedenkadvies", f.MEEDENK)
    if code == "meekijkconsult":
        if "selectief-ingekocht" in k:
            return Oordeel.ja("het meekijkconsult (Transparant next) blijft als segment-3-prestatie, hier ingekocht", f.MEEDENK)
        return Oordeel.nee("het meekijkconsult wordt selectief ingekocht: alleen declarabel als het voor deze praktijk is ingekocht", f.MEEDENK)
    if code == "mtvp":
        if "aangemeld-regio" in k:
            return Oordeel.ja("MTVP blijft in segment 1; de praktijk meldde zich bij de regio-organisatie", f.MTVP)
        return Oordeel.nee("aanspraak op MTVP loopt via aanmelding bij de regio-organisatie", f.MTVP)
    raise AssertionError(code)  # pragma: no cover - CODES en deze functie lopen gelijk


def beoordeel(gelezen: list[Declaratie | Beoordeling]) -> list[Beoordeling]:
    """Oordeel per regel, in de volgorde van het bestand. Regels worden op datum (dan bestandsvolgorde)
    behandeld; 'eerder' zijn de eerdere, TOEGESTANE regels (een geweigerde declaratie telt niet mee)."""
    geldig = [g for g in gelezen if isinstance(g, Declaratie)]
    uitkomst: dict[int, Beoordeling] = {}
    eerder: list[Declaratie] = []
    for d in sorted(geldig, key=lambda x: (x.datum, x.volgorde)):
        basis = dict(regel=d.regel, prestatiecode=d.prestatiecode, datum=d.datum, uitvoerder=d.uitvoerder)
        try:
            o = _oordeel(d, eerder, geldig)
        except ZorgcontractFout as e:
            uitkomst[id(d)] = Beoordeling(**basis, fout=str(e))
            continue
        uitkomst[id(d)] = Beoordeling(**basis, toegestaan=o.toegestaan, redenen=o.redenen)
        if o.toegestaan:
            eerder.append(d)
    return [uitkomst[id(g)] if isinstance(g, Declaratie) else g for g in gelezen]


def controleer(tekst: str) -> list[Beoordeling]:
    return beoordeel(lees(tekst))
