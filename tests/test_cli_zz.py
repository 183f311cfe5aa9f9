"""CLI: stabiele sleutels, handberekende uitkomsten, en foute invoer voor elke subopdracht."""

import subprocess
import sys

import pytest

from tests.cli_hulp import draai


def test_poh_s_json_handberekend(capsys):
    # 0,12 × 3100 = 372; 200×1,5 + 250 + 50 + 90×50/60 = 300+250+50+75 = 675; × 0,2 = 135; totaal 1182 uur;
    # / 46 = 25,695652 uur/week; contract 25 → 25; 25 × 46 × 70,14 = 80.661,00; / 3100 / 4 = 6,5049 → € 6,50.
    u = draai(capsys, "poh-s", "--ingeschreven", "3100", "--dm2", "200", "--cvrm", "250", "--copd", "50", "--astma", "90",
              "--contracturen", "25", "--json")
    assert u.code == 0, u.stderr
    d = u.json
    assert set(d) >= {"max_uren_per_jaar", "max_uren_per_week", "vergoede_uren_per_week", "jaarbedrag",
                      "kwartaaltarief_per_verzekerde", "prestatiecode", "toelichting"}
    assert d["max_uren_per_jaar"].startswith("1182.0000")
    assert d["max_uren_per_week"].startswith("25.6956")
    assert d["vergoede_uren_per_week"].startswith("25.0000")
    assert d["jaarbedrag"] == "80661.00"
    assert d["kwartaaltarief_per_verzekerde"] == "6.50"
    assert d["prestatiecode"] == "31080"
    assert all({"stap", "berekening", "uitkomst", "bron"} <= set(s) for s in d["toelichting"])
    assert any("art. 5" in s["bron"] for s in d["toelichting"])


def test_poh_s_keten_dbc_en_menselijke_uitvoer(capsys):
    # zonder DM2: 372 + (250+50+75) × 1,2 = 372 + 450 = 822 uur / 46 = 17,8696 uur/week
    u = draai(capsys, "poh-s", "--ingeschreven", "3100", "--dm2", "200", "--cvrm", "250", "--copd", "50", "--astma", "90",
              "--contracturen", "25", "--keten-dbc", "DM2")
    assert u.code == 0, u.stderr
    assert "17,8696 uur" in u.stdout and "keten-dbc" in u.stdout and "€" in u.stdout


def test_poh_ggz_json_handberekend(capsys):
    # normuren 16 × 3000 / 2350 = 20,4255; 18 uur telt; 5,41 × 18 × 2350 / 48000 = 4,7675625 → naar boven € 4,77
    u = draai(capsys, "poh-ggz", "--ingeschreven", "3000", "--uren", "18", "--json")
    assert u.code == 0, u.stderr
    d = u.json
    assert d["normuren_per_week"].startswith("20.4255")
    assert d["ingezette_uren_per_week"].startswith("18.0000")
    assert d["kwartaalopslag_per_verzekerde"] == "4.77"
    assert d["declaratie"] == [{"prestatiecode": "11201", "bedrag": "4.77"}]


def test_poh_ggz_boven_het_maximum(capsys):
    # 25 uur afgesproken en aangesteld: 5,41 × 25 × 2350 / 48000 = 6,62161... → € 6,63 = 5,41 (11201) + 1,22 (31343)
    u = draai(capsys, "poh-ggz", "--ingeschreven", "3000", "--uren", "25", "--afgesproken-uren", "25", "--json")
    assert u.json["declaratie"] == [{"prestatiecode": "11201", "bedrag": "5.41"}, {"prestatiecode": "31343", "bedrag": "1.22"}]


@pytest.mark.parametrize("start, vanaf", [("2026-04-01", "2026-07-01"), ("2026-03-31", "2026-04-01"), ("2027-11-15", "2028-01-01")])
def test_declaratiestart(capsys, start, vanaf):
    u = draai(capsys, "declaratiestart", "--start-overeenkomst", start, "--json")
    assert u.json["declaratie_vanaf"] == vanaf


@pytest.mark.parametrize("args, vanaf", [
    (["--functie", "poh-s", "--start-opleiding", "2026-05-20", "--opleidingsduur-maanden", "11"], "2026-07-01"),
    (["--functie", "poh-s", "--start-opleiding", "2026-05-20", "--opleidingsduur-maanden", "24"], "2027-07-01"),
    (["--functie", "poh-ggz", "--start-opleiding", "2026-05-20"], "2026-07-01"),
    (["--functie", "poh-ggz", "--start-opleiding", "2026-05-20", "--verkennend-gesprek"], None),
    (["--functie", "poh-ouderen", "--start-opleiding", "2026-05-20"], None),
    (["--functie", "poh-ouderen", "--start-opleiding", "2026-05-20", "--incompany-opleiding"], "2026-07-01"),
    (["--functie", "poh-ouderen", "--start-opleiding", "2026-05-20", "--hbo-v"], "2026-07-01"),
])
def test_coulance(capsys, args, vanaf):
    u = draai(capsys, "coulance", *args, "--json")
    assert u.code == 0, u.stderr
    assert u.json["vergoeding_vanaf"] == vanaf
    assert u.json["reden"]


