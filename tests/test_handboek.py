"""Het handboek: generatoreenheden (snel) en één volledige bouw die de HTML leest zoals een lezer (marker
``handboek``; overslaan met ``-m 'not handboek'``)."""

from __future__ import annotations

import html as htmllib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from zorgcontract.handboek.bouw import genereer, jupyter_book_opdracht, kopieer_boekbronnen
from zorgcontract.handboek.gherkin import lees_features
from zorgcontract.handboek.implementatie import uitvoering_md, voorbeeld
from zorgcontract.handboek.opmaak import md, staptekst
from zorgcontract.handboek.paginas import Handboek
from zorgcontract.handboek.uitslagen import GESLAAGD, MISLUKT, NIET_UITGEVOERD, lees_run
from zorgcontract.kern.implementatie import voor_item
from zorgcontract.kern.register import contractregister, interpretaties
from tests.cli_hulp import draai

WORTEL = Path(__file__).resolve().parents[1]

FEATURE = """\
# language: nl
Functionaliteit: proef
  Regel: een regel

    # 2 × 3 = 6
    @zz26-pohs-a5-l7 @I-ZZ26-FAQ-PROEF
    Scenario: gewoon scenario
      Gegeven een getal 2
      Als het maal 3 gaat
      Dan is de uitkomst 6

    @zz26-pohs-a5-l7
    Abstract Scenario: sjabloon met <a>
      Gegeven een getal <a>
      Als het maal 3 gaat
      Dan is de uitkomst <b>

      Voorbeelden:
        | a | b |
        | 1 | 3 |
        | 2 | 7 |
        | 4 | 12 |

    @zz26-pohs-a5-l7
    Scenario: stap zonder definitie
      Gegeven een getal 5
      Dan is er een stap die niemand kent
"""


def _record(features: Path, pad: Path) -> Path:
    """Een uitslagenrecord met de hand: gewoon geslaagd; sjabloon rij 1 geslaagd, rij 2 mislukt, rij 3 ontbreekt;
    de stap zonder definitie mislukt."""
    [f] = lees_features(features)
    gewoon, sjabloon, zonder = f.scenarios

    def kop(s, status, **kw):
        return {"bestand": s.bestand, "regel": s.regel, "naam": s.naam, "vingerafdruk": s.vingerafdruk, "status": status, **kw}

    r1, r2, _ = sjabloon.rijen
    scenarios = [
        kop(gewoon, "geslaagd"),
        kop(sjabloon, "mislukt", rijen=[
            {"regel": r1.regel, "waarden": r1.als_dict, "status": "geslaagd"},
            {"regel": r2.regel, "waarden": r2.als_dict, "status": "mislukt", "fase": "uitvoering",
             "stap": {"regel": 16, "tekst": "Dan is de uitkomst 7"}, "melding": "AssertionError: 6 is niet 7"}]),
        kop(zonder, "mislukt", fase="uitvoering", stap={"regel": 27, "tekst": "Dan is er een stap die niemand kent"},
            melding="geen stapdefinitie voor deze stap"),
    ]
    pad.write_text(json.dumps({"versie": 1, "run": {"begin": "2026-01-01T00:00:00+00:00", "commit": "abc"},
                               "scenarios": scenarios}), encoding="utf-8")
    return pad


@pytest.fixture
def proef(tmp_path):
    features = tmp_path / "features"
    (features / "proef").mkdir(parents=True)
    (features / "proef" / "proef.feature").write_text(FEATURE, encoding="utf-8")
    return features, _record(features, tmp_path / "uitslagen.json")


def test_feature_lezen_met_handberekening(proef):
    features, _ = proef
    [f] = lees_features(features)
    gewoon, sjabloon, zonder = f.scenarios
    assert gewoon.commentaar == ["2 × 3 = 6"]
    assert gewoon.tags == ["I-ZZ26-FAQ-PROEF", "zz26-pohs-a5-l7"] and gewoon.regel_naam == "een regel"
    assert [s.sleutelwoord for s in gewoon.stappen] == ["Gegeven", "Als", "Dan"]
    assert sjabloon.voorbeeldrijen() == [{"a": "1", "b": "3"}, {"a": "2", "b": "7"}, {"a": "4", "b": "12"}]


