"""Start van de declaratie: ZZ POH-S 2026-2028 art. 6 lid 2 en ZZ POH-GGZ 2026-2028 art. 6 lid 3c.

Beide artikelen: declareren mag vanaf de eerste dag van het kwartaal dat volgt op de maand waarin de
samenwerkingsovereenkomst start (1 januari, 1 april, 1 juli of 1 oktober). Gelezen als: de eerste van
die vier data die ná de startmaand valt — een start op 1 april declareert vanaf 1 juli
(interpretatie I-ZZ26-POHS-DECLARATIESTART).
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from zorgcontract.kern import nl
from zorgcontract.kern.bronnen import bron
from zorgcontract.kern.kwartalen import eerste_kwartaalstart_na_maand
from zorgcontract.kern.uitleg import Uitleg


class Declaratiestart(BaseModel):
    declaratie_vanaf: date
    uitleg: Uitleg


def declaratiestart(start_overeenkomst: date) -> Declaratiestart:
    u = Uitleg()
    vanaf = eerste_kwartaalstart_na_maand(start_overeenkomst)
    maand = nl.datum(start_overeenkomst).split(" ", 1)[1]
    u.stap("Eerste kwartaalstart na de startmaand", f"overeenkomst start {nl.datum(start_overeenkomst)}, startmaand {maand}",
           nl.datum(vanaf), bron("zz26-pohs", 6, "2"))
    u.stap("Zelfde regel voor POH-GGZ", "11201/31343 volgen dezelfde startdatum", nl.datum(vanaf), bron("zz26-pohggz", 6, "3c"))
    return Declaratiestart(declaratie_vanaf=vanaf, uitleg=u)
