"""De brug registeritem → regel (``@implementeert``): volledig en zonder verwijzingen naar niets.

(a) elk ``getoetst`` registeritem heeft ten minste één uitvoerende regel;
(b) elke uitvoering noemt alleen bestaande registeritems, parameters (in het document van elk van haar
    ids) en subopdrachten van ``zorgcontract``;
(c) elke genoemde functie is te importeren als ``module:qualname`` en draagt die naam echt.
De controles zelf (``problemen``) krijgen ook een nepregister en nepuitvoeringen, zodat te zien is dat
ze falen waar ze moeten.
"""

from __future__ import annotations

import inspect
import importlib

import pytest

from zorgcontract.kern import implementatie
from zorgcontract.kern.implementatie import Uitvoering, implementeert, splits, uitvoeringen, voor_item
from zorgcontract.kern.parameters import alle_parameters
from zorgcontract.kern.register import RegisterItem, contractregister


def subopdrachten() -> set[str]:
    from zorgcontract.cli import app

    return {c.name or c.callback.__name__.replace("_", "-") for c in app.registered_commands}


def laad_functie(naam: str):
    module, _, qualname = naam.partition(":")
    obj = importlib.import_module(module)
    for deel in qualname.split("."):
        obj = getattr(obj, deel)
    return obj


def problemen(register: dict[str, RegisterItem], lijst: list[Uitvoering], parameters: set[str],
              opdrachten: set[str]) -> list[str]:
    """Alle fouten in de koppeling, als Nederlandse zinnen; leeg = in orde."""
    uit = []
    gedekt = {i for u in lijst for i in u.ids}
    for item in register.values():
        if item.status == "getoetst" and item.id not in gedekt:
            uit.append(f"{item.id} is getoetst maar geen regel draagt @implementeert('{item.id}')")
    for u in lijst:
        if not u.ids:
            uit.append(f"{u.functie}: @implementeert zonder registeritem")
        for i in u.ids:
            if i not in register:
                uit.append(f"{u.functie} noemt onbekend registeritem {i}")
            elif register[i].status != "getoetst":
                uit.append(f"{u.functie} noemt {i}, dat de status {register[i].status} heeft (niet getoetst)")
        for p in u.parameters:
            for i in u.ids:
                doc = splits(i)[0]
                if f"{doc}.{p}" not in parameters:
                    uit.append(f"{u.functie} ({i}) noemt parameter {p}, maar {doc} heeft geen parameter {doc}.{p}")
        for c in u.cli:
            if c not in opdrachten:
                uit.append(f"{u.functie} noemt onbekende subopdracht '{c}'")
        try:
            f = laad_functie(u.functie)
        except (ImportError, AttributeError) as e:
            uit.append(f"{u.functie} is niet te importeren: {e}")
        else:
            if not callable(f) or f"{f.__module__}:{f.__qualname__}" != u.functie:
                uit.append(f"{u.functie} wijst naar iets anders: {f!r}")
    return uit


# --- de echte registers en regels ------------------------------------------------------------------------

def test_elk_getoetst_item_heeft_een_uitvoerende_regel():
    register = contractregister()
    gedekt = {i for u in implementatie.uitvoeringen() for i in u.ids}
    zonder = sorted(i.id for i in register.values() if i.status == "getoetst" and i.id not in gedekt)
    assert not zonder, "getoetste items zonder @implementeert: " + ", ".join(zonder)


def test_uitvoeringen_noemen_alleen_bestaande_items_parameters_en_subopdrachten():
    fouten = problemen(contractregister(), implementatie.uitvoeringen(), set(alle_parameters()), subopdrachten())
    assert not fouten, "\n".join(fouten)


def test_functies_zijn_importeerbaar_en_geen_dubbele_decorators():
    lijst = uitvoeringen()
    assert lijst, "geen enkele uitvoering gevonden: laad_alle_regels importeert niets"
    for u in lijst:
        assert callable(laad_functie(u.functie)), u.functie
    # uitvoeringen() mag de decorators niet opnieuw laten tellen
    assert len(uitvoeringen()) == len(lijst)
    sleutels = [(u.functie, u.ids) for u in lijst]
    assert len(sleutels) == len(set(sleutels)), "dezelfde @implementeert staat dubbel op een functie"


