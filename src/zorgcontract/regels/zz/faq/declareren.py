"""FAQ 2026-2028 over declareren: behandelwensgesprek, consulten door POH en SOH, SCEN, DM/COPD,
meedenkadvies en MTVP. Elke functie geeft een ``Oordeel`` met reden en bron (eigen woorden).

Lezingen: I-ZZ26-FAQ-DM-JAAR (per jaar = per kalenderjaar), I-ZZ26-FAQ-SCEN-29033 (29033 alleen zonder
huisartsenovereenkomst), I-ZZ26-FAQ-SCEN-ANDERE-ARTS (dezelfde SCEN-arts = dezelfde zorgverlener in de invoer),
I-ZZ26-FAQ-BWG-CONSULT (consult op dezelfde dag als het behandelwensgesprek), I-ZZ26-FAQ-MEEDENK-ENKELVOUDIG
(meedenkadvies niet voor de beoordeling van één enkel diagnostisch onderzoek; de declarant verklaart dat met een
kenmerk).
"""

from __future__ import annotations

from datetime import date

from zorgcontract.kern.bronnen import bron
from zorgcontract.kern.implementatie import implementeert
from zorgcontract.kern.oordeel import Oordeel

BWG_CONSULT = bron("zz26-faq", plaats="vraag consult naast behandelwensgesprek")
BWG = bron("zz26-faq", plaats="vraag behandelwensgesprek of regulier consult")
POH_CONSULT = bron("zz26-faq", plaats="vraag consulten door POH-S en POH-Ouderen")
SOH = bron("zz26-faq", plaats="vraag vergoeding SOH")
SCEN = bron("zz26-faq", plaats="vraag SCEN-prestaties")
DM_COPD = bron("zz26-faq", plaats="vraag prestaties 13029, 13030 en 13031")
MEEDENK = bron("zz26-faq", plaats="vraag meedenkadvies")
MTVP = bron("zz26-faq", plaats="vraag MTVP")
POHS_A5_L2 = bron("zz26-pohs", 5, "2")

SCEN_PROCEDURE = "12815"
SCEN_ADVIES = "12822"
SCEN_ZONDER_OVEREENKOMST = "29033"
DM_BEGELEIDING, DM_INSULINE, COPD = "13029", "13030", "13031"


@implementeert("zz26-faq-behandelwensgesprek", cli=["declaraties"])
def behandelwensgesprek(nascholing_gevolgd: bool, huisarts_acht_nodig: bool) -> Oordeel:
    """Apart declarabel (segment 3) als de huisarts het nodig vindt en de regionale (na)scholing volgde.
    Ook bij een kwetsbare patiënt met een levensverwachting van meer dan een jaar: dat verandert niets."""
    return Oordeel.alle([
        (huisarts_acht_nodig, "de huisarts acht het behandelwensgesprek nodig",
         "de huisarts acht het gesprek niet nodig (bijv. op eigen verzoek van een niet-kwetsbare patiënt): het valt binnen het reguliere consult", BWG),
        (nascholing_gevolgd, "de huisarts volgde de (na)scholing van de regio-organisatie",
         "alleen apart te declareren als de huisarts de (na)scholing van de regio-organisatie volgde", BWG),
    ])


@implementeert("zz26-faq-behandelwensgesprek-consult", cli=["declaraties"])
def consult_naast_behandelwensgesprek(niet_gerelateerde_zorgvraag: bool) -> Oordeel:
    if niet_gerelateerde_zorgvraag:
        return Oordeel.ja("consult voor een niet-gerelateerde zorgvraag die na het behandelwensgesprek werd besproken", BWG_CONSULT)
    return Oordeel.nee("voor het behandelwensgesprek zelf mag er geen consult bij", BWG_CONSULT)


@implementeert("zz26-faq-poh-consulten", "zz26-pohs-a5-l2", cli=["declaraties"])
def poh_consult(functie: str, boven_opslaguren: bool, aantoonbaar: bool) -> Oordeel:
    """POH-S of POH-Ouderen: alleen voor uren boven de uren die de opslag al betaalt, aantoonbaar."""
    voorwaarden = [
        (boven_opslaguren, f"de {functie} werkte meer uren dan de opslag vergoedt",
         f"de uren van de {functie} zijn al volledig betaald door de opslag: alleen uren daarboven mogen als consult", POH_CONSULT),
        (aantoonbaar, "de extra uren blijken uit de administratie",
         "de uren boven de opslaguren moeten aantoonbaar zijn in de administratie", POH_CONSULT),
    ]
    if functie == "POH-S":
        voorwaarden.append((boven_opslaguren, "buiten de uren van de module POH-S",
                            "binnen de module POH-S declareert de POH-S geen consulten (dubbele bekostiging)", POHS_A5_L2))
    return Oordeel.alle(voorwaarden)


def meedenkadvies(enkelvoudig_diagnostisch_onderzoek: bool) -> Oordeel:
    """Meedenkadvies (segment 1, vanaf 2026): een vraag van de huisarts aan een medisch specialist die een verwijzing
    kan voorkomen; niet de beoordeling van één enkel diagnostisch onderzoek (bijv. alleen een ECG of een
    longfunctie laten beoordelen). Het nabespreken met de patiënt is gewone consulttijd."""
    if enkelvoudig_diagnostisch_onderzoek:
        return Oordeel.nee("het meedenkadvies is niet bedoeld voor de beoordeling van één enkel diagnostisch onderzoek, "
                           "maar voor een vraag aan de specialist die een verwijzing kan voorkomen", MEEDENK)
    return Oordeel.ja("het meedenkadvies is vanaf 2026 een segment-1-prestatie; nabespreken met de patiënt is gewone consulttijd", MEEDENK)


