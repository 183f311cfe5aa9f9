"""Gedeelde hulp voor het inkoopbeleid huisartsenzorg 2022-2023 van Zilveren Kruis (document ``zk-inkoop-2022``).

Verzekeraar en contractperiode staan hier één keer expliciet, zodat uitkomsten, parameters en tags steeds
zeggen over welke verzekeraar en welke periode het gaat (later kan dezelfde praktijk ook door de regels
van Zorg en Zekerheid). Parameters heten ``zk.<module>.<naam>``; een jaar buiten 2022-2023 geeft via de
parameters een ``ParameterOnbekend``-fout, nooit een stille terugval.
"""

from __future__ import annotations

from datetime import date

from zorgcontract.bronnen import DOCUMENTEN, Bron, bron
from zorgcontract.fouten import InvoerFout
from zorgcontract.parameters import Waarde, waarde

DOC = "zk-inkoop-2022"
VERZEKERAAR = DOCUMENTEN[DOC]["verzekeraar"]  # Zilveren Kruis
PERIODE = DOCUMENTEN[DOC]["periode"]  # 2022-2023
EERSTE_JAAR, LAATSTE_JAAR = 2022, 2023


def zk(plaats: str) -> Bron:
    """Bron in het ZK-inkoopbeleid; ``plaats`` noemt module en paragraaf (bijv. 'vergoeding POH-GGZ, par. 4')."""
    return bron(DOC, plaats=plaats)


def p(naam: str, peildatum: date) -> Waarde:
    """Parameter ``zk.<naam>`` op ``peildatum`` (met bron)."""
    return waarde(f"zk.{naam}", peildatum)


def contractjaar(jaar: int, veld: str = "jaar") -> date:
    """1 januari van ``jaar``, mits binnen de contractperiode 2022-2023."""
    if not EERSTE_JAAR <= jaar <= LAATSTE_JAAR:
        raise InvoerFout(veld, f"{jaar} valt buiten de contractperiode {PERIODE} van {VERZEKERAAR}",
                         f"{DOCUMENTEN[DOC]['kort']}: het beleid geldt voor {PERIODE}")
    return date(jaar, 1, 1)