def test_subopdrachten_komen_uit_de_typer_app():
    opdrachten = subopdrachten()
    assert {"poh-s", "poh-ggz", "coulance", "declaraties", "zk-startdatum"} <= opdrachten


def test_poh_s_lid_9_wordt_uitgevoerd_door_bereken_met_het_uurtarief():
    (u,) = voor_item("zz26-pohs-a5-l9")
    assert u.functie == "zorgcontract.regels.zz.pohs.artikel_5:bereken"
    assert "a5.uurtarief" in u.parameters and u.cli == ("poh-s",)


def test_een_periode_met_eigen_regel_krijgt_niet_die_van_de_andere_periode():
    oud = voor_item("zz23-faq-service-bereikbaarheid")
    assert oud and all("zz23-faq-service-bereikbaarheid" in u.ids for u in oud)
    assert not any(u.parameters for u in oud)  # de FAQ 2023-2025 geeft geen bedragen


def test_een_latere_periode_vindt_de_regel_van_hetzelfde_lid():
    # een (nog) onbekende periode zz29 van de reeks zz-pohs: dezelfde regel, zolang niemand het lid anders regelt
    (u,) = voor_item("zz29-pohs-a5-l9")
    assert u.functie.endswith("artikel_5:bereken") and "zz26-pohs-a5-l9" in u.ids


# --- de controle kan falen -------------------------------------------------------------------------------

def _item(item_id: str, status: str = "getoetst") -> RegisterItem:
    doc = splits(item_id)[0]
    return RegisterItem(id=item_id, document=doc, locatie="artikel 5 lid 9", samenvatting="een nepitem voor de test",
                        status=status, reden=None if status == "getoetst" else "nep")


def _echte_functie() -> str:
    return "zorgcontract.regels.zz.pohs.artikel_5:bereken"


def test_controle_meldt_getoetst_item_zonder_uitvoering():
    register = {"zz26-pohs-a5-l9": _item("zz26-pohs-a5-l9"), "zz26-pohs-a5-l99": _item("zz26-pohs-a5-l99")}
    lijst = [Uitvoering(functie=_echte_functie(), ids=("zz26-pohs-a5-l9",), parameters=("a5.uurtarief",), cli=("poh-s",))]
    fouten = problemen(register, lijst, set(alle_parameters()), subopdrachten())
    assert fouten == ["zz26-pohs-a5-l99 is getoetst maar geen regel draagt @implementeert('zz26-pohs-a5-l99')"]


def test_controle_meldt_onbekend_id_parameter_subopdracht_en_functie():
    register = {"zz26-pohs-a5-l9": _item("zz26-pohs-a5-l9"), "zz26-pohs-a5-l1": _item("zz26-pohs-a5-l1", "niet-formaliseerbaar")}
    lijst = [
        Uitvoering(functie=_echte_functie(), ids=("zz26-pohs-a5-l9", "zz26-pohs-a5-l77"), parameters=("a5.uurtarief",)),
        Uitvoering(functie=_echte_functie(), ids=("zz26-pohs-a5-l9",), parameters=("a5.bestaat_niet",), cli=("poh-x",)),
        Uitvoering(functie=_echte_functie(), ids=("zz26-pohs-a5-l1",)),
        Uitvoering(functie="zorgcontract.regels.zz.pohs.artikel_5:weg", ids=("zz26-pohs-a5-l9",)),
        # een parameter van het ene document geldt niet voor een id van een ander document
        Uitvoering(functie=_echte_functie(), ids=("zz26-pohggz-a6-l2",), parameters=("a5.uurtarief",)),
    ]
    register["zz26-pohggz-a6-l2"] = _item("zz26-pohggz-a6-l2")
    tekst = "\n".join(problemen(register, lijst, set(alle_parameters()), subopdrachten()))
    assert "onbekend registeritem zz26-pohs-a5-l77" in tekst
    assert "parameter a5.bestaat_niet" in tekst
    assert "onbekende subopdracht 'poh-x'" in tekst
    assert "zz26-pohs-a5-l1, dat de status niet-formaliseerbaar heeft" in tekst
    assert "artikel_5:weg is niet te importeren" in tekst
    assert "zz26-pohggz heeft geen parameter zz26-pohggz.a5.uurtarief" in tekst