def test_uitslag_per_scenario_en_per_voorbeeldregel(proef):
    features, record = proef
    [f] = lees_features(features)
    run = lees_run(record)
    gewoon, sjabloon, zonder = f.scenarios
    assert run.totaal(gewoon) == GESLAAGD
    assert [u.status for u in run.per_rij(sjabloon)] == [GESLAAGD, MISLUKT, NIET_UITGEVOERD]
    assert run.per_rij(sjabloon)[1].stap == "Dan is de uitkomst 7"
    assert run.totaal(sjabloon) == MISLUKT
    assert run.totaal(zonder) == MISLUKT
    assert "niemand kent" in run.per_rij(zonder)[0].stap
    # rijen zijn gekoppeld op regelnummer: elke rij kent zijn eigen regel
    assert [r.regel for r in sjabloon.rijen] == [20, 21, 22]


def test_zonder_record_alles_niet_uitgevoerd(proef, tmp_path):
    features, _ = proef
    [f] = lees_features(features)
    run = lees_run(tmp_path / "bestaat-niet.json")
    assert not run.gevonden and all(run.totaal(s) == NIET_UITGEVOERD for s in f.scenarios)


def test_mislukt_scenario_staat_als_mislukt_op_de_pagina(proef):
    features, record = proef
    hb = Handboek(lees_features(features), lees_run(record), contractregister(), interpretaties())
    if "zz26-pohs-a5-l7" not in hb.register:
        pytest.skip("register-item zz26-pohs-a5-l7 (nog) niet in het register")
    pagina = hb.pagina_md(hb.pagina_van["zz26-pohs-a5-l7"])
    assert "✘ mislukt" in pagina and "✔ geslaagd" in pagina and "niet uitgevoerd" in pagina
    assert "voorbeeldregel 2 (regel 21): *mislukt* bij de stap *Dan is de uitkomst 7*: AssertionError: 6 is niet 7" in pagina
    assert "*mislukt* bij de stap *Dan is er een stap die niemand kent*: geen stapdefinitie" in pagina
    assert "| 4 | 12 | {bdg-secondary}`niet uitgevoerd` |" in pagina
    assert "2 × 3 = 6" in pagina  # de handberekening
    assert "@I-ZZ26-FAQ-PROEF" in pagina  # onbekende interpretatie-tag blijft zichtbaar, als code
    assert "mislukt" in hb.dekking_md()


def test_opmaak_escapes():
    assert md("a*b_c <x> | $5") == r"a\*b\_c \<x\> \| \$5"
    assert staptekst("een getal <a> en *b*") == r"een getal `<a>` en \*b\*"
    assert "\u00a0" not in md("€\u00a05,41")


def test_genereer_het_echte_project(tmp_path):
    boek = tmp_path / "book"
    (boek / "rekenvoorbeelden").mkdir(parents=True)
    r = genereer(boek, WORTEL / "features", None)
    assert not r["uitslagen"]
    toc = (boek / "generated" / "_toc.yml").read_text(encoding="utf-8")
    hb = Handboek(lees_features(WORTEL / "features"), lees_run(None), contractregister(), interpretaties())
    for p in hb.paginas:
        assert (boek / f"{p.docname}.md").exists()
        assert p.docname in toc
        tekst = (boek / f"{p.docname}.md").read_text(encoding="utf-8")
        for item in p.items:
            assert f"(reg-{item.id})=" in tekst
    # opnieuw genereren zonder wijziging schrijft niets (anders bouwt Sphinx alles opnieuw)
    assert genereer(boek, WORTEL / "features", None)["gewijzigd"] == 0


# ------------------------------------------------------------------------------------------------ uitvoering per lid

def _sectie(pagina: str, item_id: str) -> str:
    """De MyST van één registeritem op zijn pagina (tot het volgende registerlabel)."""
    begin = pagina.index(f"(reg-{item_id})=")
    volgende = pagina.find("(reg-", begin + 1)
    return pagina[begin:volgende if volgende > 0 else None]


