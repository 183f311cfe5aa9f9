"""Wat de onderwerpen van het inkoopbeleid 2022-2023 delen: een tabel met Nederlandse koppen naar de velden van
de invoer, en de Dan-stappen over het oordeel van een voorwaardentoets.

Een tabel in een scenario heeft twee kolommen, met de kopregel ``| gegeven | waarde |`` (zo toont het handboek
haar ook als tabel met kop) en daaronder per rij een gegeven in de woorden van het beleid::

    | gegeven                 | waarde |
    | werkt in het HIS of KIS | ja     |

Elke stapmodule noemt in een tabel ``KOPPEN`` per kop het veld van de invoer en de lezer uit
``zorgcontract.kern.nl``. Een onbekende of dubbele kop is een AssertionError die de bekende koppen noemt.
Een foutmelding van de invoerlaag noemt het veld weer met de kop uit het scenario (``namen``).
"""

from __future__ import annotations

from typing import Callable

from pytest_bdd import parsers, then

from steps.algemeen import Uitkomst
from zorgcontract.kern import nl

KOPREGEL = ["gegeven", "waarde"]

# kop in het scenario -> (veld van de invoer, lezer van de waarde)
Koppen = dict[str, tuple[str, Callable[[str], object]]]


def keuze(tekst: str) -> str:
    """Een waarde uit een keuzelijst (opleiding, dienstverband, ...): als tekst naar de invoerlaag, die de lijst
    bewaakt en een onbekende waarde met een Nederlandse melding weigert."""
    return tekst.strip()


def lees_tabel(datatable, koppen: Koppen, wat: str) -> dict[str, object]:
    """Onder de kopregel de rijen ``| kop | waarde |`` als velden van de invoer, elke waarde gelezen met de lezer
    van haar kop."""
    rijen = [[c.strip() for c in rij] for rij in datatable]
    assert rijen and rijen[0] == KOPREGEL, (
        f"de tabel voor {wat} begint met de kopregel | gegeven | waarde |, niet met {rijen[0] if rijen else 'niets'}")
    velden: dict[str, object] = {}
    for rij in rijen[1:]:
        assert len(rij) == 2, f"een rij in de tabel voor {wat} heeft twee kolommen (kop en waarde), niet {rij}"
        kop, tekst = rij
        if kop not in koppen:
            raise AssertionError(f"onbekende kop '{kop}' in de tabel voor {wat}; bekend: {', '.join(sorted(koppen))}")
        veld, lezer = koppen[kop]
        assert veld not in velden, f"de kop '{kop}' staat twee keer in de tabel voor {wat}"
        velden[veld] = lezer(tekst)
    return velden


def namen(koppen: Koppen) -> dict[str, str]:
    """Veld -> kop: zo noemt een foutmelding het veld zoals het scenario het schreef."""
    return {veld: kop for kop, (veld, _) in koppen.items()}


def _redenen(uitkomst: Uitkomst) -> list[str]:
    return [str(r) for r in uitkomst.oordeel.redenen]


@then("is aan de voorwaarden voldaan")
def voldaan(uitkomst: Uitkomst):
    assert uitkomst.oordeel.toegestaan, _redenen(uitkomst)


@then(parsers.re(r"is (?P<wel>wel|niet) aan de voorwaarden voldaan"), converters={"wel": nl.lees_ja_nee})
def wel_of_niet_voldaan(uitkomst: Uitkomst, wel: bool):
    assert uitkomst.oordeel.toegestaan is wel, _redenen(uitkomst)


@then(parsers.re(r"geeft het oordeel (?P<aantal>\S+) reden(?:en)?"), converters={"aantal": nl.lees_aantal})
def aantal_redenen(uitkomst: Uitkomst, aantal: int):
    assert len(uitkomst.oordeel.redenen) == aantal, _redenen(uitkomst)


@then(parsers.re(r'verwijst het oordeel naar "(?P<plaats>[^"]+)"'))
def oordeel_verwijst(uitkomst: Uitkomst, plaats):
    redenen = uitkomst.oordeel.redenen
    assert all(r.bron.document == "zk22-inkoop" for r in redenen), [str(r.bron) for r in redenen]
    assert any(plaats in str(r.bron) for r in redenen), [str(r.bron) for r in redenen]
