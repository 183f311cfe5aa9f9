"""FAQ-uitspraken over tarieven: indexering, normuren POH-Ouderen, service en bereikbaarheid.

Bronnen (eigen woorden):
- ZZ FAQ 2026-2028, vraag indexering: vrije tarieven +6,1% in 2026; M&I-tarieven krijgen voor 2026
  eenmalig een nieuwe basis (Vektis-gemiddelde, niet in de bronnen); 2027 en 2028 reguliere indexering
  (percentage niet in de bronnen -> ParameterOnbekend). Afronding: op centen, half omhoog (I-ZZ26-FAQ-INDEX-AFRONDING).
- ZZ FAQ 2026-2028, vraag rekentool POH-Ouderen: staffel 10-15% 75-plussers: 6,4 normuren (2025),
  7,68 (2026). Andere staffels staan niet in de bronnen (register: zz26-faq-poh-ouderen-staffels, open).
  Grenzen: 10% hoort erbij, 15% niet (I-ZZ26-FAQ-STAFFEL-GRENZEN).
- Service en bereikbaarheid: de FAQ die op de peildatum geldt (reeks ``zz-faq``). 2023-2025 volgens de FAQ
  2023-2025 zelf: component 2a vraagt digitaal afspraken maken ÉN herhaalrecepten aanvragen; de FAQ 2026-2028
  beschrijft die periode met 'of' - een tegenstrijdigheid tussen bronnen, voor 2023-2025 gaat het document van
  die periode voor (I-ZZ23-FAQ-SB-2A-EN). De extra opslag van 2023-2025 (A, B en C alle drie) beschrijft alleen
  de FAQ 2026-2028; die wordt daarvoor geciteerd. 2026-2028: spraak-naar-tekst heeft een eigen vergoeding, los
  van component 2 (I-ZZ26-FAQ-SB-SPRAAK-LOS).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum
from fractions import Fraction

from pydantic import BaseModel, ConfigDict

from zorgcontract.kern import nl
from zorgcontract.kern.bronnen import bron, regel_tekst
from zorgcontract.kern.documenten import Document, geldend, opvolger
from zorgcontract.kern.fouten import InvoerFout, NietInBron
from zorgcontract.kern.implementatie import implementeert
from zorgcontract.kern.parameters import in_document, in_reeks, parameter
from zorgcontract.kern.rekenen import exact, rond_centen_half_op
from zorgcontract.regels.zz.faq.uitspraken import Uitspraak, geldende
from zorgcontract.kern.uitleg import Uitleg

REEKS = "zz-faq"
VRAAG_INDEX = "vraag indexering"
VRAAG_OUDEREN = "vraag rekentool POH-Ouderen"
VRAAG_SB = "vraag service en bereikbaarheid"


def _faq(peildatum: date, veld: str, wat: str) -> Document:
    return geldend(REEKS, peildatum, veld=veld, wat=wat)


# --- indexering ------------------------------------------------------------------------------------------

class TariefSoort(str, Enum):
    VRIJ = "vrij"
    MI = "m&i"
    GEREGULEERD = "gereguleerd"


class Indexering(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    oud: Decimal
    nieuw: Decimal  # op centen, half omhoog
    percentage: Decimal
    uitleg: Uitleg


@implementeert("zz26-faq-indexering", parameters=["indexering.vrije_tarieven"], cli=["indexering"])
def indexeer(tarief: Decimal, jaar: int, soort: TariefSoort = TariefSoort.VRIJ) -> Indexering:
    """Het tarief van ``jaar - 1`` geïndexeerd naar ``jaar``, volgens de FAQ die in ``jaar`` geldt."""
    regel = regel_tekst(REEKS, plaats=VRAAG_INDEX)
    if tarief < 0:
        raise InvoerFout("tarief", f"een tarief kan niet negatief zijn ({nl.bedrag(tarief)})", regel)
    soort = TariefSoort(soort)
    doc = _faq(date(jaar, 1, 1), "jaar", f"FAQ van Zorg en Zekerheid over indexering (jaar {jaar})")
    bi = bron(doc, plaats=VRAAG_INDEX)
    if soort is TariefSoort.GEREGULEERD:
        raise NietInBron("gereguleerde tarieven volgen het NZa-maximumtarief; dat staat niet in de bronnen "
                         f"(zie {bi})")
    if soort is TariefSoort.MI and jaar == doc.eerste_dag.year:
        raise NietInBron(f"M&I-tarieven worden voor {jaar} niet geïndexeerd maar eenmalig opnieuw vastgesteld op het "
                         f"Vektis-gemiddelde per verrichting; dat bedrag staat niet in de bronnen ({bi})")
    try:
        p = in_document(doc, "indexering.vrije_tarieven", date(jaar, 1, 1))
    except KeyError:
        raise NietInBron(f"{doc.naam} noemt geen indexeringspercentage ({bi})") from None
    pct = Decimal(str(p.waarde))
    nieuw = rond_centen_half_op(exact(tarief) * (1 + exact(pct) / 100))
    u = Uitleg()
    u.stap(f"Indexering {jaar}", f"{nl.bedrag(tarief)} × (1 + {nl.percentage(pct)})", nl.bedrag(nieuw), p.bron)
    return Indexering(oud=tarief, nieuw=nieuw, percentage=pct, uitleg=u)


# --- POH-Ouderen -----------------------------------------------------------------------------------------

STAFFEL_ONDER, STAFFEL_BOVEN = Fraction(10), Fraction(15)  # [10%, 15%): I-ZZ26-FAQ-STAFFEL-GRENZEN


class Normuren(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    aandeel_procent: Fraction
    staffel: str
    normuren: Decimal
    uitleg: Uitleg


@implementeert("zz26-faq-poh-ouderen-normuren", cli=["poh-ouderen"])
def aandeel_75plus(aantal_75plus: int, ingeschreven: int) -> Fraction:
    regel = regel_tekst(REEKS, plaats=VRAAG_OUDEREN)
    if ingeschreven <= 0:
        raise InvoerFout("ingeschreven", "moet groter dan 0 zijn", regel)
    if not 0 <= aantal_75plus <= ingeschreven:
        raise InvoerFout("aantal-75plus", f"moet tussen 0 en {ingeschreven} (de ingeschreven verzekerden) liggen", regel)
    return Fraction(aantal_75plus * 100, ingeschreven)


@implementeert("zz26-faq-poh-ouderen-normuren", parameters=["poh-ouderen.normuren_10_15"], cli=["poh-ouderen"])
def normuren_poh_ouderen(aandeel_procent: Fraction | Decimal, jaar: int) -> Normuren:
    """Normuren POH-Ouderen in ``jaar``. De FAQ 2026-2028 noemt ook de normuren van 2025 (een jaar van de vorige
    periode, waarover de FAQ 2023-2025 zwijgt); die waarde is als 'beschrijft eerdere periode' vastgelegd en wordt
    met die bron geciteerd (I-ZZ26-FAQ-OUDEREN-JAREN)."""
    p = exact(aandeel_procent)
    if not 0 <= p <= 100:
        raise InvoerFout("aandeel-75plus", f"een aandeel van {nl.percentage(p, 2)} ligt niet tussen 0% en 100%",
                         regel_tekst(REEKS, plaats=VRAAG_OUDEREN))
    if not STAFFEL_ONDER <= p < STAFFEL_BOVEN:
        raise NietInBron(
            f"de staffel voor {nl.percentage(p, 2)} 75-plussers staat niet in de brondocumenten: de FAQ noemt alleen "
            f"de staffel 10-15% (registeritem zz26-faq-poh-ouderen-staffels is open)"
        )
    w = _normuren_waarde(date(jaar, 1, 1))
    u = Uitleg()
    u.stap("Staffel 75-plussers", f"{nl.percentage(p, 2)} ligt in 10-15% (10% inbegrepen, 15% niet)", "staffel 10-15%", w.bron)
    u.stap(f"Normuren {jaar}", "staffel 10-15%", nl.getal(Decimal(str(w.waarde))), w.bron)
    return Normuren(aandeel_procent=p, staffel="10-15%", normuren=Decimal(str(w.waarde)), uitleg=u)


def _normuren_waarde(peil: date):
    """De normuren uit de FAQ die op ``peil`` geldt, of uit een latere FAQ die dat jaar uitdrukkelijk beschrijft."""
    from zorgcontract.kern.documenten import BuitenPeriode

    try:
        return in_reeks(REEKS, "poh-ouderen.normuren_10_15", peil, veld="jaar")
    except KeyError:
        # de geldende FAQ noemt geen normuren: kijk of een latere FAQ dat jaar beschrijft
        for d in reeks_documenten():
            naam = f"{d.sleutel}.poh-ouderen.normuren_10_15"
            try:
                w = parameter(naam)
            except KeyError:
                continue
            for x in w.waarden:
                if x.vanaf <= peil <= x.tot:
                    return x
        raise NietInBron(f"de FAQ's noemen geen normuren POH-Ouderen voor {peil.year}") from None
    except BuitenPeriode:
        raise


def reeks_documenten():
    from zorgcontract.kern.documenten import reeks

    return reeks(REEKS)


# --- service en bereikbaarheid ---------------------------------------------------------------------------

class Dienst(str, Enum):
    SPREEKUUR = "ochtend-avondspreekuur"
    AFSPRAKEN = "digitaal-afspraken"
    HERHAALRECEPTEN = "herhaalrecepten"
    ECONSULT = "e-consult-beeldbellen"
    SPRAAK = "spraak-naar-tekst"


class ServiceUitkomst(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    uitspraak: Uitspraak
    document: str  # de FAQ die op de peildatum geldt
    componenten: list[str]  # '1', '2', '3' (2026-2028) of '1', '2a', '2b' (2023-2025)
    vrije_opslag: bool
    bedragen: dict[str, Decimal | None]  # per vergoeding; None = bedrag niet in de bronnen
    uitleg: Uitleg


def _bedrag(doc: Document, naam: str, peildatum: date) -> Decimal | None:
    try:
        return Decimal(str(in_document(doc, naam, peildatum).waarde))
    except LookupError:  # ParameterOnbekend of een parameter die dit document niet kent
        return None


@implementeert("zz26-faq-service-bereikbaarheid",
               parameters=["service-bereikbaarheid.spraak_naar_tekst", "service-bereikbaarheid.vrije_opslag"],
               cli=["service-bereikbaarheid"])
@implementeert("zz23-faq-service-bereikbaarheid", cli=["service-bereikbaarheid"])
def service_bereikbaarheid(diensten: set[Dienst] | frozenset[Dienst], peildatum: date) -> ServiceUitkomst:
    d = {Dienst(x) for x in diensten}
    doc = _faq(peildatum, "datum", "FAQ van Zorg en Zekerheid over service en bereikbaarheid")
    u = geldende("service-bereikbaarheid", peildatum)
    b = bron(doc, plaats=VRAAG_SB)
    uitleg = Uitleg()
    uitleg.stap("Geldende FAQ", f"peildatum {nl.datum(peildatum)}", doc.naam, b)
    comp: list[str] = []
    bedragen: dict[str, Decimal | None] = {}
    if Dienst.SPREEKUUR in d:
        comp.append("1")
        uitleg.stap("Component 1", "ochtend- en/of avondspreekuur", "ja", b)
    a, h, c = Dienst.AFSPRAKEN in d, Dienst.HERHAALRECEPTEN in d, Dienst.ECONSULT in d
    if u.gegevens["opbouw"] == "2023":
        # De FAQ 2023-2025 zelf: 2a = afspraken én herhaalrecepten (I-ZZ23-FAQ-SB-2A-EN).
        if a and h:
            comp.append("2a")
            uitleg.stap("Component 2a", "digitaal afspraken maken én herhaalrecepten aanvragen", "ja", b)
        elif a or h:
            uitleg.stap("Component 2a", "alleen " + ("digitaal afspraken maken" if a else "herhaalrecepten aanvragen")
                        + "; de FAQ van deze periode vraagt beide (I-ZZ23-FAQ-SB-2A-EN)", "nee", b)
        if c:
            comp.append("2b")
            uitleg.stap("Component 2b", "e-consult en beeldbellen", "ja", b)
        opslag = a and h and c
        # De extra opslag van 2023-2025 beschrijft alleen de opvolger (FAQ 2026-2028): die citeren we daarvoor.
        beschrijver = opvolger(doc)
        bo = bron(beschrijver, plaats=VRAAG_SB + " (over 2023-2025)") if beschrijver else b
        uitleg.stap("Extra opslag", "afspraken, herhaalrecepten en e-consult/beeldbellen alle drie ingezet", "ja" if opslag else "nee", bo)
        if opslag:
            bedragen["vrije_opslag"] = None  # het bedrag van 2023-2025 staat niet in de bronnen
        if Dienst.SPRAAK in d:
            uitleg.stap("Spraak-naar-tekst", f"in {doc.periode} geen component", "geen vergoeding", bo)
    else:
        if a and h and c:
            comp.append("2")
            uitleg.stap("Component 2", "digitaal afspraken én herhaalrecepten én e-consult/beeldbellen", "ja", b)
        elif a or h or c:
            uitleg.stap("Component 2", "niet alle drie (afspraken, herhaalrecepten, e-consult/beeldbellen)", "nee", b)
        if Dienst.SPRAAK in d:
            comp.append("3")
            bedragen["spraak_naar_tekst"] = _bedrag(doc, "service-bereikbaarheid.spraak_naar_tekst", peildatum)
            uitleg.stap("Component 3", "spraak-naar-tekstsoftware, eigen vergoeding per verzekerde per jaar",
                        nl.bedrag(bedragen["spraak_naar_tekst"]) if bedragen["spraak_naar_tekst"] is not None else "bedrag niet in de bronnen", b)
        opslag = "2" in comp and "3" in comp
        if opslag:
            bedragen["vrije_opslag"] = _bedrag(doc, "service-bereikbaarheid.vrije_opslag", peildatum)
        uitleg.stap("Vrije opslag", "componenten 2 en 3 beide ingezet", "ja" if opslag else "nee", b)
    return ServiceUitkomst(uitspraak=u, document=doc.sleutel, componenten=comp, vrije_opslag=opslag, bedragen=bedragen, uitleg=uitleg)