def test_decorator_op_een_nepregel_met_onbekend_id_breekt_de_echte_test(monkeypatch):
    """Een regel die een id noemt dat het register niet kent, laat de controle van (b) falen."""
    implementatie.laad_alle_regels()  # eerst de echte decorators, anders belanden die in de tijdelijke lijst
    monkeypatch.setattr(implementatie, "_UITVOERINGEN", list(implementatie._UITVOERINGEN))

    @implementeert("zz26-pohs-a5-l42", parameters=["a5.uurtarief"], cli=["poh-s"])
    def nepregel():  # pragma: no cover - wordt nooit aangeroepen
        return None

    fouten = problemen(contractregister(), implementatie.uitvoeringen(), set(alle_parameters()), subopdrachten())
    assert any("onbekend registeritem zz26-pohs-a5-l42" in f for f in fouten)
    assert any("nepregel" in f and "niet te importeren" in f for f in fouten)  # een lokale functie is geen regel
    with pytest.raises(AssertionError, match="zz26-pohs-a5-l42"):
        test_uitvoeringen_noemen_alleen_bestaande_items_parameters_en_subopdrachten()


def test_getoetst_item_zonder_uitvoering_breekt_de_echte_test(monkeypatch):
    """Haal de uitvoeringen van één item weg (de registers blijven de echte): test (a) faalt op dat item."""
    weg = "zz26-pohs-a5-l10"
    zonder = [u for u in implementatie.uitvoeringen() if weg not in u.ids]
    monkeypatch.setattr(implementatie, "uitvoeringen", lambda: zonder)
    with pytest.raises(AssertionError, match=weg):
        test_elk_getoetst_item_heeft_een_uitvoerende_regel()


def test_subopdrachten_roepen_hun_regels_aan_en_lezen_alleen_genoemde_parameters(capsys, tmp_path, monkeypatch):
    """Draai de voorbeeldaanroep van het handboek voor elk item en leg vast welke regels worden aangeroepen en
    welke parameters gelezen: (1) elke regel met ``cli=[c]`` wordt door ``c`` echt aangeroepen; (2) elke
    gelezen parameter staat in ``parameters=`` van een regel met die subopdracht."""
    import sys

    from tests.cli_hulp import draai
    from zorgcontract.handboek.implementatie import voorbeeld
    from zorgcontract.kern import parameters as kern_parameters

    lijst = implementatie.uitvoeringen()
    code_van = {inspect.unwrap(laad_functie(u.functie)).__code__: u.functie for u in lijst}
    gelezen: dict[str, set[str]] = {}
    aangeroepen: dict[str, set[str]] = {}
    huidige: list[str] = [""]
    echte_op = kern_parameters.Parameter.op

    def op(self, peildatum):
        gelezen.setdefault(huidige[0], set()).add(self.naam)
        return echte_op(self, peildatum)

    def profiel(frame, gebeurtenis, _):
        if gebeurtenis == "call" and frame.f_code in code_van:
            aangeroepen.setdefault(huidige[0], set()).add(code_van[frame.f_code])

    monkeypatch.setattr(kern_parameters.Parameter, "op", op)
    monkeypatch.chdir(tmp_path)
    for item in contractregister().values():
        for u in voor_item(item.id):
            for c in u.cli:
                v = voorbeeld(c, item)
                for naam, inhoud in v.bestanden:
                    (tmp_path / naam).write_text(inhoud, encoding="utf-8")
                huidige[0] = c
                sys.setprofile(profiel)
                try:
                    draai(capsys, *v.argumenten)
                finally:
                    sys.setprofile(None)
    assert gelezen and aangeroepen, "de meting werkt niet"
    for u in lijst:
        for c in u.cli:
            assert u.functie in aangeroepen.get(c, set()), f"{u.functie} noemt cli={c!r}, maar de voorbeeldaanroep roept haar niet aan"
    for c, namen in gelezen.items():
        genoemd = {f"{splits(i)[0]}.{p}" for u in lijst if c in u.cli for i in u.ids for p in u.parameters}
        assert namen <= genoemd, f"{c} leest {sorted(namen - genoemd)}, maar geen regel met cli={c!r} noemt die"
