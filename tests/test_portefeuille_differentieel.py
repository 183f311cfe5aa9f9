"""Differentiële test: de portefeuilleroute (gehele-getallenkern, numpy) geeft op de cent wat de enkelvoudige
regels geven (``artikel_5.bereken``, ``artikel_6.bereken``), voor willekeurige praktijken en parameterwaarden.

De parameterwaarden van de sweep worden voor de enkelvoudige regel als concept gezet (``concept.actief``):
zo toetst de test ook dat 'variëren' in de kern hetzelfde betekent als een concept met die waarde.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zorgcontract.kern import concept
from zorgcontract.portefeuille import rekenkern as kern
from zorgcontract.regels.zz.pohggz import artikel_6 as zz_poh_ggz
from zorgcontract.regels.zz.pohs import artikel_5 as zz_poh_s

G = zz_poh_s.ChronischeGroep


def _decimaal(max_honderdsten: int, decimalen=(0, 1, 2, 4)):
    return st.builds(lambda t, k: (Decimal(t) / (10**k)).quantize(Decimal(1).scaleb(-k)) if k else Decimal(t),
                     st.integers(0, max_honderdsten), st.sampled_from(decimalen))


@st.composite
def praktijk(draw):
    n = draw(st.integers(1, 30_000))
    groepen = {g.veld: draw(st.integers(0, n)) for g in G}
    keten = frozenset(draw(st.sets(st.sampled_from(list(G)))))
    contract = draw(st.one_of(_decimaal(6000), st.decimals(min_value=0, max_value=60, places=2)))
    pohs = zz_poh_s.PohSPraktijk(jaar=2026, ingeschreven_verzekerden=n, contracturen_per_week=contract, keten_dbc=keten, **groepen)
    uren = draw(st.one_of(_decimaal(6000), st.decimals(min_value=0, max_value=60, places=2)))
    afgesproken = draw(st.one_of(st.none(), _decimaal(6000)))
    ggz = zz_poh_ggz.PohGgzPraktijk(jaar=2026, ingeschreven_verzekerden=n, uren_per_week=uren, afgesproken_uren_per_week=afgesproken)
    return pohs, ggz


def _vergelijk(paren, vervang=None):
    blok = kern.Blok.uit_praktijken([a for a, _ in paren], [b for _, b in paren])
    ks = kern.pohs(blok, kern.lees_parameters(kern.pohs_namen(2026), 2026, vervang))
    kg = kern.pohggz(blok, kern.lees_parameters(kern.pohggz_namen(2026), 2026, vervang))
    for i, (a, b) in enumerate(paren):
        ra, rb = zz_poh_s.bereken(a), zz_poh_ggz.bereken(b)
        assert kern.centen(ks.kwartaal_centen[i]) == ra.kwartaaltarief_per_verzekerde, (a, ra.jaarbedrag)
        assert kern.breuk(ks.vergoed_w_e[i], ks.E * ks.W) == ra.vergoede_uren_per_week
        assert kern.breuk(ks.max_jaar_d[i], ks.D) == ra.max_uren_per_jaar
        assert kern.centen(kg.opslag_centen[i]) == rb.kwartaalopslag_per_verzekerde, b
        assert kern.breuk(kg.ingezet_qpu[i], kg.Q * kg.P) == rb.ingezette_uren_per_week
        declaratie = [(d.prestatiecode, d.bedrag) for d in rb.declaratie]
        eigen = [("11201", kern.centen(kg.segment1_centen[i]))] + (
            [("31343", kern.centen(kg.segment3_centen[i]))] if int(kg.segment3_centen[i]) else [])
        assert eigen == declaratie


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(praktijk(), min_size=1, max_size=25))
def test_willekeurige_praktijken_op_de_cent(paren):
    _vergelijk(paren)


def test_halve_centen_poh_s():
    """Halve-cent-gevallen: kwartaaltarief = (2q+1)·N / 161 322 uur × 46 × € 70,14 ÷ N ÷ 4 = (q + ½) cent
    (161 322 = 23 × 7014). Half omhoog moet naar boven; half-naar-even of floats zouden hier afwijken."""
    paren, verwacht = [], []
    for q in range(0, 60):
        c = Decimal(2 * q + 1) / 2  # N = 80 661 = 161 322 / 2
        a = zz_poh_s.PohSPraktijk(jaar=2026, ingeschreven_verzekerden=80661, contracturen_per_week=c)
        ra = zz_poh_s.bereken(a)
        assert (ra.jaarbedrag / 80661 / 4 * 100).denominator == 2  # echt een halve cent
        paren.append((a, zz_poh_ggz.PohGgzPraktijk(jaar=2026, ingeschreven_verzekerden=80661, uren_per_week=c)))
        verwacht.append(Decimal(q + 1) / 100)
    _vergelijk(paren)
    blok = kern.Blok.uit_praktijken([a for a, _ in paren])
    ks = kern.pohs(blok, kern.lees_parameters(kern.pohs_namen(2026), 2026))
    assert [kern.centen(x) for x in ks.kwartaal_centen] == verwacht


def test_plafond_poh_ggz():
    """Precies op een cent (norm: € 5,41) blijft staan; een fractie erboven gaat een hele cent omhoog;
    boven het maximum met afspraak komt het meerdere op 31343."""
    paren = []
    for n, uren, afgesproken in [(2350, "16", None), (2350, "16.0001", None), (2350, "15.9999", None), (4700, "32", None),
                                 (3000, "25", "25"), (2350, "20", "20"), (1175, "8", None), (1, "0.0001", None), (2351, "16", "17")]:
        a = zz_poh_s.PohSPraktijk(jaar=2026, ingeschreven_verzekerden=n, contracturen_per_week=Decimal(0))
        paren.append((a, zz_poh_ggz.PohGgzPraktijk(jaar=2026, ingeschreven_verzekerden=n, uren_per_week=Decimal(uren),
                                                   afgesproken_uren_per_week=None if afgesproken is None else Decimal(afgesproken))))
    _vergelijk(paren)
    blok = kern.Blok.uit_praktijken([a for a, _ in paren], [b for _, b in paren])
    kg = kern.pohggz(blok, kern.lees_parameters(kern.pohggz_namen(2026), 2026))
    # met de hand: 5,41 × 16/16 = 5,41; 5,41 × 15,9999/16 = 5,40996... -> 5,41; 5,41 × 25 / (16×3000/2350) = 6,6216... -> 6,63
    assert [int(x) for x in kg.opslag_centen[[0, 2, 4]]] == [541, 541, 663]
    assert int(kg.segment3_centen[4]) == 663 - 541


def _concept(tmp: Path, naam: str, w: Decimal) -> Path:
    pad = tmp / "concept.yaml"
    pad.write_text(yaml.safe_dump({"concept": "differentiële test", "parameters": {naam: {"waarden": {
        "2026-01-01": {"waarde": str(w), "bron": "concept", "reden": "test", "tot": "2026-12-31"}}}}}), encoding="utf-8")
    return pad


PARAMETERS = [
    ("zz26-pohs.a5.uurtarief", st.decimals(min_value=Decimal("40"), max_value=Decimal("120"), places=2)),
    ("zz26-pohs.a5.basisuren_per_verzekerde", st.decimals(min_value=Decimal("0.05"), max_value=Decimal("0.2"), places=3)),
    ("zz26-pohs.a5.opslag_chronisch", st.decimals(min_value=Decimal("0"), max_value=Decimal("0.5"), places=2)),
    ("zz26-pohs.a5.weken_per_jaar", st.integers(40, 52).map(Decimal)),
    ("zz26-pohs.a5.minuten.astma", st.integers(30, 90).map(Decimal)),
    ("zz26-pohggz.a6.maximum_per_kwartaal", st.decimals(min_value=Decimal("4"), max_value=Decimal("8"), places=2)),
    ("zz26-pohggz.a6.normpraktijk", st.integers(1500, 3500).map(Decimal)),
    ("zz26-pohggz.a6.uren_per_week_norm", st.integers(8, 24).map(Decimal)),
]


@pytest.mark.parametrize("naam,waarden", PARAMETERS, ids=[p[0] for p in PARAMETERS])
def test_gevarieerde_parameter_gelijk_aan_regel_onder_concept(naam, waarden, tmp_path):
    @settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
    @given(st.lists(praktijk(), min_size=1, max_size=15), waarden)
    def toets(paren, w):
        with concept.actief(_concept(tmp_path, naam, w)):
            _vergelijk_met_vervang(paren, naam, w)

    toets()


def _vergelijk_met_vervang(paren, naam, w):
    """Kern met de waarde als 'vervang' (buiten het concept om) tegen de regel onder het concept."""
    with concept.zonder():
        blok = kern.Blok.uit_praktijken([a for a, _ in paren], [b for _, b in paren])
        ks = kern.pohs(blok, kern.lees_parameters(kern.pohs_namen(2026), 2026, {naam: w}))
        kg = kern.pohggz(blok, kern.lees_parameters(kern.pohggz_namen(2026), 2026, {naam: w}))
    for i, (a, b) in enumerate(paren):
        assert kern.centen(ks.kwartaal_centen[i]) == zz_poh_s.bereken(a).kwartaaltarief_per_verzekerde
        assert kern.centen(kg.opslag_centen[i]) == zz_poh_ggz.bereken(b).kwartaalopslag_per_verzekerde


def test_grote_getallen_via_python_gehele_getallen():
    """Voorbij int64 rekent de kern met Python-gehele getallen, even exact."""
    a = zz_poh_s.PohSPraktijk(jaar=2026, ingeschreven_verzekerden=10**12, dm2=10**11, contracturen_per_week=Decimal("123456789.123456"))
    b = zz_poh_ggz.PohGgzPraktijk(jaar=2026, ingeschreven_verzekerden=10**12, uren_per_week=Decimal("1e9"), afgesproken_uren_per_week=Decimal("1e10"))
    blok = kern.Blok.uit_praktijken([a], [b])
    ks = kern.pohs(blok, kern.lees_parameters(kern.pohs_namen(2026), 2026))
    assert ks.kwartaal_centen.dtype == object
    _vergelijk([(a, b)])


def test_budget_is_som_van_de_enkelvoudige_regels():
    rng = np.random.default_rng(7)
    paren = []
    for _ in range(200):
        n = int(rng.integers(500, 9000))
        a = zz_poh_s.PohSPraktijk(jaar=2026, ingeschreven_verzekerden=n, dm2=int(rng.integers(0, n // 10)), cvrm=int(rng.integers(0, n // 10)),
                                  contracturen_per_week=Decimal(int(rng.integers(0, 4000))) / 100)
        paren.append((a, zz_poh_ggz.PohGgzPraktijk(jaar=2026, ingeschreven_verzekerden=n, uren_per_week=Decimal(int(rng.integers(0, 3000))) / 100)))
    blok = kern.Blok.uit_praktijken([a for a, _ in paren], [b for _, b in paren])
    waarden = [Decimal("60"), Decimal("70.14"), Decimal("80.5")]
    p = kern.lees_parameters(kern.pohs_namen(2026), 2026)
    totalen = kern.budget(blok, "poh-s", p, "uurtarief", waarden)
    assert totalen[1] == sum(int(zz_poh_s.bereken(a).kwartaaltarief_per_verzekerde * 100) * a.ingeschreven_verzekerden for a, _ in paren)
    assert totalen[0] < totalen[1] < totalen[2]
