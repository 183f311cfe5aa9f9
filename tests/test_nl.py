from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from babel.dates import format_date
from hypothesis import given, settings
from hypothesis import strategies as st

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


# --- lezers voor de scenario's van het inkoopbeleid Zilveren Kruis (steps/zk/zk22_inkoop) -------------

from datetime import time  # noqa: E402


@pytest.mark.parametrize("tekst, waarde", [("17:00", time(17, 0)), ("07.30", time(7, 30)), ("9:05", time(9, 5)),
                                           (" 23:59 ", time(23, 59))])
def test_lees_kloktijd(tekst, waarde):
    assert nl.lees_kloktijd(tekst) == waarde


@pytest.mark.parametrize("tekst", ["24:00", "17:60", "17", "17:00:00", "vijf uur", ""])
def test_lees_kloktijd_weigert(tekst):
    with pytest.raises(nl.NotatieFout):
        nl.lees_kloktijd(tekst)


def test_lees_opsomming():
    assert nl.lees_opsomming("A en D") == ["A", "D"]
    assert nl.lees_opsomming("FGV1, FGV2, FGV3") == ["FGV1", "FGV2", "FGV3"]
    assert nl.lees_opsomming("FGV1, FGV2 en FGV3") == ["FGV1", "FGV2", "FGV3"]
    assert nl.lees_opsomming("FGV1") == ["FGV1"]
    assert nl.lees_opsomming("geen") == []
    assert nl.lees_opsomming("10 januari 2022 en 15 december 2021", nl.lees_datum) == [date(2022, 1, 10), date(2021, 12, 15)]
    # 'en' binnen een woord splitst niet
    assert nl.lees_opsomming("Broek in Waterland, Marken") == ["Broek in Waterland", "Marken"]


@pytest.mark.parametrize("tekst", ["", "A, , D", "A en", ", A"])
def test_lees_opsomming_weigert_lege_delen(tekst):
    with pytest.raises(nl.NotatieFout):
        nl.lees_opsomming(tekst)


def test_lees_opsomming_geeft_de_fout_van_de_lezer_door():
    with pytest.raises(nl.NotatieFout):
        nl.lees_opsomming("1 maart 2022 en morgen", nl.lees_datum)


def test_lees_exacte_breuk():
    assert nl.lees_exacte_breuk("100/3") == Fraction(100, 3)
    assert nl.lees_exacte_breuk(" 2 / 4 ") == Fraction(1, 2)
    for fout in ("100/0", "1,5/3", "33,3", "a/b"):
        with pytest.raises(nl.NotatieFout):
            nl.lees_exacte_breuk(fout)


@settings(max_examples=500, deadline=None)
@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_datum_zoals_babel(d):
    """``nl.datum`` bouwt de datum zelf op; babel's ``format_date`` met het patroon 'd MMMM y' is de maat."""
    assert nl.datum(d) == format_date(d, "d MMMM y", locale="nl_NL")


def test_datum_zoals_babel_elke_dag_van_de_contractjaren():
    d = date(2020, 1, 1)
    while d.year < 2032:
        assert nl.datum(d) == format_date(d, "d MMMM y", locale="nl_NL"), d
        d += timedelta(days=1)
