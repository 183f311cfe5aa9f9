"""``steps._patroon.patroon`` gedraagt zich als ``parsers.parse``: op elke staptekst uit features/ en elke
staptekst-notatie uit steps/ dezelfde match en dezelfde argumenten (maar matcht als één reguliere expressie)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytest_bdd import parsers

from steps._patroon import patroon
from zorgcontract.kern.gherkin import alle_scenarios

WORTEL = Path(__file__).resolve().parents[1]
_NOTATIE = re.compile(r"""patroon\((?P<q>['"])(?P<f>.*?)(?P=q)\)""")


def _notaties() -> list[str]:
    return sorted({m.group("f") for p in (WORTEL / "steps").glob("*.py") if not p.name.startswith("_")
                   for m in _NOTATIE.finditer(p.read_text(encoding="utf-8"))})


def _stapteksten() -> list[str]:
    teksten = set()
    for s in alle_scenarios(WORTEL / "features"):
        for rij in s.rijen or [None]:
            teksten.update(s.ingevulde_stappen(rij))
    return sorted(teksten)


def test_zelfde_gedrag_als_parsers_parse_op_alle_stappen():
    notaties = _notaties()
    assert len(notaties) > 50
    teksten = _stapteksten()
    gematcht = 0
    for f in notaties:
        oud, nieuw = parsers.parse(f), patroon(f)
        for t in teksten:
            assert oud.is_matching(t) == nieuw.is_matching(t), (f, t)
            if oud.is_matching(t):
                gematcht += 1
                assert oud.parse_arguments(t) == nieuw.parse_arguments(t), (f, t)
    assert gematcht >= len(notaties) // 2


@pytest.mark.parametrize("f, t", [
    ("een praktijk met {aantal:d} ingeschreven verzekerden", "een praktijk met 2350 ingeschreven verzekerden"),
    ("een praktijk met {aantal:d} ingeschreven verzekerden", "een praktijk met -3 ingeschreven verzekerden"),
    ("een praktijk met {aantal:d} ingeschreven verzekerden", "een praktijk met veel ingeschreven verzekerden"),
    ('noemt de foutmelding "{tekst}"', 'NOEMT de foutmelding "a" en "b"'),
    ("{x} en {y}", "a en b en c"),
    ("letterlijk {{x}} {y}", "letterlijk {x} z"),
])
def test_randgevallen(f, t):
    assert parsers.parse(f).is_matching(t) == patroon(f).is_matching(t)
    if parsers.parse(f).is_matching(t):
        assert parsers.parse(f).parse_arguments(t) == patroon(f).parse_arguments(t)


def test_onbekende_notatie_is_een_fout():
    with pytest.raises(ValueError, match="alleen"):
        patroon("een bedrag {x:f}")
