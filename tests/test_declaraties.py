"""De declaratiecontrole: CSV lezen, fouten per regel, en de CLI ``zorgcontract declaraties``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zorgcontract.kern.fouten import InvoerFout
from zorgcontract.regels.zz import declaraties

PROJECT = Path(__file__).resolve().parents[1]
VOORBEELD = PROJECT / "tests" / "data" / "declaraties-voorbeeld.csv"


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "zorgcontract", *args], capture_output=True, text=True, cwd=PROJECT)


def test_voorbeeldbestand_per_regel():
    uit = {b.regel: b for b in declaraties.controleer(VOORBEELD.read_text(encoding="utf-8"))}
    # met de hand: 1 eerste 13029 in 2026; 2 tweede in 2026; 3 door POH-S; 4 13030 eerste keer; 5 nodig + nascholing;
    # 6 consult voor het gesprek zelf; 7 andere zorgvraag; 8 advies vóór besluit; 9 zelfde SCEN-arts; 10 negen deelnemers;
    # 11 SOH direct patiëntgebonden; 12 onbekende code; 13 geen datum
    verwacht = {"1": True, "2": False, "3": False, "4": True, "5": True, "6": False, "7": True, "8": True, "9": False,
                "10": False, "11": True, "12": None, "13": None}
    assert {k: b.toegestaan for k, b in uit.items()} == verwacht
    assert uit["12"].fout and "99999" in uit["12"].fout
    assert all(r.bron for b in uit.values() for r in b.redenen)


@pytest.mark.parametrize("tekst, veld", [
    ("", "bestand"),
    ("prestatiecode,datum\n13029,2026-01-01\n", "kopregel"),
    ("prestatiecode,datum,uitvoerder,kleur\n", "kopregel"),
    ("prestatiecode,datum,uitvoerder,datum\n", "kopregel"),
])
def test_ongeldige_kopregel_weigert_het_hele_bestand(tekst, veld):
    with pytest.raises(InvoerFout) as e:
        declaraties.controleer(tekst)
    assert e.value.veld == veld


def test_puntkomma_en_ontbrekende_velden():
    uit = declaraties.controleer("prestatiecode;datum;uitvoerder\n13029;2026-01-05;huisarts\n13029;2026-01-06\n;2026-01-07;huisarts\n")
    assert uit[0].toegestaan is True
    assert uit[1].fout and "velden" in uit[1].fout
    assert uit[2].fout and "'prestatiecode'" in uit[2].fout


@settings(max_examples=60)
@given(st.lists(st.tuples(st.sampled_from(list(declaraties.CODES)), st.dates(), st.sampled_from(declaraties.UITVOERDERS + ("x",)),
                          st.sampled_from(["", "toestemming", "nascholing nodig", "huisartsenovereenkomst", "???"]),
                          st.sampled_from(["", "3", "9", "nul"])), max_size=8))
def test_elke_regel_krijgt_een_oordeel_of_een_fout(rijen):
    tekst = "prestatiecode,datum,uitvoerder,context,deelnemers\n" + "".join(f"{c},{d.isoformat()},{u},{k},{n}\n" for c, d, u, k, n in rijen)
    uit = declaraties.controleer(tekst)
    assert len(uit) == len(rijen)
    for b in uit:
        assert (b.fout is None) == (b.toegestaan is not None)
        if b.fout is None:
            assert b.redenen


def test_cli_tekst_en_exit_0_ook_met_geweigerde_regels():
    r = _cli("declaraties", str(VOORBEELD))
    assert r.returncode == 0, r.stderr
    assert "regel 2: 13029 op 3 november 2026 door huisarts: NIET TOEGESTAAN" in r.stdout
    assert "regel 12: 99999: FOUT" in r.stdout
    assert "Toegestaan: 6, niet toegestaan: 5, fout: 2" in r.stdout


def test_cli_json():
    r = _cli("declaraties", str(VOORBEELD), "--json")
    data = json.loads(r.stdout)
    assert data["samenvatting"] == {"toegestaan": 6, "geweigerd": 5, "fouten": 2}
    regel1 = data["regels"][0]
    assert regel1["datum"] == "2026-02-10" and regel1["toegestaan"] is True
    assert regel1["redenen"][0]["bron"].startswith("ZZ FAQ 2026-2028")


@pytest.mark.parametrize("inhoud, melding", [
    (None, "bestaat niet"),
    ("kleur,vorm\nrood,rond\n", "kopregel"),
    (b"\xff\xfe\x00", "UTF-8"),
])
def test_cli_onleesbaar_bestand_exit_2(tmp_path, inhoud, melding):
    pad = tmp_path / "d.csv"
    if isinstance(inhoud, bytes):
        pad.write_bytes(inhoud)
    elif inhoud is not None:
        pad.write_text(inhoud, encoding="utf-8")
    r = _cli("declaraties", str(pad), "--json")
    assert r.returncode == 2
    assert melding in json.loads(r.stdout)["fout"] and melding in r.stderr
    assert "Traceback" not in r.stderr


def test_cli_help_documenteert_het_formaat():
    r = _cli("declaraties", "--help")
    for woord in ("regel,prestatiecode,datum,uitvoerder,context,deelnemers,zorgverlener", "behandelwensgesprek", "symbolische", "31080", "12116"):
        assert woord in r.stdout.replace("\n", " ").replace("  ", " ") or woord in r.stdout, woord
