"""Gedeelde stappen en hulpmiddelen: de scenario-context, vergelijken in Nederlandse notatie, fouten."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from pytest_bdd import parsers, then

from zorgcontract.kern import nl
from zorgcontract.kern.fouten import ZorgcontractFout
from zorgcontract.kern.rekenen import naar_decimal


@pytest.fixture
def context() -> dict:
    """Per scenario: invoer en uitkomst van de Als-stap."""
    return {}


def voer_uit(context: dict, functie, *args, **kwargs):
    """Voer een regel uit; een ZorgcontractFout wordt bewaard voor een 'wordt geweigerd'-stap."""
    try:
        context["uitkomst"] = functie(*args, **kwargs)
        context["fout"] = None
    except ZorgcontractFout as e:
        context["uitkomst"] = None
        context["fout"] = e
    return context["uitkomst"]


def uitkomst(context: dict):
    if context.get("fout") is not None:
        raise AssertionError(f"de regel gaf een fout in plaats van een uitkomst: {context['fout']}")
    return context["uitkomst"]


def decimalen(tekst: str) -> int:
    """Aantal decimalen in een Nederlands geschreven getal ('19,5652 uur' -> 4)."""
    kern = tekst.replace("uur", "").replace("€", "").replace("%", "").strip()
    return len(kern.split(",", 1)[1]) if "," in kern else 0


def gelijk_op_notatie(werkelijk: Decimal | Fraction, verwacht_tekst: str, lezer) -> None:
    """Vergelijk op de precisie waarmee het scenario de waarde schrijft (half-omhoog afgerond)."""
    verwacht = lezer(verwacht_tekst)
    afgerond = naar_decimal(Fraction(werkelijk), decimalen(verwacht_tekst))
    assert afgerond == verwacht, f"verwacht {verwacht_tekst}, berekend {werkelijk} (afgerond {afgerond})"


@then(parsers.parse('wordt de invoer geweigerd voor het veld "{veld}"'))
def invoer_geweigerd(context, veld):
    fout = context.get("fout")
    assert fout is not None, f"verwacht een foutmelding voor '{veld}', maar er kwam een uitkomst"
    assert getattr(fout, "veld", None) == veld, f"fout noemt veld '{getattr(fout, 'veld', None)}', verwacht '{veld}': {fout}"


@then(parsers.parse('noemt de foutmelding "{tekst}"'))
def foutmelding_noemt(context, tekst):
    fout = context.get("fout")
    assert fout is not None, "er kwam geen foutmelding"
    assert tekst in str(fout), f"'{tekst}' staat niet in de foutmelding: {fout}"


@then("wordt de vraag geweigerd")
def vraag_geweigerd(context):
    assert context.get("fout") is not None, f"verwacht een foutmelding, maar de uitkomst was {context.get('uitkomst')}"


__all__ = ["context", "voer_uit", "uitkomst", "gelijk_op_notatie", "nl"]


def _oordeel(context):
    """Het Oordeel van de Als-stap (ook als het in een uitkomst met veld ``oordeel`` zit)."""
    u = uitkomst(context)
    return getattr(u, "oordeel", u)


@then(parsers.re(r"mag dat (?P<wel>wel|niet)"))
def mag_dat(context, wel):
    oordeel = _oordeel(context)
    redenen = "; ".join(str(r) for r in oordeel.redenen)
    assert oordeel.toegestaan is (wel == "wel"), f"verwacht '{wel}', maar: {redenen}"


@then(parsers.parse('noemt de reden "{tekst}"'))
def reden_noemt(context, tekst):
    redenen = [str(r) for r in _oordeel(context).redenen]
    assert any(tekst in r for r in redenen), f"'{tekst}' staat in geen van de redenen: {redenen}"


def wel_of_niet(tekst: str) -> bool:
    """'wel'/'niet' en 'ja'/'nee' uit een Voorbeelden-tabel naar bool."""
    waarden = {"wel": True, "ja": True, "niet": False, "nee": False, "geen": False}
    if tekst not in waarden:
        raise ValueError(f"'{tekst}' is geen wel/niet of ja/nee")
    return waarden[tekst]
