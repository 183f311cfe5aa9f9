"""Eigenschappen en randgevallen van de ZK-regels 2022-2023 (hypothesis + gerichte unit-tests)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zorgcontract.kern.fouten import InvoerFout, NietInBron, ParameterOnbekend
from zorgcontract.kern.documenten import BuitenPeriode
from zorgcontract.kern.parameters import waarde
from zorgcontract.regels.zk.inkoop.gemeen import p
from zorgcontract.regels.zk.inkoop import fgv as zk_fgv
from zorgcontract.regels.zk.inkoop import poh_ggz as zk_poh_ggz
from zorgcontract.regels.zk.inkoop import poh_s as zk_poh_s
from zorgcontract.regels.zk.inkoop import service as zk_service
from zorgcontract.regels.zk.inkoop import startdatum as zk_startdatum

KWARTAAL = {(1, 1), (4, 1), (7, 1), (10, 1)}
HALFJAAR = {(1, 1), (7, 1)}


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=20000), st.integers(min_value=0, max_value=5000))
def test_oaw_uren_monotoon_in_lijstgrootte(n, extra):
    assert zk_service.oaw_uren(n, jaar=2022).uren_per_week <= zk_service.oaw_uren(n + extra, jaar=2022).uren_per_week


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=20000))
def test_oaw_uren_zijn_halve_uren_en_minstens_twee(n):
    u = zk_service.oaw_uren(n, jaar=2022).uren_per_week
    assert u >= 2 and (u * 2).denominator == 1
    # per volle 600 boven 2400: 600 patiënten meer geeft precies een half uur meer
    if n > 2400:
        assert zk_service.oaw_uren(n + 600, jaar=2022).uren_per_week - u == Fraction(1, 2)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(list(zk_startdatum.ZkModule)), st.dates(min_value=date(2021, 12, 1), max_value=date(2023, 12, 31)))
def test_startdatum_is_een_modulestartdatum_minstens_28_dagen_na_de_aanvraag(module, aanvraag):
    try:
        r = zk_startdatum.startdatum(module, aanvraag)
    except InvoerFout as e:
        assert e.veld == "aanvraag"
        # alleen als de eerste passende startdatum na 2023 valt
        assert aanvraag + timedelta(days=28) > date(2023, 7 if module.startdata_parameter.endswith("halfjaar") else 10, 1)
        return
    toegestaan = HALFJAAR if module.startdata_parameter.endswith("halfjaar") else KWARTAAL
    assert (r.startdatum.month, r.startdatum.day) in toegestaan
    assert (r.startdatum - aanvraag).days >= 28
    # en het is de eerste: de vorige startdatum van de module lag minder dan 28 dagen na de aanvraag
    vorige = [date(j, m, d) for j in (r.startdatum.year - 1, r.startdatum.year) for m, d in toegestaan if date(j, m, d) < r.startdatum]
    assert (max(vorige) - aanvraag).days < 28


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=50000))
def test_poh_ggz_verdeling_telt_op_tot_de_normuren(n):
    r = zk_poh_ggz.bereken(zk_poh_ggz.ZkPohGgzPraktijk(jaar=2022, ingeschreven=n))
    assert r.patientcontact + r.consultatie + r.ehealth == r.uren_per_week == Fraction(12 * n, 2350)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=10000), st.data())
def test_fgv_score_past_bij_de_band(totaal, data):
    conform = data.draw(st.integers(min_value=0, max_value=totaal))
    x = data.draw(st.integers(min_value=0, max_value=97))
    y = data.draw(st.integers(min_value=x + 1, max_value=98))
    z = data.draw(st.integers(min_value=y + 1, max_value=100))
    r = zk_fgv.fgv1(zk_fgv.FgvMeting(conform=conform, totaal=totaal, grenzen=(Decimal(x), Decimal(y), Decimal(z))))
    f = Fraction(100 * conform, totaal)
    verwacht = "A" if f <= x else "B" if f <= y else "C" if f <= z else "D"
    assert r.score == verwacht and r.fgv1 == f


def test_percentage_tekst_exact_of_veel_decimalen():
    assert zk_fgv.percentage_tekst(Fraction(75)) == "75"
    assert zk_fgv.percentage_tekst(Fraction(1001, 10)) == "100.1"
    assert zk_fgv.percentage_tekst(Fraction(100)) == "100"
    assert zk_fgv.percentage_tekst(Fraction(0)) == "0"
    assert zk_fgv.percentage_tekst(Fraction(200, 3)) == "66.6666666667"


def test_fgv_meetperiode_alleen_voor_2020_en_2021():
    assert zk_fgv.meetperiode(2020) == (date(2020, 1, 1), date(2020, 9, 30))
    with pytest.raises(NietInBron):
        zk_fgv.meetperiode(2019)
    with pytest.raises(NietInBron):
        zk_fgv.declaratieperiode(2023)


def test_poh_s_aanvulling_exact_zonder_afronding():
    a = zk_poh_s.ZkPohSAanvulling(jaar=2022, uren_per_week=Decimal("10"), uurkosten=Decimal("33.33"))
    r = zk_poh_s.aanvulling(a)
    assert r.aanvulling_per_week == Fraction(49995, 1000)  # 15% × 10 × 33,33 = 49,995 exact


@pytest.mark.parametrize("naam", ["praktijkmanagement.tarief", "poh_ggz.tarief", "fgv.tarief", "service_bereikbaarheid.tarief",
                                  "kwaliteit.tarief", "stoppen_met_roken.tarief", "poh_s_aanvulling.uurkosten"])
def test_tarieven_die_het_beleid_niet_noemt_zijn_onbekend(naam):
    with pytest.raises(ParameterOnbekend):
        p(naam, date(2022, 6, 1))


@pytest.mark.parametrize("naam", ["oaw.grens_patienten", "poh_ggz.uren_per_week", "aanvraag.termijn_dagen"])
def test_parameters_stoppen_na_de_contractperiode(naam):
    assert p(naam, date(2023, 12, 31)).waarde is not None
    with pytest.raises(BuitenPeriode, match="2022-2023"):
        p(naam, date(2024, 1, 1))


def test_tellende_uren_alleen_binnen_venster():
    s = zk_service.lees_spreekuur("vr 06:00-23:00")
    assert zk_service.tellende_uren(s, jaar=2022) == 6  # 07-08 (1) + 17-22 (5)
    assert zk_service.tellende_uren(zk_service.lees_spreekuur("zo 08:00-17:00 x2"), jaar=2022) == 14  # 09-16 = 7 uur, dubbel


def test_geen_float_in_zk_code():
    wortel = Path(__file__).parent.parent
    bestanden = [*wortel.glob("src/zorgcontract/regels/zk_*.py"), wortel / "src/zorgcontract/cli/zk.py", *wortel.glob("steps/zk_*.py")]
    for f in bestanden:
        assert "float(" not in f.read_text(encoding="utf-8"), f
