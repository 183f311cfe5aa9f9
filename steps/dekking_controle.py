"""Pytest-plugin: na een volledige run moet elk 'getoetst' registeritem een GESLAAGD scenario hebben.

Houdt per scenario (bestand, regel) bij of alle uitvoeringen slaagden (pytest_runtest_logreport op de
items van tests/test_scenarios.py). Aan het eind van de sessie - alleen als de hele scenariomodule
draaide, zonder -k/-m en zonder dat er scenario's ontbraken - zet hij de exitstatus op 'tests failed'
en drukt een Nederlands rapport af als een getoetst item geen geslaagd scenario heeft.
De logica zelf staat in ``zorgcontract.dekking`` (en wordt getest in tests/test_dekking.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from zorgcontract import dekking

_SLEUTEL = pytest.StashKey[dict]()
SCENARIOMODULE = "tests/test_scenarios.py"


def _sleutel_van(item) -> tuple[str, int] | None:
    from pytest_bdd.scenario import scenario_wrapper_template_registry

    functie = getattr(item, "obj", None)
    scenario = scenario_wrapper_template_registry.get(functie) if functie is not None else None
    if scenario is None:
        return None
    try:
        rel = Path(scenario.feature.filename).resolve().relative_to(dekking.FEATURES.resolve()).as_posix()
    except ValueError:
        return None
    return (rel, scenario.line_number)


_STAAT: dict = {}  # de staat van de lopende sessie (het rapport in logreport kent zijn config niet)


def pytest_configure(config):
    config.stash[_SLEUTEL] = _STAAT["huidig"] = {"per_node": {}, "uitslag": {}, "verzameld": set()}


def pytest_collection_modifyitems(session, config, items):
    staat = config.stash[_SLEUTEL]
    for item in items:
        if item.nodeid.startswith(SCENARIOMODULE):
            sleutel = _sleutel_van(item)
            if sleutel is not None:
                staat["per_node"][item.nodeid] = sleutel
                staat["verzameld"].add(sleutel)


def pytest_runtest_logreport(report):
    staat = _STAAT.get("huidig")
    if staat is None:
        return
    sleutel = staat["per_node"].get(report.nodeid)
    if sleutel is None:
        return
    vorige = staat["uitslag"].get(sleutel, True)
    if report.failed or report.skipped:
        staat["uitslag"][sleutel] = False
    elif report.when == "call":
        staat["uitslag"][sleutel] = vorige and report.passed


def volledige_run(config, verzameld: set, gedraaid: set, alle: list[dekking.ScenarioInfo]) -> bool:
    if config.getoption("-k") or config.getoption("-m"):
        return False
    if not verzameld:
        return False
    verwacht = {s.sleutel for s in alle}
    return verwacht <= verzameld and verwacht <= gedraaid


def pytest_sessionfinish(session, exitstatus):
    staat = session.config.stash.get(_SLEUTEL, None)
    if not staat or not staat["verzameld"]:
        return
    alle = dekking.lees_scenarios()
    if not volledige_run(session.config, staat["verzameld"], set(staat["uitslag"]), alle):
        return
    from zorgcontract.kern.register import contractregister

    fouten = dekking.onbewezen(contractregister(), alle, staat["uitslag"])
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
