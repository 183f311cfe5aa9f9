"""Gedeelde hulp voor het inkoopbeleid huisartsenzorg 2022-2023 van Zilveren Kruis (document ``zk22-inkoop``).

Verzekeraar en contractperiode staan hier één keer expliciet, zodat uitkomsten, parameters en tags steeds
zeggen over welke verzekeraar en welke periode het gaat (later kan dezelfde praktijk ook door de regels
van Zorg en Zekerheid). Parameters heten ``zk.<module>.<naam>``; een jaar buiten 2022-2023 geeft via de
parameters een ``ParameterOnbekend``-fout, nooit een stille terugval.
"""

from __future__ import annotations

from datetime import date

from zorgcontract.kern.bronnen import Bron, bron
from zorgcontract.kern.documenten import BuitenPeriode, document, geldend, reeks
from zorgcontract.kern.fouten import InvoerFout
from zorgcontract.kern.parameters import Waarde, in_reeks

REEKS = "zk-inkoop"
DOC = "zk22-inkoop"  # het enige inkoopbeleid in de bronnen; regels zoeken hun document op de datum op (``geldend``)
VERZEKERAAR = document(DOC).verzekeraar  # Zilveren Kruis
PERIODE = document(DOC).periode  # 2022-2023
EERSTE_JAAR, LAATSTE_JAAR = document(DOC).eerste_dag.year, document(DOC).laatste_dag.year


def zk(plaats: str, doc: str = DOC) -> Bron:
    """Bron in het ZK-inkoopbeleid; ``plaats`` noemt module en paragraaf (bijv. 'vergoeding POH-GGZ, par. 4')."""
    return bron(doc, plaats=plaats)


def p(naam: str, peildatum: date) -> Waarde:
    """Parameter ``<module>.<naam>`` van het inkoopbeleid dat op ``peildatum`` geldt (met bron)."""
    module, _, rest = naam.partition(".")
    return in_reeks(REEKS, f"{module.replace('_', '-')}.{rest}", peildatum)


def contractjaar(jaar: int, veld: str = "jaar") -> date:
    """1 januari van ``jaar``, mits een inkoopbeleid van Zilveren Kruis in de bronnen dat jaar beschrijft."""
    try:
        peil = date(jaar, 1, 1)
        geldend(REEKS, peil)
    except (ValueError, OverflowError, BuitenPeriode):
        bekend = ", ".join(d.periode for d in reeks(REEKS))
        raise InvoerFout(veld, f"{jaar} valt buiten de contractperiode {bekend} van {VERZEKERAAR} (andere perioden staan niet in de bronnen)",
                         f"{document(DOC).naam}: het beleid geldt voor {PERIODE}") from None
    return peil
