"""Fuzzing van de opdrachtregel: voor elke subopdracht gegenereerde argumentenlijsten (geldig, grensgevallen,
vijandig, herhaalde en onbekende opties, ``--json`` op elke plek), gecontroleerd op het contract in
``tests/fuzz_hulp.py``: geen traceback, geen hang, exit 0 of 2, Nederlandse melding, JSON-fout bij ``--json``,
en foute invoer nooit geaccepteerd.

Gewone run: vaste seed (derandomize) en een bescheiden aantal voorbeelden per subopdracht. Lange lokale run:
``ZORGCONTRACT_DIEPE_FUZZ=1`` (of een getal: voorbeelden per subopdracht), met willekeurige seed. De tijdslimiet
per aanroep (``fuzz_hulp.TIJDSLIMIET``) vangt alleen hangs; het is geen snelheidseis.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings

from tests.fuzz_hulp import SUBOPDRACHTEN, aanroepen, controleer

MINDER = {"dekking": 15}  # dekking leest het hele project bij een geldige aanroep: minder voorbeelden in de gewone run


@pytest.fixture
def diepte(request) -> int | None:
    """None in de gewone run; anders het aantal voorbeelden per subopdracht (--diepe-fuzz N of ZORGCONTRACT_DIEPE_FUZZ=N)."""
    waarde = request.config.getoption("--diepe-fuzz", default=None) or os.environ.get("ZORGCONTRACT_DIEPE_FUZZ", "")
    if waarde in (None, "", "0"):
        return None
    return int(waarde) if str(waarde).isdigit() and int(waarde) > 1 else 500


def _instellingen(aantal: int, diep: bool):
    return settings(max_examples=aantal, deadline=None, database=None, derandomize=not diep,
                    suppress_health_check=list(HealthCheck), print_blob=True)


def _toets(a):
    u, fouten = controleer(a)
    assert not fouten, (fouten, a.args, a.redenen, u.code, u.stdout[-2000:], u.stderr[-2000:], repr(u.uitzondering))


@pytest.mark.parametrize("sub", sorted(SUBOPDRACHTEN))
def test_fuzz_contract_per_subopdracht(sub, diepte):
    aantal = diepte or MINDER.get(sub, 60)
    _instellingen(aantal, diepte is not None)(given(aanroepen((sub,)))(_toets))()


def test_fuzz_contract_gemengd(diepte):
    """Alle subopdrachten (behalve dekking) door elkaar: een andere verdeling van opties dan per subopdracht."""
    aantal = 2 * diepte if diepte else 80
    _instellingen(aantal, diepte is not None)(given(aanroepen(tuple(s for s in SUBOPDRACHTEN if s != "dekking")))(_toets))()
