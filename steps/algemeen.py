"""Algemene stappen en hulpmiddelen voor alle documenten: de uitkomst van een Als-stap, vergelijken op de precisie
die het scenario schrijft, en de stappen voor geweigerde invoer en voor een oordeel (mag dat wel/niet).

Toestand tussen stappen gaat via pytest-bdd's ``target_fixture``: de eerste Gegeven-stap van een scenario maakt
de invoer (een getypte fixture), latere Gegeven-stappen vullen die aan, en de Als-stap levert ``uitkomst``
(een ``Uitkomst``: de waarde of de fout van de regel). De Dan-stappen vragen om ``uitkomst``.

Waarden lezen gebeurt alleen in ``zorgcontract.kern.nl`` (de notatiemodule), nooit hier.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from pytest_bdd import parsers, then

from zorgcontract.kern import nl
from zorgcontract.kern.fouten import ZorgcontractFout
from zorgcontract.kern.rekenen import naar_decimal


@dataclass(frozen=True)
class Uitkomst:
    """Wat een regel in de Als-stap opleverde: een waarde, of de fout die ze gaf."""

    _waarde: Any = None
    fout: ZorgcontractFout | None = None

    @property
    def waarde(self) -> Any:
        if self.fout is not None:
            raise AssertionError(f"de regel gaf een fout in plaats van een uitkomst: {self.fout}")
        return self._waarde

    @property
    def oordeel(self):
        """Het Oordeel (ook als het in een uitkomst met veld ``oordeel`` zit)."""
        return getattr(self.waarde, "oordeel", self.waarde)


def probeer(functie, *args, **kwargs) -> Uitkomst:
    """Voer een regel uit; een ZorgcontractFout wordt bewaard voor een 'wordt geweigerd'-stap."""
    try:
        return Uitkomst(functie(*args, **kwargs))
    except ZorgcontractFout as e:
        return Uitkomst(None, e)


def gelijk_op_notatie(werkelijk: Decimal | Fraction, verwacht_tekst: str, lezer) -> None:
    """Vergelijk op de precisie waarmee het scenario de waarde schrijft (half-omhoog afgerond)."""
    verwacht = lezer(verwacht_tekst)
    afgerond = naar_decimal(Fraction(werkelijk), nl.decimalen(verwacht_tekst))
    assert afgerond == verwacht, f"verwacht {verwacht_tekst}, berekend {werkelijk} (afgerond {afgerond})"


@then(parsers.re(r'wordt de invoer geweigerd voor het veld "(?P<veld>[^"]+)"'))
def invoer_geweigerd(uitkomst: Uitkomst, veld):
    fout = uitkomst.fout
    assert fout is not None, f"verwacht een foutmelding voor '{veld}', maar er kwam een uitkomst"
    assert getattr(fout, "veld", None) == veld, f"fout noemt veld '{getattr(fout, 'veld', None)}', verwacht '{veld}': {fout}"


@then(parsers.re(r'noemt de foutmelding "(?P<tekst>[^"]+)"'))
def foutmelding_noemt(uitkomst: Uitkomst, tekst):
    assert uitkomst.fout is not None, "er kwam geen foutmelding"
    assert tekst in str(uitkomst.fout), f"'{tekst}' staat niet in de foutmelding: {uitkomst.fout}"


@then("wordt de vraag geweigerd")
def vraag_geweigerd(uitkomst: Uitkomst):
    assert uitkomst.fout is not None, f"verwacht een foutmelding, maar de uitkomst was {uitkomst._waarde}"


@then(parsers.re(r"mag dat (?P<wel>wel|niet)"))
def mag_dat(uitkomst: Uitkomst, wel):
    oordeel = uitkomst.oordeel
    redenen = "; ".join(str(r) for r in oordeel.redenen)
    assert oordeel.toegestaan is nl.lees_ja_nee(wel), f"verwacht '{wel}', maar: {redenen}"


@then(parsers.re(r'noemt de reden "(?P<tekst>[^"]+)"'))
def reden_noemt(uitkomst: Uitkomst, tekst):
    redenen = [str(r) for r in uitkomst.oordeel.redenen]
    assert any(tekst in r for r in redenen), f"'{tekst}' staat in geen van de redenen: {redenen}"
