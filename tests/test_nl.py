from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from zorgcontract.kern import nl


@pytest.mark.parametrize("tekst, waarde", [("€ 1.234,56", Decimal("1234.56")), ("€\u00a070,14", Decimal("70.14")), ("€ 0,01", Decimal("0.01"))])
def test_lees_bedrag(tekst, waarde):
    assert nl.lees_bedrag(tekst) == waarde


@pytest.mark.parametrize("tekst", ["70.14", "€ 70.14", "€ abc", "€ ", "1.234,56"])
def test_lees_bedrag_weigert_engelse_of_kale_notatie(tekst):
    # zonder strict zou babel '70.14' als 7014 lezen
    with pytest.raises(nl.NotatieFout):
        nl.lees_bedrag(tekst)


def test_lees_uren_percentage_datum():
    assert nl.lees_uren("0,83 uur") == Decimal("0.83")
    assert nl.lees_percentage("6,1%") == Decimal("6.1")
    assert nl.lees_datum("1 april 2026") == date(2026, 4, 1)
    with pytest.raises(nl.NotatieFout):
        nl.lees_datum("31 februari 2026")
    with pytest.raises(nl.NotatieFout):
        nl.lees_datum("1 april")


def test_schrijven_zonder_vaste_spatie():
    assert nl.bedrag(Decimal("6.86")) == "€ 6,86"
    assert nl.bedrag(Decimal("51623.04")) == "€ 51.623,04"
    assert nl.uren(Fraction(900, 46), 2) == "19,57 uur"
    assert nl.datum(date(2026, 7, 1)) == "1 juli 2026"
    assert "\u00a0" not in nl.bedrag(Decimal("1234567.8"))
