"""Samenhang tussen scenario's, contractregister en interpretatieregister voor zk22-inkoop."""

from __future__ import annotations

from pathlib import Path

from zorgcontract.kern.gherkin import alle_scenarios
from zorgcontract.kern.register import contractregister, interpretaties

FEATURES = Path(__file__).parent.parent / "features"


def _scenarios() -> list[tuple[str, str, list[str]]]:
    """(bestand, scenarionaam, eigen tags van het scenario) voor zk22-inkoop, via de ene gherkin-lezer."""
    return [(s.bestand, s.naam, s.tags) for s in alle_scenarios(FEATURES) if s.bestand.startswith("zk/zk22-inkoop/")]


def test_elk_scenario_heeft_een_eigen_tagregel_met_een_zk_register_id():
    register = contractregister()
    scenarios = _scenarios()
    assert len(scenarios) > 50
    for bestand, naam, tags in scenarios:
        ids = [t for t in tags if t.startswith("zk22-inkoop-")]
        assert ids, f"{bestand}: {naam} heeft geen register-id op de tagregel erboven"
        for t in ids:
            assert t in register, f"{bestand}: {naam}: onbekend register-id {t}"


def test_elke_interpretatie_tag_bestaat():
    bekend = interpretaties()
    for bestand, naam, tags in _scenarios():
        for t in tags:
            if t.startswith("I-"):
                assert t in bekend, f"{bestand}: {naam}: onbekende interpretatie {t}"


def test_elk_getoetst_zk_item_heeft_een_scenario():
    gebruikt = {t for _, _, tags in _scenarios() for t in tags}
    for item in contractregister().values():
        if item.document == "zk22-inkoop" and item.status == "getoetst":
            assert item.id in gebruikt, f"{item.id} staat op getoetst maar geen scenario draagt die tag"


def test_elke_zk_interpretatie_is_vastgepind_en_verwijst_naar_bestaande_items():
    gebruikt = {t for _, _, tags in _scenarios() for t in tags}
    register = contractregister()
    zk = [i for i in interpretaties().values() if i.id.startswith("I-ZK22-")]
    assert {"I-ZK22-INKOOP-OAW-2400", "I-ZK22-INKOOP-OAW-600", "I-ZK22-INKOOP-STARTDATUM", "I-ZK22-INKOOP-FGV-GRENS", "I-ZK22-INKOOP-GGZ-VERDELING", "I-ZK22-INKOOP-POHS-AFTREK"} <= {i.id for i in zk}
    for i in zk:
        assert i.bron.document == "zk22-inkoop"
        assert i.id in gebruikt or i.niet_formaliseerbaar, f"{i.id} wordt door geen scenario vastgepind (en heeft geen reden niet_formaliseerbaar)"
        for r in i.register_ids:
            assert r in register, f"{i.id}: onbekend register-id {r}"
    assert next(i for i in zk if i.id == "I-ZK22-INKOOP-OAW-2400").soort == "leemte"


def test_register_items_met_zk22_horen_bij_het_zk_document():
    items = [i for i in contractregister().values() if i.id.startswith("zk22-inkoop-")]
    assert len(items) >= 40
    assert all(i.document == "zk22-inkoop" for i in items)
    assert {i.status for i in items} == {"getoetst", "open", "niet-formaliseerbaar"}
