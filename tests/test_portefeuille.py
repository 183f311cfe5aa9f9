"""zorgcontract portefeuille: handberekende totalen, dezelfde JSON-sleutels en waarden als de enkelvoudige
subopdrachten, foute rijen per rij, concept tegen contract, en de budgetcurve (tabel en grafiek)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_hulp import draai

WORTEL = Path(__file__).resolve().parents[1]
CONCEPT = WORTEL / "examples" / "concept-uurtarief-2026.yaml"

CSV = """praktijk;ingeschreven;dm2;cvrm;copd;astma;contracturen;keten-dbc;uren;afgesproken-uren
Noord;3100;200;250;50;90;25;;12;
Zuid;1800;0;0;0;0;10,5;;20;22
Oost;4000;300;100;0;0;12;DM2;;
West;2000;;;;;;;8;
"""


@pytest.fixture
def csv_pad(tmp_path) -> Path:
    pad = tmp_path / "praktijken.csv"
    pad.write_text(CSV, encoding="utf-8")
    return pad


def test_handberekende_totalen(capsys, csv_pad):
    # Noord: 0,12×3100=372; 200×1,5+250+50+90×50/60=675; ×0,2=135; 1182 uur/jaar; /46=25,6957 ≥ 25 → 25;
    #   25×46×70,14=80.661,00; /3100/4=6,5049 → € 6,50; × 3100 = 20.150,00 per kwartaal.
    #   POH-GGZ 12 uur: normuren 16×3100/2350=21,1064; 5,41×12/21,1064=3,07584... → € 3,08; × 3100 = 9.548,00.
    # Zuid: 0,12×1800=216 uur/jaar; /46=4,6957 < 10,5 → 4,6957; jaarbedrag 216×70,14=15.150,24;
    #   /1800/4=2,1042 → € 2,10; × 1800 = 3.780,00. POH-GGZ: normuren 16×1800/2350=12,2553; afgesproken 22 ≥ 20 → 20;
    #   5,41×20/12,2553=8,8286... → € 8,83 (11201 € 5,41, 31343 € 3,42); × 1800 = 15.894,00.
    # Oost (DM2 keten-dbc): 480 + (100)×1,2 = 600 uur/jaar; /46 = 13,0435 ≥ 12 → 12; 12×46×70,14=38.717,28;
    #   /4000/4=2,41983 → € 2,42; × 4000 = 9.680,00. Geen POH-GGZ.
    # West: alleen POH-GGZ 8 uur: normuren 16×2000/2350=13,6170; 5,41×8/13,6170=3,17837... → € 3,18; × 2000 = 6.360,00.
    u = draai(capsys, "portefeuille", str(csv_pad), "--json")
    assert u.code == 0, u.stderr
    d = u.json
    assert d["concept"] is None and d["fouten"] == []
    per = {p["praktijk"]: p for p in d["praktijken"]}
    assert per["Noord"]["poh-s"]["kwartaaltarief_per_verzekerde"] == "6.50"
    assert per["Noord"]["poh-ggz"]["kwartaalopslag_per_verzekerde"] == "3.08"
    assert per["Zuid"]["poh-s"]["kwartaaltarief_per_verzekerde"] == "2.10"
    assert per["Zuid"]["poh-ggz"]["declaratie"] == [{"prestatiecode": "11201", "bedrag": "5.41"}, {"prestatiecode": "31343", "bedrag": "3.42"}]
    assert per["Oost"]["poh-s"]["kwartaaltarief_per_verzekerde"] == "2.42" and per["Oost"]["poh-ggz"] is None
    assert per["West"]["poh-s"] is None and per["West"]["poh-ggz"]["kwartaalopslag_per_verzekerde"] == "3.18"
    assert per["Noord"]["totalen"]["poh-s"] == {"per_kwartaal": "20150.00", "per_jaar": "80600.00"}
    assert per["Zuid"]["totalen"]["poh-ggz"]["per_kwartaal"] == "15894.00"
    # samen per kwartaal: 20.150 + 3.780 + 9.680 = 33.610 (POH-S); 9.548 + 15.894 + 6.360 = 31.802 (POH-GGZ)
    assert d["totaal"]["poh-s"] == {"praktijken": 3, "per_kwartaal": "33610.00", "per_jaar": "134440.00"}
    assert d["totaal"]["poh-ggz"] == {"praktijken": 3, "per_kwartaal": "31802.00", "per_jaar": "127208.00"}
    assert d["totaal"]["samen"] == {"per_kwartaal": "65412.00", "per_jaar": "261648.00"}


def test_zelfde_sleutels_en_waarden_als_de_subopdrachten(capsys, csv_pad):
    """Per rij en module precies het object dat 'poh-s --json' / 'poh-ggz --json' geeft (ook de toelichting)."""
    d = draai(capsys, "portefeuille", str(csv_pad), "--json").json
    noord, zuid = d["praktijken"][0], d["praktijken"][1]
    los = draai(capsys, "poh-s", "--ingeschreven", "3100", "--dm2", "200", "--cvrm", "250", "--copd", "50", "--astma", "90",
                "--contracturen", "25", "--json").json
    assert noord["poh-s"] == los
    los = draai(capsys, "poh-ggz", "--ingeschreven", "1800", "--uren", "20", "--afgesproken-uren", "22", "--json").json
    assert zuid["poh-ggz"] == los
    los = draai(capsys, "poh-s", "--ingeschreven", "4000", "--dm2", "300", "--cvrm", "100", "--contracturen", "12",
                "--keten-dbc", "DM2", "--json").json
    assert d["praktijken"][2]["poh-s"] == los
    assert set(noord) == {"praktijk", "regel", "ingeschreven", "poh-s", "poh-ggz", "totalen"}


def test_foute_rijen_per_rij_de_rest_berekend(capsys, tmp_path):
    pad = tmp_path / "slecht.csv"
    pad.write_text("praktijk,ingeschreven,dm2,contracturen,keten-dbc,uren\n"
                   "Goed,2350,150,16,,16\n"
                   "Te veel,100,150,4,,\n"
                   "Nul,0,0,4,,\n"
                   "Letters,2000,veel,4,,\n"
                   "Groep,2000,0,4,Suiker,\n"
                   "Komma,2000,0,\"4,5\",,\n"
                   "Leeg,,,,,\n"
                   "Geen uren,2000,0,,,\n"
                   "Te lang,2000,0,4,,,9\n", encoding="utf-8")
    u = draai(capsys, "portefeuille", str(pad), "--json")
    assert u.code == 2
    d = u.json
    assert [p["praktijk"] for p in d["praktijken"]] == ["Goed", "Komma"]
    fouten = {f["praktijk"]: f for f in d["fouten"]}
    assert fouten["Te veel"]["veld"] == "dm2" and fouten["Te veel"]["regel"] == 3 and "art. 5" in fouten["Te veel"]["bron"]
    assert fouten["Nul"]["veld"] == "ingeschreven"
    assert fouten["Letters"]["veld"] == "dm2" and "geen geheel getal" in fouten["Letters"]["bericht"]
    assert fouten["Groep"]["veld"] == "keten-dbc"
    assert fouten["Geen uren"]["veld"] == "contracturen"
    assert fouten["Te lang"]["veld"] == "rij"
    assert "regel 3 (Te veel): ongeldige waarde voor 'dm2'" in u.stderr
    assert d["praktijken"][1]["poh-s"]["vergoede_uren_per_week"].startswith("4.5")


@pytest.mark.parametrize("inhoud,melding", [
    ("praktijk,ingeschreven,onzin\nA,100,1\n", "onbekende kolom 'onzin'"),
    ("praktijk,contracturen\nA,3\n", "kolom 'ingeschreven' ontbreekt"),
    ("praktijk,ingeschreven\nA,3\n", "geen kolom 'contracturen'"),
])
def test_onbruikbaar_bestand(capsys, tmp_path, inhoud, melding):
    pad = tmp_path / "x.csv"
    pad.write_text(inhoud, encoding="utf-8")
    u = draai(capsys, "portefeuille", str(pad), "--json")
    assert u.code == 2 and melding in u.json["fout"] and "Traceback" not in u.stderr


def test_niet_bestaand_bestand_en_fout_jaar(capsys, tmp_path):
    u = draai(capsys, "portefeuille", str(tmp_path / "weg.csv"))
    assert u.code == 2 and "niet te lezen" in u.stderr
    pad = tmp_path / "p.csv"
    pad.write_text(CSV, encoding="utf-8")
    u = draai(capsys, "portefeuille", str(pad), "--jaar", "twintig")
    assert u.code == 2 and "'jaar'" in u.stderr


def test_onder_concept_contract_en_verschil(capsys, csv_pad):
    # Uurtarief € 75,00: Noord 25×46×75 = 86.250; /3100/4 = 6,9556 → € 6,96; × 3100 = 21.576,00 (contract 20.150,00).
    u = draai(capsys, "portefeuille", str(csv_pad), "--concept", str(CONCEPT), "--json")
    assert u.code == 0, u.stderr
    d = u.json
    assert d["concept"]["parameters"] == ["zz26-pohs.a5.uurtarief"]
    noord = d["praktijken"][0]
    assert noord["poh-s"]["kwartaaltarief_per_verzekerde"] == "6.96"
    assert noord["totalen"]["poh-s"]["per_kwartaal"] == "21576.00"
    assert noord["totalen_contract"]["poh-s"]["per_kwartaal"] == "20150.00"
    assert noord["verschil"]["poh-s"]["per_kwartaal"] == "1426.00"
    assert noord["verschil"]["poh-ggz"]["per_kwartaal"] == "0.00"  # het concept raakt POH-GGZ niet
    assert d["totaal_contract"]["samen"]["per_kwartaal"] == "65412.00"
    tekst = draai(capsys, "portefeuille", str(csv_pad), "--concept", str(CONCEPT))
    assert tekst.stdout.splitlines()[0].startswith("CONCEPT 'Voorbeeld - uurtarief POH-S 2026")


def test_budgetcurve_tabel_json_en_grafiek(capsys, csv_pad, tmp_path):
    u = draai(capsys, "portefeuille", str(csv_pad), "--varieer", "zz26-pohs.a5.uurtarief=70:71:0,14", "--json")
    assert u.code == 0, u.stderr
    curve = u.json["budgetcurve"]
    assert curve["parameter"] == "zz26-pohs.a5.uurtarief"
    waarden = {w["waarde"]: w for w in curve["waarden"]}
    # bij het contracttarief € 70,14 precies het totaal zonder --varieer
    assert waarden["70.14"]["samen"]["per_kwartaal"] == "65412.00"
    reeks = [int(w["poh-s"]["per_kwartaal"].replace(".", "")) for w in curve["waarden"]]
    assert reeks == sorted(reeks) and reeks[0] < reeks[-1]
    assert len({w["poh-ggz"]["per_kwartaal"] for w in curve["waarden"]}) == 1  # POH-GGZ hangt niet van het uurtarief af
    png, svg = tmp_path / "curve.png", tmp_path / "curve.svg"
    assert draai(capsys, "portefeuille", str(csv_pad), "--varieer", "zz26-pohggz.a6.normpraktijk=2000:2700:100", "--plot", str(png)).code == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert draai(capsys, "portefeuille", str(csv_pad), "--varieer", "zz26-pohs.a5.weken_per_jaar=40:52:1", "--plot", str(svg)).code == 0
    assert "<svg" in svg.read_text(encoding="utf-8")[:500]


@pytest.mark.parametrize("varieer,melding", [
    ("zz26-pohs.a5.uurtarif=70:80:1", "wordt in de portefeuille niet gebruikt"),
    ("zz26-pohs.a5.uurtarief=70:80", "VAN:TOT:STAP"),
    ("zz26-pohs.a5.uurtarief=80:70:1", "onder VAN"),
    ("zz26-pohs.a5.uurtarief=70:80:0", "groter dan 0"),
    ("zz26-pohs.a5.weken_per_jaar=40:46:0,5", "geheel getal"),
    ("zz26-pohggz.a6.maximum_per_kwartaal=5:6:0,005", "hele centen"),
])
def test_foute_varieer(capsys, csv_pad, varieer, melding):
    u = draai(capsys, "portefeuille", str(csv_pad), "--varieer", varieer)
    assert u.code == 2 and melding in u.stderr, u.stderr


def test_plot_zonder_varieer_of_met_fout_formaat(capsys, csv_pad, tmp_path):
    assert "hoort bij --varieer" in draai(capsys, "portefeuille", str(csv_pad), "--plot", str(tmp_path / "a.png")).stderr
    u = draai(capsys, "portefeuille", str(csv_pad), "--varieer", "zz26-pohs.a5.uurtarief=70:71:1", "--plot", str(tmp_path / "a.jpg"))
    assert u.code == 2 and ".png of .svg" in u.stderr


def test_jaar_zonder_tarief_meldt_module(capsys, csv_pad):
    u = draai(capsys, "portefeuille", str(csv_pad), "--jaar", "2027", "--json")
    assert u.code == 0
    assert set(u.json["niet_berekend"]) == {"poh-s", "poh-ggz"}
    assert "uurtarief" in u.json["niet_berekend"]["poh-s"]
