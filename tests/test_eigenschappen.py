"""Eigenschappen die voor elke praktijk moeten gelden (hypothesis)."""

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zorgcontract.kern.documenten import BuitenPeriode
from zorgcontract.kern.kwartalen import KWARTAALSTARTS
from zorgcontract.regels.zz import coulance
from zorgcontract.regels.zz import declaratiestart
from zorgcontract.regels.zz.pohggz import artikel_6 as zz_poh_ggz
from zorgcontract.regels.zz.pohs import artikel_5 as zz_poh_s

uren = st.decimals(min_value=0, max_value=80, places=2, allow_nan=False, allow_infinity=False)
datums = st.dates(min_value=date(2026, 1, 1), max_value=date(2028, 12, 31))


@st.composite
def praktijken(draw):
    n = draw(st.integers(1, 20000))
    groep = st.integers(0, n)
    return zz_poh_s.PohSPraktijk(jaar=2026, 
        ingeschreven_verzekerden=n, dm2=draw(groep), cvrm=draw(groep), copd=draw(groep), astma=draw(groep),
        contracturen_per_week=draw(uren),
    )


@given(praktijken(), st.integers(1, 500), st.sampled_from(list(zz_poh_s.ChronischeGroep)))
def test_meer_patienten_verlaagt_het_maximum_nooit(p, extra, groep):
    basis = zz_poh_s.bereken(p).max_uren_per_week
    meer_lijst = p.model_copy(update={"ingeschreven_verzekerden": p.ingeschreven_verzekerden + extra})
    assert zz_poh_s.bereken(meer_lijst).max_uren_per_week >= basis
    veld = groep.veld
    meer_chronisch = meer_lijst.model_copy(update={veld: min(getattr(p, veld) + extra, meer_lijst.ingeschreven_verzekerden)})
    assert zz_poh_s.bereken(meer_chronisch).max_uren_per_week >= basis


@given(praktijken())
def test_vergoede_uren_nooit_boven_contracturen_of_maximum(p):
    r = zz_poh_s.bereken(p)
    assert r.vergoede_uren_per_week <= Fraction(p.contracturen_per_week)
    assert r.vergoede_uren_per_week <= r.max_uren_per_week
    # de ene afronding: hoogstens een halve cent van de exacte waarde
    exact = r.jaarbedrag / p.ingeschreven_verzekerden / 4
    assert abs(Fraction(r.kwartaaltarief_per_verzekerde) - exact) <= Fraction(1, 200)


@given(st.integers(1, 50000), uren, st.one_of(st.none(), uren))
def test_declaratieregels_tellen_op_tot_de_opslag(n, aangesteld, afgesproken):
    r = zz_poh_ggz.bereken(zz_poh_ggz.PohGgzPraktijk(jaar=2026, ingeschreven_verzekerden=n, uren_per_week=aangesteld, afgesproken_uren_per_week=afgesproken))
    assert sum(d.bedrag for d in r.declaratie) == r.kwartaalopslag_per_verzekerde
    assert r.declaratie[0].prestatiecode == "11201" and r.declaratie[0].bedrag <= Decimal("5.41")
    assert all(d.prestatiecode == "31343" and d.bedrag > 0 for d in r.declaratie[1:])
    jaar_in_centen = r.kwartaalopslag_per_verzekerde * 4 * 100
    assert jaar_in_centen == jaar_in_centen.to_integral_value() and int(jaar_in_centen) % 4 == 0
    exact = Fraction("5.41") * r.ingezette_uren_per_week / r.normuren_per_week
    assert exact <= Fraction(r.kwartaalopslag_per_verzekerde) < exact + Fraction(1, 100)
    if afgesproken is None:
        assert r.kwartaalopslag_per_verzekerde <= Decimal("5.41")


def _is_kwartaalstart(d: date) -> bool:
    return d.day == 1 and d.month in KWARTAALSTARTS


@given(datums)
def test_declaratiestart_is_kwartaalstart_na_de_startmaand(start):
    r = declaratiestart.declaratiestart(start)
    vanaf = r.declaratie_vanaf
    assert r.documenten == ["zz26-pohs", "zz26-pohggz"]
    assert r.binnen_periode is (vanaf <= date(2028, 12, 31))
    assert _is_kwartaalstart(vanaf) and vanaf > start
    assert vanaf - start <= timedelta(days=92)
    assert (vanaf.year, vanaf.month) > (start.year, start.month)


@given(st.one_of(st.dates(min_value=date(1, 1, 1), max_value=date(2025, 12, 31)),
                 st.dates(min_value=date(2029, 1, 1), max_value=date(9999, 12, 31))))
def test_declaratiestart_buiten_de_bijlagen_is_een_fout(start):
    with pytest.raises(BuitenPeriode) as e:
        declaratiestart.declaratiestart(start)
    assert e.value.veld == "start-overeenkomst" and "2026-2028" in str(e.value)


@given(datums, st.sampled_from([10, 11, 12, 13, 24]))
def test_coulance_poh_s_is_kwartaalstart_na_de_start(start, duur):
    vraag = coulance.CoulanceVraag(functie="poh-s", start_opleiding=start, opleidingsduur_maanden=duur)
    if duur == 24 and start >= date(2027, 10, 1) or start >= date(2028, 10, 1):
        # de ingangsdatum valt na 2028: buiten elke bekende periode (I-ZZ26-POHS-COULANCE-PERIODE)
        with pytest.raises(BuitenPeriode, match="2026-2028"):
            coulance.coulance(vraag)
        return
    r = coulance.coulance(vraag)
    assert _is_kwartaalstart(r.vergoeding_vanaf) and r.vergoeding_vanaf > start
    assert r.vergoeding_vanaf <= date(2028, 12, 31)
    if duur == 24:
        assert r.vergoeding_vanaf > date(start.year + 1, start.month, 1)


@settings(max_examples=50)
@given(datums, st.sampled_from(["poh-ggz", "poh-ouderen"]))
def test_coulance_andere_functies(start, functie):
    vraag = coulance.CoulanceVraag(functie=functie, start_opleiding=start, hbo_v=True)
    if start >= date(2028, 10, 1):
        with pytest.raises(BuitenPeriode, match="2026-2028"):
            coulance.coulance(vraag)
        return
    r = coulance.coulance(vraag)
    assert _is_kwartaalstart(r.vergoeding_vanaf) and r.vergoeding_vanaf > start
