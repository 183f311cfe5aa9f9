"""De declaratiecontrole: CSV lezen, fouten per regel, veilig lezen, en de CLI ``zorgcontract declaraties``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zorgcontract.kern.fouten import InvoerFout
from zorgcontract.regels.zz import declaraties
from zorgcontract.regels.zz.declaraties import formaat, proefbestand

PROJECT = Path(__file__).resolve().parents[1]
VOORBEELD = PROJECT / "tests" / "data" / "declaraties-voorbeeld.csv"


def _cli(*args, **kw):
    return subprocess.run([sys.executable, "-m", "zorgcontract", *args], capture_output=True, cwd=PROJECT, timeout=120, **kw)


def _json_regels(stdout: bytes) -> list[dict]:
    return [json.loads(r) for r in stdout.decode().splitlines() if r.strip()]


def test_voorbeeldbestand_per_regel():
    uit = {b.regel: b for b in declaraties.controleer(VOORBEELD.read_text(encoding="utf-8"))}
    # met de hand: 1 eerste 13029 in 2026; 2 tweede in 2026; 3 door POH-S; 4 13030 eerste keer; 5 nodig + nascholing;
    # 6 consult voor het gesprek zelf; 7 andere zorgvraag; 8 advies vóór besluit (20 minuten: 2 kwartieren);
    # 9 zelfde SCEN-arts; 10 negen deelnemers; 11 SOH direct patiëntgebonden; 12 onbekende code; 13 geen datum
    verwacht = {"1": True, "2": False, "3": False, "4": True, "5": True, "6": False, "7": True, "8": True, "9": False,
                "10": False, "11": True, "12": None, "13": None}
    assert {k: b.toegestaan for k, b in uit.items()} == verwacht
    assert uit["8"].eenheden == 2
    assert uit["9"].redencode == "scen.zelfde-arts"
    assert uit["12"].fout and "99999" in uit["12"].fout
    assert all(r.bron and r.code for b in uit.values() for r in b.redenen)


@pytest.mark.parametrize("tekst, veld", [
    ("", "bestand"),
    ("prestatiecode,datum\n13029,2026-01-01\n", "kopregel"),
    ("prestatiecode,datum,uitvoerder,kleur\n", "kopregel"),
    ("prestatiecode,datum,uitvoerder,datum\n", "kopregel"),
    ("praktijk,prestatiecode,datum,uitvoerder\n", "kopregel"),  # praktijk zonder verzekerde
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


@pytest.mark.parametrize("verzekerde, bsn", [("123456782", True), ("1234 56 782", True), ("123456789", False),
                                             ("V-123456782", False), ("12345678", False), ("111222333", True)])
def test_bsn_herkenning(verzekerde, bsn):
    # 111222333: 9+8+7+12+10+8+9+6-3 = 66 = 6 x 11
    assert formaat.lijkt_op_bsn(verzekerde) is bsn


def test_bsn_wordt_niet_getoond():
    uit = declaraties.controleer("praktijk,verzekerde,prestatiecode,datum,uitvoerder\nP1,123456782,13029,2026-01-05,huisarts\n")
    assert uit[0].toegestaan is None and "burgerservicenummer" in uit[0].fout and "123456782" not in uit[0].fout
    assert uit[0].verzekerde is None


@settings(max_examples=60)
@given(st.lists(st.tuples(st.sampled_from(list(declaraties.CODES)), st.dates(), st.sampled_from(declaraties.UITVOERDERS + ("x",)),
                          st.sampled_from(["", "toestemming", "nascholing nodig", "huisartsenovereenkomst", "???"]),
                          st.sampled_from(["", "3", "9", "nul"]), st.sampled_from(["", "1", "31"])), max_size=8))
def test_elke_regel_krijgt_een_oordeel_of_een_fout(rijen):
    tekst = "prestatiecode,datum,uitvoerder,context,deelnemers,duur_minuten\n" + "".join(
        f"{c},{d.isoformat()},{u},{k},{n},{m}\n" for c, d, u, k, n, m in rijen)
    uit = declaraties.controleer(tekst)
    assert len(uit) == len(rijen)
    for b in uit:
        assert (b.fout is None) == (b.toegestaan is not None)
        if b.fout is None:
            assert b.redenen


# --- de CLI ------------------------------------------------------------------------------------------------

def test_cli_tekst_en_exit_0_ook_met_geweigerde_regels():
    r = _cli("declaraties", str(VOORBEELD))
    out = r.stdout.decode()
    assert r.returncode == 0, r.stderr
    assert "regel 2: 13029 op 3 november 2026 door huisarts: NIET TOEGESTAAN" in out
    assert "regel 12: 99999: FOUT" in out
    assert "Toegestaan: 6, niet toegestaan: 5, fout: 2" in out


def test_cli_json_regels_en_samenvatting():
    r = _cli("declaraties", str(VOORBEELD), "--json")
    regels = _json_regels(r.stdout)
    assert len(regels) == 14
    som = regels[-1]["samenvatting"]
    assert (som["toegestaan"], som["geweigerd"], som["fouten"]) == (6, 5, 2)
    eerste = regels[0]
    assert eerste["regel"] == "1" and eerste["datum"] == "2026-02-10" and eerste["toegestaan"] is True
    assert eerste["oordeel"] == "toegestaan" and eerste["redencode"] == "dm-copd.toegestaan"
    assert eerste["redenen"][0]["bron"].startswith("ZZ FAQ 2026-2028") and eerste["bron"].startswith("ZZ FAQ 2026-2028")
    fout = regels[11]
    assert fout["toegestaan"] is None and fout["oordeel"] == "fout" and "99999" in fout["fout"]


def test_cli_beide_routes_zelfde_json(tmp_path):
    pad = tmp_path / "mix.csv"
    pad.write_text(proefbestand.tekst(1000, 11, praktijken=3, verzekerden=60, foutfractie=0.05), encoding="utf-8")
    snel = _json_regels(_cli("declaraties", str(pad), "--json").stdout)
    ref = _json_regels(_cli("declaraties", str(pad), "--json", "--route", "referentie").stdout)
    assert snel == ref
    som = snel[-1]["samenvatting"]
    assert sum(v["toegestaan"] + v["geweigerd"] + v["fouten"] for v in som["per_praktijk"].values()) == 1000
    assert som["bedrag"] != "0.00"


def test_cli_eerste_regel_met_te_veel_velden_en_cr_in_een_veld(tmp_path):
    """Gevonden met vieze bestanden (60 000 regels, 3 000 vieze ertussen), beide in de snelle route: een eerste
    regel met meer dan k+1 velden gaf een interne fout voor het hele bestand, en een \\r vlak vóór een komma viel weg
    (een ander aantal velden dan de referentie las). Nu: exit 0, een eigen fout per regel, gelijk aan de referentie."""
    pad = tmp_path / "vies.csv"
    pad.write_bytes((proefbestand.KOP + "\n1,P1,V1,13029,2026-01-01,huisarts,,,,,,,\n"
                     "2,\r,V1,13029,2026-01-01,huisarts,,,,,\n3,P1,V2,13029,2026-01-01,huisarts,,,,,\n").encode())
    snel, ref = _cli("declaraties", str(pad), "--json"), _cli("declaraties", str(pad), "--json", "--route", "referentie")
    assert snel.returncode == 0 and _json_regels(snel.stdout) == _json_regels(ref.stdout)
    regels = _json_regels(snel.stdout)
    assert regels[0]["fout"] == "regel 1: 13 velden, de kopregel heeft er 11"
    assert regels[1]["praktijk"] == "\r" and regels[1]["fout"] is None  # een \r als praktijk: zoals de referentie het leest
    assert regels[2]["toegestaan"] is True


def test_cli_csv_en_uitvoerbestand(tmp_path):
    pad = tmp_path / "mix.csv"
    pad.write_text(proefbestand.grensgevallen(), encoding="utf-8")
    r = _cli("declaraties", str(pad), "--csv")
    lijnen = r.stdout.decode().splitlines()
    assert r.returncode == 0 and lijnen[0].startswith("regel,praktijk,verzekerde,prestatiecode,datum")
    assert len(lijnen) == 24
    doel = tmp_path / "uit.jsonl"
    r = _cli("declaraties", str(pad), "--json", "--uitvoer", str(doel))
    assert r.returncode == 0 and len(doel.read_text().splitlines()) == 23
    assert json.loads(r.stdout)["samenvatting"]["toegestaan"] > 0


def test_cli_rij_in_9999_stopt_het_bestand_niet(tmp_path):
    pad = tmp_path / "d.csv"
    pad.write_text("praktijk,verzekerde,prestatiecode,datum,uitvoerder,context\n"
                   "P1,V1,31080,9999-12-31,praktijk,start-overeenkomst=9999-12-31\n"
                   "P1,V1,13029,9999-12-31,huisarts,\nP1,V1,13029,2026-03-01,huisarts,\n", encoding="utf-8")
    r = _cli("declaraties", str(pad), "--json")
    regels = _json_regels(r.stdout)
    assert r.returncode == 0 and [x.get("toegestaan") for x in regels[:3]] == [None, None, True]


@pytest.mark.parametrize("maak, melding", [
    (lambda p: None, "bestaat niet"),
    (lambda p: p.write_text("kleur,vorm\nrood,rond\n"), "kopregel"),
    (lambda p: p.write_bytes(b"\xff\xfe\x00"), "UTF-8"),
    (lambda p: p.write_bytes(b"prestatiecode,datum,uitvoerder\n13029,2026-01-01,huisarts\n13029,2026-01-0\xe9,huisarts\n"), "regel 2"),
    (lambda p: p.mkdir(), "is een map"),
    (lambda p: os.mkfifo(p), "FIFO"),
])
def test_cli_onleesbaar_bestand_exit_2(tmp_path, maak, melding):
    pad = tmp_path / "d.csv"
    maak(pad)
    r = _cli("declaraties", str(pad), "--json")
    assert r.returncode == 2
    assert melding in json.loads(r.stdout)["fout"] and melding in r.stderr.decode()
    assert b"Traceback" not in r.stderr


def test_cli_apparaat_wordt_geweigerd_bij_naam():
    r = _cli("declaraties", "/dev/zero", "--json")
    assert r.returncode == 2 and "apparaat" in json.loads(r.stdout)["fout"]


def test_cli_bestandsnaam_die_geen_utf8_is(tmp_path):
    naam = os.fsencode(tmp_path) + b"/d\xff.csv"
    with open(naam, "wb") as f:
        f.write(VOORBEELD.read_bytes())
    r = _cli("declaraties", os.fsdecode(naam), "--json")
    assert r.returncode == 0, r.stderr
    assert _json_regels(r.stdout)[-1]["bestand"].endswith("d\\xff.csv")
    r = _cli("declaraties", os.fsdecode(os.fsencode(tmp_path) + b"/n\xffiet.csv"))
    assert r.returncode == 2 and "n\\xffiet.csv" in r.stderr.decode()


def test_cli_veld_van_meer_dan_128_kb(tmp_path):
    pad = tmp_path / "d.csv"
    pad.write_text("regel,prestatiecode,datum,uitvoerder,context\n"
                   f"1,13029,2026-01-05,huisarts,{'x' * 200_000}\n"
                   f'2,13029,2026-01-06,huisarts,"{"y" * 200_000}"\n'
                   f"3,13029,2026-01-07,huisarts,{'z' * 600}\n"
                   "4,13031,2026-01-08,huisarts,\n", encoding="utf-8")
    r = _cli("declaraties", str(pad), "--json")
    regels = _json_regels(r.stdout)
    assert r.returncode == 0, r.stderr
    assert "langer dan 8192 bytes" in regels[0]["fout"] and "langer dan 8192 bytes" in regels[1]["fout"]
    assert "langer dan 500 tekens" in regels[2]["fout"] and regels[3]["toegestaan"] is True


def test_cli_help_documenteert_het_formaat():
    r = _cli("declaraties", "--help")
    tekst = "".join(r.stdout.decode().replace("│", "").split())
    for woord in ("regel,praktijk,verzekerde,prestatiecode,datum,uitvoerder,context,deelnemers,zorgverlener,duur_minuten,tarief",
                  "behandelwensgesprek", "symbolische", "31080", "12116", "BSN", "elfproef", "begonnen kwartier"):
        assert woord.replace(" ", "") in tekst, woord


@settings(max_examples=150, deadline=None)
@given(regels=st.lists(st.sampled_from(["13029,2026-01-05,huisarts", "", "x" * 90, "é,ü\r", "🙂" * 7, ","]),
                       max_size=40),
       slot=st.sampled_from(["", "\n", "zonder-einde"]), grootte=st.integers(1, 120), venster=st.integers(1, 40))
def test_bestand_in_stukken_heel_en_op_regelgrenzen(tmp_path_factory, regels, slot, grootte, venster):
    """``Invoerbestand.stukken`` (venster, precies tot het laatste regeleinde, lange regels verder lezen): samen het hele
    bestand, elk stuk behalve het laatste eindigt op een regeleinde, geen stuk is leeg - bij elke stukgrootte."""
    from zorgcontract.regels.zz.declaraties import bestand

    inhoud = ("\n".join(regels) + slot).encode("utf-8")
    pad = tmp_path_factory.mktemp("stukken") / "d.csv"
    pad.write_bytes(inhoud)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(bestand, "VENSTER", venster)
        stukken = list(bestand.open_veilig(str(pad)).stukken(grootte))
    assert b"".join(stukken) == inhoud
    assert all(s.endswith(b"\n") for s in stukken[:-1]) and all(stukken)
    # een stuk is niet langer dan nodig: tot het laatste regeleinde binnen 'grootte', of tot het eerste erna
    for s in stukken[:-1]:
        assert len(s) <= grootte or s.count(b"\n") == 1


def test_bestand_utf8_fout_noemt_de_regel_ook_over_stukgrenzen(tmp_path):
    from zorgcontract.regels.zz.declaraties import bestand

    pad = tmp_path / "d.csv"
    pad.write_bytes(b"kop\n" + b"goed \xc3\xa9\n" * 30 + b"fout \xe9\n" + b"goed\n" * 5)
    for grootte in (3, 16, 50, 1000):
        with pytest.raises(InvoerFout, match=r"regel 31 \(na de kopregel\)"):
            list(bestand.open_veilig(str(pad)).stukken(grootte))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_is_ascii_van_de_snelle_route_is_bytes_isascii(data):
    from zorgcontract.regels.zz.declaraties import snel

    assert snel.is_ascii(data) == data.isascii()


@pytest.mark.parametrize("vorm", ["--json", "--csv", "--tekst"])
def test_cli_uitvoer_in_een_pijp_die_dichtgaat(tmp_path, vorm):
    """``zorgcontract declaraties groot.csv | head``: wie leest stopt na een paar regels. Dan geen traceback en geen
    'interne fout', maar stil stoppen met status 1 (zoals click het voor de andere uitvoer doet)."""
    pad = tmp_path / "groot.csv"
    pad.write_text(proefbestand.tekst(20_000, 3), encoding="utf-8")
    p = subprocess.Popen([sys.executable, "-m", "zorgcontract", "declaraties", str(pad), *([vorm] if vorm != "--tekst" else [])],
                         cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert p.stdout.read(200)
    p.stdout.close()
    fout = p.stderr.read().decode()
    assert p.wait(timeout=120) == 1, fout
    assert "Traceback" not in fout and "interne fout" not in fout and fout == ""


def test_cli_als_eigen_proces_schrijft_alles_en_geeft_de_status(tmp_path):
    """``python -m zorgcontract`` stopt na het werk zonder de interpreter op te ruimen (``cli.start``): de uitvoer is
    er helemaal, ook naar een bestand, en de exit-status is die van de opdracht."""
    pad, uit = tmp_path / "d.csv", tmp_path / "uit.json"
    pad.write_text(proefbestand.tekst(3_000, 5), encoding="utf-8")
    r = _cli("declaraties", str(pad), "--json", "--uitvoer", str(uit))
    assert r.returncode == 0, r.stderr
    regels = [json.loads(x) for x in uit.read_text(encoding="utf-8").splitlines()]
    assert len(regels) == 3_000 and json.loads(r.stdout)["samenvatting"]["fouten"] == sum(x["fout"] is not None for x in regels)
    r = _cli("declaraties", str(tmp_path / "bestaat-niet.csv"), "--json")
    assert r.returncode == 2 and "bestaat niet" in json.loads(r.stdout)["fout"]


def test_foute_contexten_stoppen_het_bestand_niet(monkeypatch, capsys, tmp_path):
    """Gevonden bij het nalopen van de snelle route: elke verschillende foute context kreeg een eigen nummer in de
    pakketsleutel (2^20 nummers), dus een groot bestand met tikfouten in de context stopte met een interne fout (exit 3).
    Nu delen foute contexten één nummer (die regels zijn een fout en komen nooit in een sleutel): met de grens hier op 4
    geven tien verschillende foute contexten tien eigen fouten, de goede regels worden beoordeeld, exit 0, en alles is
    gelijk aan de referentieroute. Meer verschillende goede contexten dan de grens: een Nederlandse melding, exit 2."""
    from tests.cli_hulp import draai

    from zorgcontract.regels.zz.declaraties import snel

    monkeypatch.setattr(snel.Contexten, "GRENS", 4)
    pad = tmp_path / "contexten.csv"
    rijen = [f"r{i},P1,V-{i},13029,2026-02-10,huisarts,tikfout-{i},,,," for i in range(10)]
    rijen += [f"g{i},P1,V-{i},13029,2026-02-10,huisarts,{c},,,," for i, c in enumerate(["", "poh-s-module", "toestemming"])]
    pad.write_text(proefbestand.KOP + "\n" + "\n".join(rijen) + "\n", encoding="utf-8")
    snel_ = draai(capsys, "declaraties", str(pad), "--json")
    ref = draai(capsys, "declaraties", str(pad), "--json", "--route", "referentie")
    assert snel_.code == 0, snel_.stderr
    regels = _json_regels(snel_.stdout.encode())
    assert regels == _json_regels(ref.stdout.encode())
    assert [r["fout"] is not None for r in regels[:13]] == [True] * 10 + [False] * 3
    assert "'tikfout-3' is geen bekend kenmerk" in regels[3]["fout"]

    pad.write_text(proefbestand.KOP + "\n" + "\n".join(
        f"g{i},P1,V-{i},31080,2026-02-10,praktijk,start-overeenkomst=2025-0{i + 1}-10,,,," for i in range(5)) + "\n",
        encoding="utf-8")
    te_veel = draai(capsys, "declaraties", str(pad), "--json")
    assert te_veel.code == 2 and "Traceback" not in te_veel.stderr
    assert json.loads(te_veel.stdout)["fout"].startswith("ongeldige waarde voor 'context': het bestand heeft meer dan 3 ")
    assert draai(capsys, "declaraties", str(pad), "--json", "--route", "referentie").code == 0
