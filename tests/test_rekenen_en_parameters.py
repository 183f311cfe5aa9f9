from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from zorgcontract.kern.fouten import ParameterOnbekend
from zorgcontract.kern.parameters import alle_parameters, waarde
from zorgcontract.kern.rekenen import naar_decimal, rond_centen_half_op, rond_centen_naar_boven


def test_half_omhoog_niet_half_naar_even():
    assert rond_centen_half_op(Fraction("19.205")) == Decimal("19.21")
    assert rond_centen_half_op(Fraction("2.745")) == Decimal("2.75")
    assert rond_centen_half_op(Fraction("2.744999")) == Decimal("2.74")
    assert naar_decimal(Fraction(-5, 1000), 2) == Decimal("-0.01")


def test_naar_boven():
    assert rond_centen_naar_boven(Fraction("5.071875")) == Decimal("5.08")
    assert rond_centen_naar_boven(Fraction("5.41")) == Decimal("5.41")


def test_elke_parameterwaarde_heeft_een_bron_en_eenheid():
    for p in alle_parameters().values():
        assert p.eenheid and p.beschrijving
        assert [w.vanaf for w in p.waarden] == sorted(w.vanaf for w in p.waarden)
        for w in p.waarden:
            assert w.bron.document


def test_onbekend_jaar_geeft_fout_met_naam_en_jaar():
    assert waarde("zz26-pohs.a5.uurtarief", date(2026, 12, 31)).waarde == "70.14"
    with pytest.raises(ParameterOnbekend) as e:
        waarde("zz26-pohs.a5.uurtarief", date(2027, 1, 1))
    assert "zz26-pohs.a5.uurtarief" in str(e.value) and "2027" in str(e.value)
    with pytest.raises(ParameterOnbekend):
        waarde("zz26-pohs.a5.uurtarief", date(2025, 12, 31))
