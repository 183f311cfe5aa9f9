"""Zilveren Kruis 2022-2023: prestatie formulariumgericht voorschrijven (FGV).

Betekenis in eigen woorden (bron: ZK inkoopbeleid 2022-2023, prestatie FGV, par. 1-4):

- FGV1 = eerste voorschriften conform het formularium (NHG, Health Base of combinatietoets) ÷ alle eerste
  voorschriften van de praktijk × 100%, per praktijk (AGB).
- Vanaf meetjaar 2021 ook FGV2 (past het voorschrift bij de diagnose) en FGV3 (toedieningsvorm
  longmedicatie); FGV3 alleen als de praktijk een longformularium of een regionaal formularium met
  adviezen voor astma/COPD gebruikt. De combinatietoets bestaat vanaf meetjaar 2020.
- Meetperiode: 2020 de eerste drie kwartalen (1 januari t/m 30 september), 2021 het hele jaar.
- Score: A bij 0 t/m X%, B bij > X t/m Y%, C bij > Y t/m Z%, D bij > Z t/m 100%. Zilveren Kruis stelt
  X, Y en Z pas vast na de meting (per formularium): hier zijn ze invoer, met 0 ≤ X < Y < Z ≤ 100.
- Declareren met een aparte prestatiecode in het tweede kwartaal van het jaar na het meetjaar.
- Deelname gaat automatisch, mits de praktijk in haar HIS toestemming geeft (opnieuw bij een ander HIS
  of een nieuwe praktijk). Tarieven staan in de tarievenlijst op de website, niet in het beleid.

Gekozen lezing (I-ZK22-INKOOP-FGV-GRENS): de score wordt bepaald op de exacte breuk, zonder eerst af te ronden;
een uitkomst precies op een grens hoort bij de lagere band ('t/m'), net erboven bij de hogere.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from pydantic import BaseModel, ConfigDict, Field, model_validator

from zorgcontract.kern import nl
from zorgcontract.kern.fouten import InvoerFout, NietInBron, ParameterOnbekend
from zorgcontract.kern.implementatie import implementeert
from zorgcontract.kern.oordeel import Oordeel
from zorgcontract.kern.documenten import BuitenPeriode
from zorgcontract.kern.bronnen import regel_tekst
from zorgcontract.regels.zk.inkoop.gemeen import p, zk
from zorgcontract.kern.rekenen import exact, naar_decimal
from zorgcontract.kern.uitleg import Uitleg

PLAATS = "prestatie FGV, par. 3"
REGEL = regel_tekst("zk-inkoop", plaats=PLAATS)


class FgvMeting(BaseModel):
    model_config = ConfigDict(frozen=True)

    conform: int = Field(ge=0, json_schema_extra={"regel": f"{REGEL}: teller van FGV1"})
    totaal: int = Field(json_schema_extra={"regel": f"{REGEL}: noemer van FGV1"})
    grenzen: tuple[Decimal, Decimal, Decimal]

    @model_validator(mode="after")
    @implementeert("zk22-inkoop-fgv", cli=["fgv"])
    def _controle(self):
        if self.totaal <= 0:
            raise InvoerFout("totaal", f"het aantal eerste voorschriften moet groter dan 0 zijn, niet {self.totaal}: "
                             "zonder eerste voorschriften is FGV1 niet te berekenen", f"{REGEL}: noemer van FGV1")
        if self.conform > self.totaal:
            raise InvoerFout("conform", f"{self.conform} conforme eerste voorschriften is meer dan het totaal van {self.totaal}",
                             f"{REGEL}: de teller is een deel van de noemer")
        x, y, z = self.grenzen
        if not (0 <= x < y < z <= 100):
            raise InvoerFout("grenzen", f"de grenswaarden {x}, {y}, {z} moeten voldoen aan 0 ≤ X < Y < Z ≤ 100",
                             f"{REGEL}: scores A (0 t/m X%), B (> X t/m Y%), C (> Y t/m Z%), D (> Z t/m 100%)")
        return self


class FgvUitkomst(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    fgv1: Fraction  # percentage, exact
    score: str
    uitleg: Uitleg


def percentage_tekst(waarde: Fraction, decimalen: int = 10) -> str:
    """Exact als decimaal (punt) als de breuk eindig is ('75', '33.5'), anders met ``decimalen`` cijfers."""
    noemer = waarde.denominator
    for f in (2, 5):
        while noemer % f == 0:
            noemer //= f
    if noemer == 1:
        d = Decimal(waarde.numerator) / Decimal(waarde.denominator)
        tekst = format(d.normalize(), "f")
        return tekst
    return str(naar_decimal(waarde, decimalen))


@implementeert("zk22-inkoop-fgv", cli=["fgv"])
def fgv1(meting: FgvMeting) -> FgvUitkomst:
    b = zk(PLAATS)
    u = Uitleg()
    waarde = Fraction(meting.conform * 100, meting.totaal)
    u.stap("FGV1", f"{meting.conform} conforme eerste voorschriften ÷ {meting.totaal} eerste voorschriften × 100%",
           nl.percentage(waarde, 4) + (" (exact)" if naar_decimal(waarde, 4) == waarde else " (afgerond weergegeven)"), b)
    x, y, z = (exact(g) for g in meting.grenzen)
    if waarde <= x:
        score, band = "A", f"0 t/m {nl.getal(x, 2)}%"
    elif waarde <= y:
        score, band = "B", f"> {nl.getal(x, 2)} t/m {nl.getal(y, 2)}%"
    elif waarde <= z:
        score, band = "C", f"> {nl.getal(y, 2)} t/m {nl.getal(z, 2)}%"
    else:
        score, band = "D", f"> {nl.getal(z, 2)} t/m 100%"
    u.stap("Score", f"FGV1 valt in de band {band} (vergeleken op de exacte breuk)", score, b)
    return FgvUitkomst(fgv1=waarde, score=score, uitleg=u)


@implementeert("zk22-inkoop-fgv-meetperiode", parameters=["fgv.meetkwartalen"])
def meetperiode(meetjaar: int) -> tuple[date, date]:
    """Eerste en laatste dag van de meetperiode voor ``meetjaar`` (2020: 3 kwartalen, 2021: 4)."""
    try:
        w = p("fgv.meetkwartalen", date(meetjaar, 1, 1))
    except (ParameterOnbekend, BuitenPeriode) as e:
        raise NietInBron(f"geen FGV-meetperiode voor {meetjaar}: {e}") from None
    kwartalen = int(w.waarde)
    eind = date(meetjaar + 1, 1, 1) if kwartalen == 4 else date(meetjaar, 3 * kwartalen + 1, 1)
    return date(meetjaar, 1, 1), eind - timedelta(days=1)


@implementeert("zk22-inkoop-fgv-declaratie", parameters=["fgv.declaratiekwartaal", "fgv.meetkwartalen"])
def declaratieperiode(meetjaar: int) -> tuple[date, date]:
    """Het kwartaal in het jaar na het meetjaar waarin de prestatie FGV gedeclareerd kan worden."""
    meetperiode(meetjaar)  # alleen meetjaren die het beleid noemt
    kwartaal = int(p("fgv.declaratiekwartaal", date(meetjaar, 1, 1)).waarde)
    jaar = meetjaar + 1
    begin = date(jaar, 3 * (kwartaal - 1) + 1, 1)
    eind = (date(jaar + 1, 1, 1) if kwartaal == 4 else date(jaar, 3 * kwartaal + 1, 1)) - timedelta(days=1)
    return begin, eind


@implementeert("zk22-inkoop-fgv-indicatoren", parameters=["fgv.meetkwartalen"])
def indicatoren(meetjaar: int, longformularium: bool) -> list[str]:
    """Welke FGV-indicatoren in ``meetjaar`` gemeten worden (FGV3 alleen met een longformularium)."""
    meetperiode(meetjaar)
    uit = ["FGV1"]
    if meetjaar >= 2021:
        uit.append("FGV2")
        if longformularium:
            uit.append("FGV3")
    return uit


@implementeert("zk22-inkoop-fgv-deelname")
def deelname(toestemming_in_his: bool) -> Oordeel:
    """Deelname is automatisch, maar alleen met toestemming in het HIS (opnieuw bij ander HIS of nieuwe praktijk)."""
    b = zk("prestatie FGV, par. 2")
    if toestemming_in_his:
        return Oordeel.ja("toestemming in het HIS gegeven: de praktijk doet automatisch mee", b)
    return Oordeel.nee("geen toestemming in het (huidige) HIS: Zilveren Kruis krijgt de uitkomsten niet en kan de praktijk niet beoordelen", b)
