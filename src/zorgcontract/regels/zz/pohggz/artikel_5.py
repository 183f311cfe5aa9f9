"""ZZ POH-GGZ 2026-2028 artikel 5: e-mental health.

- lid 1: uitgangspunten (binnen het basispakket, blended, voortgang zichtbaar): kwalitatief, niet
  geformaliseerd.
- lid 2: waar een regionale afspraak over één interventie bestaat, sluit de praktijk daarbij aan. Waar
  die er niet is, kiest de praktijk uit een vaste lijst interventies (of een regionaal gebruikt
  combinatiepakket van Ksyos of MindDistrict) en uit een vaste lijst beslisondersteuners; de keuze wordt
  met de verzekeraar overlegd (dat overleg is niet formaliseerbaar).
"""

from __future__ import annotations

from enum import Enum

from zorgcontract.kern.bronnen import bron
from zorgcontract.kern.implementatie import implementeert
from zorgcontract.kern.oordeel import Oordeel

INTERVENTIES = frozenset({"Therapieland", "Evie", "Mentalshare"})
COMBINATIEPAKKETTEN = frozenset({"Ksyos", "MindDistrict"})
BESLISONDERSTEUNERS = frozenset({"Transparant Next", "Evie Triage", "Mirro", "Ksyos"})


class Soort(str, Enum):
    INTERVENTIE = "interventie"
    BESLISONDERSTEUNER = "beslisondersteuner"


@implementeert("zz26-pohggz-a5-l2")
def keuze_toegestaan(soort: Soort, naam: str, regionale_afspraak: str | None = None) -> Oordeel:
    """Mag de praktijk deze e-mental-health-interventie of beslisondersteuner kiezen?"""
    b = bron("zz26-pohggz", 5, "2")
    if soort is Soort.INTERVENTIE and regionale_afspraak:
        if naam == regionale_afspraak:
            return Oordeel.ja(f"{naam} is de regionaal afgesproken interventie", b)
        return Oordeel.nee(f"in deze regio is {regionale_afspraak} afgesproken; sluit daarbij aan", b)
    toegestaan = (INTERVENTIES | COMBINATIEPAKKETTEN) if soort is Soort.INTERVENTIE else BESLISONDERSTEUNERS
    lijst = ", ".join(sorted(toegestaan))
    if naam in toegestaan:
        return Oordeel.ja(f"{naam} staat op de lijst ({lijst})", b)
    return Oordeel.nee(f"{naam} staat niet op de lijst van de bijlage ({lijst})", b)
