"""Eigenschappen en randen van de FAQ-regels (uitspraken per periode, indexering, POH-Ouderen, service)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zorgcontract.kern.fouten import NietInBron, ParameterOnbekend
from zorgcontract.regels.zz import coulance
from zorgcontract.regels.zz.faq import tarieven as faq_tarieven
from zorgcontract.regels.zz.faq import uitspraken
from zorgcontract.kern.register import contractregister

PROJECT = Path(__file__).resolve().parents[1]
datums = st.dates(min_value=date(2020, 1, 1), max_value=date(2031, 12, 31))


@given(st.sampled_from(uitspraken.onderwerpen()), datums)
def test_de_gevonden_uitspraak_hoort_bij_de_periode_van_de_datum(onderwerp, peildatum):
    try:
        u = uitspraken.geldende(onderwerp, peildatum)
    except NietInBron:
        assert not any(x.geldt_op(peildatum) for x in uitspraken.uitspraken(onderwerp))
        return
    assert u.geldig_van <= peildatum <= u.geldig_tot
    assert u.onderwerp == onderwerp


def test_uitspraken_overlappen_niet_en_wijzen_naar_het_register():
    register = contractregister()
    for onderwerp in uitspraken.onderwerpen():
        lijst = sorted(uitspraken.uitspraken(onderwerp), key=lambda u: u.geldig_van)
        for a, b in zip(lijst, lijst[1:]):
            assert a.geldig_tot < b.geldig_van, onderwerp
    for u in uitspraken.UITSPRAKEN:
        assert u.register_id in register, u.register_id


def test_vervangende_uitspraak_sluit_aan():
    # de FAQ 2026-2028 neemt het over op de dag na het einde van 2023-2025
    oud = uitspraken.geldende("coulance", date(2025, 12, 31))
    nieuw = uitspraken.geldende("coulance", date(2026, 1, 1))
    assert (oud.document, nieuw.document) == ("zz23-faq", "zz26-faq")
    assert oud.geldig_tot + timedelta(days=1) == nieuw.geldig_van
    assert oud.register_id in contractregister()[nieuw.register_id].vervangt


def test_onbekend_onderwerp():
    with pytest.raises(NietInBron, match="bekende onderwerpen"):
        uitspraken.geldende("bestaat-niet", date(2026, 1, 1))


@given(st.decimals(min_value=0, max_value=100000, places=2), st.sampled_from([faq_tarieven.TariefSoort.VRIJ]))
def test_indexeren_verlaagt_nooit_en_wijkt_hoogstens_een_halve_cent_af(tarief, soort):
    r = faq_tarieven.indexeer(tarief, 2026, soort)
    assert r.nieuw >= tarief
    exact = Fraction(tarief) * Fraction(1061, 1000)
    assert abs(Fraction(r.nieuw) - exact) <= Fraction(1, 200)
    assert r.nieuw == r.nieuw.quantize(Decimal("0.01"))


@pytest.mark.parametrize("jaar", [2025, 2027, 2028, 2029])
def test_indexering_buiten_2026_is_niet_bekend(jaar):
    # 2025: de FAQ 2023-2025 noemt geen percentage; 2027-2028: geen percentage; 2029: geen FAQ in de bronnen
    with pytest.raises(LookupError, match=str(jaar) if jaar != 2025 else "2023-2025"):
        faq_tarieven.indexeer(Decimal("10"), jaar)


@given(st.integers(min_value=1, max_value=20000), st.data())
def test_poh_ouderen_alleen_de_staffel_uit_de_bron(ingeschreven, data):
    plus75 = data.draw(st.integers(min_value=0, max_value=ingeschreven))
    aandeel = faq_tarieven.aandeel_75plus(plus75, ingeschreven)
    if 10 <= aandeel < 15:
        assert faq_tarieven.normuren_poh_ouderen(aandeel, 2026).normuren == Decimal("7.68")
    else:
        with pytest.raises(NietInBron, match="staat niet in de brondocumenten"):
            faq_tarieven.normuren_poh_ouderen(aandeel, 2026)


@given(st.sets(st.sampled_from(list(faq_tarieven.Dienst))), st.dates(min_value=date(2026, 1, 1), max_value=date(2028, 12, 31)))
def test_vrije_opslag_2026_precies_bij_component_2_en_3(diensten, peildatum):
    r = faq_tarieven.service_bereikbaarheid(diensten, peildatum)
    twee = {faq_tarieven.Dienst.AFSPRAKEN, faq_tarieven.Dienst.HERHAALRECEPTEN, faq_tarieven.Dienst.ECONSULT} <= diensten
    drie = faq_tarieven.Dienst.SPRAAK in diensten
    assert r.vrije_opslag == (twee and drie)
    assert ("spraak_naar_tekst" in r.bedragen) == drie


@given(st.sets(st.sampled_from(list(faq_tarieven.Dienst))), st.dates(min_value=date(2023, 1, 1), max_value=date(2025, 12, 31)))
def test_extra_opslag_2023_precies_bij_a_b_en_c(diensten, peildatum):
    r = faq_tarieven.service_bereikbaarheid(diensten, peildatum)
    assert r.vrije_opslag == ({faq_tarieven.Dienst.AFSPRAKEN, faq_tarieven.Dienst.HERHAALRECEPTEN, faq_tarieven.Dienst.ECONSULT} <= diensten)
    assert "3" not in r.componenten


@given(st.sampled_from([coulance.Functie.POH_GGZ, coulance.Functie.POH_OUDEREN]),
       st.dates(min_value=date(2023, 1, 1), max_value=date(2025, 9, 30)))
def test_coulance_met_ingangsdatum_in_2023_2025_kent_geen_poh_ggz_of_ouderen(functie, start):
    vraag = coulance.CoulanceVraag(functie=functie, start_opleiding=start, incompany_opleiding=True)
    r = coulance.coulance(vraag)
    assert r.van_toepassing is False and r.vergoeding_vanaf is None and r.document == "zz23-faq"
    assert all(s.bron.document == "zz23-faq" for s in r.uitleg.stappen)


@given(st.dates(min_value=date(2022, 10, 1), max_value=date(2025, 9, 30)))
def test_coulance_poh_s_met_ingangsdatum_in_2023_2025_geeft_geen_datum_uit_2026(start):
    vraag = coulance.CoulanceVraag(functie=coulance.Functie.POH_S, start_opleiding=start, opleidingsduur_maanden=12)
    with pytest.raises(NietInBron, match="bijlage POH-S 2023-2025"):
        coulance.coulance(vraag)


@given(st.sampled_from(list(coulance.Functie)), st.dates(min_value=date(2025, 10, 1), max_value=date(2028, 9, 30)))
def test_coulance_met_ingangsdatum_in_2026_2028_citeert_2026_2028(functie, start):
    vraag = coulance.CoulanceVraag(functie=functie, start_opleiding=start, opleidingsduur_maanden=12, hbo_v=True)
    r = coulance.coulance(vraag)
    assert r.vergoeding_vanaf is not None and date(2026, 1, 1) <= r.vergoeding_vanaf <= date(2028, 12, 31)
    assert r.document == "zz26-faq"
    assert {s.bron.document for s in r.uitleg.stappen} <= {"zz26-faq", "zz26-pohs", "zz26-pohggz"}


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "zorgcontract", *args], capture_output=True, text=True, cwd=PROJECT)


def test_cli_faq_uitspraak_per_periode():
    oud = json.loads(_cli("faq-uitspraak", "--onderwerp", "coulance", "--datum", "2024-03-15", "--json").stdout)
    nieuw = json.loads(_cli("faq-uitspraak", "--onderwerp", "coulance", "--datum", "2026-03-15", "--json").stdout)
    assert (oud["document"], nieuw["document"]) == ("zz23-faq", "zz26-faq")
    assert oud["geldig_van"] == "2023-01-01" and nieuw["geldig_tot"] == "2028-12-31"
    r = _cli("faq-uitspraak", "--onderwerp", "coulance", "--datum", "2030-01-01", "--json")
    assert r.returncode == 2 and "2030" in json.loads(r.stdout)["fout"] and "Traceback" not in r.stderr


def test_cli_indexering_en_fouten():
    r = _cli("indexering", "--tarief", "12,35", "--json")  # 12,35 × 1,061 = 13,10335 -> 13,10
    assert r.returncode == 0 and json.loads(r.stdout)["nieuw"] == "13.10"
    r = _cli("indexering", "--tarief", "12,35", "--jaar", "2027", "--json")
    assert r.returncode == 2 and "2027" in json.loads(r.stdout)["fout"]
    r = _cli("indexering", "--tarief", "abc")
    assert r.returncode == 2 and "'--tarief'" in r.stderr


def test_cli_poh_ouderen_en_service():
    r = _cli("poh-ouderen", "--ingeschreven", "2000", "--75plus", "200", "--json")  # 10% precies
    assert r.returncode == 0 and json.loads(r.stdout)["normuren"] == "7.68"
    r = _cli("poh-ouderen", "--ingeschreven", "2000", "--75plus", "300", "--json")  # 15%: niet in de bron
    assert r.returncode == 2 and "staat niet in de brondocumenten" in json.loads(r.stdout)["fout"]
    r = _cli("service-bereikbaarheid", "--dienst", "spraak-naar-tekst", "--datum", "2026-02-01", "--json")
    data = json.loads(r.stdout)
    assert data["componenten"] == ["3"] and data["bedragen"] == {"spraak_naar_tekst": "1.22"}
    r = _cli("service-bereikbaarheid", "--dienst", "fax", "--datum", "2026-02-01")
    assert r.returncode == 2 and "'--dienst'" in r.stderr
