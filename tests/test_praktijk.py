"""zorgcontract praktijk: profielen (ook buiten examples/) tegen een handberekening, stabiele JSON, foute
profielen met veld en regel, perioden per verzekeraar, en het concept in de uitvoer."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_hulp import draai

WORTEL = Path(__file__).resolve().parents[1]
VOORBEELD = WORTEL / "examples" / "praktijk-de-linde.toml"
CONCEPT = WORTEL / "examples" / "concept-uurtarief-2026.yaml"

PROFIEL = """
naam = "Testpraktijk"
[lijst]
ingeschreven = 5000
[lijst.per_verzekeraar]
zz = 3100
zk = 900
[chronisch]
dm2 = 200
cvrm = 250
copd = 50
astma = 90
[poh_s]
contracturen = 25
start_overeenkomst = 2026-05-10
opleiding = "praktijkverpleegkundige"
[poh_ggz]
uren = 12.5
start_overeenkomst = "2025-12-01"
opleiding = "basispsycholoog"
[[opleiding]]
functie = "poh-ggz"
start = 2026-08-20
[service]
diensten = ["spraak-naar-tekst"]
[oaw]
spreekuren = ["ma 17:00-18:30", "za 10:00-12:00"]
weken_per_jaar = 44
"""


def _schrijf(tmp_path, tekst=PROFIEL) -> Path:
    pad = tmp_path / "profiel.toml"
    pad.write_text(tekst, encoding="utf-8")
    return pad


def _modules(d):
    return {m["module"]: m for v in d["verzekeraars"] for m in v["modules"]}


def test_profiel_handberekend(capsys, tmp_path):
    u = draai(capsys, "praktijk", str(_schrijf(tmp_path)), "--json")
    assert u.code == 0, u.stderr
    d = u.json
    m = _modules(d)
    # POH-S (3100 ZZ-verzekerden): 1182 uur/jaar, 25,6957/week ≥ 25 → 25 × 46 × 70,14 = 80.661,00 → € 6,50;
    # × 3100 = 20.150,00. Overeenkomst 10 mei 2026 → declareren vanaf 1 juli 2026 → K3, K4 = 40.300,00.
    s = m["poh-s"]
    assert (s["in_aanmerking"], s["per_verzekerde_per_kwartaal"], s["totaal_per_kwartaal"]) == (True, "6.50", "20150.00")
    assert s["eerste_declaratie"] == "2026-07-01" and s["totaal_per_jaar"] == "40300.00"
    assert [k["kwartaal"] for k in s["kwartalen"]] == [3, 4]
    assert s["prestatiecodes"] == [{"prestatiecode": "31080", "per_verzekerde_per_kwartaal": "6.50"}]
    # POH-GGZ: normuren 16 × 3100 / 2350 = 21,1064; 5,41 × 12,5 / 21,1064 = 3,2040 → € 3,21; × 3100 = 9.951,00.
    # Overeenkomst 1 dec 2025 → 1 jan 2026; POH-GGZ in opleiding vanaf 20 aug 2026 → coulance 1 okt 2026;
    # laatste: 1 okt 2026 → alleen K4 = 9.951,00. De diploma-eis telt niet (in opleiding).
    g = m["poh-ggz"]
    assert (g["per_verzekerde_per_kwartaal"], g["totaal_per_kwartaal"], g["eerste_declaratie"], g["totaal_per_jaar"]) == \
        ("3.21", "9951.00", "2026-10-01", "9951.00")
    # Service: alleen spraak-naar-tekst = component 3; € 1,22 per verzekerde per jaar × 3100 = 3.782,00; geen vrije opslag.
    sb = m["service-bereikbaarheid"]
    assert sb["gegevens"]["componenten"] == ["3"] and sb["totaal_per_jaar"] == "3782.00" and sb["per_verzekerde_per_kwartaal"] is None
    # Samen: 40.300 + 9.951 + 3.782 = 54.033,00
    assert d["totaal_per_jaar"] == "54033.00"
    zk = [v for v in d["verzekeraars"] if v["verzekeraar"] == "Zilveren Kruis"][0]
    assert zk["periode"] is None and "2022-2023" in zk["buiten_periode"]


def test_zilveren_kruis_2022(capsys, tmp_path):
    d = draai(capsys, "praktijk", str(_schrijf(tmp_path)), "--jaar", "2022", "--json").json
    m = _modules(d)
    # ZK POH-GGZ: 12 × 5000 / 2350 = 25,5319 normuren; gevraagd 12,5 ≤ normuren → geen individuele beoordeling.
    assert m["zk-poh-ggz"]["gegevens"]["normuren_per_week"].startswith("25.5319")
    assert m["zk-poh-ggz"]["gegevens"]["individuele_beoordeling"] is False
    # OAW: 5000 patiënten → 2 + 4 × 0,5 = 4 uur; ma 17:00-18:30 = 1,5 + za 10-12 = 2 → 3,5 < 4; 44 < 45 weken.
    o = m["zk-oaw"]
    assert o["in_aanmerking"] is False
    teksten = " ".join(r["tekst"] for r in o["niet_vervulde_voorwaarden"])
    assert "te weinig OAW-uren" in teksten and "44 weken" in teksten
    zz = [v for v in d["verzekeraars"] if v["verzekeraar"] == "Zorg en Zekerheid"][0]
    assert zz["modules"] == [] and "2026-2028" in zz["buiten_periode"]


def test_voorwaarden_niet_vervuld_met_bron(capsys, tmp_path):
    tekst = PROFIEL.replace('opleiding = "praktijkverpleegkundige"', 'opleiding = "andere-hbo"\neigen_werkplek = false')
    m = _modules(draai(capsys, "praktijk", str(_schrijf(tmp_path, tekst)), "--json").json)
    s = m["poh-s"]
    assert s["in_aanmerking"] is False
    bronnen = {r["bron"] for r in s["niet_vervulde_voorwaarden"]}
    assert any("art. 4, lid 4" in b for b in bronnen) and any("art. 3, lid 1" in b for b in bronnen)


def test_voorbeeld_en_tekstuitvoer(capsys):
    u = draai(capsys, "praktijk", str(VOORBEELD))
    assert u.code == 0, u.stderr
    assert "€ 12.901,50" in u.stdout and "€ 38.704,50" in u.stdout and "Toelichting" in u.stdout
    assert "I-ZZ26-POHS-PRAKTIJKSTART" not in u.stdout  # alleen bij twee data


def test_json_sleutels_stabiel(capsys):
    d = draai(capsys, "praktijk", str(VOORBEELD), "--json").json
    assert set(d) == {"concept", "praktijk", "jaar", "verzekeraars", "totaal_per_jaar"}
    assert set(d["verzekeraars"][0]) == {"verzekeraar", "bekende_perioden", "periode", "buiten_periode", "modules"}
    assert set(d["verzekeraars"][0]["modules"][0]) == {
        "verzekeraar", "document", "module", "titel", "in_aanmerking", "niet_vervulde_voorwaarden", "verzekerden",
        "per_verzekerde_per_kwartaal", "per_verzekerde_per_jaar", "totaal_per_kwartaal", "kwartalen", "totaal_per_jaar",
        "prestatiecodes", "eerste_declaratie", "gegevens", "opmerkingen", "toelichting"}
    help_ = draai(capsys, "praktijk", "--help").stdout
    for sleutel in ("niet_vervulde_voorwaarden", "eerste_declaratie", "totaal_per_jaar_contract", "bekende_perioden"):
        assert sleutel in help_


@pytest.mark.parametrize("vervang,veld", [
    (("ingeschreven = 5000", "ingeschreven = -1"), "lijst.ingeschreven"),
    (("zz = 3100", "zz = 6000"), "lijst.per_verzekeraar.zz"),
    (("contracturen = 25", 'contracturen = "veel"'), "poh_s.contracturen"),
    (("dm2 = 200", "dm2 = 4000"), "chronisch.dm2"),
    (('start_overeenkomst = "2025-12-01"', 'start_overeenkomst = "2025-13-01"'), "poh_ggz.start_overeenkomst"),
    (("[service]", "[servies]"), "servies"),
    (('opleiding = "basispsycholoog"', 'opleiding = "kapper"'), "poh_ggz.opleiding"),
    (('diensten = ["spraak-naar-tekst"]', 'diensten = ["fax"]'), "service.diensten"),
    (('functie = "poh-ggz"\nstart = 2026-08-20', 'functie = "poh-s"\nstart = 2026-08-20\nduur_maanden = 18'), "opleiding[1].duur_maanden"),
])
def test_foute_profielen(capsys, tmp_path, vervang, veld):
    u = draai(capsys, "praktijk", str(_schrijf(tmp_path, PROFIEL.replace(*vervang))), "--json")
    assert u.code == 2, u.stdout
    assert f"'{veld}'" in u.json["fout"], u.json["fout"]
    assert "Traceback" not in u.stderr


def test_kapotte_toml_en_geen_bestand(capsys, tmp_path):
    u = draai(capsys, "praktijk", str(_schrijf(tmp_path, "naam = \n")))
    assert u.code == 2 and "geen geldige TOML" in u.stderr
    assert draai(capsys, "praktijk", str(tmp_path / "weg.toml")).code == 2
    assert draai(capsys, "praktijk").code == 2


def test_geen_float_in_het_geldpad(tmp_path):
    from zorgcontract.praktijk import profiel

    p = profiel.lees(_schrijf(tmp_path, PROFIEL.replace("uren = 12.5", "uren = 0.1")))
    assert str(p.poh_ggz.uren) == "0.1"  # TOML-getallen als Decimal gelezen, niet als binaire float


def test_onder_concept(capsys):
    # Uurtarief € 75,00: 16 × 46 × 75 = 55.200; / 2350 / 4 = 5,8723 → € 5,87; × 2350 = 13.794,50; 3 kwartalen = 41.383,50.
    u = draai(capsys, "praktijk", str(VOORBEELD), "--concept", str(CONCEPT))
    assert u.code == 0, u.stderr
    assert u.stdout.splitlines()[0].startswith("CONCEPT 'Voorbeeld - uurtarief POH-S 2026 € 75,00'")
    d = draai(capsys, "praktijk", str(VOORBEELD), "--concept", str(CONCEPT), "--json").json
    assert d["concept"]["waarschuwing"].startswith("berekend onder een concept")
    s = _modules(d)["poh-s"]
    assert (s["per_verzekerde_per_kwartaal"], s["totaal_per_jaar"], s["totaal_per_jaar_contract"]) == ("5.87", "41383.50", "38704.50")
    assert any("CONCEPT" in st["bron"] for st in s["toelichting"])
    assert _modules(d)["poh-ggz"]["totaal_per_jaar"] == _modules(d)["poh-ggz"]["totaal_per_jaar_contract"]
