"""FAQ-uitspraken over tarieven: indexering, normuren POH-Ouderen, service en bereikbaarheid.

Bronnen (eigen woorden):
- ZZ FAQ 2026-2028, vraag indexering: vrije tarieven +6,1% in 2026; M&I-tarieven krijgen voor 2026
  eenmalig een nieuwe basis (Vektis-gemiddelde, niet in de bronnen); 2027 en 2028 reguliere indexering
  (percentage niet in de bronnen -> ParameterOnbekend). Afronding: op centen, half omhoog (I-ZZ26-FAQ-INDEX-AFRONDING).
- ZZ FAQ 2026-2028, vraag rekentool POH-Ouderen: staffel 10-15% 75-plussers: 6,4 normuren (2025),
  7,68 (2026). Andere staffels staan niet in de bronnen (register: zz26-faq-poh-ouderen-staffels, open).
  Grenzen: 10% hoort erbij, 15% niet (I-ZZ26-FAQ-STAFFEL-GRENZEN).
- Service en bereikbaarheid: ZZ FAQ 2023-2025 en 2026-2028; welke opbouw geldt, volgt uit de peildatum
  (``uitspraken.geldende``). 2023-2025: component 2a met 'of' (I-ZZ26-FAQ-SB-2023-OF); 2026-2028: spraak-naar-
  tekst heeft een eigen vergoeding, los van component 2 (I-ZZ26-FAQ-SB-SPRAAK-LOS).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum
from fractions import Fraction

from pydantic import BaseModel, ConfigDict

from zorgcontract.kern import nl
from zorgcontract.kern.bronnen import bron
from zorgcontract.kern.fouten import InvoerFout, NietInBron
from zorgcontract.kern.parameters import waarde
from zorgcontract.kern.rekenen import exact, rond_centen_half_op
from zorgcontract.regels.zz.faq.uitspraken import Uitspraak, geldende
from zorgcontract.kern.uitleg import Uitleg

FAQ26_INDEX = bron("zz26-faq", plaats="vraag indexering")
FAQ26_OUDEREN = bron("zz26-faq", plaats="vraag rekentool POH-Ouderen")
FAQ26_SB = bron("zz26-faq", plaats="vraag service en bereikbaarheid")
FAQ23_SB = bron("zz23-faq", plaats="vraag service en bereikbaarheid")


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


def indexeer(tarief: Decimal, jaar: int, soort: TariefSoort = TariefSoort.VRIJ) -> Indexering:
    """Het tarief van ``jaar - 1`` geïndexeerd naar ``jaar``."""
    regel = str(FAQ26_INDEX)
    if tarief < 0:
        raise InvoerFout("tarief", f"een tarief kan niet negatief zijn ({nl.bedrag(tarief)})", regel)
    soort = TariefSoort(soort)
    if soort is TariefSoort.GEREGULEERD:
        raise NietInBron("gereguleerde tarieven volgen het NZa-maximumtarief; dat staat niet in de bronnen "
                         f"(zie {FAQ26_INDEX})")
    if soort is TariefSoort.MI and jaar == 2026:
        raise NietInBron("M&I-tarieven worden voor 2026 niet geïndexeerd maar eenmalig opnieuw vastgesteld op het "
                         f"Vektis-gemiddelde per verrichting; dat bedrag staat niet in de bronnen ({FAQ26_INDEX})")
    p = waarde("zz26-faq.indexering.vrije_tarieven", date(jaar, 1, 1))
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


def aandeel_75plus(aantal_75plus: int, ingeschreven: int) -> Fraction:
    if ingeschreven <= 0:
        raise InvoerFout("ingeschreven", "moet groter dan 0 zijn", str(FAQ26_OUDEREN))
    if not 0 <= aantal_75plus <= ingeschreven:
        raise InvoerFout("aantal_75plus", f"moet tussen 0 en {ingeschreven} (de ingeschreven verzekerden) liggen", str(FAQ26_OUDEREN))
    return Fraction(aantal_75plus * 100, ingeschreven)


def normuren_poh_ouderen(aandeel_procent: Fraction | Decimal, jaar: int) -> Normuren:
    p = exact(aandeel_procent)
    if not 0 <= p <= 100:
        raise InvoerFout("aandeel_75plus", f"een aandeel van {nl.percentage(p, 2)} ligt niet tussen 0% en 100%", str(FAQ26_OUDEREN))
    if not STAFFEL_ONDER <= p < STAFFEL_BOVEN:
        raise NietInBron(
            f"de staffel voor {nl.percentage(p, 2)} 75-plussers staat niet in de brondocumenten: de FAQ noemt alleen "
            f"de staffel 10-15% (registeritem zz26-faq-poh-ouderen-staffels is open)"
        )
    w = waarde("zz26-faq.poh-ouderen.normuren_10_15", date(jaar, 1, 1))
    u = Uitleg()
    u.stap("Staffel 75-plussers", f"{nl.percentage(p, 2)} ligt in 10-15% (10% inbegrepen, 15% niet)", "staffel 10-15%", FAQ26_OUDEREN)
    u.stap(f"Normuren {jaar}", "staffel 10-15%", nl.getal(Decimal(str(w.waarde))), w.bron)
    return Normuren(aandeel_procent=p, staffel="10-15%", normuren=Decimal(str(w.waarde)), uitleg=u)


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
    componenten: list[str]  # '1', '2', '3' (2026-2028) of '1', '2a', '2b' (2023-2025)
    vrije_opslag: bool
    bedragen: dict[str, Decimal | None]  # per vergoeding; None = bedrag niet in de bronnen
    uitleg: Uitleg


def _bedrag(naam: str, peildatum: date) -> Decimal | None:
    try:
        return Decimal(str(waarde(naam, peildatum).waarde))
    except LookupError:
        return None


def service_bereikbaarheid(diensten: set[Dienst] | frozenset[Dienst], peildatum: date) -> ServiceUitkomst:
    d = {Dienst(x) for x in diensten}
    u = geldende("service-bereikbaarheid", peildatum)
    uitleg = Uitleg()
    comp: list[str] = []
    bedragen: dict[str, Decimal | None] = {}
    if Dienst.SPREEKUUR in d:
        comp.append("1")
        uitleg.stap("Component 1", "ochtend- en/of avondspreekuur", "ja", u.bron)
    a, b, c = Dienst.AFSPRAKEN in d, Dienst.HERHAALRECEPTEN in d, Dienst.ECONSULT in d
    if u.gegevens["opbouw"] == "2023":
        if a or b:
            comp.append("2a")
            uitleg.stap("Component 2a", "digitaal afspraken maken óf herhaalrecepten aanvragen (I-ZZ26-FAQ-SB-2023-OF)", "ja", FAQ26_SB)
        if c:
            comp.append("2b")
            uitleg.stap("Component 2b", "e-consult en beeldbellen", "ja", FAQ23_SB)
        opslag = a and b and c
        uitleg.stap("Extra opslag", "A, B en C alle drie ingezet", "ja" if opslag else "nee", FAQ26_SB)
        if opslag:
            bedragen["vrije_opslag"] = None  # bedrag 2023-2025 niet in de bronnen
        if Dienst.SPRAAK in d:
            uitleg.stap("Spraak-naar-tekst", "in 2023-2025 geen component", "geen vergoeding", FAQ26_SB)
    else:
        if a and b and c:
            comp.append("2")
            uitleg.stap("Component 2", "digitaal afspraken én herhaalrecepten én e-consult/beeldbellen", "ja", FAQ26_SB)
        elif a or b or c:
            uitleg.stap("Component 2", "niet alle drie (afspraken, herhaalrecepten, e-consult/beeldbellen)", "nee", FAQ26_SB)
        if Dienst.SPRAAK in d:
            comp.append("3")
            bedragen["spraak_naar_tekst"] = _bedrag("zz26-faq.service-bereikbaarheid.spraak_naar_tekst", peildatum)
            uitleg.stap("Component 3", "spraak-naar-tekstsoftware, eigen vergoeding per verzekerde per jaar",
                        nl.bedrag(bedragen["spraak_naar_tekst"]) if bedragen["spraak_naar_tekst"] is not None else "bedrag niet in de bronnen", FAQ26_SB)
        opslag = "2" in comp and "3" in comp
        if opslag:
            bedragen["vrije_opslag"] = _bedrag("zz26-faq.service-bereikbaarheid.vrije_opslag", peildatum)
        uitleg.stap("Vrije opslag", "componenten 2 en 3 beide ingezet", "ja" if opslag else "nee", FAQ26_SB)
    return ServiceUitkomst(uitspraak=u, componenten=comp, vrije_opslag=opslag, bedragen=bedragen, uitleg=uitleg)
