"""Zorg en Zekerheid, bijlage POH-GGZ (reeks zz-pohggz), artikel 5: e-mental health.

- lid 1: uitgangspunten (binnen het basispakket, blended, voortgang zichtbaar): kwalitatief, niet
  geformaliseerd.
- lid 2: Zorg en Zekerheid wil per regio één interventie. Waar een regionale afspraak bestaat, KAN de praktijk
  daarbij aansluiten ('kunt u zich aansluiten': facultatief, geen plicht). Waar die er niet is, kiest zij uit een
  vaste lijst interventies (Therapieland, Evie, Mentalshare); de regionaal gebruikte combinatiepakketten
  (beslisondersteuner plus interventie) van Ksyos en MindDistrict komen daarnaast in aanmerking; zonder regionale
  afspraak kiest zij een beslisondersteuner uit een vaste lijst. De keuze wordt met de verzekeraar overlegd (dat
  overleg is niet formaliseerbaar; het oordeel herinnert eraan).

Lezing (I-ZZ26-POHGGZ-EMH-REGIO): een regionale afspraak voegt de afgesproken interventie toe aan wat mag, maar
sluit de lijst en de combinatiepakketten niet uit; Ksyos en MindDistrict tellen als regionaal gebruikte pakketten
zonder dat de praktijk het regionale gebruik hoeft aan te tonen; de lijst beslisondersteuners geldt ook waar een
regionale afspraak bestaat (de bijlage noemt voor dat geval geen andere).
"""

from __future__ import annotations

from enum import Enum

from zorgcontract.kern.bronnen import bron
from zorgcontract.kern.oordeel import Oordeel, Reden
from zorgcontract.kern.implementatie import implementeert

INTERVENTIES = frozenset({"Therapieland", "Evie", "Mentalshare"})
COMBINATIEPAKKETTEN = frozenset({"Ksyos", "MindDistrict"})
BESLISONDERSTEUNERS = frozenset({"Transparant Next", "Evie Triage", "Mirro", "Ksyos"})


class Soort(str, Enum):
    INTERVENTIE = "interventie"
    COMBINATIEPAKKET = "combinatiepakket"
    BESLISONDERSTEUNER = "beslisondersteuner"


def _met_overleg(o: Oordeel, b) -> Oordeel:
    if o.toegestaan:
        o.redenen.append(Reden(tekst="overleg de keuze voor een interventie of combinatiepakket met Zorg en Zekerheid", bron=b))
    return o


@implementeert("zz26-pohggz-a5-l2")
def keuze_toegestaan(soort: Soort, naam: str, regionale_afspraak: str | None = None) -> Oordeel:
    """Mag de praktijk deze e-mental-health-interventie, dit combinatiepakket of deze beslisondersteuner kiezen?
    ``regionale_afspraak``: de interventie die in de regio is afgesproken (of None)."""
    b = bron("zz26-pohggz", 5, "2")
    if soort is Soort.BESLISONDERSTEUNER:
        lijst = ", ".join(sorted(BESLISONDERSTEUNERS))
        if naam in BESLISONDERSTEUNERS:
            return Oordeel.ja(f"{naam} staat op de lijst beslisondersteuners ({lijst})", b)
        return Oordeel.nee(f"{naam} staat niet op de lijst beslisondersteuners van de bijlage ({lijst})", b)
    if soort is Soort.COMBINATIEPAKKET or (soort is Soort.INTERVENTIE and naam in COMBINATIEPAKKETTEN):
        if naam in COMBINATIEPAKKETTEN:
            return _met_overleg(Oordeel.ja(f"{naam} is een regionaal gebruikt combinatiepakket (beslisondersteuner en interventie) "
                                           "dat voor vergoeding in aanmerking komt", b), b)
        return Oordeel.nee(f"{naam} is geen combinatiepakket dat de bijlage noemt (Ksyos, MindDistrict)", b)
    if regionale_afspraak and naam == regionale_afspraak:
        return _met_overleg(Oordeel.ja(f"{naam} is de regionaal afgesproken interventie; de praktijk sluit daarbij aan", b), b)
    lijst = ", ".join(sorted(INTERVENTIES))
    if naam in INTERVENTIES:
        extra = (f"; aansluiten bij de regionale afspraak ({regionale_afspraak}) mag, maar hoeft niet"
                 if regionale_afspraak else "")
        return _met_overleg(Oordeel.ja(f"{naam} staat op de lijst interventies ({lijst}){extra}", b), b)
    regio = f" en is niet de regionaal afgesproken interventie ({regionale_afspraak})" if regionale_afspraak else ""
    return Oordeel.nee(f"{naam} staat niet op de lijst interventies van de bijlage ({lijst}), is geen combinatiepakket "
                       f"van Ksyos of MindDistrict{regio}", b)
