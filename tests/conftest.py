"""Opties en gedeelde fixtures voor de tests in tests/ (de stapdefinities en de bewaking staan in de conftest.py
van het project). Gedeelde fixture: het handboek wordt één keer per testsessie gebouwd (in een
tijdelijke map, niet in book/_build) en door test_handboek.py en de browsertests van de rekenhulpen gedeeld."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

WORTEL = Path(__file__).resolve().parents[1]


def pytest_addoption(parser):
    parser.addoption("--diepe-fuzz", action="store", nargs="?", const="500", default=None, metavar="N",
                     help="lange fuzz-run van de opdrachtregel: N voorbeelden per subopdracht (standaard 500), willekeurige seed; "
                          "zelfde als ZORGCONTRACT_DIEPE_FUZZ=N")


@pytest.fixture(scope="session")
def handboek_gebouwd(tmp_path_factory):
    """Draait de scenario's (met het uitslagenrecord), genereert en bouwt het boek; geeft (html-map, uitslagen.json)."""
    from zorgcontract.handboek.bouw import genereer, jupyter_book_opdracht, kopieer_boekbronnen

    tmp = tmp_path_factory.mktemp("handboek")
    boek = kopieer_boekbronnen(WORTEL / "book", tmp)
    record = tmp / "uitslagen.json"
    subprocess.run([sys.executable, "-m", "pytest", "tests/scenarios", f"--uitslagen={record}", "-q",
                    "-p", "no:cacheprovider"], cwd=WORTEL, capture_output=True, check=False)
    genereer(boek, WORTEL / "features", record)
    r = subprocess.run(jupyter_book_opdracht(boek), cwd=WORTEL, capture_output=True, text=True, check=False)
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-4000:]
    return boek / "_build" / "html", record
