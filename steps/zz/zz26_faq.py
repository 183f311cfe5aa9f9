"""Stappen voor features/zz/zz26-faq: de FAQ 2026-2028 van Zorg en Zekerheid. De declaratiecontrole (een tabel met
voorgenomen declaraties), de indexering van de tarieven, de normuren POH-Ouderen, welke uren als POH-uren tellen en
de gegevens van de uitspraken over coulance en diplomacontrole.

De uitspraak per datum, coulance en service en bereikbaarheid deelt deze FAQ met die van 2023-2025: die stappen
staan in ``steps/zz/faq.py``. De conftest van dit document laadt beide.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal

from pytest_bdd import given, parsers, then, when

from steps.algemeen import Uitkomst, gelijk_op_notatie, probeer
from steps.zz.faq import FUNCTIES, gegeven_van_uitspraak, vertaal
from zorgcontract.kern import nl
from zorgcontract.regels.zz.declaraties import referentie, snel
from zorgcontract.regels.zz.faq import declareren, tarieven


# --- de declaratiecontrole -----------------------------------------------------------------------------------
# Een tabel met voorgenomen declaraties gaat als CSV door de referentieroute (``referentie``, de route die de
# scenario's documenteren) én door de snelle route (``snel``, die ``zorgcontract declaraties`` gebruikt); de
# Als-stap eist dat beide op elke regel hetzelfde zeggen.

# kop in de tabel van het scenario -> kolom van het CSV-formaat (``declaraties.formaat.KOLOMMEN``)
KOLOMMEN = {
    "regel": "regel",
    "praktijk": "praktijk",
    "verzekerde": "verzekerde",
    "prestatiecode": "prestatiecode",
    "datum": "datum",
    "uitvoerder": "uitvoerder",
    "kenmerken": "context",
    "deelnemers": "deelnemers",
    "zorgverlener": "zorgverlener",
    "duur in minuten": "duur_minuten",
    "tarief": "tarief",
}


@dataclass(frozen=True)
class Declaratiebestand:
    """De voorgenomen declaraties als tekst in het CSV-formaat van ``zorgcontract declaraties``."""

    tekst: str


@given("de voorgenomen declaraties voor één verzekerde:", target_fixture="declaratiebestand")
@given("de voorgenomen declaraties:", target_fixture="declaratiebestand")
def voorgenomen_declaraties(datatable) -> Declaratiebestand:
    kop, *rijen = datatable
    uit = io.StringIO()
    # de waarden gaan ongelezen als tekst naar de invoerlaag van de declaratiecontrole, die ze zelf controleert
    csv.writer(uit, lineterminator="\n").writerows([[vertaal(KOLOMMEN, k, "kolom") for k in kop], *rijen])
    return Declaratiebestand(uit.getvalue())


def _beide_routes(tekst: str) -> dict:
    ref = referentie.controleer(tekst)
    snelle = [r for stuk in snel.lees_tekst(tekst).rijen() for r in stuk.iter_rows(named=True)]
    assert [(b.regel, b.toegestaan, [(r.code, r.tekst, r.bron) for r in b.redenen], b.fout, b.eenheden) for b in ref] == \
        [(r["regel"], r["toegestaan"], [(x["code"], x["tekst"], x["bron"]) for x in r["redenen"]], r["fout"], r["eenheden"])
         for r in snelle], "de snelle route wijkt af van de referentieroute"
    return {b.regel: b for b in ref}


@when("de declaratiecontrole de declaraties beoordeelt", target_fixture="uitkomst")
def beoordeel_declaraties(declaratiebestand: Declaratiebestand) -> Uitkomst:
    return probeer(_beide_routes, declaratiebestand.tekst)


def _regel(uitkomst: Uitkomst, regel: str) -> referentie.Beoordeling:
    alle = uitkomst.waarde
    assert regel in alle, f"geen declaratieregel {regel} (wel: {', '.join(alle)})"
    return alle[regel]


@then(parsers.re(r"is declaratieregel (?P<regel>\S+) (?P<oordeel>toegestaan|niet toegestaan)"))
def declaratie_toegestaan(uitkomst: Uitkomst, regel, oordeel):
    b = _regel(uitkomst, regel)
    assert b.fout is None and b.toegestaan is (oordeel == "toegestaan"), (b.fout, [r.tekst for r in b.redenen])


@then(parsers.re(r'noemt het oordeel over declaratieregel (?P<regel>\S+) "(?P<tekst>[^"]+)"'))
def declaratie_reden(uitkomst: Uitkomst, regel, tekst):
    teksten = [r.tekst for r in _regel(uitkomst, regel).redenen]
    assert any(tekst in t for t in teksten), teksten


@then(parsers.re(r'citeert het oordeel over declaratieregel (?P<regel>\S+) "(?P<bron>[^"]+)"'))
def declaratie_citeert(uitkomst: Uitkomst, regel, bron):
    bronnen = [str(r.bron) for r in _regel(uitkomst, regel).redenen]
    assert any(bron in x for x in bronnen), bronnen


@then(parsers.re(r'geeft declaratieregel (?P<regel>\S+) de fout "(?P<tekst>[^"]+)"'))
def declaratie_fout(uitkomst: Uitkomst, regel, tekst):
    b = _regel(uitkomst, regel)
    assert b.toegestaan is None and b.fout and tekst in b.fout, b.fout


@then(parsers.re(r'geeft declaratieregel (?P<regel>\S+) voor de kolom "(?P<kop>[^"]+)" de fout "(?P<tekst>[^"]+)"'))
def declaratie_fout_in_kolom(uitkomst: Uitkomst, regel, kop, tekst):
    # de foutmelding noemt de kolom zoals ze in het CSV-bestand heet: "'duur_minuten': is verplicht bij 12822"
    declaratie_fout(uitkomst, regel, f"'{vertaal(KOLOMMEN, kop, 'kolom')}': {tekst}")


@then(parsers.re(r'heeft declaratieregel (?P<regel>\S+) de redencode "(?P<code>[^"]+)"'))
def declaratie_redencode(uitkomst: Uitkomst, regel, code):
    codes = [r.code for r in _regel(uitkomst, regel).redenen]
    assert code in codes, codes


@then(parsers.re(r"telt declaratieregel (?P<regel>\S+) (?P<n>\S+) eenheden van 15 minuten"), converters={"n": nl.lees_aantal})
def declaratie_eenheden(uitkomst: Uitkomst, regel, n: int):
    b = _regel(uitkomst, regel)
    assert b.fout is None and b.eenheden == n, (b.fout, b.eenheden)


# --- indexering van de tarieven ------------------------------------------------------------------------------

# zoals het scenario de soort tarief noemt -> ``tarieven.TariefSoort``
TARIEFSOORTEN = {"vrij": tarieven.TariefSoort.VRIJ, "M&I": tarieven.TariefSoort.MI,
                 "gereguleerd": tarieven.TariefSoort.GEREGULEERD}


@when(parsers.re(r"een (?P<soort>.+?) tarief van (?P<bedrag>€ \S+) naar (?P<jaar>\S+) wordt geïndexeerd"),
      converters={"bedrag": nl.lees_bedrag, "jaar": nl.lees_jaar}, target_fixture="uitkomst")
def indexeer(soort, bedrag: Decimal, jaar: int) -> Uitkomst:
    return probeer(tarieven.indexeer, bedrag, jaar, vertaal(TARIEFSOORTEN, soort, "soort tarief"))


@then(parsers.re(r"is het geïndexeerde tarief (?P<bedrag>€ \S+)"), converters={"bedrag": nl.lees_bedrag})
def geindexeerd(uitkomst: Uitkomst, bedrag: Decimal):
    # precies: de ene afronding op centen van de FAQ
    assert uitkomst.waarde.nieuw == bedrag, uitkomst.waarde.nieuw


# --- normuren POH-Ouderen ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PraktijkOuderen:
    aantal_75plus: int
    ingeschreven: int


@given(parsers.re(r"een praktijk met (?P<plus75>\S+) 75-plussers op (?P<ingeschreven>\S+) ingeschreven verzekerden"),
       converters={"plus75": nl.lees_aantal, "ingeschreven": nl.lees_aantal}, target_fixture="praktijk_ouderen")
def praktijk_ouderen(plus75: int, ingeschreven: int) -> PraktijkOuderen:
    return PraktijkOuderen(plus75, ingeschreven)


@when(parsers.re(r"de normuren POH-Ouderen voor (?P<jaar>\S+) worden bepaald"), converters={"jaar": nl.lees_jaar},
      target_fixture="uitkomst")
def normuren_ouderen(praktijk_ouderen: PraktijkOuderen, jaar: int) -> Uitkomst:
    p = praktijk_ouderen
    return probeer(lambda: tarieven.normuren_poh_ouderen(tarieven.aandeel_75plus(p.aantal_75plus, p.ingeschreven), jaar))


@then(parsers.re(r"zijn de normuren POH-Ouderen (?P<getal>\S+)"))
def normuren(uitkomst: Uitkomst, getal):
    gelijk_op_notatie(uitkomst.waarde.normuren, getal, nl.lees_getal)


@then(parsers.re(r'valt de praktijk in de staffel "(?P<staffel>[^"]+)"'))
def staffel(uitkomst: Uitkomst, staffel):
    assert uitkomst.waarde.staffel == staffel, uitkomst.waarde.staffel


# --- POH-uren ------------------------------------------------------------------------------------------------

@when(parsers.re(r'wordt bepaald of de uren van een "(?P<functie>[^"]+)" als POH-uren tellen'), target_fixture="uitkomst")
def telt_als_poh_uren(functie) -> Uitkomst:
    return probeer(declareren.telt_als_poh_uren, functie)


@then(parsers.re(r"tellen die uren (?P<wel>wel|niet) als POH-uren"), converters={"wel": nl.lees_ja_nee})
def poh_uren(uitkomst: Uitkomst, wel: bool):
    oordeel = uitkomst.oordeel
    assert oordeel.toegestaan is wel, [str(r) for r in oordeel.redenen]


# --- gegevens van de uitspraken ------------------------------------------------------------------------------

@then(parsers.re(r'noemt de uitspraak coulance voor "(?P<functies>[^"]+)"'), converters={"functies": nl.lees_komma_opsomming})
def coulance_voor_functies(uitkomst: Uitkomst, functies: list[str]):
    verwacht = [vertaal(FUNCTIES, f, "functie") for f in functies]
    assert gegeven_van_uitspraak(uitkomst, "functies") == verwacht


@then(parsers.re(r"is de controle volgens de uitspraak (?P<moment>vooraf|achteraf)"))
def controlemoment(uitkomst: Uitkomst, moment):
    assert gegeven_van_uitspraak(uitkomst, "moment") == moment