@pytest.fixture(scope="module")
def echt_handboek():
    return Handboek(lees_features(WORTEL / "features"), lees_run(None), contractregister(), interpretaties())


def test_poh_s_lid_9_toont_uurtarief_en_subopdracht(echt_handboek):
    hb = echt_handboek
    sectie = _sectie(hb.pagina_md(hb.pagina_van["zz26-pohs-a5-l9"]), "zz26-pohs-a5-l9")
    [rij] = [r for r in sectie.splitlines() if r.startswith("| `") and "a5.uurtarief" in r]
    cellen = [c.strip() for c in rij.strip("|").split("|")]
    assert cellen[0] == "`zz26-pohs.a5.uurtarief`"
    assert cellen[1] == "70,14" and cellen[2] == "EUR per uur"
    assert cellen[3] == "1 januari 2026" and cellen[4] == "31 december 2026"
    assert cellen[5] == "ZZ POH-S 2026-2028, art. 5, lid 9"
    assert "`zorgcontract.regels.zz.pohs.artikel_5:bereken`" in sectie
    assert "Subopdracht: `poh-s`" in sectie and "$ zorgcontract poh-s --ingeschreven" in sectie
    # lid 9 toont zijn eigen parameters, niet die van lid 6 (minuten per groep)
    assert "a5.minuten.dm2" not in sectie


def test_parameter_zonder_waarde_toont_waarom(echt_handboek):
    hb = echt_handboek
    sectie = _sectie(hb.pagina_md(hb.pagina_van["zk22-inkoop-pohs-aanvulling"]), "zk22-inkoop-pohs-aanvulling")
    [rij] = [r for r in sectie.splitlines() if "poh-s-aanvulling.uurkosten" in r]
    assert "*niet in de bron:* het inkoopbeleid noemt geen uurkosten" in rij
    assert "| 0,15 | fractie |" in sectie  # het percentage staat er wel, in Nederlandse notatie


def test_item_zonder_subopdracht_en_zonder_parameters(echt_handboek):
    hb = echt_handboek
    sectie = _sectie(hb.pagina_md(hb.pagina_van["zz26-pohs-a5-l10"]), "zz26-pohs-a5-l10")
    assert "`zorgcontract.regels.zz.pohs.artikel_5:stoppen_met_roken`" in sectie
    assert "Subopdracht: geen" in sectie and "geen parameters" in sectie


def test_getoetst_item_zonder_regel_krijgt_een_waarschuwing():
    item = contractregister()["zz26-pohs-a5-l9"]
    assert "{warning}" in uitvoering_md(item, uitvoeringen=[])
    assert uitvoering_md(contractregister()["zz26-pohs-a5-l1"]) == ""  # niet-formaliseerbaar: geen regel, geen tekst


def test_elke_voorbeeldaanroep_in_het_handboek_werkt(capsys, tmp_path, monkeypatch):
    """Wat het handboek als aanroep toont, rekent echt (exit 0), ook met het voorbeeldbestand erbij."""
    monkeypatch.chdir(tmp_path)
    gedaan = set()
    for item in contractregister().values():
        for u in voor_item(item.id):
            for c in u.cli:
                v = voorbeeld(c, item)
                if v in gedaan:
                    continue
                gedaan.add(v)
                for naam, inhoud in v.bestanden:
                    (tmp_path / naam).write_text(inhoud, encoding="utf-8")
                r = draai(capsys, *v.argumenten)
                assert r.code == 0, (item.id, v.regel, r.stderr)
                assert "--help" not in v.regel, (item.id, v.regel)  # elke subopdracht heeft een echt voorbeeld
    assert len(gedaan) > 20


# ------------------------------------------------------------------------------------------------ bouw

@pytest.fixture(scope="module")
def gebouwd(handboek_gebouwd):
    """Het boek, één keer per sessie gebouwd in een tijdelijke map (tests/conftest.py; niet in book/_build)."""
    html, record = handboek_gebouwd
    hb = Handboek(lees_features(WORTEL / "features"), lees_run(record), contractregister(), interpretaties())
    return html, hb


def _tekst(pad: Path) -> str:
    return pad.read_text(encoding="utf-8")


