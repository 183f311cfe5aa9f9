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

_DIEP = os.environ.get("ZORGCONTRACT_DIEPE_FUZZ", "")
DIEP = _DIEP not in ("", "0")
VOORBEELDEN = (int(_DIEP) if _DIEP.isdigit() and int(_DIEP) > 1 else 500) if DIEP else 60
# dekking leest het hele project bij een geldige aanroep: minder voorbeelden in de gewone run
MINDER = {"dekking": 15}


def _instellingen(sub: str):
    return settings(max_examples=VOORBEELDEN if DIEP else MINDER.get(sub, VOORBEELDEN), deadline=None, database=None,
                    derandomize=not DIEP, suppress_health_check=list(HealthCheck), print_blob=True)


@pytest.mark.parametrize("sub", sorted(SUBOPDRACHTEN))
def test_fuzz_contract_per_subopdracht(sub):
    @_instellingen(sub)
    @given(aanroepen((sub,)))
    def eigenschap(a):
        u, fouten = controleer(a)
        assert not fouten, (fouten, a.args, a.redenen, u.code, u.stdout[-2000:], u.stderr[-2000:], repr(u.uitzondering))

    eigenschap()


def test_fuzz_contract_gemengd():
    """Alle subopdrachten door elkaar (andere verdeling van opties dan per subopdracht)."""
    @settings(max_examples=VOORBEELDEN * 2 if DIEP else 80, deadline=None, database=None, derandomize=not DIEP,
              suppress_health_check=list(HealthCheck))
    @given(aanroepen(tuple(s for s in SUBOPDRACHTEN if s != "dekking")))
    def eigenschap(a):
        u, fouten = controleer(a)
        assert not fouten, (fouten, a.args, a.redenen, u.code, u.stdout[-2000:], u.stderr[-2000:], repr(u.uitzondering))

    eigenschap()
