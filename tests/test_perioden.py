"""Elk antwoord komt uit het document dat op zijn datum geldt, of is een duidelijke fout - nooit de regel van
een naburige periode. Over alle maanden van 2021 t/m 2030 (buiten en binnen de bekende perioden)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zorgcontract.kern.documenten import BuitenPeriode, geldend
from zorgcontract.kern.fouten import ParameterOnbekend
from zorgcontract.regels.zz import coulance, declaratiestart
from zorgcontract.regels.zz.faq import tarieven
from zorgcontract.regels.zz.pohggz import artikel_6
from zorgcontract.regels.zz.pohs import artikel_5

MAANDEN = [date(j, m, d) for j in range(2021, 2031) for m in range(1, 13) for d in (1, 28)]


def _geldend_of_none(reeks: str, d: date):
    try:
        return geldend(reeks, d)
    except BuitenPeriode:
        return None


@pytest.mark.parametrize("d", MAANDEN, ids=str)
def test_declaratiestart_uit_de_bijlage_van_de_startdatum(d):
    doc = _geldend_of_none("zz-pohs", d)
    if doc is None:
        with pytest.raises(BuitenPeriode):
            declaratiestart.declaratiestart(d)
        return
    r = declaratiestart.declaratiestart(d)
    assert {s.bron.document for s in r.uitleg.stappen} == {doc.sleutel, geldend("zz-pohggz", d).sleutel}


@pytest.mark.parametrize("d", MAANDEN, ids=str)
def test_service_en_bereikbaarheid_uit_de_faq_van_de_peildatum(d):
    doc = _geldend_of_none("zz-faq", d)
    alle = set(tarieven.Dienst)
    if doc is None:
        with pytest.raises(BuitenPeriode):
            tarieven.service_bereikbaarheid(alle, d)
        return
    r = tarieven.service_bereikbaarheid(alle, d)
    assert r.document == doc.sleutel and r.uitspraak.document == doc.sleutel
    for s in r.uitleg.stappen:
        # alleen de extra opslag van 2023-2025 wordt uit de latere FAQ geciteerd, die haar beschrijft
        assert s.bron.document == doc.sleutel or (doc.sleutel == "zz23-faq" and "(over 2023-2025)" in (s.bron.plaats or "")), s


@pytest.mark.parametrize("jaar", range(2021, 2031))
def test_tarieven_poh_s_en_poh_ggz_uit_de_bijlage_van_het_jaar(jaar):
    s = artikel_5.PohSPraktijk(ingeschreven_verzekerden=2350, contracturen_per_week=Decimal(10), jaar=jaar)
    g = artikel_6.PohGgzPraktijk(ingeschreven_verzekerden=2350, uren_per_week=Decimal(16), jaar=jaar)
    if jaar == 2026:
        for r in (artikel_5.bereken(s), artikel_6.bereken(g)):
            assert {st.bron.document for st in r.uitleg.stappen} <= {"zz26-pohs", "zz26-pohggz"}
    elif jaar in (2027, 2028):  # de bijlage geldt, maar noemt de bedragen alleen voor 2026
        with pytest.raises(ParameterOnbekend, match="2026"):
            artikel_5.bereken(s)
        with pytest.raises(ParameterOnbekend):
            artikel_6.bereken(g)
    else:
        with pytest.raises(BuitenPeriode, match="2026-2028"):
            artikel_5.bereken(s)
        with pytest.raises(BuitenPeriode, match="2026-2028"):
            artikel_6.bereken(g)


@given(st.sampled_from(list(coulance.Functie)), st.dates(min_value=date(2020, 1, 1), max_value=date(2031, 12, 31)),
       st.sampled_from([12, 24]))
def test_coulance_citeert_alleen_de_periode_van_de_ingangsdatum(functie, start, duur):
    vraag = coulance.CoulanceVraag(functie=functie, start_opleiding=start, opleidingsduur_maanden=duur, hbo_v=True)
    try:
        r = coulance.coulance(vraag)
    except (BuitenPeriode, LookupError):
        return  # buiten elke periode, of (POH-S 2023-2025) niet in de bronnen: een fout, geen antwoord
    vanaf_of_start = r.vergoeding_vanaf
    faq = r.document
    bijlagen = {"zz23-faq": set(), "zz26-faq": {"zz26-pohs", "zz26-pohggz"}}[faq]
    assert {s.bron.document for s in r.uitleg.stappen} <= {faq} | bijlagen
    if vanaf_of_start is not None:
        assert geldend("zz-faq", vanaf_of_start).sleutel == faq
