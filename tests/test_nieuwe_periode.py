"""Een nieuwe contractperiode is gegevens plus de artikelen die veranderen (issue over contractperioden, punt 5).

In een tijdelijke map staat een verzonnen vervolgperiode 2029-2031 van de bijlagen POH-S en POH-GGZ: de
documenten, hun parameters (overgenomen, met één gewijzigde waarde: het POH-S-uurtarief € 75,00) en één
gewijzigd artikel (een verzonnen art. 6 lid 2: declareren vanaf de eerste dag van de maand na de start).
De bestaande regels, de CLI en de stappen draaien er ongewijzigd tegen; alleen ``ZORGCONTRACT_BRONNEN``
wijst naar de map. Dit volgt de stappen van CONVENTIES.md ('Een nieuwe contractperiode toevoegen').
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from zorgcontract.kern import documenten
from zorgcontract.kern.documenten import BuitenPeriode

PAKKET_DATA = Path(documenten.__file__).resolve().parents[1] / "data"

REGELS_2029 = '''
"""Verzonnen artikel 6 lid 2 van de bijlage POH-S 2029-2031: declareren vanaf de eerste dag van de maand na de start."""
from datetime import date

from zorgcontract.kern import nl
from zorgcontract.kern.bronnen import bron
from zorgcontract.kern.documenten import geldend
from zorgcontract.kern.uitleg import Uitleg
from zorgcontract.regels.zz import declaratiestart as d


@d.declaratiestart.variant("zz29-pohs")
def declaratiestart_2029(start_overeenkomst):
    doc = geldend("zz-pohs", start_overeenkomst)
    ggz = geldend("zz-pohggz", start_overeenkomst)
    j, m = (start_overeenkomst.year + 1, 1) if start_overeenkomst.month == 12 else (start_overeenkomst.year, start_overeenkomst.month + 1)
    vanaf = date(j, m, 1)
    u = Uitleg()
    u.stap("Eerste dag van de maand na de start", nl.datum(start_overeenkomst), nl.datum(vanaf), bron(doc, 6, "2"))
    return d.Declaratiestart(declaratie_vanaf=vanaf, binnen_periode=vanaf <= doc.laatste_dag,
                             documenten=[doc.sleutel, ggz.sleutel], uitleg=u)
'''


def _kopieer_periode(bron_sleutel: str, nieuw: str, doelmap: Path, vervang: dict[str, str]) -> None:
    """Document ``bron_sleutel`` als nieuwe periode 2029-2031: dezelfde parameters (laatste waarde, vanaf 2029),
    behalve die in ``vervang``."""
    oud = PAKKET_DATA / "zz" / bron_sleutel
    map_ = doelmap / "zz" / nieuw
    (map_ / "parameters").mkdir(parents=True)
    doc = yaml.safe_load((oud / "document.yaml").read_text(encoding="utf-8"))
    doc.update(sleutel=nieuw, eerste_dag=date(2029, 1, 1), laatste_dag=date(2031, 12, 31), vervangt=[bron_sleutel])
    (map_ / "document.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    for f in (oud / "parameters").rglob("*.yaml"):
        p = yaml.safe_load(f.read_text(encoding="utf-8"))
        laatste = dict(sorted(p["waarden"].items())[-1][1]) if p.get("waarden") else None
        rel = f.relative_to(oud / "parameters").with_suffix("").as_posix().replace("/", ".")
        if laatste is not None:
            laatste.pop("tot", None)
            laatste.pop("daarna", None)
            if rel in vervang:
                laatste["waarde"] = vervang[rel]
                laatste["toelichting"] = "verzonnen waarde voor deze test"
            p["waarden"] = {date(2029, 1, 1): laatste}
        doel = map_ / "parameters" / f.relative_to(oud / "parameters")
        doel.parent.mkdir(parents=True, exist_ok=True)
        doel.write_text(yaml.safe_dump(p, allow_unicode=True), encoding="utf-8")


@pytest.fixture
def periode_2029(tmp_path, monkeypatch):
    _kopieer_periode("zz26-pohs", "zz29-pohs", tmp_path, {"a5.uurtarief": "75.00"})
    _kopieer_periode("zz26-pohggz", "zz29-pohggz", tmp_path, {})
    (tmp_path / "zz" / "zz29-pohs" / "regels.py").write_text(REGELS_2029, encoding="utf-8")
    monkeypatch.setenv(documenten.OMGEVING, str(tmp_path))
    documenten.wis_cache()
    yield tmp_path
    monkeypatch.delenv(documenten.OMGEVING)
    documenten.wis_cache()


def _cli(env_map: Path | None, *args: str) -> dict:
    env = dict(os.environ)
    env.pop(documenten.OMGEVING, None)
    if env_map is not None:
        env[documenten.OMGEVING] = str(env_map)
    r = subprocess.run([sys.executable, "-m", "zorgcontract", *args, "--json"], capture_output=True, text=True, env=env)
    assert r.returncode in (0, 2), r.stderr
    return {"exit": r.returncode, **json.loads(r.stdout)}


POHS = ["poh-s", "--ingeschreven", "2350", "--dm2", "150", "--cvrm", "200", "--copd", "40", "--astma", "60", "--contracturen", "16"]


def test_onveranderde_artikelen_rekenen_met_de_gegevens_van_de_nieuwe_periode(periode_2029):
    # 2350 verzekerden, 16 contracturen (onder het maximum van 19,5652): 16 × 46 × € 75,00 = € 55.200,00 per jaar;
    # ÷ 2350 ÷ 4 = € 5,8723... → € 5,87 per verzekerde per kwartaal. In 2026 (€ 70,14): 51.623,04 ÷ 2350 ÷ 4 → € 5,49.
    r29 = _cli(periode_2029, *POHS, "--jaar", "2029")
    assert r29["kwartaaltarief_per_verzekerde"] == "5.87" and r29["jaarbedrag"] == "55200.00"
    assert any("ZZ POH-S 2029-2031, art. 5, lid 9" == s["bron"] for s in r29["toelichting"])
    r26 = _cli(periode_2029, *POHS, "--jaar", "2026")
    assert r26["kwartaaltarief_per_verzekerde"] == "5.49"
    assert not any("2029" in s["bron"] for s in r26["toelichting"])


def test_het_gewijzigde_artikel_geldt_alleen_in_zijn_periode(periode_2029):
    nieuw = _cli(periode_2029, "declaratiestart", "--start-overeenkomst", "2029-05-10")
    assert nieuw["declaratie_vanaf"] == "2029-06-01"  # verzonnen regel: eerste dag van de volgende maand
    assert nieuw["toelichting"][0]["bron"] == "ZZ POH-S 2029-2031, art. 6, lid 2"
    oud = _cli(periode_2029, "declaratiestart", "--start-overeenkomst", "2026-05-10")
    assert oud["declaratie_vanaf"] == "2026-07-01"  # de regel van 2026-2028: eerste kwartaalstart na mei


def test_zonder_de_nieuwe_map_is_2029_onbekend():
    r = _cli(None, *POHS, "--jaar", "2029")
    assert r["exit"] == 2 and "2026-2028" in r["fout"]
    with pytest.raises(BuitenPeriode):
        documenten.geldend("zz-pohs", date(2029, 1, 1))


def test_de_nieuwe_periode_in_het_proces(periode_2029):
    from zorgcontract.regels.zz.pohggz import artikel_6
    from zorgcontract.regels.zz.pohs import artikel_5

    assert documenten.geldend("zz-pohs", date(2030, 6, 1)).sleutel == "zz29-pohs"
    r = artikel_5.bereken(artikel_5.PohSPraktijk(ingeschreven_verzekerden=2350, dm2=150, cvrm=200, copd=40, astma=60,
                                                 contracturen_per_week=Decimal(16), jaar=2029))
    assert r.kwartaaltarief_per_verzekerde == Decimal("5.87")
    g = artikel_6.bereken(artikel_6.PohGgzPraktijk(ingeschreven_verzekerden=2350, uren_per_week=Decimal(16), jaar=2030))
    assert g.kwartaalopslag_per_verzekerde == Decimal("5.41")  # onveranderd overgenomen: 16 uur bij 2350 → € 5,41
    assert {s.bron.document for s in g.uitleg.stappen} == {"zz29-pohggz"}
