"""Exact rekenen. Tussenresultaten zijn ``Fraction`` (geen afrondingsdrift door delen-dan-vermenigvuldigen);
er wordt pas afgerond waar het artikel dat voorschrijft, en dan met de regel die het artikel noemt.

Python rondt standaard half-naar-even af; de contracten noemen 'afronden' zonder meer (half-omhoog)
of 'naar boven afronden' (plafond). Beide staan hier expliciet.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

CENT = Fraction(1, 100)


def exact(waarde: Decimal | int | str | Fraction) -> Fraction:
    """Zet een Decimal/int/str om naar een exacte breuk (str via Decimal, nooit via float)."""
    if isinstance(waarde, Fraction):
        return waarde
    if isinstance(waarde, str):
        waarde = Decimal(waarde)
    return Fraction(waarde)


def naar_decimal(waarde: Fraction, decimalen: int) -> Decimal:
    """Weergave met ``decimalen`` cijfers, half-omhoog. Alleen voor weergave of de ene voorgeschreven afronding."""
    schaal = 10**decimalen
    teller = waarde * schaal
    # half-omhoog (van nul af) op een exacte breuk
    afgerond = math.floor(abs(teller) + Fraction(1, 2))
    if teller < 0:
        afgerond = -afgerond
    return (Decimal(afgerond) / Decimal(schaal)).quantize(Decimal(1).scaleb(-decimalen))


def rond_centen_half_op(waarde: Fraction) -> Decimal:
    """Afronden op hele centen, half-omhoog (€ 0,005 wordt € 0,01)."""
    return naar_decimal(waarde, 2)


def rond_centen_naar_boven(waarde: Fraction) -> Decimal:
    """Naar boven afronden op hele centen (plafond): € 6,7601 wordt € 6,77."""
    centen = math.ceil(waarde * 100)
    return (Decimal(centen) / 100).quantize(Decimal("0.01"))


def uren_tekst(waarde: Fraction, decimalen: int = 6) -> str:
    """Uren als machineleesbare tekst met punt en ten minste 4 decimalen (JSON)."""
    return str(naar_decimal(waarde, decimalen))


def bedrag_tekst(waarde: Decimal) -> str:
    """Bedrag als machineleesbare tekst: punt, precies 2 decimalen (JSON)."""
    return str(waarde.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
