"""Concept-contracten: het bestand, de haak in de parameters, een nieuwe periode, --concept op elke subopdracht
(cli/concept_optie.py) en de scenariosuite onder een concept (welke scenario's wel en niet veranderen)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import typer
import yaml

from zorgcontract.kern import concept, parameters
from zorgcontract.regels.zz.pohs import artikel_5

WORTEL = Path(__file__).resolve().parents[1]
VOORBEELDEN = WORTEL / "examples"


def _concept(tmp_path, gegevens: dict, naam="c.yaml") -> Path:
    pad = tmp_path / naam
    pad.write_text(yaml.safe_dump(gegevens, allow_unicode=True), encoding="utf-8")
    return pad


def _waarde(w, reden="test", **extra):
    return {"waarde": w, "bron": "concept", "reden": reden, **extra}


def test_overschrijven_en_herstellen(tmp_path):
    pad = _concept(tmp_path, {"concept": "normpraktijk", "parameters": {
        "zz26-pohggz.a6.normpraktijk": {"waarden": {"2027-01-01": _waarde(2500, "grotere normpraktijk vanaf 2027")}}}})
    assert parameters.waarde("zz26-pohggz.a6.normpraktijk", date(2027, 6, 1)).waarde == 2350
    with concept.actief(pad) as c:
        assert c.titel == "normpraktijk"
        assert parameters.waarde("zz26-pohggz.a6.normpraktijk", date(2026, 6, 1)).waarde == 2350  # ervoor: contract
        w = parameters.waarde("zz26-pohggz.a6.normpraktijk", date(2027, 6, 1))
        assert w.waarde == 2500 and "CONCEPT 'normpraktijk': grotere normpraktijk" in str(w.bron)
        assert parameters.waarde("zz26-pohggz.a6.normpraktijk", date(2028, 12, 31)).waarde == 2500
        with concept.zonder():
            assert parameters.waarde("zz26-pohggz.a6.normpraktijk", date(2027, 6, 1)).waarde == 2350
    assert parameters.waarde("zz26-pohggz.a6.normpraktijk", date(2027, 6, 1)).waarde == 2350
    assert concept.OMGEVING not in os.environ


def test_waarde_toevoegen_waar_het_contract_zwijgt(tmp_path):
    pr = artikel_5.PohSPraktijk(ingeschreven_verzekerden=2350, dm2=150, cvrm=200, copd=40, astma=60, contracturen_per_week=16, jaar=2027)
    with pytest.raises(Exception, match="uurtarief"):
        artikel_5.bereken(pr)
    with concept.actief(VOORBEELDEN / "concept-2027.yaml"):
        # 16 × 46 × 72,24 = 53.168,64; / 2350 / 4 = 5,6562 → € 5,66
        assert artikel_5.bereken(pr).kwartaaltarief_per_verzekerde == artikel_5.Decimal("5.66")


@pytest.mark.parametrize("gegevens,sleutel", [
    ({"parameters": {}}, "concept"),
    ({"concept": "x", "parameters": {"zz26-pohs.a5.uurtarief": {"waarden": {"2026-01-01": {"waarde": 1, "reden": "r"}}}}},
     "parameters.zz26-pohs.a5.uurtarief.waarden.2026-01-01.bron"),
    ({"concept": "x", "parameters": {"zz26-pohs.a5.uurtarief": {"waarden": {"2026-01-01": {"waarde": 1, "bron": "concept"}}}}},
     "parameters.zz26-pohs.a5.uurtarief.waarden.2026-01-01.reden"),
    ({"concept": "x", "parameters": {"zz26-pohs.a5.uurtaref": {"waarden": {"2026-01-01": _waarde(1)}}}}, "parameters.zz26-pohs.a5.uurtaref"),
    ({"concept": "x", "parameters": {"zz30-pohs.a5.uurtarief": {"waarden": {"2030-01-01": _waarde(1)}}}}, "parameters.zz30-pohs.a5.uurtarief"),
    ({"concept": "x", "parameters": {"zz26-pohs.a5.uurtarief": {"waarden": {"2029-01-01": _waarde(1)}}}},
     "parameters.zz26-pohs.a5.uurtarief.waarden.2029-01-01"),
    ({"concept": "x", "onzin": 1}, "onzin"),
])
def test_foute_conceptbestanden(tmp_path, gegevens, sleutel):
    pad = _concept(tmp_path, gegevens)
    with pytest.raises(concept.ConceptFout) as e:
        with concept.actief(pad):
            pass
    assert e.value.sleutel == sleutel, str(e.value)
    assert concept.OMGEVING not in os.environ


def test_nieuwe_periode(tmp_path):
    pr = artikel_5.PohSPraktijk(ingeschreven_verzekerden=2350, dm2=150, cvrm=200, copd=40, astma=60, contracturen_per_week=16, jaar=2029)
    with concept.actief(VOORBEELDEN / "concept-2029.yaml"):
        r = artikel_5.bereken(pr)
        # 900 uur / 45 weken = 20 ≥ 16; 16 × 45 × 76,10 = 54.792,00; / 2350 / 4 = 5,8289 → € 5,83
        assert r.kwartaaltarief_per_verzekerde == artikel_5.Decimal("5.83")
        assert "ZZ POH-S 2029-2031" in r.uitleg.als_tekst()[0]
        basis = parameters.waarde("zz29-pohs.a5.basisuren_per_verzekerde", date(2029, 1, 1))
        assert "overgenomen uit zz26-pohs.a5.basisuren_per_verzekerde" in str(basis.bron)
    with pytest.raises(Exception, match="2026-2028"):
        artikel_5.bereken(pr)


def _cli(*args: str):
    """De echte ``zorgcontract``-ingang (met de invoerlaag en ``--concept`` op elke rekenende subopdracht)."""
    from tests.fuzz_hulp import roep

    return roep(list(args))


def test_concept_optie_staat_op_elke_rekenende_subopdracht():
    from zorgcontract.cli import app
    from zorgcontract.cli.concept_optie import REKENEND

    met = {i.name for i in app.registered_commands if "concept" in __import__("inspect").signature(i.callback).parameters}
    assert {"poh-s", "poh-ggz", "declaratiestart", "coulance"} <= met
    assert REKENEND & {i.name for i in app.registered_commands} <= met


def test_concept_optie_op_een_bestaande_subopdracht():
    args = ["poh-s", "--ingeschreven", "2350", "--contracturen", "16"]
    zonder = _cli(*args, "--json")
    met = _cli(*args, "--json", "--concept", str(VOORBEELDEN / "concept-uurtarief-2026.yaml"))
    assert zonder.code == met.code == 0, met.stderr
    a, b = json.loads(zonder.stdout), json.loads(met.stdout)
    assert "concept" not in a and list(b)[0] == "concept"
    # 0,12 × 2350 / 46 = 6,1304 uur; × 46 × 75 = 21.150,00; / 2350 / 4 = € 2,25 (contract: 282 × 70,14 / 9400 = € 2,10)
    assert (a["kwartaaltarief_per_verzekerde"], b["kwartaaltarief_per_verzekerde"]) == ("2.10", "2.25")
    assert set(b) - {"concept"} == set(a)
    tekst = _cli(*args, "--concept", str(VOORBEELDEN / "concept-uurtarief-2026.yaml"))
    assert tekst.stdout.splitlines()[0].startswith("CONCEPT ")
    fout = _cli(*args, "--json", "--concept", str(VOORBEELDEN / "bestaat-niet.yaml"))
    assert fout.code == 2 and "concept" in fout.stdout


def test_concept_optie_ook_bij_een_fout_in_de_regel():
    # 2027: het concept zet alleen het uurtarief 2026; voor 2027 noemt ook het concept geen tarief
    u = _cli("poh-s", "--ingeschreven", "2350", "--contracturen", "16", "--jaar", "2027", "--json",
             "--concept", str(VOORBEELDEN / "concept-uurtarief-2026.yaml"))
    assert u.code == 2, u.stderr
    d = json.loads(u.stdout)
    assert d["concept"]["titel"].startswith("Voorbeeld") and "uurtarief" in d["fout"]


def test_scenariosuite_onder_een_concept(tmp_path):
    """Het concept verandert alleen het uurtarief POH-S 2026: de scenario's over jaarbedrag en kwartaaltarief
    moeten veranderen, die over uren (maximum, vergoede uren) en over POH-GGZ niet."""
    rapport = tmp_path / "concept.json"
    u = subprocess.run([sys.executable, "-m", "pytest", "-q", "tests/scenarios", "-k", "normpraktijk_met or jaarbedrag_en_kwartaaltarief or opslag_per_verzekerde_per_kwartaal",
                        f"--concept={VOORBEELDEN / 'concept-uurtarief-2026.yaml'}", f"--concept-rapport={rapport}", "-p", "no:randomly"],
                       cwd=WORTEL, capture_output=True, text=True, timeout=300)
    assert u.stdout.splitlines()[0].startswith("CONCEPT 'Voorbeeld - uurtarief POH-S 2026")
    d = json.loads(rapport.read_text(encoding="utf-8"))
    assert d["concept"]["parameters"] == ["zz26-pohs.a5.uurtarief"]
    per = {}
    for s in d["scenarios"]:
        per.setdefault(s["scenario"], []).append(s)
    assert all(s["verandert"] for s in per["de normpraktijk met 16 contracturen"])
    assert all(s["verandert"] for s in per["jaarbedrag en kwartaaltarief per verzekerde"])
    assert not any(s["verandert"] for s in per["een normpraktijk met alle vier chronische groepen"])
    ggz = [s for s in d["scenarios"] if "zz26-pohggz" in s["bestand"]]
    assert ggz and not any(s["verandert"] or s["contract"] != s["concept"] for s in ggz)
    assert "VERANDERT" in u.stdout and u.returncode == 1
    veranderd = [s for s in d["scenarios"] if s["verandert"]]
    assert all(s["contract"] == "geslaagd" and s["concept"].startswith("mislukt") for s in veranderd)


def test_scenariosuite_zonder_concept_ongemoeid(tmp_path):
    u = subprocess.run([sys.executable, "-m", "pytest", "-q", "tests/scenarios", "-k", "normpraktijk_met", "-p", "no:randomly"],
                       cwd=WORTEL, capture_output=True, text=True, timeout=300)
    assert u.returncode == 0 and "CONCEPT" not in u.stdout
