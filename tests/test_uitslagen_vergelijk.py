"""``zorgcontract uitslagen vergelijk``: wat veranderde tussen twee uitslagenrecords, en foute invoer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from zorgcontract.handboek.uitslagen import verschil_md
from zorgcontract.kern import uitslagen as u

WORTEL = Path(__file__).resolve().parents[1]


def _sc(naam, status, regel=3, bestand="a.feature", rijen=None):
    d = {"bestand": bestand, "regel": regel, "naam": naam, "vingerafdruk": "x", "status": status}
    if rijen is not None:
        d["rijen"] = [{"regel": regel + 5 + i, "waarden": w, "status": s} for i, (w, s) in enumerate(rijen)]
    return d


def _rec(*scenarios, commit="c0"):
    return {"versie": 1, "run": {"begin": "2026-01-01T00:00:00+00:00", "commit": commit}, "scenarios": list(scenarios)}


OUD = _rec(
    _sc("blijft goed", "geslaagd"),
    _sc("gaat stuk", "geslaagd", 10),
    _sc("wordt goed", "mislukt", 20),
    _sc("verdwijnt", "geslaagd", 30),
    _sc("tabel", "geslaagd", 40, rijen=[({"a": "1", "b": "2"}, "geslaagd"), ({"a": "2", "b": "4"}, "geslaagd"),
                                       ({"a": "9", "b": "9"}, "geslaagd")]),
)
NIEUW = _rec(
    _sc("blijft goed", "geslaagd", 5),  # regel verschoven: zelfde scenario
    _sc("gaat stuk", "fout in afbouw", 12),
    _sc("wordt goed", "geslaagd", 22),
    _sc("nieuw", "overgeslagen", 50),
    _sc("tabel", "mislukt", 42, rijen=[({"a": "1", "b": "2"}, "geslaagd"), ({"a": "2", "b": "5"}, "mislukt"),
                                      ({"a": "7", "b": "8"}, "geslaagd")]),
    commit="c1",
)


def test_vergelijk_alle_soorten():
    v = u.vergelijk(OUD, NIEUW)
    namen = {k: [x["naam"] for x in v[k]] for k in ("nieuw_falend", "nieuw_geslaagd", "toegevoegd", "verwijderd")}
    assert namen == {"nieuw_falend": ["gaat stuk", "tabel"], "nieuw_geslaagd": ["wordt goed"], "toegevoegd": ["nieuw"],
                     "verwijderd": ["verdwijnt"]}
    tabel = [x for x in v["nieuw_falend"] if x["naam"] == "tabel"][0]
    assert tabel["rijen"] == [{"regel": 48, "waarden": {"a": "2", "b": "5"}, "oud": "geslaagd", "nieuw": "mislukt"}]
    gewijzigd = {(x["wijziging"], x.get("regel_nieuw")): x for x in v["gewijzigde_voorbeelden"]}
    assert gewijzigd[("gewijzigd", 48)]["kolommen"] == {"b": {"oud": "4", "nieuw": "5"}}
    assert gewijzigd[("verwijderd", None)]["waarden"] == {"a": "9", "b": "9"}
    assert gewijzigd[("toegevoegd", 49)]["waarden"] == {"a": "7", "b": "8"}
    assert not v["ongewijzigd"] and v["oud"]["commit"] == "c0" and v["nieuw"]["commit"] == "c1"
    assert u.vergelijk(OUD, OUD)["ongewijzigd"]


def test_vergelijk_in_het_handboek():
    tekst = verschil_md(u.vergelijk(OUD, NIEUW), "reports/uitslagen-vorige.json")
    for kop in ("## Nieuw falend (2)", "## Nieuw geslaagd (1)", "## Toegevoegd (1)", "## Verwijderd (1)",
                "## Gewijzigde voorbeeldrijen (3)"):
        assert kop in tekst, kop
    assert "b: 4 → **5**" in tekst and "fout in afbouw" in tekst
    assert "Er is geen vorige run" in verschil_md(None, "reports/uitslagen-vorige.json")


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "zorgcontract", "uitslagen", *args], capture_output=True, text=True,
                          cwd=WORTEL, timeout=60)


def test_cli_vergelijk_tekst_en_json(tmp_path):
    (tmp_path / "oud.json").write_text(json.dumps(OUD), encoding="utf-8")
    (tmp_path / "nieuw.json").write_text(json.dumps(NIEUW), encoding="utf-8")
    r = _cli("vergelijk", str(tmp_path / "oud.json"), str(tmp_path / "nieuw.json"))
    assert r.returncode == 0, r.stderr
    assert "Nieuw falend (2):" in r.stdout and "a.feature:12 'gaat stuk': geslaagd → fout in afbouw" in r.stdout
    assert "rij op regel 48: b: 4 → 5" in r.stdout
    r = _cli("vergelijk", str(tmp_path / "oud.json"), str(tmp_path / "nieuw.json"), "--json")
    assert json.loads(r.stdout) == u.vergelijk(OUD, NIEUW)


@pytest.mark.parametrize("inhoud, melding", [
    (None, "bestand bestaat niet"),
    ("geen json", "geen geldige JSON"),
    ("[1, 2, 3]", "gevonden een lijst"),
    ('{"versie": 1, "scenarios": [{"bestand": "a", "naam": "x", "status": "geslaagd", "regel": "abc"}]}',
     "record.scenarios[0].regel: verwacht een regelnummer"),
    ('{"versie": 1, "scenarios": [{"bestand": "a", "naam": "x", "status": "geslaagd", "line": "abc"}]}',
     "record.scenarios[0].regel: verwacht een regelnummer"),
    ('{"versie": 2, "scenarios": []}', "versie 2 wordt niet ondersteund"),
    ('{"versie": 1, "scenarios": [{"bestand": "a", "naam": "x", "regel": 1, "status": "passed"}]}', "onbekende status"),
    ('{"versie": 1, "scenarios": [{"bestand": "a", "naam": "x", "regel": 1, "status": "mislukt", "rijen": [{"regel": 2, '
     '"status": "geslaagd", "waarden": [1]}]}]}', "record.scenarios[0].rijen[0].waarden"),
    ("[" * 100_000 + "]" * 100_000, "te diep geneste JSON"),
    ("\udcff", "geen UTF-8"),
])
def test_cli_vergelijk_foute_invoer(tmp_path, inhoud, melding):
    goed = tmp_path / "goed.json"
    goed.write_text(json.dumps(OUD), encoding="utf-8")
    fout = tmp_path / "fout.json"
    if inhoud == "\udcff":
        fout.write_bytes(b"\xff\xfe{")
    elif inhoud is not None:
        fout.write_text(inhoud, encoding="utf-8")
    for volgorde in ((goed, fout), (fout, goed)):
        r = _cli("vergelijk", *map(str, volgorde), "--json")
        assert r.returncode == 2, r.stdout
        assert "Traceback" not in r.stderr
        assert melding in r.stderr and str(fout) in r.stderr, r.stderr
        assert melding in json.loads(r.stdout)["fout"]


def test_cli_vergelijk_zonder_argumenten():
    r = _cli("vergelijk")
    assert r.returncode == 2 and "Traceback" not in r.stderr and "OUD.json ontbreekt" in r.stderr
