"""Pytest-plugin: na een volledige run moet elk 'getoetst' registeritem een GESLAAGD scenario hebben.

Gebruikt de uitslagen die ``steps/uitslagen_plugin.py`` uit pytest's rapporten opbouwt (opzet, uitvoering en
afbouw; geslaagd alleen als alle stappen draaiden). Alleen als de run volledig was (geen -k/-m, elk scenario en
elke voorbeeldrij uitgevoerd) zet hij de exitstatus op 'tests failed' en drukt een Nederlands rapport af als
een getoetst item geen geslaagd scenario heeft. De logica zelf staat in ``zorgcontract.dekking`` (getest in
tests/test_dekking.py).
"""

from __future__ import annotations

import pytest

from zorgcontract import dekking
from zorgcontract.kern.uitslagen import GESLAAGD


def volledige_run(config, record: dict | None) -> bool:
    if config.getoption("-k") or config.getoption("-m"):
        return False
    if not record or not record.get("scenarios"):
        return False
    return bool(record.get("run", {}).get("volledig"))


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session, exitstatus):
    from steps import uitslagen_plugin  # hier pas: de plugin wordt als plugin geladen (assert-herschrijving)

    record = uitslagen_plugin.resultaat(session.config)
    if not volledige_run(session.config, record):
        return
    st = uitslagen_plugin.staat(session.config)
    alle = [s for features in st.features.values() for s in features.values()]
    geslaagd = {(s["bestand"], s["regel"]): s["status"] == GESLAAGD for s in record["scenarios"]}
    from zorgcontract.kern.register import contractregister

    fouten = dekking.onbewezen(contractregister(), alle, geslaagd)
    if not fouten:
        return
    verslag = session.config.pluginmanager.get_plugin("terminalreporter")
    regels = ["", "DEKKINGSCONTROLE MISLUKT: getoetste registeritems zonder geslaagd scenario:", *(f"  - {f}" for f in fouten)]
    for r in regels:
        if verslag is not None:
            verslag.write_line(r, red=True, bold=r.startswith("DEKKING"))
        else:  # pragma: no cover
            print(r)
    if session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
