"""Het bestandsformaat van de declaratiecontrole: kolommen, grenzen, en het lezen van één regel.

Beide routes (referentie en snel) gebruiken deze functies, zodat een foute regel in beide dezelfde
foutmelding krijgt. De snelle route roept de functies per *verschillende* waarde van een kolom aan
(er zijn weinig verschillende codes, datums en contexten), de referentieroute per regel.

Formaat (UTF-8, kopregel verplicht, scheidingsteken komma of puntkomma; een veld loopt nooit over
meer dan één regel van het bestand):

    regel,praktijk,verzekerde,prestatiecode,datum,uitvoerder,context,deelnemers,zorgverlener,duur_minuten,tarief

- ``praktijk`` (AGB-code of naam) en ``verzekerde`` (een pseudoniem, nooit een BSN) staan er samen in of
  samen niet. Zonder die twee kolommen is het bestand van één verzekerde bij één praktijk (het oude formaat).
- verplicht per regel: ``prestatiecode``, ``datum`` (JJJJ-MM-DD), ``uitvoerder``; en in het nieuwe formaat
  ``praktijk`` en ``verzekerde``. De andere kolommen mogen ontbreken of leeg zijn.
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from zorgcontract.kern.fouten import InvoerFout
from zorgcontract.kern.kwartalen import eerste_kwartaalstart_na_maand

# Polars' allocator (jemalloc) leest deze instelling één keer, als polars geladen wordt; dit module wordt altijd vóór
# polars geladen (het pakket regels/zz/declaraties importeert het in zijn __init__, vóór snel.py polars laadt),
# dus hier en niet in de subopdracht, waar ze te laat kwam. Polars' eigen standaard (dirty 500 ms, muzzy 1000 ms) laat vrijgegeven pagina's
# nog een seconde in het geheugen tellen: gemeten 1,2 GiB piek bij 10^7 regels. Muzzy 0 geeft ze na 500 ms echt terug
# (5*10^6 regels: 627 MiB piek) voor ca. 20% meer tijd; dirty 0 zou nog lager uitkomen (3*10^6: 429 in plaats van
# 506 MiB) maar kost paginafouten bij elk nieuw stuk geheugen (10^6 regels: 7,4 in plaats van 5,0 s). Een eigen
# _RJEM_MALLOC_CONF gaat voor.
os.environ.setdefault("_RJEM_MALLOC_CONF", "dirty_decay_ms:500,muzzy_decay_ms:0")
# Zo ook voor numpy (de snelle route): dat laadt OpenBLAS, dat bij het laden een draad per kern start en die even laat
# draaien. Gemeten: per start ~0,1 s rekentijd op de andere kern (10^4 regels: 0,76 -> 0,65 s CPU, gepaard 0,89); op
# een drukke machine is dat ook wandkloktijd. De controle rekent geen lineaire algebra. Een eigen waarde gaat voor.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

KOLOMMEN = ("regel", "praktijk", "verzekerde", "prestatiecode", "datum", "uitvoerder", "context", "deelnemers",
            "zorgverlener", "duur_minuten", "tarief")
VERPLICHT = ("prestatiecode", "datum", "uitvoerder")
PATIENT = ("praktijk", "verzekerde")
WIT = " \t"  # wat rond een veld wegvalt (bewust alleen spatie en tab: beide routes strippen hetzelfde)
REGEL_FORMAAT = "declaratiecontrole, CSV-formaat (zie zorgcontract declaraties --help)"

# Grenzen: een declaratieregel is kort. Wat erboven ligt is geen declaratie maar een fout (of een aanval).
GROOTTE_GRENS = 4 * 1024**3  # bytes per bestand
LIJN_GRENS = 8192  # bytes per regel van het bestand
VELD_GRENS = 500  # tekens per veld
DEELNEMERS_GRENS = 999
DUUR_GRENS = 1440  # minuten: één dag
TARIEF_GRENS_CENTEN = 100_000_00  # € 100.000 per eenheid
CONTEXTEN_GRENS = 2**20 - 1  # verschillende goede contexten per bestand in de snelle route (zoveel passen in haar sleutel)

CODES = {
    "13029": "Diabetes Mellitus - begeleiding per jaar (FAQ)",
    "13030": "Diabetes Mellitus - instellen op insuline, eenmalig (FAQ)",
    "13031": "COPD-gestructureerde zorg per jaar (FAQ)",
    "12815": "SCEN-procedure, met huisartsenovereenkomst (FAQ)",
    "12822": "zorginhoudelijk advies voorafgaand aan SCEN, per 15 minuten (FAQ)",
    "29033": "SCEN-procedure zonder huisartsenovereenkomst, via VECOZO (FAQ)",
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
_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_GEHEEL = re.compile(r"[0-9]{1,6}")
_TARIEF = re.compile(r"([0-9]{1,9})(?:[.,]([0-9]{1,2}))?")


def fout(veld: str, bericht: str) -> str:
    return str(InvoerFout(veld, bericht, REGEL_FORMAAT))


# --- het bestand in regels ---------------------------------------------------------------------------------

def scheidingsteken(kopregel: str) -> str:
    return ";" if kopregel.count(";") > kopregel.count(",") else ","


def lees_kop(kopregel: str) -> tuple[str, list[str]]:
    """Scheidingsteken en kolomnamen; een ongeldige kopregel is een ``InvoerFout`` voor het hele bestand."""
    kopregel = kopregel.lstrip("\ufeff")
    if not kopregel.strip():
        raise InvoerFout("bestand", "is leeg of begint niet met een kopregel", REGEL_FORMAAT)
    if len(kopregel.encode("utf-8", "surrogatepass")) > LIJN_GRENS:
        raise InvoerFout("kopregel", f"is langer dan {LIJN_GRENS} bytes", REGEL_FORMAAT)
    sep = scheidingsteken(kopregel)
    try:
        kop = [k.strip(WIT).lower() for k in next(csv.reader([kopregel], delimiter=sep))]
    except csv.Error as e:
        raise InvoerFout("kopregel", f"is geen CSV-regel ({e})", REGEL_FORMAAT) from None
    onbekend = [k for k in kop if k not in KOLOMMEN]
    ontbreekt = [k for k in VERPLICHT if k not in kop]
    delen = []
    if ontbreekt:
        delen.append(f"verplichte kolommen ontbreken: {', '.join(ontbreekt)}")
    if onbekend:
        delen.append(f"onbekende kolommen: {', '.join(k[:40] for k in onbekend[:10])}")
    if len(set(kop)) != len(kop):
        delen.append("een kolom staat er dubbel in")
    if ("praktijk" in kop) != ("verzekerde" in kop):
        delen.append("de kolommen praktijk en verzekerde staan er samen in of allebei niet")
    if delen:
        raise InvoerFout("kopregel", "; ".join(delen) + f" (kolommen: {', '.join(KOLOMMEN)})", REGEL_FORMAAT)
    return sep, kop


def velden(lijn: str, sep: str) -> list[str] | str:
    """De velden van één regel van het bestand, of de reden waarom dat niet lukt (tekst)."""
    if '"' not in lijn:
        return lijn.split(sep)
    if lijn.count('"') % 2:
        return "een aanhalingsteken wordt op deze regel niet gesloten (een veld loopt nooit over meer dan één regel)"
    try:
        return next(csv.reader([lijn], delimiter=sep, strict=True))
    except (csv.Error, StopIteration) as e:
        return f"geen geldige CSV-regel ({e})"


# --- één veld ----------------------------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def lees_code(tekst: str) -> tuple[str | None, str | None]:
    code = tekst.strip(WIT).lower()
    if code in CODES:
        return code, None
    return None, fout("prestatiecode", f"'{tekst.strip(WIT)}' is geen prestatiecode die deze controle kent (bekend: {', '.join(CODES)})")


@lru_cache(maxsize=65536)
def lees_datum(tekst: str, veld: str = "datum") -> tuple[date | None, str | None]:
    t = tekst.strip(WIT)
    if _ISO.fullmatch(t):
        try:
            return date.fromisoformat(t), None
        except ValueError:
            pass
    return None, fout(veld, f"'{t}' is geen geldige datum als JJJJ-MM-DD")


@lru_cache(maxsize=4096)
def lees_uitvoerder(tekst: str) -> tuple[str | None, str | None]:
    u = tekst.strip(WIT).lower()
    if u in UITVOERDERS:
        return u, None
    return None, fout("uitvoerder", f"'{tekst.strip(WIT)}' is geen bekende uitvoerder (kies uit {', '.join(UITVOERDERS)})")


def lijkt_op_bsn(tekst: str) -> bool:
    """Negen cijfers (spaties, punten en streepjes niet meegeteld) die de elfproef halen."""
    cijfers = re.sub(r"[ .\-]", "", tekst)
    if len(cijfers) != 9 or not cijfers.isascii() or not cijfers.isdigit():
        return False
    som = sum(int(c) * w for c, w in zip(cijfers, (9, 8, 7, 6, 5, 4, 3, 2, -1)))
    return som % 11 == 0


BSN_FOUT = fout("verzekerde", "lijkt op een burgerservicenummer (negen cijfers die de elfproef halen); de controle werkt "
                "alleen met een pseudoniem, een BSN hoort niet in dit bestand (de waarde wordt niet getoond)")


@dataclass(frozen=True)
class Context:
    kenmerken: frozenset[str] = frozenset()
    start: date | None = None  # start-overeenkomst
    vanaf: date | None = None  # declaratiestart die daaruit volgt


@lru_cache(maxsize=65536)
def lees_context(tekst: str) -> tuple[Context | None, str | None]:
    kenmerken, start = set(), None
    for deel in re.split(r"[\s+;]+", tekst.strip(WIT).lower()):
        if not deel:
            continue
        if "=" in deel:
            sleutel, _, w = deel.partition("=")
            if sleutel not in WAARDE_KENMERKEN:
                return None, fout("context", f"'{sleutel}' is geen kenmerk met een waarde (bekend: {', '.join(WAARDE_KENMERKEN)})")
            d, f = lees_datum(w, "context")
            if f:
                return None, fout("context", f"{sleutel}='{w}' is geen datum als JJJJ-MM-DD")
            start = d
        elif deel in KENMERKEN:
            kenmerken.add(deel)
        else:
            return None, fout("context", f"'{deel}' is geen bekend kenmerk (bekend: {', '.join(KENMERKEN)})")
    vanaf = None
    if start is not None:
        try:
            vanaf = eerste_kwartaalstart_na_maand(start)
        except (ValueError, OverflowError):
            return None, fout("context", f"start-overeenkomst={start.isoformat()}: de declaratiestart (de eerste kwartaalstart "
                              "na die maand) valt na het jaar 9999")
    return Context(frozenset(kenmerken), start, vanaf), None


@lru_cache(maxsize=4096)
def lees_geheel(tekst: str, veld: str, grens: int) -> tuple[int | None, str | None]:
    t = tekst.strip(WIT)
    if not t:
        return None, None
    if not _GEHEEL.fullmatch(t):
        return None, fout(veld, f"'{t[:40]}' is geen geheel getal (alleen cijfers)")
    n = int(t)
    if n < 1:
        return None, fout(veld, f"moet minstens 1 zijn, niet {n}")
    if n > grens:
        return None, fout(veld, f"{n} is meer dan de grens van {grens}")
    return n, None


@lru_cache(maxsize=4096)
def lees_tarief(tekst: str) -> tuple[int | None, str | None]:
    """Tarief per eenheid in euro, als centen. '12,34' en '12.34'; geen duizendtallen, hoogstens twee decimalen."""
    t = tekst.strip(WIT).replace("€", "").strip(WIT)
    if not t:
        return None, None
    m = _TARIEF.fullmatch(t)
    if not m:
        return None, fout("tarief", f"'{tekst.strip(WIT)[:40]}' is geen bedrag; schrijf het tarief per eenheid als 12,34 of 12.34 "
                          "(hoogstens twee decimalen, zonder duizendtalscheiding)")
    centen = int(m.group(1)) * 100 + int((m.group(2) or "0").ljust(2, "0"))
    if centen > TARIEF_GRENS_CENTEN:
        return None, fout("tarief", f"'{t}' is meer dan de grens van € 100.000 per eenheid")
    return centen, None


# --- één regel ---------------------------------------------------------------------------------------------

@dataclass
class Declaratie:
    nr: int  # regelnummer in het bestand (de eerste regel na de kopregel is 1)
    regel: str  # eigen id uit de kolom regel, anders het nummer
    praktijk: str
    verzekerde: str
    prestatiecode: str
    datum: date
    uitvoerder: str
    context: Context = field(default_factory=Context)
    deelnemers: int | None = None
    zorgverlener: str | None = None
    duur_minuten: int | None = None
    tarief_centen: int | None = None
    document: str | None = None  # het geldende document (na regels.document_op)

    @property
    def kenmerken(self) -> frozenset[str]:
        return self.context.kenmerken


@dataclass
class Fout:
    nr: int
    regel: str
    praktijk: str | None
    prestatiecode: str | None
    fout: str


def regel_id(cellen: list[str] | None, kop: list[str], nr: int) -> str:
    if cellen is not None and "regel" in kop:
        i = kop.index("regel")
        if i < len(cellen):
            w = cellen[i].strip(WIT)
            if w and len(w) <= VELD_GRENS:
                return w
    return str(nr)


def _ruw(cellen, kop, naam) -> str | None:
    if cellen is None or naam not in kop:
        return None
    i = kop.index(naam)
    if i >= len(cellen) or len(cellen[i]) > VELD_GRENS:
        return None
    return cellen[i].strip(WIT) or None


REGEL_NR = "regel {}: "  # het begin van een melding over de regel zelf (te lang, niet te splitsen, te veel of te weinig velden)


def velden_melding(n: int | str, k: int) -> str:
    """De melding (zonder ``REGEL_NR``) bij ``n`` velden waar de kopregel er ``k`` heeft; de snelle route geeft "{}"
    als ``n`` en vult het aantal kolomsgewijs in."""
    return f"{n} velden, de kopregel heeft er {k}"


def lees_regel(lijn: str, nr: int, sep: str, kop: list[str]) -> Declaratie | Fout | None:
    """Eén regel van het bestand: een Declaratie, een Fout (met de eerste fout in vaste volgorde), of None
    voor een lege regel. De volgorde van de controles is deel van het formaat: de snelle route volgt haar."""
    if not lijn.strip(sep + WIT):
        return None
    cellen = None
    melding = None
    if len(lijn.encode("utf-8", "surrogatepass")) > LIJN_GRENS:
        melding = REGEL_NR.format(nr) + f"langer dan {LIJN_GRENS} bytes"
    else:
        v = velden(lijn, sep)
        if isinstance(v, str):
            melding = REGEL_NR.format(nr) + v
        else:
            cellen = v
            if len(cellen) != len(kop):
                melding = REGEL_NR.format(nr) + velden_melding(len(cellen), len(kop))
    regel = regel_id(cellen, kop, nr)
    praktijk = _ruw(cellen, kop, "praktijk")
    code_ruw = _ruw(cellen, kop, "prestatiecode")
    if melding is None:
        melding, d = _controleer(dict(zip(kop, cellen)), nr, regel)
        if melding is None:
            return d
    return Fout(nr=nr, regel=regel, praktijk=praktijk, prestatiecode=code_ruw, fout=melding)


def _controleer(rij: dict[str, str], nr: int, regel: str) -> tuple[str | None, Declaratie | None]:
    for k in KOLOMMEN:
        if k in rij and len(rij[k]) > VELD_GRENS:
            return fout(k, f"langer dan {VELD_GRENS} tekens"), None
    nieuw = "verzekerde" in rij
    for k in (*PATIENT, *VERPLICHT) if nieuw else VERPLICHT:
        if not rij[k].strip(WIT):
            return fout(k, "ontbreekt"), None
    code, f = lees_code(rij["prestatiecode"])
    if f:
        return f, None
    datum, f = lees_datum(rij["datum"])
    if f:
        return f, None
    uitvoerder, f = lees_uitvoerder(rij["uitvoerder"])
    if f:
        return f, None
    verzekerde = rij["verzekerde"].strip(WIT) if nieuw else ""
    if nieuw and lijkt_op_bsn(verzekerde):
        return BSN_FOUT, None
    context, f = lees_context(rij.get("context", ""))
    if f:
        return f, None
    deelnemers, f = lees_geheel(rij.get("deelnemers", ""), "deelnemers", DEELNEMERS_GRENS)
    if f:
        return f, None
    duur, f = lees_geheel(rij.get("duur_minuten", ""), "duur_minuten", DUUR_GRENS)
    if f:
        return f, None
    tarief, f = lees_tarief(rij.get("tarief", ""))
    if f:
        return f, None
    return None, Declaratie(nr=nr, regel=regel, praktijk=rij["praktijk"].strip(WIT) if nieuw else "", verzekerde=verzekerde,
                            prestatiecode=code, datum=datum, uitvoerder=uitvoerder, context=context, deelnemers=deelnemers,
                            zorgverlener=(rij.get("zorgverlener") or "").strip(WIT) or None, duur_minuten=duur,
                            tarief_centen=tarief)


def lijnen(tekst: str) -> list[str]:
    """De regels van een tekst zoals de snelle route ze ziet: gescheiden door \\n, een \\r aan het eind valt weg."""
    uit = tekst.split("\n")
    if uit and uit[-1] == "":
        uit.pop()
    return [x[:-1] if x.endswith("\r") else x for x in uit]
