"""Opties voor de tests in deze map (de stapdefinities en de bewaking staan in de conftest.py van het project)."""

from __future__ import annotations


def pytest_addoption(parser):
    parser.addoption("--diepe-fuzz", action="store", nargs="?", const="500", default=None, metavar="N",
                     help="lange fuzz-run van de opdrachtregel: N voorbeelden per subopdracht (standaard 500), willekeurige seed; "
                          "zelfde als ZORGCONTRACT_DIEPE_FUZZ=N")
