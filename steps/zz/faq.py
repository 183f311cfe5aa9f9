"""Stappen die de FAQ's van Zorg en Zekerheid (2023-2025 en 2026-2028) delen: de uitspraak die op een datum geldt,
coulance voor een praktijkondersteuner in opleiding (de periode volgt uit de datum waarop de vergoeding zou ingaan)
en de opbouw van service en bereikbaarheid.

Geladen door de conftest van features/zz/zz26-faq en van features/zz/zz23-faq. Wat maar één FAQ gebruikt, staat in
``steps/zz/zz26_faq.py`` of ``steps/zz/zz23_faq.py``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal

from pytest_bdd import given, parsers, then, when

from steps.algemeen import Uitkomst, probeer
from zorgcontract.kern import nl
from zorgcontract.kern.invoer import valideer
from zorgcontract.regels.zz import coulance
from zorgcontract.regels.zz.faq import tarieven, uitspraken


def vertaal(tabel: dict[str, str], tekst: str, wat: str) -> str:
    """De waarde bij ``tekst`` uit een vertaaltabel van deze module; een onbekende tekst is een duidelijke fout."""
    if tekst not in tabel:
        raise AssertionError(f"onbekende {wat} '{tekst}' (bekend: {', '.join(sorted(tabel))})")
    return tabel[tekst]


# --- de uitspraak die op een datum geldt -------------------------------------------------------------------

@when(parsers.re(r'de uitspraak over "(?P<onderwerp>[^"]+)" op (?P<datum>.+) wordt opgezocht'),
      converters={"datum": nl.lees_datum}, target_fixture="uitkomst")
def zoek_uitspraak(onderwerp, datum: date) -> Uitkomst:
    return probeer(uitspraken.geldende, onderwerp, datum)


@then(parsers.re(r'komt (?P<wat>de uitspraak|de coulance|de opbouw) uit het document "(?P<document>[^"]+)"'))
def uit_document(uitkomst: Uitkomst, wat, document):
    # een Uitspraak, een CoulanceUitkomst en een ServiceUitkomst noemen elk de sleutel van hun FAQ in ``document``
    assert uitkomst.waarde.document == document, f"{wat} komt uit {uitkomst.waarde.document}, niet uit {document}"


@then(parsers.re(r"geldt de uitspraak van (?P<van>.+) tot en met (?P<tot>.+)"),
      converters={"van": nl.lees_datum, "tot": nl.lees_datum})
def uitspraak_periode(uitkomst: Uitkomst, van: date, tot: date):
    u = uitkomst.waarde
    assert (u.geldig_van, u.geldig_tot) == (van, tot), (u.geldig_van, u.geldig_tot)


@then(parsers.re(r'zegt de uitspraak "(?P<tekst>[^"]+)"'))
def uitspraak_zegt(uitkomst: Uitkomst, tekst):
    assert tekst in uitkomst.waarde.antwoord, uitkomst.waarde.antwoord


@then(parsers.re(r'hoort de uitspraak bij registeritem "(?P<rid>[^"]+)"'))
def uitspraak_registeritem(uitkomst: Uitkomst, rid):
    assert uitkomst.waarde.register_id == rid, uitkomst.waarde.register_id


def gegeven_van_uitspraak(uitkomst: Uitkomst, sleutel: str):
    """Een gestructureerd gegeven van de uitspraak (``Uitspraak.gegevens``), voor de Dan-stappen per FAQ."""
    gegevens = uitkomst.waarde.gegevens
    assert sleutel in gegevens, f"de uitspraak heeft geen gegeven '{sleutel}' (wel: {', '.join(gegevens)})"
    return gegevens[sleutel]


# --- coulance voor een praktijkondersteuner in opleiding -----------------------------------------------------

# zoals het scenario de functie schrijft -> de waarde van ``coulance.Functie`` in de invoer
FUNCTIES = {"POH-S": "poh-s", "POH-Ouderen": "poh-ouderen", "POH-GGZ": "poh-ggz"}


@dataclass
class OpleidingVoorCoulance:
    """De vraag naar coulance zoals de Gegeven-stappen haar beschrijven (invoer voor ``coulance.CoulanceVraag``)."""

    functie: str
    start_opleiding: date
    opleidingsduur_maanden: int | None = None
    incompany_opleiding: bool = False
    verkennend_gesprek: bool = False


@given(parsers.re(r"een (?P<functie>POH-S|POH-Ouderen|POH-GGZ) die op (?P<start>.+) met de opleiding begint"),
       converters={"start": nl.lees_datum}, target_fixture="opleiding")
def in_opleiding(functie, start: date) -> OpleidingVoorCoulance:
    return OpleidingVoorCoulance(vertaal(FUNCTIES, functie, "functie"), start)


@given(parsers.re(r"de opleiding duurt (?P<maanden>\S+) maanden"), converters={"maanden": nl.lees_aantal})
def opleidingsduur(opleiding: OpleidingVoorCoulance, maanden: int):
    opleiding.opleidingsduur_maanden = maanden


@given("de opleiding is een incompany-opleiding van de regio-organisatie")
def incompany(opleiding: OpleidingVoorCoulance):
    opleiding.incompany_opleiding = True


@given("dezelfde POH-GGZ doet het verkennend gesprek")
def verkennend_gesprek(opleiding: OpleidingVoorCoulance):
    opleiding.verkennend_gesprek = True


@when("de coulance voor de periode van de ingangsdatum wordt bepaald", target_fixture="uitkomst")
def bepaal_coulance(opleiding: OpleidingVoorCoulance) -> Uitkomst:
    return probeer(lambda: coulance.coulance(valideer(coulance.CoulanceVraag, **asdict(opleiding))))


@then(parsers.re(r"is er (?P<een>een|geen) coulanceregeling"))
def coulanceregeling(uitkomst: Uitkomst, een):
    assert uitkomst.waarde.van_toepassing is (een == "een"), uitkomst.waarde.reden


@then(parsers.re(r"gaat de coulancevergoeding in op (?P<datum>.+)"), converters={"datum": nl.lees_datum})
def coulance_vanaf(uitkomst: Uitkomst, datum: date):
    assert uitkomst.waarde.vergoeding_vanaf == datum, uitkomst.waarde.vergoeding_vanaf


@then(parsers.re(r'noemt de coulance als reden "(?P<tekst>[^"]+)"'))
def coulance_reden(uitkomst: Uitkomst, tekst):
    assert tekst in uitkomst.waarde.reden, uitkomst.waarde.reden


# --- service en bereikbaarheid -------------------------------------------------------------------------------

# zoals het scenario een vergoeding noemt -> de sleutel in ``ServiceUitkomst.bedragen``; de FAQ 2023-2025 spreekt
# van een extra opslag, de FAQ 2026-2028 van een vrije opslag: in de uitkomst is het dezelfde opslag
VERGOEDINGEN = {"de vrije opslag": "vrije_opslag", "de extra opslag": "vrije_opslag",
                "de vergoeding voor spraak-naar-tekst": "spraak_naar_tekst"}


# zoals het scenario een dienst noemt -> ``tarieven.Dienst`` (de waarde die ``zorgcontract service-bereikbaarheid`` kent)
DIENSTEN = {
    "ochtend- of avondspreekuur": tarieven.Dienst.SPREEKUUR,
    "digitaal afspraken maken": tarieven.Dienst.AFSPRAKEN,
    "herhaalrecepten aanvragen": tarieven.Dienst.HERHAALRECEPTEN,
    "e-consult en beeldbellen": tarieven.Dienst.ECONSULT,
    "spraak-naar-tekst": tarieven.Dienst.SPRAAK,
}


@given(parsers.re(r'een praktijk die voor service en bereikbaarheid "(?P<diensten>[^"]+)" biedt'),
       converters={"diensten": nl.lees_komma_opsomming}, target_fixture="diensten")
def diensten_van_praktijk(diensten: list[str]) -> frozenset[tarieven.Dienst]:
    return frozenset(vertaal(DIENSTEN, d, "dienst") for d in diensten)


@when(parsers.re(r"service en bereikbaarheid op (?P<datum>.+) wordt beoordeeld"), converters={"datum": nl.lees_datum},
      target_fixture="uitkomst")
def beoordeel_service(diensten: frozenset[tarieven.Dienst], datum: date) -> Uitkomst:
    return probeer(tarieven.service_bereikbaarheid, diensten, datum)


@then(parsers.re(r'gelden de componenten "(?P<componenten>[^"]+)"'), converters={"componenten": nl.lees_komma_opsomming})
def componenten(uitkomst: Uitkomst, componenten: list[str]):
    assert uitkomst.waarde.componenten == componenten, uitkomst.waarde.componenten


@then(parsers.re(r"is er (?P<een>een|geen) (?:vrije|extra) opslag"))
def opslag(uitkomst: Uitkomst, een):
    u = uitkomst.waarde
    assert u.vrije_opslag is (een == "een"), u.uitleg.als_tekst()
    if een == "geen":
        assert "vrije_opslag" not in u.bedragen, u.bedragen


@then(parsers.re(r"is (?P<vergoeding>de .+?) (?P<bedrag>€ \S+) per verzekerde per jaar"), converters={"bedrag": nl.lees_bedrag})
def vergoeding(uitkomst: Uitkomst, vergoeding, bedrag: Decimal):
    bedragen = uitkomst.waarde.bedragen
    assert bedragen.get(vertaal(VERGOEDINGEN, vergoeding, "vergoeding")) == bedrag, bedragen


@then(parsers.re(r"staat het bedrag van (?P<vergoeding>de .+) niet in de bronnen"))
def vergoeding_onbekend(uitkomst: Uitkomst, vergoeding):
    bedragen, sleutel = uitkomst.waarde.bedragen, vertaal(VERGOEDINGEN, vergoeding, "vergoeding")
    assert sleutel in bedragen and bedragen[sleutel] is None, bedragen


@then(parsers.re(r'citeert de uitleg voor component (?P<component>\S+) "(?P<document>[^"]+)"'))
def component_citeert(uitkomst: Uitkomst, component, document):
    stappen = [s for s in uitkomst.waarde.uitleg.stappen if s.omschrijving == f"Component {component}"]
    assert stappen, f"geen stap voor component {component}"
    assert all(str(s.bron).startswith(document) for s in stappen), [str(s.bron) for s in stappen]
