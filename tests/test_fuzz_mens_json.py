"""Mens en JSON kloppen: elk bedrag in de mensenuitvoer is het bedrag in de JSON (zelfde afronding), en de
uitleg van de indexering telt op met de afronding die de regel voorschrijft (half omhoog, nooit babel's half-even).
Gegenereerde geldige invoer, in het proces aangeroepen (tests/fuzz_hulp.roep)."""

from __future__ import annotations

import json
import re
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz_hulp import roep

INSTELLING = settings(max_examples=40, derandomize=True, deadline=None, database=None, suppress_health_check=list(HealthCheck))


def _euro(tekst: str) -> Decimal:
    """'€ 1.234,56' -> Decimal('1234.56') (de uitvoer schrijft geen dubbelzinnige punten)."""
    return Decimal(tekst.replace("€", "").strip().rstrip("…").replace(".", "").replace(",", "."))


def _regel(uitvoer: str, kop: str) -> Decimal:
    m = re.search(re.escape(kop) + r"\s*(€ [0-9.,…]+)", uitvoer)
    assert m, (kop, uitvoer)
    return _euro(m.group(1))


def _beide(args: list[str]) -> tuple[str, dict]:
    mens, machine = roep(args), roep([*args, "--json"])
    assert mens.code == machine.code == 0, (mens.stderr, machine.stderr)
    return mens.stdout, json.loads(machine.stdout)


def _getal(maximum: int, decimalen: int):
    return st.decimals(0, maximum, places=decimalen, allow_nan=False, allow_infinity=False).map(lambda d: f"{d:f}".replace(".", ","))


@INSTELLING
@given(tarief=_getal(10_000, 3))
def test_indexering_uitleg_telt_op(tarief):
    mens, data = _beide(["indexering", "--tarief", tarief])
    m = re.search(r"(€ [0-9.,]+) × \(1 \+ ([0-9,]+)%\) = (€ [0-9.,]+)", mens)
    assert m, mens
    oud, pct, nieuw = _euro(m.group(1)), Decimal(m.group(2).replace(",", ".")), _euro(m.group(3))
    assert oud == Decimal(tarief.replace(",", "."))  # getoond zoals ingevoerd, niet afgerond
    assert (oud * (1 + pct / 100)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) == nieuw
    assert Decimal(data["nieuw"]) == nieuw == _regel(mens, "Geïndexeerd tarief:")


@INSTELLING
@given(n=st.integers(1, 20_000), dm2=st.integers(0, 500), uren=_getal(60, 4))
def test_poh_s_bedragen_gelijk(n, dm2, uren):
    mens, data = _beide(["poh-s", "--ingeschreven", str(n), "--dm2", str(min(dm2, n)), "--contracturen", uren])
    assert _regel(mens, "Jaarbedrag:") == Decimal(data["jaarbedrag"])
    assert _regel(mens, "Kwartaaltarief per verzekerde:") == Decimal(data["kwartaaltarief_per_verzekerde"])


@INSTELLING
@given(n=st.integers(1, 20_000), uren=_getal(60, 4), afgesproken=st.none() | _getal(60, 2))
def test_poh_ggz_bedragen_gelijk(n, uren, afgesproken):
    extra = [] if afgesproken is None else ["--afgesproken-uren", afgesproken]
    mens, data = _beide(["poh-ggz", "--ingeschreven", str(n), "--uren", uren, *extra])
    assert _regel(mens, "Opslag per verzekerde/kwartaal:") == Decimal(data["kwartaalopslag_per_verzekerde"])
    for d in data["declaratie"]:
        assert _regel(mens, f"Declareer {d['prestatiecode']}:") == Decimal(d["bedrag"])


@INSTELLING
@given(uren=_getal(40, 4), kosten=_getal(200, 2), keten=_getal(10, 2))
def test_zk_aanvulling_bedragen_gelijk(uren, kosten, keten):
    if Decimal(keten.replace(",", ".")) > Decimal(uren.replace(",", ".")):
        keten = "0"
    mens, data = _beide(["zk-poh-s-aanvulling", "--uren", uren, "--uurkosten", kosten, "--ketenzorg", keten])
    assert _regel(mens, "Kosten per week:") == Decimal(data["kosten_per_week"])
    assert _regel(mens, "Aanvulling per week (15%):") == Decimal(data["aanvulling_per_week"])
