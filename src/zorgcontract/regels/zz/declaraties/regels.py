"""Het oordeel over één declaratie, uit de *feiten* over die declaratie.

De feiten zijn de eigenschappen van de regel zelf (code, uitvoerder, kenmerken, deelnemers, het document dat op de
declaratiedatum geldt) plus een handvol vlaggen die van de andere declaraties van dezelfde verzekerde afhangen
(``eerder``, ``zelfde_arts``, ``zelfde_dag``, ``met_11201``). Hoe die vlaggen over het hele bestand worden
bepaald, staat in ``referentie.py`` (per patiënt, leesbaar) en ``snel.py`` (kolomsgewijs); wat ze betekenen
voor het oordeel staat alleen hier. Beide routes roepen ``oordeel`` aan, zodat reden, redencode en bron per
definitie gelijk zijn als de feiten gelijk zijn.

Welke periode: elke regel zoekt haar document op de declaratiedatum op (``geldend``): de FAQ-reeks voor de
FAQ-prestaties, de bijlage POH-S voor 31080, de bijlage POH-GGZ voor 11201, 31343 en 12116. Ligt de datum
buiten elke bekende periode, of geldt er een document dat over deze prestatie niets zegt (de FAQ 2023-2025 kent
de declaratieregels van 2026 niet), dan is dat een fout op die regel; nooit de regel van een naburige periode.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from zorgcontract.kern.bronnen import bron
from zorgcontract.kern.documenten import BuitenPeriode, document, geldend
from zorgcontract.kern.fouten import InvoerFout, ParameterOnbekend
from zorgcontract.kern.parameters import waarde
from zorgcontract.kern.implementatie import implementeert
from zorgcontract.kern.oordeel import Oordeel
from zorgcontract.regels.zz.declaraties.formaat import REGEL_FORMAAT
from zorgcontract.regels.zz.faq import declareren as f
from zorgcontract.regels.zz.pohggz import artikel_6_groepsconsult as groepsconsult

REEKS = {"31080": "zz-pohs", "11201": "zz-pohggz", "31343": "zz-pohggz", "12116": "zz-pohggz"}  # anders: zz-faq
# Welke documenten de regels voor een prestatie geven. Een nieuw document van een reeks komt hier pas bij als
# zijn regels zijn nagelopen: tot dan is een declaratie in die periode een fout, geen stille aanname.
DEKKING = {"zz26-faq", "zz26-pohs", "zz26-pohggz"}
OPSLAG = ("31080", "11201")
DM = ("13029", "13030", "13031")  # een kwartaaltarief per verzekerde
CONSULT_UITVOERDERS = ("huisarts", "poh-s", "poh-ouderen", "soh")


@dataclass(frozen=True)
class Feiten:
    """Alles waar het oordeel van afhangt. Hashbaar: de snelle route beoordeelt elke combinatie één keer."""

    prestatiecode: str
    uitvoerder: str
    kenmerken: frozenset[str]
    document: str  # sleutel van het geldende document
    jaar: int  # alleen bij 13029/13030/13031 (de reden noemt het jaar); anders 0
    deelnemers: int | None = None
    vanaf: date | None = None  # declaratiestart uit start-overeenkomst (31080, 11201, 31343)
    voor_start: bool = False  # de declaratiedatum ligt vóór ``vanaf``
    eerder: bool = False  # 13029/13031: al toegestaan dit kalenderjaar; 13030: ooit; 31080/11201: dit kwartaal
    zelfde_arts: bool = False  # 12815/29033: dezelfde zorgverlener gaf een toegestaan 12822-advies (op of vóór deze datum)
    zelfde_dag: bool = False  # consult: een behandelwensgesprek bij dezelfde praktijk op dezelfde dag
    met_11201: bool = False  # 31343: een toegestane 11201 van dezelfde praktijk in hetzelfde kwartaal
    peildatum: date | None = None  # 12116: zie groepsconsult_peildatum


@dataclass(frozen=True)
class Reden:
    code: str
    tekst: str
    bron: str


@dataclass(frozen=True)
class Uitspraak:
    toegestaan: bool
    redenen: tuple[Reden, ...]

    @property
    def redencode(self) -> str:
        return self.redenen[0].code


# --- document per regel ------------------------------------------------------------------------------------

def wis_cache() -> None:
    """Aan het begin van elke controle: de documenten kunnen veranderd zijn (``ZORGCONTRACT_BRONNEN``)."""
    for f_ in (_geldend, document_op, groepsconsult_peildatum, oordeel, _bron_tekst, _document):
        f_.cache_clear()


@lru_cache(maxsize=None)
def _geldend(reeks: str, datum: date):
    try:
        return geldend(reeks, datum, veld="datum"), None
    except BuitenPeriode as e:
        return None, str(e)


@lru_cache(maxsize=None)
def _document(sleutel: str):
    return document(sleutel)


@lru_cache(maxsize=None)
def _bron_tekst(b) -> str:
    return str(b)


@lru_cache(maxsize=None)
def groepsconsult_peildatum(datum: date) -> tuple[date | None, str | None]:
    """12116: de eerste dag waarop de parameters van het groepsconsult hun waarde van ``datum`` kregen. Alle datums
    met dezelfde parameterwaarden krijgen zo dezelfde peildatum (en dus één oordeel)."""
    try:
        return max(waarde(n, datum).vanaf for n in GROEPSCONSULT_PARAMETERS), None
    except ParameterOnbekend as e:
        return None, str(e)


GROEPSCONSULT_PARAMETERS = ("zz26-pohggz.a6.max_deelnemers_groep", "zz26-pohggz.a6.prestatiecode_groepsconsult")


@lru_cache(maxsize=None)
def document_op(code: str, datum: date) -> tuple[str | None, str | None]:
    """(sleutel van het geldende document, None) of (None, foutmelding)."""
    doc, melding = _geldend(REEKS.get(code, "zz-faq"), datum)
    if melding:
        return None, melding
    if code == "12116":
        _, melding = groepsconsult_peildatum(datum)
        if melding:
            return None, melding
    if doc.sleutel not in DEKKING:
        return None, str(InvoerFout("datum", f"op {datum.isoformat()} geldt de {doc.naam}; die geeft geen regel voor "
                                    f"prestatiecode {code} (de declaratieregels van een andere periode gelden hier niet)",
                                    REGEL_FORMAAT))
    return doc.sleutel, None


def controle_per_code(code: str, uitvoerder: str, deelnemers: int | None, duur: int | None, doc: str) -> str | None:
    """Fouten die van de prestatie afhangen (geen oordeel maar onvolledige invoer)."""
    if code == "12116" and deelnemers is None:
        return str(InvoerFout("deelnemers", "is verplicht bij een groepsconsult (12116)", str(bron(doc, 6, "5e"))))
    if code == "12822" and duur is None:
        return str(InvoerFout("duur_minuten", "is verplicht bij 12822: het tarief is per 15 minuten",
                              str(bron(doc, plaats="vraag SCEN-prestaties"))))
    if code == "consult" and uitvoerder not in CONSULT_UITVOERDERS:
        return str(InvoerFout("uitvoerder", f"de bronnen zeggen niet of een consult door '{uitvoerder}' gedeclareerd mag worden "
                              f"(bekend: {', '.join(CONSULT_UITVOERDERS)})", REGEL_FORMAAT))
    return None


def eenheden(code: str, duur: int | None) -> int:
    return f.scen_eenheden(duur) if code == f.SCEN_ADVIES else 1


# --- het oordeel -------------------------------------------------------------------------------------------

def _kwartaalopslag(x: Feiten, soort: str, bron_eenmaal, bron_start) -> Oordeel:
    """Een opslag per verzekerde per kwartaal (31080, 11201): één keer per kwartaal, en niet vóór de
    declaratiestart (eerste kwartaalstart na de startmaand van de overeenkomst)."""
    code = x.prestatiecode
    voorwaarden = [(not x.eerder, f"eerste {code} in dit kwartaal",
                    f"{code} is {soort}: al gedeclareerd in dit kwartaal", bron_eenmaal)]
    if x.vanaf is not None:
        voorwaarden.append(_start(x, bron_start))
    return Oordeel.alle(voorwaarden)


def _start(x: Feiten, b):
    v = x.vanaf.isoformat()
    return (not x.voor_start, f"op of na de declaratiestart {v}",
            f"declareren mag pas vanaf {v} (eerste kwartaalstart na de startmaand)", b)


@implementeert("zz26-pohs-a6-l2", "zz26-pohggz-a6-l3", cli=["declaraties"])
@implementeert("zz26-faq-meedenkadvies", "zz26-faq-mtvp", cli=["declaraties"])
def _oordeel(x: Feiten) -> Oordeel:
    k, code, doc = x.kenmerken, x.prestatiecode, _document(x.document)

    if code in (f.DM_BEGELEIDING, f.DM_INSULINE, f.COPD):
        # dm_copd kijkt in een lijst eerdere (toegestane) declaraties; de vlag ``eerder`` zegt of er een is.
        eerder = [(code, date(x.jaar, 1, 1))] if x.eerder else []
        return f.dm_copd(code, x.uitvoerder, date(x.jaar, 1, 1), eerder)

    if code in (f.SCEN_PROCEDURE, f.SCEN_ADVIES, f.SCEN_ZONDER_OVEREENKOMST):
        return f.scen(code, "huisartsenovereenkomst" in k, "behandelaar-besloten" in k, x.zelfde_arts, doc=doc)

    if code == "behandelwensgesprek":
        if x.uitvoerder != "huisarts":
            return Oordeel.nee(f"het behandelwensgesprek voert de huisarts (niet {x.uitvoerder})", f.BWG)
        return f.behandelwensgesprek("nascholing" in k, "nodig" in k)

    if code == "consult":
        if x.uitvoerder == "huisarts":
            if x.zelfde_dag or "behandelwensgesprek-zelfde-dag" in k:
                return f.consult_naast_behandelwensgesprek("niet-gerelateerde-zorgvraag" in k)
            return Oordeel.ja("regulier consult door de huisarts; geen behandelwensgesprek op dezelfde dag", f.BWG_CONSULT)
        if x.uitvoerder in ("poh-s", "poh-ouderen"):
            return f.poh_consult("POH-S" if x.uitvoerder == "poh-s" else "POH-Ouderen", "boven-opslaguren" in k, "aantoonbaar" in k)
        return f.soh_consult("direct-patientgebonden" in k)  # controle_per_code liet alleen soh over

    if code == "31080":
        return _kwartaalopslag(x, "een kwartaaltarief per verzekerde", bron(doc, 5, "9"), bron(doc, 6, "2"))

    if code == "11201":
        b = bron(doc, 6, "3c")
        return _kwartaalopslag(x, "een bedrag per verzekerde per kwartaal", b, b)

    if code == "31343":
        b = bron(doc, 6, "3c")
        voorwaarden = [
            ("toestemming" in k, "met toestemming van Zorg en Zekerheid", "31343 (segment 3) alleen met toestemming van Zorg en Zekerheid", b),
            (x.met_11201, "naast 11201 van deze praktijk in hetzelfde kwartaal",
             "31343 is het deel boven het segment-1-maximum: alleen naast een toegestane 11201 van deze praktijk in hetzelfde kwartaal", b),
        ]
        if x.vanaf is not None:
            voorwaarden.append(_start(x, b))
        return Oordeel.alle(voorwaarden)

    if code == "12116":
        r = groepsconsult.beoordeel(groepsconsult.Groepsconsult(toestemming="toestemming" in k, deelnemers=x.deelnemers, datum=x.peildatum))
        if x.uitvoerder != "poh-ggz":
            nee = Oordeel.nee(f"het groepsconsult 12116 is een POH-GGZ-prestatie (niet {x.uitvoerder})", bron(doc, 6, "5"))
            return Oordeel(toegestaan=False, redenen=[*nee.redenen, *([] if r.oordeel.toegestaan else r.oordeel.redenen)])
        return r.oordeel

    if code == "meedenkadvies":
        return f.meedenkadvies("enkelvoudig-diagnostisch-onderzoek" in k)
    if code == "meedenkconsult":
        return Oordeel.nee("de segment-3-meedenkconsulten vervallen vanaf 2026 door het meedenkadvies", f.MEEDENK)
    if code == "meekijkconsult":
        if "selectief-ingekocht" in k:
            return Oordeel.ja("het meekijkconsult (Transparant next) blijft als segment-3-prestatie, hier ingekocht", f.MEEDENK)
        return Oordeel.nee("het meekijkconsult wordt selectief ingekocht: alleen declarabel als het voor deze praktijk is ingekocht", f.MEEDENK)
    if code == "mtvp":
        if "aangemeld-regio" in k:
            return Oordeel.ja("MTVP blijft in segment 1; de praktijk meldde zich bij de regio-organisatie", f.MTVP)
        return Oordeel.nee("aanspraak op MTVP loopt via aanmelding bij de regio-organisatie", f.MTVP)
    raise AssertionError(code)  # pragma: no cover - CODES en deze functie lopen gelijk


@lru_cache(maxsize=200_000)
def oordeel(x: Feiten) -> Uitspraak:
    o = _oordeel(x)
    return Uitspraak(toegestaan=o.toegestaan, redenen=tuple(Reden(code=redencode(r.tekst), tekst=r.tekst, bron=_bron_tekst(r.bron))
                                                            for r in o.redenen))


# --- redencodes --------------------------------------------------------------------------------------------
# Een korte, vaste code per soort reden (voor programma's en samenvattingen). Elke reden die een regel kan geven
# past op precies één patroon; test_declaraties_routes controleert dat voor alle combinaties van feiten.
REDENCODES: tuple[tuple[str, str], ...] = (
    ("dm-copd.poh-s", r"^door de POH-S uitgevoerd"),
    ("dm-copd.niet-huisarts", r"^alleen te declareren als de huisarts het zelf"),
    ("dm-copd.13030-al-eerder", r"^13030 \(overzetten op insuline\) mag maar één keer"),
    ("dm-copd.al-dit-jaar", r"mag één keer per kalenderjaar"),
    ("dm-copd.toegestaan", r"^130(29|30|31) door de huisarts, eerste keer"),
    ("scen.advies-met-overeenkomst", r"^SCEN-arts met huisartsenovereenkomst, via het HIS$"),
    ("scen.advies-zonder-overeenkomst", r"^12822 kan alleen met een huisartsenovereenkomst"),
    ("scen.nog-niet-besloten", r"^de behandelend arts heeft nog niet besloten"),
    ("scen.al-besloten", r"^de behandelend arts besloot al"),
    ("scen.andere-arts", r"^de procedure doet een andere SCEN-arts"),
    ("scen.zelfde-arts", r"^na een zorginhoudelijk advies \(12822\) moet een andere SCEN-arts"),
    ("scen.12815-met-overeenkomst", r"^SCEN-arts met huisartsenovereenkomst declareert 12815"),
    ("scen.12815-zonder-overeenkomst", r"^zonder huisartsenovereenkomst declareert de SCEN-arts"),
    ("scen.29033-zonder-overeenkomst", r"^SCEN-arts zonder huisartsenovereenkomst declareert 29033"),
    ("scen.29033-met-overeenkomst", r"^met een huisartsenovereenkomst declareert de SCEN-arts"),
    ("bwg.niet-huisarts", r"^het behandelwensgesprek voert de huisarts"),
    ("bwg.nodig", r"^de huisarts acht het behandelwensgesprek nodig"),
    ("bwg.niet-nodig", r"^de huisarts acht het gesprek niet nodig"),
    ("bwg.nascholing", r"^de huisarts volgde de \(na\)scholing"),
    ("bwg.geen-nascholing", r"^alleen apart te declareren als de huisarts de \(na\)scholing"),
    ("consult.niet-gerelateerd", r"^consult voor een niet-gerelateerde zorgvraag"),
    ("consult.naast-behandelwensgesprek", r"^voor het behandelwensgesprek zelf mag er geen consult bij"),
    ("consult.regulier", r"^regulier consult door de huisarts"),
    ("consult.poh-boven-opslag", r"werkte meer uren dan de opslag vergoedt$"),
    ("consult.poh-binnen-opslag", r"zijn al volledig betaald door de opslag"),
    ("consult.poh-aantoonbaar", r"^de extra uren blijken uit de administratie$"),
    ("consult.poh-niet-aantoonbaar", r"^de uren boven de opslaguren moeten aantoonbaar"),
    ("consult.pohs-buiten-module", r"^buiten de uren van de module POH-S$"),
    ("consult.pohs-binnen-module", r"^binnen de module POH-S declareert de POH-S geen consulten"),
    ("consult.soh", r"^de SOH declareert een consult"),
    ("consult.soh-niet-direct", r"^een SOH declareert alleen consulten"),
    ("opslag.eerste-dit-kwartaal", r"^eerste (31080|11201) in dit kwartaal$"),
    ("opslag.al-dit-kwartaal", r"al gedeclareerd in dit kwartaal$"),
    ("start.op-of-na", r"^op of na de declaratiestart"),
    ("start.te-vroeg", r"^declareren mag pas vanaf"),
    ("31343.toestemming", r"^met toestemming van Zorg en Zekerheid$"),
    ("31343.geen-toestemming", r"^31343 \(segment 3\) alleen met toestemming"),
    ("31343.naast-11201", r"^naast 11201 van deze praktijk"),
    ("31343.zonder-11201", r"^31343 is het deel boven het segment-1-maximum"),
    ("groepsconsult.niet-poh-ggz", r"^het groepsconsult 12116 is een POH-GGZ-prestatie"),
    ("groepsconsult.toestemming", r"^vooraf toestemming van Zorg en Zekerheid$"),
    ("groepsconsult.geen-toestemming", r"^geen voorafgaande toestemming"),
    ("groepsconsult.deelnemers", r"^[0-9]+ deelnemers \(ten hoogste"),
    ("groepsconsult.te-veel-deelnemers", r"^[0-9]+ deelnemers is meer dan het maximum"),
    ("meedenkadvies.toegestaan", r"^het meedenkadvies is vanaf 2026"),
    ("meedenkadvies.enkelvoudig-onderzoek", r"^het meedenkadvies is niet bedoeld"),
    ("meedenkconsult.vervallen", r"^de segment-3-meedenkconsulten vervallen"),
    ("meekijkconsult.ingekocht", r"^het meekijkconsult \(Transparant next\) blijft"),
    ("meekijkconsult.niet-ingekocht", r"^het meekijkconsult wordt selectief ingekocht"),
    ("mtvp.aangemeld", r"^MTVP blijft in segment 1"),
    ("mtvp.niet-aangemeld", r"^aanspraak op MTVP loopt via"),
)
_PATRONEN = tuple((c, re.compile(p)) for c, p in REDENCODES)


@lru_cache(maxsize=65536)  # een zuivere functie van de tekst; er zijn weinig verschillende redenen, elk ~45 patronen
def redencode(tekst: str) -> str:
    passend = [c for c, p in _PATRONEN if p.search(tekst)]
    if len(passend) != 1:
        raise AssertionError(f"reden past op {len(passend)} redencodes: {tekst!r} ({passend})")
    return passend[0]
