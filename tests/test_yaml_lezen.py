"""De ene YAML-lezer van het pakket (kern/yaml_lezen.py): de C-lezer van libyaml geeft op elk gegevensbestand
precies wat de Python-lezer van PyYAML geeft (dezelfde waarden, dezelfde typen: datums als sleutel, Decimal-
achtige teksten, lege waarden)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from zorgcontract.kern import yaml_lezen

DATA = Path(__file__).resolve().parents[1] / "src" / "zorgcontract" / "data"
BESTANDEN = sorted(DATA.rglob("*.yaml"))


def _met_typen(w):
    """De waarde met het type van elk onderdeel erbij: ``1 == 1.0 == True`` mag een verschil niet verbergen."""
    if isinstance(w, dict):
        return {(_met_typen(k), type(k).__name__): _met_typen(v) for k, v in w.items()}
    if isinstance(w, list):
        return [_met_typen(v) for v in w]
    return (type(w).__name__, w)


def test_er_zijn_gegevensbestanden():
    assert len(BESTANDEN) > 50


@pytest.mark.parametrize("pad", BESTANDEN, ids=lambda p: p.relative_to(DATA).as_posix())
def test_zelfde_als_de_python_lezer(pad):
    tekst = pad.read_text(encoding="utf-8")
    assert _met_typen(yaml_lezen.laad(tekst)) == _met_typen(yaml.load(tekst, Loader=yaml.SafeLoader))


def test_de_c_lezer_als_pyyaml_hem_heeft():
    assert yaml_lezen.LEZER is (yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader)
