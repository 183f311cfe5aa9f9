"""Invoer zoals een gebruiker haar typt: soorten, grenzen en de Nederlandse notatieregels, op één plek.

Deze module kent geen opdrachtregel: ze leest tekst en geeft een waarde, of gooit ``Afgewezen`` met een
Nederlandse uitleg die de tekst van de gebruiker letterlijk citeert. De CLI (``cli/gemeenschappelijk.py``)
hangt haar als typer-``parser`` aan elke optie en zet er de optienaam en de regel bij; het handboek en
praktijkbestanden kunnen dezelfde lezers gebruiken.

Notatie van getallen (voor de hulptekst: ``NOTATIE``):

- alleen de cijfers 0-9, eventueel een minteken (dat dan door de ondergrens geweigerd wordt);
- een komma of een punt als decimaalteken: ``16,5`` en ``16.5`` zijn hetzelfde;
- geen duizendtalscheiding. Een punt gevolgd door precies drie cijfers na 1-3 cijfers (``2.350``,
  ``1.234``) is dubbelzinnig: een Nederlandse lezer leest 2350, een Engelse 2,35. Zo'n waarde wordt
  geweigerd met de vraag ``2350`` of ``2,35`` te schrijven; ``0.125`` en ``1234.567`` zijn niet dubbelzinnig;
- geen exponent (``1e5``), geen ``nan``/``inf``, geen spaties of underscores in het getal.

Grenzen: elke soort heeft een onder- en bovengrens en een maximum aantal decimalen (``AANTAL``, ``UREN_PER_WEEK``,
``BEDRAG``, ``PERCENTAGE``, ...); een veld kan ze aanscherpen (``AANTAL.met(minimum=1)``). De lengte wordt
gecontroleerd vóór er gerekend wordt, zodat ``1e999999999`` of dertig cijfers direct geweigerd worden.

Jaren liggen binnen de perioden van de documentreeksen die het veld bepalen (``documenten.reeks``); datums
zijn ISO (JJJJ-MM-DD) in de jaren ``DATUM_VROEGST``-``DATUM_LAATST``; tijden zijn ``17:30`` of ``17.30``
(uren en minuten, zonder seconden of tijdzone).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, time
from decimal import Decimal

NOTATIE = ("Getallen: komma of punt als decimaalteken (16,5 of 16.5), geen duizendtalscheiding; "
           "2.350 wordt geweigerd omdat het ook 2350 kan betekenen.")

MAX_LENGTE = 40  # tekens in één getal; langer is nooit een zinnige invoer


class Afgewezen(Exception):
    """De tekst is geen geldige waarde van de gevraagde soort; ``bericht`` is Nederlands en citeert de tekst.

    Bewust geen ``ValueError``: zo komt ze ongewijzigd door typer/pydantic heen en wordt ze niet vertaald naar
    een Engelse melding."""

    def __init__(self, bericht: str):
        self.bericht = bericht
        super().__init__(bericht)


def citeer(tekst: str, lengte: int = 60) -> str:
    """De tekst van de gebruiker tussen enkele aanhalingstekens, letterlijk; onzichtbare tekens en bytes die
    geen UTF-8 waren (surrogaten uit de opdrachtregel) als ``\\xff``-escape; te lange tekst ingekort."""
    stuk = tekst if len(tekst) <= lengte else tekst[: lengte - 1] + "…"
    uit = []
    for c in stuk:
        o = ord(c)
        if 0xDC80 <= o <= 0xDCFF:  # surrogateescape: een byte die geen UTF-8 was
            uit.append(f"\\x{o - 0xDC00:02x}")
        elif 0xD800 <= o <= 0xDFFF or not (c.isprintable() or c == " "):
            uit.append(c.encode("unicode_escape").decode("ascii"))
        else:
            uit.append(c)
    return "'" + "".join(uit) + "'"


@dataclass(frozen=True)
class Soort:
    """Een soort getal met haar grenzen. ``decimalen`` = 0: een geheel getal."""

    naam: str  # 'aantal', 'aantal uren per week', ...
    minimum: Decimal
    maximum: Decimal
    decimalen: int
    reden_maximum: str  # waarom de bovengrens (voor de melding)
    eenheid: str = ""  # '%', 'uur', ...
    voorbeeld: str = ""

    def met(self, **wijziging) -> "Soort":
        """Dezelfde soort met een strengere grens voor één veld, bijv. ``AANTAL.met(minimum=1)``."""
        for k in ("minimum", "maximum"):
            if k in wijziging:
                wijziging[k] = Decimal(wijziging[k])
        return replace(self, **wijziging)

    @property
    def max_cijfers(self) -> int:
        """Cijfers voor de komma die de bovengrens hoogstens vraagt (lengtecontrole vóór het rekenen)."""
        return len(str(int(self.maximum)))


AANTAL = Soort("aantal", Decimal(0), Decimal(10_000_000), 0,
               "geen praktijk telt meer dan tien miljoen patiënten of voorschriften", voorbeeld="2350")
UREN_PER_WEEK = Soort("aantal uren per week", Decimal(0), Decimal(168), 4, "een week heeft 168 uur", "uur", "16,5")
BEDRAG = Soort("bedrag in euro", Decimal(0), Decimal(1_000_000), 4,
               "de regels rekenen met tarieven en uurkosten, niet met bedragen boven een miljoen euro", voorbeeld="12,50")
PERCENTAGE = Soort("percentage", Decimal(0), Decimal(100), 4, "een percentage ligt tussen 0 en 100", "%", "60")
MAANDEN = Soort("aantal maanden", Decimal(1), Decimal(120), 0, "een opleiding duurt geen tien jaar", voorbeeld="24")
WEKEN_PER_JAAR = Soort("aantal weken per jaar", Decimal(0), Decimal(53), 0, "een jaar heeft hoogstens 53 weken", voorbeeld="45")
HUISARTSEN = Soort("aantal huisartsen tegelijk", Decimal(1), Decimal(20), 0,
                   "meer dan twee huisartsen tellen niet extra (module C); twintig is ruim", voorbeeld="2")

_GETAL = re.compile(r"(-?)([0-9]+)(?:([.,])([0-9]+))?")


def _geen_getal(tekst: str, soort: Soort) -> Afgewezen:
    s = tekst.strip()
    if "." in s and "," in s and re.fullmatch(r"-?[0-9]{1,3}(\.[0-9]{3})+,[0-9]+", s):
        kaal = s.replace(".", "")
        return Afgewezen(f"{citeer(tekst)}: schrijf getallen zonder duizendtalscheiding, dus {kaal}")
    if re.fullmatch(r"-?[0-9]{1,3}(\.[0-9]{3}){2,}", s):
        return Afgewezen(f"{citeer(tekst)}: schrijf getallen zonder duizendtalscheiding, dus {s.replace('.', '')}")
    if re.search(r"[eE]", s) and re.fullmatch(r"[-+]?[0-9.,]*[eE][-+]?[0-9]*", s):
        return Afgewezen(f"{citeer(tekst)} is geen {soort.naam}: schrijf het getal uit, zonder exponent "
                         f"(bijv. {soort.voorbeeld or '16,5'})")
    return Afgewezen(f"{citeer(tekst)} is geen {soort.naam} (schrijf bijv. {soort.voorbeeld or '16,5'}; "
                     "komma of punt als decimaalteken, geen duizendtalscheiding)")


def lees_getal(tekst: str, soort: Soort) -> Decimal:
    """Tekst -> Decimal volgens de notatieregels hierboven en de grenzen van ``soort``."""
    if not isinstance(tekst, str):
        raise Afgewezen(f"{tekst!r} is geen tekst")
    if len(tekst) > MAX_LENGTE:
        raise Afgewezen(f"{citeer(tekst)} is geen {soort.naam}: te lang ({len(tekst)} tekens)")
    s = tekst.strip()
    if soort.eenheid == "%" and s.endswith("%"):
        s = s[:-1].rstrip()
    if not s:
        raise Afgewezen(f"{citeer(tekst)} is leeg: geef een {soort.naam} (bijv. {soort.voorbeeld})")
    m = _GETAL.fullmatch(s)
    if not m:
        raise _geen_getal(tekst, soort)
    teken, geheel, scheiding, deel = m.groups()
    if scheiding == "." and len(deel) == 3 and len(geheel) <= 3 and geheel[0] != "0":
        raise Afgewezen(
            f"{citeer(tekst)} is dubbelzinnig: de punt kan een duizendtalscheiding zijn ({geheel}{deel}) of een "
            f"decimaalteken ({geheel},{deel}); schrijf {geheel}{deel} of {geheel},{deel}")
    if deel is not None and soort.decimalen == 0:
        raise Afgewezen(f"{citeer(tekst)} is geen geheel getal: een {soort.naam} heeft geen decimalen")
    if deel is not None and len(deel.rstrip("0")) > soort.decimalen:
        raise Afgewezen(f"{citeer(tekst)} heeft te veel decimalen: een {soort.naam} heeft er hoogstens {soort.decimalen}")
    if len(geheel.lstrip("0")) > soort.max_cijfers:
        raise Afgewezen(f"{citeer(tekst)} is te groot: een {soort.naam} is hoogstens {_nl(soort.maximum)} ({soort.reden_maximum})")
    waarde = Decimal(f"{teken}{geheel}.{deel}" if deel else f"{teken}{geheel}")
    if waarde < soort.minimum:
        raise Afgewezen(f"{citeer(tekst)} is te klein: een {soort.naam} is minstens {_nl(soort.minimum)}")
    if waarde > soort.maximum:
        raise Afgewezen(f"{citeer(tekst)} is te groot: een {soort.naam} is hoogstens {_nl(soort.maximum)} ({soort.reden_maximum})")
    return waarde


def lees_geheel(tekst: str, soort: Soort = AANTAL) -> int:
    if soort.decimalen:
        soort = soort.met(decimalen=0)
    return int(lees_getal(tekst, soort))


def _nl(d: Decimal) -> str:
    return f"{d:f}".replace(".", ",")


# --- jaren en datums ---------------------------------------------------------------------------------

DATUM_VROEGST, DATUM_LAATST = date(2000, 1, 1), date(2099, 12, 31)


def bekende_jaren(*reeksen: str) -> tuple[int, int, str]:
    """Eerste en laatste jaar van de documenten in ``reeksen`` (uit de gegevens, niet hard getypt) en hun perioden."""
    from zorgcontract.kern.documenten import reeks

    docs = [d for r in reeksen for d in reeks(r)]
    if not docs:
        raise KeyError(f"onbekende documentreeks(en): {', '.join(reeksen)}")
    perioden = ", ".join(sorted({d.periode for d in docs}))
    return min(d.eerste_dag.year for d in docs), max(d.laatste_dag.year for d in docs), perioden


def lees_jaar(tekst: str, *reeksen: str) -> int:
    """Een jaar van vier cijfers binnen de perioden die de bronnen van ``reeksen`` beschrijven."""
    eerste, laatste, perioden = bekende_jaren(*reeksen)
    s = tekst.strip() if isinstance(tekst, str) else ""
    if not re.fullmatch(r"[0-9]{4}", s):
        raise Afgewezen(f"{citeer(str(tekst))} is geen jaar: schrijf vier cijfers, een jaar van {eerste} t/m {laatste}")
    jaar = int(s)
    if not eerste <= jaar <= laatste:
        raise Afgewezen(f"{jaar} valt buiten de perioden die de bronnen beschrijven ({perioden})")
    return jaar


def lees_datum(tekst: str) -> date:
    """ISO-datum JJJJ-MM-DD tussen ``DATUM_VROEGST`` en ``DATUM_LAATST``."""
    s = tekst.strip() if isinstance(tekst, str) else ""
    m = re.fullmatch(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", s)
    if not m:
        raise Afgewezen(f"{citeer(str(tekst))} is geen datum als JJJJ-MM-DD (bijv. 2026-04-01)")
    try:
        d = date(*(int(x) for x in m.groups()))
    except ValueError:
        raise Afgewezen(f"{citeer(tekst)} bestaat niet als datum") from None
    if not DATUM_VROEGST <= d <= DATUM_LAATST:
        raise Afgewezen(f"{citeer(tekst)} ligt buiten {DATUM_VROEGST.year}-{DATUM_LAATST.year}: "
                        "zo ver reiken de contracten in de bronnen niet")
    return d


# --- tijden ------------------------------------------------------------------------------------------

def lees_tijd(tekst: str) -> time:
    """'17:30' of '17.30' (half zes 's middags); seconden en tijdzones worden geweigerd met uitleg."""
    s = tekst.strip() if isinstance(tekst, str) else ""
    if len(s) > 20:
        raise Afgewezen(f"{citeer(s)} is geen tijd als 17:30")
    if re.fullmatch(r"[0-9]{1,2}[:.][0-9]{2}[:.][0-9]{2}([.,][0-9]+)?", s):
        raise Afgewezen(f"{citeer(s)}: geef uren en minuten zonder seconden (bijv. 17:30); spreekuren gaan per minuut")
    if re.fullmatch(r"[0-9]{1,2}[:.][0-9]{2}([:.][0-9]{2})?\s*(Z|[+-][0-9]{1,2}(:?[0-9]{2})?)", s, re.IGNORECASE):
        raise Afgewezen(f"{citeer(s)}: geef de plaatselijke tijd zonder tijdzone (bijv. 17:30)")
    m = re.fullmatch(r"([0-9]{1,2})[:.]([0-9]{2})", s)
    if not m:
        raise Afgewezen(f"{citeer(s)} is geen tijd als 17:30 of 17.30")
    uur, minuut = int(m.group(1)), int(m.group(2))
    if uur > 23 or minuut > 59:
        raise Afgewezen(f"{citeer(s)} bestaat niet als tijd (uren 0-23, minuten 0-59)")
    return time(uur, minuut)


def lees_keuze(tekst: str, keuzes: list[str], wat: str, hoofdletters: bool = False) -> str:
    """Eén van ``keuzes`` (zonder onderscheid in hoofdletters, tenzij ``hoofdletters``)."""
    s = tekst.strip() if isinstance(tekst, str) else ""
    for k in keuzes:
        if s == k or (not hoofdletters and s.lower() == k.lower()):
            return k
    raise Afgewezen(f"{citeer(str(tekst))} is geen {wat} (kies uit {', '.join(keuzes)})")