FOUTEN = [
    (["poh-s", "--ingeschreven", "-5", "--contracturen", "3"], "ingeschreven"),
    (["poh-s", "--ingeschreven", "0", "--contracturen", "3"], "ingeschreven"),
    (["poh-s", "--ingeschreven", "12.5", "--contracturen", "3"], "ingeschreven"),
    (["poh-s", "--ingeschreven", "abc", "--contracturen", "3"], "ingeschreven"),
    (["poh-s", "--contracturen", "3"], "ingeschreven"),
    (["poh-s", "--ingeschreven", "100", "--dm2", "-1", "--contracturen", "3"], "dm2"),
    (["poh-s", "--ingeschreven", "100", "--astma", "101", "--contracturen", "3"], "astma"),
    (["poh-s", "--ingeschreven", "100", "--copd", "3.5", "--contracturen", "3"], "copd"),
    (["poh-s", "--ingeschreven", "100", "--contracturen", "-1"], "contracturen"),
    (["poh-s", "--ingeschreven", "100", "--contracturen", "nan"], "contracturen"),
    (["poh-s", "--ingeschreven", "100"], "contracturen"),
    (["poh-s", "--ingeschreven", "100", "--contracturen", "3", "--keten-dbc", "hart"], "keten-dbc"),
    (["poh-s", "--ingeschreven", "100", "--contracturen", "3", "--jaar", "2027"], "jaar"),
    (["poh-s", "--ingeschreven", "100", "--contracturen", "3", "--jaar", "twee"], "jaar"),
    (["poh-ggz", "--ingeschreven", "-1", "--uren", "3"], "ingeschreven"),
    (["poh-ggz", "--ingeschreven", "100", "--uren", "-3"], "uren"),
    (["poh-ggz", "--ingeschreven", "100"], "uren"),
    (["poh-ggz", "--ingeschreven", "100", "--uren", "3", "--afgesproken-uren", "-1"], "afgesproken-uren"),
    (["poh-ggz", "--ingeschreven", "100", "--uren", "3", "--jaar", "2025"], "jaar"),
    (["declaratiestart", "--start-overeenkomst", "2026-02-30"], "start-overeenkomst"),
    (["declaratiestart", "--start-overeenkomst", "1 april 2026"], "start-overeenkomst"),
    (["declaratiestart"], "start-overeenkomst"),
    (["coulance", "--functie", "poh-x", "--start-opleiding", "2026-01-01"], "functie"),
    (["coulance", "--start-opleiding", "2026-01-01"], "functie"),
    (["coulance", "--functie", "poh-s", "--start-opleiding", "2026-13-01", "--opleidingsduur-maanden", "12"], "start-opleiding"),
    (["coulance", "--functie", "poh-s", "--start-opleiding", "2026-01-01"], "opleidingsduur"),
    (["coulance", "--functie", "poh-s", "--start-opleiding", "2026-01-01", "--opleidingsduur-maanden", "18"], "opleidingsduur"),
    (["coulance", "--functie", "poh-s", "--start-opleiding", "2026-01-01", "--opleidingsduur-maanden", "-2"], "opleidingsduur"),
]


@pytest.mark.parametrize("args, veld", FOUTEN)
def test_foute_invoer_geeft_nederlandse_fout_en_exit_2(capsys, args, veld):
    u = draai(capsys, *args)
    assert u.code == 2
    # de optie zoals de gebruiker haar typte (--ingeschreven), niet de interne veldnaam
    assert u.stderr.startswith("fout: ") and f"'--{veld}" in u.stderr
    assert "Traceback" not in u.stderr + u.stdout
    uj = draai(capsys, *args, "--json")
    assert uj.code == 2
    assert f"'--{veld}" in uj.json["fout"] and uj.json["veld"].startswith(f"--{veld}")


@pytest.mark.parametrize("args", [["poh-s", "--onbekend", "3"], ["onzin"], ["poh-s", "--contracturen"]])
def test_verkeerde_aanroep_exit_2_zonder_traceback(capsys, args):
    u = draai(capsys, *args)
    assert u.code == 2 and u.stderr.startswith("fout:") and "Traceback" not in u.stderr


def test_console_script_en_python_m():
    for cmd in ([sys.executable, "-m", "zorgcontract"], [str(__import__("pathlib").Path(sys.executable).parent / "zorgcontract")]):
        p = subprocess.run([*cmd, "declaratiestart", "--start-overeenkomst", "2026-04-01", "--json"], capture_output=True, text=True)
        assert p.returncode == 0, p.stderr
        assert '"declaratie_vanaf": "2026-07-01"' in p.stdout
    p = subprocess.run([sys.executable, "-m", "zorgcontract", "poh-s", "--ingeschreven", "x", "--contracturen", "1"], capture_output=True, text=True)
    assert p.returncode == 2 and "Traceback" not in p.stderr and "ingeschreven" in p.stderr
