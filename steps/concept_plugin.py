"""pytest-plugin: de scenariosuite onder een concept-contract (``pytest --concept=CONCEPT.yaml``).

Geladen door de conftest.py van het project (elke module in steps/ is een plugin). Zonder
``--concept`` (en zonder ``ZORGCONTRACT_CONCEPT`` in de omgeving) doet de plugin niets.

Met een concept draait elk scenario (elke voorbeeldrij) twee keer: eerst onder het geldende contract,
dan onder het concept. De uitslag die pytest (en ``--cucumberjson``) meldt, is die onder het concept:
een scenario waarvan de verwachte waarde door het concept niet meer klopt, faalt. Daarnaast:

- de eerste regel van de uitvoer zegt dat er onder een concept gerekend is;
- de samenvatting aan het eind noemt per scenario en voorbeeldrij de oude en de nieuwe uitkomst, en
  markeert met ``VERANDERT`` de scenario's die onder het contract slagen en onder het concept niet: de
  lijst die een contractauteur nakijkt (de verwachte waarden die het concept verandert);
- ``--concept-rapport=PAD`` (standaard ``reports/concept.json``) schrijft die lijst als JSON.

De hoofdtaak kan het concept ook doorgeven als omgevingsvariabele ``ZORGCONTRACT_CONCEPT=pad``; de
plugin neemt die over (en haalt haar uit de omgeving, zodat de contractronde echt onder het contract
rekent).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from zorgcontract.kern import concept as concept_kern

_SLEUTEL = pytest.StashKey[dict]()


def pytest_addoption(parser):
    groep = parser.getgroup("zorgcontract")
    groep.addoption("--concept", action="store", default=None, metavar="CONCEPT.yaml",
                    help="draai de scenario's onder het contract én onder dit concept en meld wat verandert")
    groep.addoption("--concept-rapport", action="store", default="reports/concept.json", metavar="PAD",
                    help="waar de lijst van veranderde scenario's (JSON) komt (standaard reports/concept.json)")


def pytest_configure(config):
    pad = config.getoption("--concept") or os.environ.pop(concept_kern.OMGEVING, None)
    if not pad:
        return
    try:
        c = concept_kern.lees(pad)
        with concept_kern.actief(pad):
            pass  # het concept moet over de parameters te leggen zijn
    except concept_kern.ConceptFout as e:
        raise pytest.UsageError(f"fout: ongeldige waarde voor 'concept': {e}") from None
    config.stash[_SLEUTEL] = {"concept": c, "uitkomsten": []}


def _staat(config):
    return config.stash.get(_SLEUTEL, None)


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session):
    s = _staat(session.config)
    if s is None:
        return
    tr = session.config.pluginmanager.get_plugin("terminalreporter")
    if tr is not None:
        tr.write_line(s["concept"].kop, bold=True)


def pytest_report_header(config):
    s = _staat(config)
    return [s["concept"].kop] if s else []


def _scenario(item):
    """Het pytest-bdd-scenario achter een test (of None voor een gewone test)."""
    try:
        from pytest_bdd.scenario import scenario_wrapper_template_registry
    except ImportError:  # pragma: no cover - andere pytest-bdd
        return None
    obj = getattr(item, "obj", None)
    try:
        return scenario_wrapper_template_registry.get(obj)
    except TypeError:
        return None


def _kort(exc: BaseException | None) -> str:
    if exc is None:
        return "geslaagd"
    tekst = str(exc).strip().splitlines()
    return "mislukt: " + (tekst[0] if tekst else type(exc).__name__)


def _rij(item) -> dict:
    cs = getattr(item, "callspec", None)
    if cs is None:
        return {}
    uit = {}
    for k, v in cs.params.items():
        if isinstance(v, dict):
            uit.update({str(a): str(b) for a, b in v.items()})
        elif k.startswith("_pytest_bdd_example"):
            uit[k] = str(v)
    return uit


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    s = _staat(item.config)
    scen = _scenario(item) if s is not None else None
    if scen is None:
        yield
        return
    fout_contract = None
    with concept_kern.omgeving(None):
        try:
            item.runtest()
        except Exception as e:  # noqa: BLE001 - de uitkomst onder het contract, niet de uitslag van de test
            fout_contract = e
    # Tweede ronde in hetzelfde request: alle toestand van een scenario komt uit target_fixtures van zijn
    # stappen (steps/algemeen.py), die de stappen opnieuw maken; er is niets om te legen.
    with concept_kern.omgeving(s["concept"].pad):
        uitkomst = yield
    fout_concept = uitkomst.excinfo[1] if uitkomst.excinfo else None
    s["uitkomsten"].append({
        "test": item.nodeid, "scenario": scen.name, "bestand": str(getattr(getattr(scen, "feature", None), "rel_filename", "")),
        "voorbeeldrij": _rij(item), "tags": sorted(getattr(scen, "tags", []) or []),
        "contract": _kort(fout_contract), "concept": _kort(fout_concept),
        "verandert": fout_contract is None and fout_concept is not None,
        "hersteld": fout_contract is not None and fout_concept is None,
    })


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    s = _staat(config)
    if s is None:
        return
    c = s["concept"]
    lijst = s["uitkomsten"]
    veranderd = [u for u in lijst if u["verandert"]]
    tr = terminalreporter
    tr.section(f"concept '{c.titel}': {len(veranderd)} van {len(lijst)} scenario's veranderen", sep="=")
    tr.write_line(c.kop)
    for u in lijst:
        if not (u["verandert"] or u["hersteld"] or u["contract"] != u["concept"]):
            continue
        merk = "VERANDERT" if u["verandert"] else ("HERSTELD " if u["hersteld"] else "ANDERS   ")
        rij = ", ".join(f"{k}={v}" for k, v in u["voorbeeldrij"].items())
        tr.write_line(f"{merk} {u['bestand']}: {u['scenario']}" + (f" [{rij}]" if rij else ""))
        tr.write_line(f"          contract: {u['contract']}")
        tr.write_line(f"          concept:  {u['concept']}")
    ongewijzigd = len(lijst) - len([u for u in lijst if u["contract"] != u["concept"]])
    tr.write_line(f"{ongewijzigd} scenario's hebben onder het concept dezelfde uitkomst als onder het contract.")
    pad = Path(config.getoption("--concept-rapport"))
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_text(json.dumps({"concept": c.als_json(), "scenarios": lijst,
                               "veranderd": [u["test"] for u in veranderd]}, ensure_ascii=False, indent=2), encoding="utf-8")
    tr.write_line(f"lijst voor de contractauteur: {pad}")
