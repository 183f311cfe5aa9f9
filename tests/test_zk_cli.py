"""CLI-tests voor de Zilveren Kruis-subopdrachten (subprocess, zoals een gebruiker ze aanroept)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def draai(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zorgcontract", *args], capture_output=True, text=True, timeout=60)


def test_startdatum_json():
    r = draai("zk-startdatum", "--module", "poh-ggz", "--aanvraag", "2022-09-03", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["startdatum"] == "2022-10-01"
    assert data["verzekeraar"] == "Zilveren Kruis" and data["periode"] == "2022-2023"


def test_poh_ggz_json():
    data = json.loads(draai("zk-poh-ggz", "--ingeschreven", "4700", "--json").stdout)
    assert (data["uren_per_week"], data["patientcontact"], data["consultatie"], data["ehealth"]) == ("24.000000", "20.000000", "2.000000", "2.000000")


def test_fgv_json_exact_en_score():
    data = json.loads(draai("fgv", "--conform", "601", "--totaal", "1000", "--grenzen", "60,70,80", "--json").stdout)
    assert data["fgv1"] == "60.1" and data["score"] == "B"
    data = json.loads(draai("fgv", "--conform", "1", "--totaal", "3", "--grenzen", "33.3333,50,75", "--json").stdout)
    assert data["fgv1"].startswith("33.333333") and data["score"] == "B"
    data = json.loads(draai("fgv", "--conform", "1", "--totaal", "3", "--grenzen", "33,3333;50;75", "--json").stdout)
    assert data["score"] == "B"


@pytest.mark.parametrize("n,uren", [(2399, "2.000000"), (2400, "2.000000"), (3000, "2.500000"), (3600, "3.000000")])
def test_oaw_uren_json(n, uren):
    assert json.loads(draai("oaw-uren", "--ingeschreven", str(n), "--json").stdout)["uren_per_week"] == uren


def test_oaw_toets_json():
    r = draai("zk-oaw-toets", "--ingeschreven", "3000", "--spreekuur", "di 17:00-19:00", "--spreekuur", "za 09:00-09:30", "--weken", "45", "--json")
    data = json.loads(r.stdout)
    assert data["voldaan"] is True and data["tellende_uren"] == "2.500000"


def test_poh_s_aanvulling_json():
    r = draai("zk-poh-s-aanvulling", "--uren", "20", "--uurkosten", "50", "--kwetsbare-ouderen", "2", "--toekomstbestendig", "1",
              "--ketenzorg", "8", "--json")
    data = json.loads(r.stdout)
    assert data["overige_uren_per_week"] == "9.000000" and data["aanvulling_per_week"] == "67.50"


FOUTEN = [
    (["zk-startdatum", "--module", "poh-x", "--aanvraag", "2022-01-01"], "module"),
    (["zk-startdatum", "--module", "poh-s", "--aanvraag", "2022-02-30"], "aanvraag"),
    (["zk-startdatum", "--module", "kwaliteit"], "aanvraag"),
    (["zk-startdatum", "--module", "kwaliteit", "--aanvraag", "2023-06-04"], "aanvraag"),
    (["zk-poh-ggz", "--ingeschreven", "0"], "ingeschreven"),
    (["zk-poh-ggz", "--ingeschreven", "veel"], "ingeschreven"),
    (["zk-poh-ggz", "--ingeschreven", "2350", "--uren", "-1"], "uren"),
    (["zk-poh-ggz", "--ingeschreven", "2350", "--jaar", "2024"], "jaar"),
    (["fgv", "--conform", "1", "--totaal", "0", "--grenzen", "60,70,80"], "totaal"),
    (["fgv", "--conform", "5", "--totaal", "4", "--grenzen", "60,70,80"], "conform"),
    (["fgv", "--conform", "-1", "--totaal", "4", "--grenzen", "60,70,80"], "conform"),
    (["fgv", "--conform", "1", "--totaal", "4", "--grenzen", "70,60,80"], "grenzen"),
    (["fgv", "--conform", "1", "--totaal", "4", "--grenzen", "60,70"], "grenzen"),
    (["fgv", "--conform", "1", "--totaal", "4", "--grenzen", "60,70,abc"], "grenzen"),
    (["fgv", "--conform", "1", "--totaal", "4"], "grenzen"),
    (["oaw-uren", "--ingeschreven", "0"], "ingeschreven"),
    (["oaw-uren", "--ingeschreven", "2,5"], "ingeschreven"),
    (["oaw-uren", "--ingeschreven", "3000", "--jaar", "2021"], "jaar"),
    (["zk-oaw-toets", "--ingeschreven", "3000", "--weken", "45"], "spreekuur"),
    (["zk-oaw-toets", "--ingeschreven", "3000", "--spreekuur", "di 19:00-17:00", "--weken", "45"], "spreekuur"),
    (["zk-oaw-toets", "--ingeschreven", "3000", "--spreekuur", "xx 17:00-19:00", "--weken", "45"], "spreekuur"),
    (["zk-oaw-toets", "--ingeschreven", "3000", "--spreekuur", "di 17:00-19:00", "--weken", "60"], "weken"),
    (["zk-poh-s-aanvulling", "--uren", "5", "--uurkosten", "50", "--ketenzorg", "8"], "ketenzorg"),
    (["zk-poh-s-aanvulling", "--uren", "30", "--gedeeld-totaal", "24", "--uurkosten", "50"], "uren"),
    (["zk-poh-s-aanvulling", "--uren", "10", "--uurkosten", "-5"], "uurkosten"),
    (["zk-poh-s-aanvulling", "--uren", "10"], "uurkosten"),
]


@pytest.mark.parametrize("args,veld", FOUTEN, ids=[" ".join(a) for a, _ in FOUTEN])
def test_foute_invoer_geeft_nederlandse_melding_exit_2_en_json_fout(args, veld):
    # met --json: melding op stderr én {"fout": ...} op stdout (één aanroep houdt de suite snel)
    rj = draai(*args, "--json")
    assert rj.returncode == 2, (rj.stdout, rj.stderr)
    assert "Traceback" not in rj.stderr
    assert f"ongeldige waarde voor '--{veld}'" in rj.stderr, rj.stderr
    assert f"ongeldige waarde voor '--{veld}'" in json.loads(rj.stdout)["fout"]


@pytest.mark.parametrize("args,veld", FOUTEN[::6], ids=[" ".join(a) for a, _ in FOUTEN[::6]])
def test_foute_invoer_zonder_json_alleen_op_stderr(args, veld):
    r = draai(*args)
    assert r.returncode == 2 and r.stdout == "" and "Traceback" not in r.stderr
    assert r.stderr.startswith("fout: ongeldige waarde voor") and f"'--{veld}'" in r.stderr
