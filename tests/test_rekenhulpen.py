"""De rekenhulpen zonder browser: de ingang ``zorgcontract.rekenhulp`` tegen de echte CLI (subprocess), de
velden uit de typer-app, de bronlinks, de YAML-als-JSON-lader en het wiel zonder PyYAML."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml

from zorgcontract import rekenhulp
from zorgcontract.handboek import rekenhulp_paginas as rp
from zorgcontract.kern import yaml_json

WORTEL = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "zorgcontract"]


def cli_json(args: list[str], cwd: Path | None = None) -> tuple[int, dict | None, str]:
    r = subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=cwd, check=False)
    data = rekenhulp.lees_json_uitvoer(r.stdout) if r.stdout.strip().startswith("{") else None
    return r.returncode, data, r.stderr


GEVALLEN = [
    ("poh-ggz", {"ingeschreven": "2350", "uren": "16", "afgesproken-uren": "20", "jaar": "2026"}),
    ("poh-ggz", {"ingeschreven": "3100", "uren": "30,5"}),
    ("poh-ggz", {"ingeschreven": "-5", "uren": "16"}),
    ("poh-s", {"ingeschreven": "2350", "dm2": "150", "contracturen": "16", "keten-dbc": ["DM2", "copd"]}),
    ("poh-s", {"ingeschreven": "2350", "contracturen": "16", "keten-dbc": ["xyz"]}),
    ("coulance", {"functie": "poh-ouderen", "start-opleiding": "2026-03-10", "opleidingsduur-maanden": "12", "hbo-v": True}),
    ("zk-oaw-toets", {"ingeschreven": "3000", "spreekuur": ["di 17:00-19:00", "za 09:00-10:00 x2"], "weken": "46"}),
    ("declaratiestart", {"start-overeenkomst": "1 april 2026"}),
    ("oaw-uren", {"ingeschreven": "3000", "jaar": "2031"}),
]
VLAGGEN = {"coulance": ["verkennend-gesprek", "incompany-opleiding", "hbo-v"],
           "zk-oaw-toets": ["niet-digitaal-en-fysiek", "geen-vaste-momenten", "niet-in-eigen-praktijk"]}


@pytest.mark.parametrize("sub,opties", GEVALLEN)
def test_bereken_geeft_wat_de_cli_geeft(sub, opties):
    args = rekenhulp.argv(sub, opties, VLAGGEN.get(sub, ()))
    code, data, stderr = cli_json(args)
    r = rekenhulp.bereken(sub, opties, VLAGGEN.get(sub, ()))
    if code == 0:
        assert r["status"] == "ok" and r["uitkomst"] == data
    else:
        assert code == 2 and r["status"] == "invoerfout"
        assert r["fout"] == data["fout"]
        assert f"fout: {r['fout']}" in stderr


def test_argv_herhaalbaar_vlag_en_leeg():
    assert rekenhulp.argv("zk-oaw-toets", {"ingeschreven": "3000", "spreekuur": ["di 17:00-19:00", "", "za 09:00-10:00"],
                                           "weken": "", "geen-vaste-momenten": True, "niet-in-eigen-praktijk": False},
                          ["geen-vaste-momenten", "niet-in-eigen-praktijk"]) == [
        "zk-oaw-toets", "--ingeschreven", "3000", "--spreekuur", "di 17:00-19:00", "--spreekuur", "za 09:00-10:00",
        "--geen-vaste-momenten", "--json"]
    assert rekenhulp.argv("declaraties", {"bestand": "x.csv"}) == ["declaraties", "x.csv", "--route", "referentie", "--json"]


def test_foutmelding_noemt_het_veld_van_het_formulier():
    r = rekenhulp.bereken("poh-ggz", {"ingeschreven": "2350", "uren": "abc"})
    assert r["status"] == "invoerfout" and r["veld"] == "uren"
    assert "'abc' is geen aantal uren" in r["fout"]
    # een onbekende optie (die het formulier nooit stuurt) geeft de melding van de CLI, zonder veld
    r = rekenhulp.bereken("poh-ggz", {"ingeschreven": "2350", "uren": "16", "onzin": "1"}, velden=["ingeschreven", "uren"])
    assert r["status"] == "invoerfout" and r["veld"] is None and "onbekende optie '--onzin'" in r["fout"]


def test_een_fout_in_het_pakket_is_geen_invoerfout(monkeypatch):
    from zorgcontract import cli

    def stuk():
        raise ZeroDivisionError("proef")

    monkeypatch.setattr(cli, "main", stuk)
    r = rekenhulp.bereken("poh-ggz", {"ingeschreven": "2350", "uren": "16"})
    assert r["status"] == "intern" and r["fout"] == "er ging iets mis"
    assert "ZeroDivisionError: proef" in r["detail"]
    monkeypatch.setattr(cli, "main", lambda: sys.exit(3))
    assert rekenhulp.bereken("poh-ggz", {})["status"] == "intern"


def test_declaraties_via_een_bestand(tmp_path, monkeypatch):
    csv = (WORTEL / "tests" / "data" / "declaraties-voorbeeld.csv").read_text(encoding="utf-8")
    (tmp_path / "mijn.csv").write_text(csv, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    r = rekenhulp.bereken("declaraties", {"bestand": "mijn.csv"})
    code, data, _ = cli_json(["declaraties", "mijn.csv", "--json"], cwd=tmp_path)
    assert code == 0 and r["status"] == "ok" and r["uitkomst"] == data
    r = rekenhulp.bereken("declaraties", {"bestand": "weg.csv"})
    assert r["status"] == "invoerfout" and r["veld"] == "bestand"


# ---------------------------------------------------------------------------------------------- pagina's
def test_elke_rekenhulp_bestaat_in_de_cli_en_elk_veld_heeft_een_label():
    from typer.main import get_command

    from zorgcontract.cli import app

    commands = get_command(app).commands
    for r in rp.REKENHULPEN:
        assert r.subopdracht in commands
        velden = rp.velden(r)
        assert velden, r.subopdracht
        for v in velden:
            assert v["label"] != v["naam"], f"{r.subopdracht}: optie --{v['naam']} heeft geen Nederlands label"
        # alle opties van de CLI staan in het formulier (behalve --json)
        opties = {o[2:] for p in commands[r.subopdracht].params for o in getattr(p, "opts", []) if o.startswith("--")}
        assert opties - {o[2:] for o in rp.NIET_IN_FORMULIER} == {v["naam"] for v in velden if v["soort"] != "bestand"}
    assert {r.subopdracht for r in rp.REKENHULPEN} == {
        "poh-s", "poh-ggz", "declaratiestart", "coulance", "zk-poh-ggz", "oaw-uren", "zk-oaw-toets", "declaraties"}


def _bronnen(data) -> list[str]:
    if isinstance(data, dict):
        return [w for k, w in data.items() if k == "bron" and isinstance(w, str)] + [
            b for w in data.values() for b in _bronnen(w)]
    if isinstance(data, list):
        return [b for w in data for b in _bronnen(w)]
    return []


def _link(bron: str, links) -> str | None:
    return rp.bronlink(bron, links, rp.bronwoorden())


def test_elke_bron_in_de_uitleg_linkt_naar_een_artikel_of_lid(tmp_path, monkeypatch):
    from zorgcontract.kern.register import contractregister

    links = rp.bronlinks()
    bronnen = set()
    for sub, opties in GEVALLEN:
        r = rekenhulp.bereken(sub, opties, VLAGGEN.get(sub, ()))
        if r["status"] == "ok":
            bronnen.update(_bronnen(r["uitkomst"]))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.csv").write_text((WORTEL / "tests" / "data" / "declaraties-voorbeeld.csv").read_text(encoding="utf-8"),
                                    encoding="utf-8")
    bronnen.update(_bronnen(rekenhulp.bereken("declaraties", {"bestand": "d.csv"})["uitkomst"]))
    assert len(bronnen) > 10
    register = contractregister()
    for b in bronnen:
        url = _link(b, links)
        assert url, b
        assert "#reg-" in url, (b, url)  # niet alleen het document: het artikel, lid of de vraag
        assert url.split("#reg-")[1] in register
    # een lid linkt naar zijn lid, niet naar het artikel of een ander lid
    assert _link("ZZ POH-S 2026-2028, art. 5, lid 9", links).endswith("#reg-zz26-pohs-a5-l9")
    assert _link("ZZ POH-GGZ 2026-2028, art. 6, lid 3c", links).endswith("#reg-zz26-pohggz-a6-l3")
    assert _link("ZZ POH-S 2026-2028, art. 5, lid 1", links).endswith("#reg-zz26-pohs-a5-l1")


def test_pagina_bevat_formulier_spec_en_script():
    tekst = rp.pagina_md(rp.rekenhulp("poh-ggz"), rp.bronlinks())
    assert 'data-subopdracht="poh-ggz"' in tekst and 'name="afgesproken-uren"' in tekst
    assert 'type="module" async src="../_static/rekenhulpen/rekenhulp.mjs"' in tekst
    assert "## Zo rekent het contract" in tekst and "{ref}`" in tekst
    assert "http://" not in tekst and "https://" not in tekst


# ---------------------------------------------------------------------------------------------- YAML zonder PyYAML
def test_yaml_als_json_geeft_hetzelfde_als_pyyaml():
    wortel = WORTEL / "src" / "zorgcontract" / "data"
    index = json.loads(json.dumps(yaml_json.maak_index(wortel)))
    paden = sorted(wortel.rglob("*.yaml"))
    assert len(paden) > 20
    for pad in paden:
        tekst = pad.read_text(encoding="utf-8")
        assert yaml_json._uit_json(index[yaml_json.sleutel(tekst)]) == yaml.safe_load(tekst), pad


def test_het_wiel_rekent_zonder_pyyaml(tmp_path):
    """Het wiel dat de browser laadt, uitgepakt en geïmporteerd in een Python waarin ``import yaml`` faalt."""
    from zorgcontract.handboek import bundel

    wiel = bundel.eigen_wiel()
    with zipfile.ZipFile(wiel) as z:
        namen = z.namelist()
        assert "zorgcontract/data/_yaml.json" in namen
        assert not any(n.startswith("zorgcontract/handboek/") for n in namen)
        z.extractall(tmp_path / "site")
    site = str(tmp_path / "site")
    programma = (
        "import sys\n"
        f"sys.path.insert(0, {site!r})\n"
        "class Geen:\n"
        "    def find_spec(self, naam, pad=None, doel=None):\n"
        "        if naam == 'yaml' or naam.startswith('yaml.'):\n"
        "            raise ImportError('geen PyYAML in deze proef')\n"
        "sys.meta_path.insert(0, Geen())\n"
        "import json, zorgcontract\n"
        f"assert zorgcontract.__file__.startswith({site!r}), zorgcontract.__file__\n"
        "from zorgcontract.rekenhulp import bereken\n"
        "print(json.dumps(bereken('poh-ggz', {'ingeschreven': '2350', 'uren': '16'})))\n"
    )
    r = subprocess.run([sys.executable, "-c", programma], capture_output=True, text=True, check=False)
    assert r.returncode == 0, r.stderr
    uit = json.loads(r.stdout)
    assert uit["status"] == "ok" and uit["uitkomst"]["kwartaalopslag_per_verzekerde"] == "5.41"
