"""Snel starten (``cli.SUBOPDRACHTEN``): een bekende subopdracht draait met alleen haar eigen module in de app.

Dat mag niets veranderen aan wat de gebruiker ziet: voor dezelfde aanroep dezelfde exit-status, stdout en stderr
als met de hele app. En de lijst subopdracht -> module moet gelijk zijn aan wat de modules echt registreren
(anders zou een nieuwe of verhuisde subopdracht stil de verkeerde module laden).
"""

from __future__ import annotations

import pytest

from tests.cli_hulp import draai
from zorgcontract import cli


def test_lijst_gelijk_aan_wat_de_modules_registreren():
    _, herkomst = cli.bouw_app()
    assert herkomst == cli.SUBOPDRACHTEN


AANROEPEN = [
    ("declaraties",),
    ("declaraties", "bestaat-niet.csv", "--json"),
    ("declaraties", "--onbekend"),
    ("declaraties", "x.csv", "--route", "langzaam"),
    ("--json", "declaraties"),
    ("poh-s", "--ingeschreven", "2350", "--uren", "16", "--json"),
    ("poh-s", "--ingeschreven", "tweeduizend"),
    ("poh-s", "--ingeschreven", "2350", "extra-argument"),
    ("poh-ggz", "--json", "--json"),
    ("declaratiestart", "--start-overeenkomst", "2026-02-10"),
    ("zk-startdatum", "--json"),
    ("uitslagen",),
    ("uitslagen", "vergelijk", "a.json"),
    ("fgv", "--bestaat-niet=1"),
]


@pytest.mark.parametrize("args", AANROEPEN, ids=" ".join)
def test_zelfde_uitvoer_als_de_hele_app(capsys, monkeypatch, tmp_path, args):
    monkeypatch.chdir(tmp_path)
    snel = draai(capsys, *args)
    assert cli._snel_te_starten(list(args)) in (None, *cli.SUBOPDRACHTEN)
    monkeypatch.setattr(cli, "_snel_te_starten", lambda a: None)
    heel = draai(capsys, *args)
    assert (snel.code, snel.stdout, snel.stderr) == (heel.code, heel.stdout, heel.stderr)


def test_snel_starten_gebeurt_echt():
    """Zonder hulpvraag een bekende subopdracht: alleen haar module; met --help of onbekend: de hele app."""
    assert cli._snel_te_starten(["declaraties", "x.csv", "--json"]) == "declaraties"
    assert cli._snel_te_starten(["--json", "poh-s"]) == "poh-s"
    assert cli._snel_te_starten(["declaraties", "--help"]) is None
    assert cli._snel_te_starten(["onbekend"]) is None
    assert cli._snel_te_starten([]) is None