@implementeert("zz26-faq-soh", cli=["declaraties"])
def soh_consult(direct_patientgebonden: bool) -> Oordeel:
    if direct_patientgebonden:
        return Oordeel.ja("de SOH declareert een consult voor direct patiëntgebonden tijd, de huisarts blijft eindverantwoordelijk", SOH)
    return Oordeel.nee("een SOH declareert alleen consulten voor direct patiëntgebonden tijd", SOH)


@implementeert("zz26-faq-soh")
def telt_als_poh_uren(functie: str) -> Oordeel:
    if functie in ("soh", "doktersassistent"):
        return Oordeel.nee("uren van een SOH/doktersassistent komen uit de inschrijftarieven en tellen niet als uren van praktijkondersteuners", SOH)
    if functie in ("poh-s", "poh-ouderen", "poh-ggz"):
        return Oordeel.ja(f"uren van de {functie} zijn uren van een praktijkondersteuner", POH_CONSULT)
    return Oordeel.nee(f"'{functie}' is geen praktijkondersteuner", POH_CONSULT)


@implementeert("zz26-faq-scen", cli=["declaraties"])
def scen(code: str, huisartsenovereenkomst: bool, behandelaar_besloten: bool, zelfde_arts_als_advies: bool = False,
         doc=None) -> Oordeel:
    """SCEN-prestaties (FAQ 2026-2028). ``doc``: het FAQ-document dat op de declaratiedatum geldt (de declaratiecontrole
    zoekt het op); zonder: de FAQ 2026-2028. 12822 bestaat pas in die FAQ: een eerdere datum vindt dit document
    niet en wordt al bij het opzoeken geweigerd. 12822 is een tarief per 15 minuten: het aantal eenheden telt de
    declaratiecontrole uit de opgegeven duur (I-ZZ26-FAQ-SCEN-KWARTIER)."""
    b = SCEN if doc is None else bron(doc, plaats="vraag SCEN-prestaties")
    if code == SCEN_ADVIES:
        return Oordeel.alle([
            (huisartsenovereenkomst, "SCEN-arts met huisartsenovereenkomst, via het HIS",
             "12822 kan alleen met een huisartsenovereenkomst (het advies staat niet op de prestatiecodelijst overige zorg)", b),
            (not behandelaar_besloten, "de behandelend arts heeft nog niet besloten het verzoek in te willigen",
             "de behandelend arts besloot al het verzoek in te willigen: dan geldt de SCEN-procedure, niet 12822", b),
        ])
    andere_arts = (not zelfde_arts_als_advies, "de procedure doet een andere SCEN-arts dan die het advies (12822) gaf",
                   "na een zorginhoudelijk advies (12822) moet een andere SCEN-arts de procedure doen", b)
    if code == SCEN_PROCEDURE:
        return Oordeel.alle([
            (huisartsenovereenkomst, "SCEN-arts met huisartsenovereenkomst declareert 12815 via het HIS",
             "zonder huisartsenovereenkomst declareert de SCEN-arts de procedure als 29033 via VECOZO", b),
            andere_arts,
        ])
    if code == SCEN_ZONDER_OVEREENKOMST:
        return Oordeel.alle([
            (not huisartsenovereenkomst, "SCEN-arts zonder huisartsenovereenkomst declareert 29033 via VECOZO (OS-entry)",
             "met een huisartsenovereenkomst declareert de SCEN-arts de procedure als 12815 via het HIS (I-ZZ26-FAQ-SCEN-29033)", b),
            andere_arts,
        ])
    raise ValueError(f"geen SCEN-code: {code}")


def scen_eenheden(duur_minuten: int) -> int:
    """12822: het aantal eenheden van 15 minuten in een duur. Een begonnen kwartier telt als een eenheid
    (I-ZZ26-FAQ-SCEN-KWARTIER): 1-15 minuten is 1, 16-30 is 2, 40 is 3."""
    if duur_minuten < 1:
        raise ValueError("de duur is minstens 1 minuut")
    return -(-duur_minuten // 15)


@implementeert("zz26-faq-dm-copd", cli=["declaraties"])
def dm_copd(code: str, uitvoerder: str, datum: date, eerder: list[tuple[str, date]]) -> Oordeel:
    """``eerder``: al (toegestaan) gedeclareerde (code, datum) voor deze verzekerde."""
    if uitvoerder == "poh-s":
        return Oordeel.alle([(False, "", "door de POH-S uitgevoerd: valt onder de module POH-S, niet apart te declareren (dubbele bekostiging)", DM_COPD)])
    if uitvoerder != "huisarts":
        return Oordeel.nee(f"alleen te declareren als de huisarts het zelf uitvoert (niet {uitvoerder})", DM_COPD)
    if code == DM_INSULINE:
        if any(c == code for c, _ in eerder):
            return Oordeel.nee("13030 (overzetten op insuline) mag maar één keer per verzekerde", DM_COPD)
        return Oordeel.ja("13030 door de huisarts, eerste keer voor deze verzekerde", DM_COPD)
    if any(c == code and d.year == datum.year for c, d in eerder):
        return Oordeel.nee(f"{code} mag één keer per kalenderjaar per verzekerde (al gedeclareerd in {datum.year})", DM_COPD)
    return Oordeel.ja(f"{code} door de huisarts, eerste keer in {datum.year} voor deze verzekerde", DM_COPD)
