"""Nederlandse notatie: lezen en schrijven van bedragen, uren, percentages en datums.

Eén plek voor de notatie, zodat stappen, CLI en handboek hetzelfde schrijven. Babel levert de
locale-regels; we gebruiken ``strict=True`` omdat babel anders '70.14' stilzwijgend als 7014 leest.
De vaste spatie (U+00A0) die babel tussen € en bedrag zet, vervangen we door een gewone spatie: zo
schrijven de contracten het, en zo staat het in de scenario's.
"""

from __future__ import annotations

import re
from datetime import date, time
from decimal import Decimal
from fractions import Fraction

from babel.dates import get_month_names
from babel.numbers import NumberFormatError, format_decimal, parse_decimal

from zorgcontract.kern.rekenen import naar_decimal

LOCALE = "nl_NL"
_MAANDEN = {naam.lower(): nr for nr, naam in get_month_names("wide", locale=LOCALE).items()}


class NotatieFout(ValueError):
    """Tekst is geen geldige Nederlandse notatie van de gevraagde soort."""


def _getal(tekst: str, soort: str) -> Decimal:
    schoon = tekst.strip().replace("\u00a0", " ")
    if not schoon:
        raise NotatieFout(f"lege {soort}")
    try:
        return parse_decimal(schoon, locale=LOCALE, strict=True)
    except NumberFormatError as e:
        raise NotatieFout(f"'{tekst}' is geen {soort} in Nederlandse notatie (bijv. 1.234,56)") from e


def lees_getal(tekst: str) -> Decimal:
    return _getal(tekst, "getal")


def lees_bedrag(tekst: str) -> Decimal:
    """'€ 1.234,56' of '€1.234,56' -> Decimal('1234.56')."""
    schoon = tekst.strip().replace("\u00a0", " ")
    if not schoon.startswith("€"):
        raise NotatieFout(f"'{tekst}' is geen bedrag: het moet met € beginnen")
    return _getal(schoon[1:], "bedrag")


def lees_uren(tekst: str) -> Decimal:
    """'0,83 uur' -> Decimal('0.83')."""
    m = re.fullmatch(r"\s*(.+?)\s*uur\s*", tekst)
    if not m:
        raise NotatieFout(f"'{tekst}' is geen aantal uren (bijv. '22,17 uur')")
    return _getal(m.group(1), "aantal uren")


def lees_percentage(tekst: str) -> Decimal:
    """'6,1%' -> Decimal('6.1') (het percentage zelf, niet de fractie)."""
    m = re.fullmatch(r"\s*(.+?)\s*%\s*", tekst)
    if not m:
        raise NotatieFout(f"'{tekst}' is geen percentage (bijv. '6,1%')")
    return _getal(m.group(1), "percentage")


def lees_datum(tekst: str) -> date:
    """'1 april 2026' -> date(2026, 4, 1)."""
    m = re.fullmatch(r"\s*(\d{1,2})\s+([a-z]+)\s+(\d{4})\s*", tekst.lower())
    if not m or m.group(2) not in _MAANDEN:
        raise NotatieFout(f"'{tekst}' is geen datum als '1 april 2026'")
    try:
        return date(int(m.group(3)), _MAANDEN[m.group(2)], int(m.group(1)))
    except ValueError as e:
        raise NotatieFout(f"'{tekst}' bestaat niet als datum") from e


def lees_aantal(tekst: str) -> int:
    """'2350' of '2.350' -> 2350: een geheel aantal (verzekerden, patiënten, maanden)."""
    waarde = _getal(tekst, "aantal")
    if waarde != waarde.to_integral_value():
        raise NotatieFout(f"'{tekst}' is geen geheel aantal")
    return int(waarde)


def lees_jaar(tekst: str) -> int:
    """'2026' -> 2026 (zonder duizendtalpunt, zoals een jaartal geschreven wordt)."""
    if not re.fullmatch(r"\s*\d{4}\s*", tekst):
        raise NotatieFout(f"'{tekst}' is geen jaartal (bijv. 2026)")
    return int(tekst)


_JA_NEE = {"wel": True, "ja": True, "niet": False, "nee": False, "geen": False}


def lees_ja_nee(tekst: str) -> bool:
    """'ja'/'wel' -> True, 'nee'/'niet'/'geen' -> False: de antwoorden in een tabel of zin van een scenario."""
    sleutel = tekst.strip().lower()
    if sleutel not in _JA_NEE:
        raise NotatieFout(f"'{tekst}' is geen ja/nee (of wel/niet)")
    return _JA_NEE[sleutel]


# --- lezers voor de scenario's van het inkoopbeleid (kloktijd, opsomming, exacte breuk) ----------------

def lees_kloktijd(tekst: str) -> time:
    """'17:00' of '17.00' -> time(17, 0): een tijdstip op de dag (uren 0-23, minuten 0-59, geen seconden)."""
    m = re.fullmatch(r"\s*(\d{1,2})[:.](\d{2})\s*", tekst)
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise NotatieFout(f"'{tekst}' is geen tijdstip als '17:00' of '17.30'")
    return time(int(m.group(1)), int(m.group(2)))