_WOORD = {GESLAAGD: "✔ geslaagd", MISLUKT: "✘ mislukt", NIET_UITGEVOERD: "niet uitgevoerd", "overgeslagen": "overgeslagen",
          "fout in opzet": "✘ fout in opzet", "fout in afbouw": "✘ fout in afbouw"}


@pytest.mark.handboek
def test_elk_registeritem_heeft_een_pagina(gebouwd):
    html, hb = gebouwd
    assert (html / "index.html").exists()
    for item_id, p in hb.pagina_van.items():
        pagina = html / f"{p.docname}.html"
        assert pagina.exists(), item_id
        assert f'id="reg-{item_id}"' in _tekst(pagina), item_id


@pytest.mark.handboek
def test_elk_scenario_staat_er_met_zijn_uitslag(gebouwd):
    html, hb = gebouwd
    paginas = {p: _tekst(p) for p in html.rglob("*.html")}
    for f in hb.features:
        for s in f.scenarios:
            label = hb.plek[s.sleutel]
            [(pad, tekst)] = [(p, t) for p, t in paginas.items() if f'id="{label}"' in t]
            blok = tekst[tekst.index(f'id="{label}"'):][:4000]
            blok = blok.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'}))  # smartquotes
            assert htmllib.escape(s.naam[1:], quote=False) in blok, (pad, s.naam)
            assert _WOORD[hb.run.totaal(s)] in blok, (pad, s.naam, hb.run.totaal(s))


@pytest.mark.handboek
def test_geen_python_sporen_en_niets_van_het_net(gebouwd):
    html, _ = gebouwd
    for pad in html.rglob("*.html"):
        if "_static" in pad.parts:
            continue
        t = _tekst(pad)
        for verboden in ("Decimal(", "Fraction(", "\\xa0", "Traceback", "&lt;IPython.core"):
            assert verboden not in t, (pad, verboden)
        assert not re.search(r'(src|href)="(https?:)?//', t), pad
        assert 'lang="nl"' in t, pad


@pytest.mark.handboek
def test_rekenvoorbeelden_uitgevoerd(gebouwd):
    html, _ = gebouwd
    pohs = _tekst(html / "rekenvoorbeelden" / "zz-poh-s.html")
    ggz = _tekst(html / "rekenvoorbeelden" / "zz-poh-ggz.html")
    assert "€ 5,49" in pohs and "<img" in pohs
    assert "€ 5,41" in ggz and "31343: € 0,68" in ggz and "<img" in ggz
    assert "Stap" in ggz and "Bron" in ggz
    if (html / "rekenvoorbeelden" / "zk-uren.html").exists():
        zk = _tekst(html / "rekenvoorbeelden" / "zk-uren.html")
        assert "24,00 uur" in zk and "3,5 uur" in zk and "<img" in zk


@pytest.mark.handboek
def test_zoeken_en_overzichten(gebouwd):
    html, _ = gebouwd
    assert (html / "searchindex.js").exists() and (html / "search.html").exists()
    assert "normpraktijk" in _tekst(html / "searchindex.js")
    for naam in ("interpretaties", "uitspraken", "dekking"):
        assert (html / "generated" / f"{naam}.html").exists()
    start = _tekst(html / "index.html")
    for opdracht in ("poh-s", "poh-ggz", "declaratiestart", "coulance"):
        assert f'<span class="pre">{opdracht}</span>' in start, opdracht
    assert "Module POH-S, Zorg en Zekerheid 2026" in start  # de echte voorbeeldaanroep


@pytest.mark.handboek
def test_lid_toont_parameters_en_subopdracht_in_html(gebouwd):
    html, hb = gebouwd
    pagina = _tekst(html / f"{hb.pagina_van['zz26-pohs-a5-l9'].docname}.html")
    blok = pagina[pagina.index('id="reg-zz26-pohs-a5-l9"'):]
    blok = blok[:blok.find('id="reg-zz26-pohs-a5-l10"')]
    for verwacht in ("a5.uurtarief", "70,14", "EUR per uur", "1 januari 2026", "poh-s"):
        assert verwacht in blok, verwacht
