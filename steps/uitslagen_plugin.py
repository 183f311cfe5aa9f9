"""Pytest-plugin: schrijft het uitslagenrecord (``--uitslagen reports/uitslagen.json``) uit pytest's eigen
rapporten over opzet, uitvoering en afbouw.

Per scenario en per voorbeeldrij: geslaagd, mislukt, overgeslagen, fout in opzet, fout in afbouw of niet
uitgevoerd; de stap die faalde (of waar een ``pytest.skip`` stopte) en de melding; de duur. Van de run: begin,
einde, commit. De vorm staat in ``zorgcontract.kern.uitslagen``.

Koppeling: de tests komen uit ``steps/binden.py`` en dragen de marker ``zorgcontract_scenario(bestand, regel,
features)``; de items van een Abstract Scenario komen in de volgorde van zijn voorbeeldrijen (zo
parametriseert pytest-bdd). Tijdens de uitvoering vergelijkt de plugin (via de publieke hooks van pytest-bdd)
de ingevulde stappen met die van de lezer: klopt de koppeling niet, dan is het item *mislukt*, nooit geslaagd.

*Geslaagd* vraagt: opzet, uitvoering en afbouw geslaagd, en elke stap van het scenario uitgevoerd.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pytest

from zorgcontract.kern import uitslagen as u
from zorgcontract.kern.gherkin import Scenario, lees_features

MARKER = "zorgcontract_scenario"
_STAAT = pytest.StashKey["Staat"]()
_MAX_MELDING = 1500


@dataclass
class Item:
    scenario: Scenario
    rij: int | None  # index in scenario.rijen
    rapporten: dict = field(default_factory=dict)  # fase -> TestReport
    gestart: bool = False
    klaar: int = 0  # uitgevoerde stappen
    huidige_stap: tuple[int, str] | None = None
    foute_stap: tuple[int, str] | None = None
    geen_definitie: bool = False
    koppelfout: str | None = None


@dataclass
class Staat:
    begin: float = field(default_factory=time.time)
    features: dict[str, dict[tuple[str, int], Scenario]] = field(default_factory=dict)
    groepen: dict[tuple[str, str, int], list[str]] = field(default_factory=dict)  # scenario -> nodeids op volgorde
    items: dict[str, Item] = field(default_factory=dict)
    geselecteerd: set[str] = field(default_factory=set)
    koppelfouten: list[str] = field(default_factory=list)
    resultaat: dict | None = None


def pytest_addoption(parser):
    groep = parser.getgroup("zorgcontract")
    groep.addoption("--uitslagen", dest="zorgcontract_uitslagen", default=None, metavar="PAD",
                    help="schrijf het uitslagenrecord (JSON, versie 1) naar PAD, bijv. reports/uitslagen.json")


def pytest_configure(config):
    config.addinivalue_line("markers", f"{MARKER}(bestand, regel, features): scenario uit de gherkin-lezer (steps/binden.py)")
    config.stash[_STAAT] = Staat()


def staat(config) -> Staat | None:
    return config.stash.get(_STAAT, None)


def _scenarios_van(st: Staat, features: str) -> dict[tuple[str, int], Scenario]:
    if features not in st.features:
        st.features[features] = {s.sleutel: s for f in lees_features(Path(features)) for s in f.scenarios}
    return st.features[features]


def pytest_itemcollected(item):
    st = staat(item.config)
    m = item.get_closest_marker(MARKER)
    if st is None or m is None:
        return
    features, bestand, regel = m.kwargs["features"], m.kwargs["bestand"], m.kwargs["regel"]
    st.groepen.setdefault((features, bestand, regel), []).append(item.nodeid)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(session, config, items):
    st = staat(config)
    if st is None or not st.groepen:
        return
    for (features, bestand, regel), nodeids in st.groepen.items():
        s = _scenarios_van(st, features).get((bestand, regel))
        if s is None:
            st.koppelfouten.append(f"{bestand}:{regel}: geen scenario op deze regel volgens de lezer")
            continue
        verwacht = len(s.rijen) if s.is_sjabloon else 1
        if len(nodeids) != verwacht:
            st.koppelfouten.append(f"{s}: {verwacht} uitvoeringen verwacht, {len(nodeids)} verzameld")
        for i, nodeid in enumerate(nodeids):
            st.items[nodeid] = Item(s, i if s.is_sjabloon else None)
    st.geselecteerd = {i.nodeid for i in items if i.nodeid in st.items}


def _item(request) -> Item | None:
    st = staat(request.config)
    return st.items.get(request.node.nodeid) if st else None


def pytest_bdd_before_scenario(request, feature, scenario):
    it = _item(request)
    if it is None:
        return
    it.gestart = True
    s = it.scenario
    rij = s.rijen[it.rij] if it.rij is not None else None
    verwacht = s.ingevulde_stappen(rij)
    gekregen = [st.name for st in scenario.steps]
    if scenario.line_number != s.regel or gekregen != verwacht:
        it.koppelfout = (f"koppeling pytest-item ↔ scenario klopt niet: {s} rij {it.rij}; de lezer verwacht "
                         f"{verwacht}, pytest-bdd voert {gekregen} uit")


def pytest_bdd_before_step(request, feature, scenario, step, step_func):
    it = _item(request)
    if it is not None:
        it.huidige_stap = (step.line_number, f"{step.keyword.strip()} {step.name}")


def pytest_bdd_after_step(request, feature, scenario, step, step_func, step_func_args):
    it = _item(request)
    if it is not None:
        it.klaar += 1
        it.huidige_stap = None


def pytest_bdd_step_error(request, feature, scenario, step, step_func, step_func_args, exception):
    it = _item(request)
    if it is not None:
        it.foute_stap = (step.line_number, f"{step.keyword.strip()} {step.name}")


def pytest_bdd_step_func_lookup_error(request, feature, scenario, step, exception):
    it = _item(request)
    if it is not None:
        it.foute_stap = (step.line_number, f"{step.keyword.strip()} {step.name}")
        it.geen_definitie = True


def pytest_runtest_logreport(report):
    # het rapport kent zijn config niet; de lopende sessie staat in _HUIDIG
    st = _HUIDIG.get("staat")
    if st is None:
        return
    it = st.items.get(report.nodeid)
    if it is not None:
        it.rapporten[report.when] = report


_HUIDIG: dict = {}


def pytest_sessionstart(session):
    _HUIDIG["staat"] = staat(session.config)


def _melding(report) -> str | None:
    lr = report.longrepr
    if lr is None:
        return None
    if isinstance(lr, tuple) and len(lr) == 3:  # overgeslagen: (pad, regel, reden)
        tekst = str(lr[2]).removeprefix("Skipped: ")
    else:
        crash = getattr(lr, "reprcrash", None)
        tekst = crash.message if crash is not None and crash.message else str(lr).strip().splitlines()[-1]
    tekst = tekst.strip()
    return tekst if len(tekst) <= _MAX_MELDING else tekst[:_MAX_MELDING] + " …"


def _stap(t: tuple[int, str] | None) -> dict | None:
    return {"regel": t[0], "tekst": t[1]} if t else None


def uitvoering(it: Item) -> dict:
    """Eén item (scenario of voorbeeldrij) naar zijn uitslag."""
    r = it.rapporten
    duur = float(round(sum(x.duration for x in r.values()), 6))
    uit = {"status": u.NIET_UITGEVOERD, "duur": duur, "fase": None, "stap": None, "melding": None}
    opzet, call, afbouw = r.get("setup"), r.get("call"), r.get("teardown")
    if opzet is None:
        return uit
    if opzet.failed:
        uit.update(status=u.FOUT_OPZET, fase="opzet", melding=_melding(opzet))
    elif opzet.skipped:
        uit.update(status=u.OVERGESLAGEN, fase="opzet", melding=_melding(opzet))
    elif call is None:
        uit.update(melding="afgebroken voor de uitvoering")
    elif call.failed:
        stap = it.foute_stap or it.huidige_stap
        melding = _melding(call)
        if it.geen_definitie and stap:
            melding = f"geen stapdefinitie voor de stap '{stap[1]}' (regel {stap[0]})"
        uit.update(status=u.MISLUKT, fase="uitvoering", stap=_stap(stap), melding=it.koppelfout or melding)
    elif call.skipped:
        uit.update(status=u.OVERGESLAGEN, fase="uitvoering", stap=_stap(it.huidige_stap), melding=_melding(call))
    elif hasattr(call, "wasxfail"):
        uit.update(status=u.MISLUKT, fase="uitvoering", melding=f"als 'xfail' gemarkeerd maar geslaagd ({call.wasxfail})")
    elif it.koppelfout:
        uit.update(status=u.MISLUKT, fase="uitvoering", melding=it.koppelfout)
    elif not it.gestart or it.klaar != len(it.scenario.achtergrond) + len(it.scenario.stappen):
        n = len(it.scenario.achtergrond) + len(it.scenario.stappen)
        uit.update(status=u.MISLUKT, fase="uitvoering",
                   melding=f"niet alle stappen uitgevoerd ({it.klaar} van {n}), toch geen fout gemeld")
    else:
        uit["status"] = u.GESLAAGD
    if afbouw is not None and afbouw.failed:
        if uit["status"] == u.GESLAAGD:
            uit.update(status=u.FOUT_AFBOUW, fase="afbouw", melding=_melding(afbouw))
        else:
            uit["melding"] = f"{uit['melding'] or ''} (ook een fout in de afbouw: {_melding(afbouw)})".strip()
    elif afbouw is None and uit["status"] == u.GESLAAGD:
        uit.update(status=u.NIET_UITGEVOERD, melding="afgebroken voor de afbouw")
    return uit


def _git(rootdir: Path, *args: str) -> str | None:
    try:
        r = subprocess.run(["git", *args], cwd=rootdir, capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return r.stdout.strip() if r.returncode == 0 else None


def bouw_record(st: Staat, config, exitstatus: int) -> dict:
    per_nodeid: dict[tuple[str, int], list[tuple[Item, dict]]] = {}
    for nodeid, it in st.items.items():
        per_nodeid.setdefault(it.scenario.sleutel, []).append((it, uitvoering(it)))
    scenarios = []
    tellingen = {s: 0 for s in u.STATUSSEN}
    volledig = not st.koppelfouten and bool(st.features)
    for features in st.features.values():
        for sleutel, s in sorted(features.items()):
            uitgevoerd = per_nodeid.get(sleutel, [])
            d = {"bestand": s.bestand, "regel": s.regel, "naam": s.naam, "soort": s.sleutelwoord, "tags": s.tags,
                 "vingerafdruk": s.vingerafdruk}
            if s.is_sjabloon:
                per_rij = {it.rij: uitv for it, uitv in uitgevoerd}
                rijen = []
                for i, rij in enumerate(s.rijen):
                    uitv = per_rij.get(i) or {"status": u.NIET_UITGEVOERD, "duur": 0.0, "fase": None, "stap": None, "melding": None}
                    rijen.append({"regel": rij.regel, "waarden": rij.als_dict, **uitv})
                eerste = next((r for r in rijen if r["status"] != u.GESLAAGD), None)
                d.update(status=u.slechtste(r["status"] for r in rijen), duur=round(sum(r["duur"] for r in rijen), 6),
                         fase=eerste["fase"] if eerste else None, stap=eerste["stap"] if eerste else None,
                         melding=eerste["melding"] if eerste else None, rijen=rijen)
                for r in rijen:
                    tellingen[r["status"]] += 1
            else:
                uitv = uitgevoerd[0][1] if uitgevoerd else {"status": u.NIET_UITGEVOERD, "duur": 0.0, "fase": None,
                                                          "stap": None, "melding": None}
                d.update(uitv)
                tellingen[uitv["status"]] += 1
            scenarios.append(d)
    volledig = volledig and tellingen[u.NIET_UITGEVOERD] == 0
    rootdir = Path(config.rootpath)
    status = _git(rootdir, "status", "--porcelain")
    return {
        "versie": u.VERSIE,
        "soort": u.SOORT,
        "run": {
            "begin": datetime.fromtimestamp(st.begin, timezone.utc).isoformat(timespec="seconds"),
            "einde": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "duur": round(time.time() - st.begin, 3),
            "commit": _git(rootdir, "rev-parse", "HEAD"),
            "gewijzigd": None if status is None else bool(status),
            "volledig": volledig,
            "exitstatus": int(exitstatus),
            "argumenten": list(config.invocation_params.args),
            "python": sys.version.split()[0],
            "koppelfouten": list(st.koppelfouten),
        },
        "tellingen": tellingen,
        "scenarios": scenarios,
    }


def resultaat(config) -> dict | None:
    """Het record van de lopende sessie (na pytest_sessionfinish van deze plugin); voor dekking_controle."""
    st = staat(config)
    return st.resultaat if st else None


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session, exitstatus):
    st = staat(session.config)
    if st is None:
        return
    if not st.features:  # geen enkel gebonden scenario in deze sessie
        pad = session.config.getoption("zorgcontract_uitslagen")
        if pad:
            st.resultaat = {"versie": u.VERSIE, "soort": u.SOORT, "run": {"volledig": False, "exitstatus": int(exitstatus)},
                            "tellingen": {s: 0 for s in u.STATUSSEN}, "scenarios": []}
            _schrijf(Path(pad), st.resultaat)
        return
    st.resultaat = bouw_record(st, session.config, exitstatus)
    pad = session.config.getoption("zorgcontract_uitslagen")
    if pad:
        _schrijf(Path(pad), st.resultaat)
        verslag = session.config.pluginmanager.get_plugin("terminalreporter")
        t = st.resultaat["tellingen"]
        tekst = ", ".join(f"{n} {s}" for s, n in t.items() if n)
        if verslag is not None:
            verslag.write_line(f"uitslagenrecord: {pad} ({tekst})")


def _schrijf(pad: Path, data: dict) -> None:
    pad.parent.mkdir(parents=True, exist_ok=True)
    tmp = pad.with_name(pad.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, pad)