def lees_opsomming(tekst: str, lezer=str.strip) -> list:
    """'A en D', 'FGV1, FGV2 en FGV3' of 'FGV1, FGV2, FGV3' -> de delen, elk gelezen met ``lezer``;
    'geen' -> []. Een leeg deel ('A, , D' of 'A en') is een fout, geen stille weglating."""
    schoon = tekst.strip()
    if schoon.lower() == "geen":
        return []
    delen = re.split(r"\s*,\s*|\s+en\s+", schoon)
    losse_en = re.search(r"(^|\s)en$|^en(\s|$)", schoon)
    if not schoon or losse_en or any(not d.strip() for d in delen):
        raise NotatieFout(f"'{tekst}' is geen opsomming als 'A en D' of 'A, B en C' (of 'geen')")
    return [lezer(d.strip()) for d in delen]


def lees_exacte_breuk(tekst: str) -> Fraction:
    """'100/3' -> Fraction(100, 3): een exacte breuk van twee gehele getallen (noemer niet 0)."""
    m = re.fullmatch(r"\s*(-?\d+)\s*/\s*(\d+)\s*", tekst)
    if not m or int(m.group(2)) == 0:
        raise NotatieFout(f"'{tekst}' is geen breuk als '100/3'")
    return Fraction(int(m.group(1)), int(m.group(2)))


def decimalen(tekst: str) -> int:
    """Het aantal decimalen waarmee een getal geschreven is ('19,5652 uur' -> 4, '€ 6,86' -> 2, '12 uur' -> 0):
    de precisie waarop een scenario een waarde noemt."""
    kern = tekst.replace("uur", "").replace("€", "").replace("%", "").strip()
    return len(kern.split(",", 1)[1]) if "," in kern else 0


def bedrag(waarde: Decimal | Fraction) -> str:
    """Decimal('6.86') -> '€ 6,86'. Nooit babel's half-even: een Decimal met meer dan twee decimalen (een
    ingevoerd tarief als 9,995) wordt getoond zoals het is ('€ 9,995'), want dat is de waarde waarmee gerekend
    wordt. Zo ook een exact tussenresultaat (Fraction): zoveel decimalen als het heeft (2 t/m 6), daarna
    afgekapt met '…'. Afronden doet de regel (``rekenen.rond_centen_*``), niet de weergave."""
    if isinstance(waarde, Decimal) and waarde.is_finite():
        waarde = Fraction(waarde)
    waarde = Fraction(waarde)
    for decimalen in range(2, 7):
        if (waarde * 10**decimalen).denominator == 1:
            return f"€ {getal(waarde, decimalen)}"
    # loopt door na zes decimalen: afgekapt (niet afgerond) met '…' erachter, zodat niets een afronding suggereert
    afgekapt = Fraction(int(waarde * 10**6), 10**6)
    return f"€ {getal(afgekapt, 6)}…"


def getal(waarde: Decimal | Fraction | int, decimalen: int = 2) -> str:
    """Getal met vast aantal decimalen, Nederlands: 1234.5 -> '1.234,50'. Afronden (als het moet) half omhoog,
    exact op de breuk; babel krijgt een waarde die al precies ``decimalen`` decimalen heeft en rondt dus niets."""
    waarde = naar_decimal(Fraction(waarde), decimalen)
    patroon = "#,##0" + ("." + "0" * decimalen if decimalen else "")
    return format_decimal(waarde, format=patroon, locale=LOCALE, decimal_quantization=True)


def uren(waarde: Decimal | Fraction | int, decimalen: int = 2) -> str:
    """-> '22,17 uur'."""
    return f"{getal(waarde, decimalen)} uur"


def percentage(waarde: Decimal | Fraction, decimalen: int = 1) -> str:
    """Decimal('6.1') -> '6,1%'."""
    return f"{getal(waarde, decimalen)}%"


_MAANDNAAM = dict(get_month_names("wide", locale=LOCALE))  # 1 -> 'januari'


def datum(d: date) -> str:
    """date(2026, 7, 1) -> '1 juli 2026': babel's patroon 'd MMMM y' (dag en jaar zonder voorloopnullen, de volle
    maandnaam), hier zelf opgebouwd uit babel's maandnamen. ``format_date`` ontleedt patroon en locale bij elke
    aanroep (gemeten ~25 µs; de declaratiecontrole maakt zo'n melding voor elke datum buiten de bekende perioden).
    ``tests/test_nl.py`` vergelijkt met ``format_date``."""
    return f"{d.day} {_MAANDNAAM[d.month]} {d.year}"


def lees_komma_opsomming(tekst: str) -> list[str]:
    """'1, 2a, 2b' -> ['1', '2a', '2b']; 'geen' -> []: een opsomming met komma's, in de volgorde van de tekst.
    Een leeg onderdeel ('1, , 2' of '1,') is een fout, geen stil weggelaten waarde."""
    schoon = tekst.strip()
    if schoon.lower() == "geen":
        return []
    delen = [d.strip() for d in schoon.split(",")]
    if not schoon or any(not d for d in delen):
        raise NotatieFout(f"'{tekst}' is geen opsomming als '1, 2a, 2b' (of 'geen')")
    return delen
