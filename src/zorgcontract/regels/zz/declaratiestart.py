"""Start van de declaratie: bijlage POH-S art. 6 lid 2 en bijlage POH-GGZ art. 6 lid 3c.

Beide artikelen: declareren mag vanaf de eerste dag van het kwartaal dat volgt op de maand waarin de
samenwerkingsovereenkomst start (1 januari, 1 april, 1 juli of 1 oktober). Gelezen als: de eerste van
die vier data die ná de startmaand valt — een start op 1 april declareert vanaf 1 juli
(I-ZZ26-POHS-DECLARATIESTART).

Welk document geldt, volgt uit de startdatum van de overeenkomst: de bijlagen POH-S en POH-GGZ die op die
dag gelden. Buiten elke bekende periode (bijv. 2024 of 2029: die bijlagen zitten niet in de bronnen): een
foutmelding met de datum en de bekende perioden. Start de overeenkomst in december 2028, dan valt de eerste
declaratiedag (1 januari 2029) buiten de periode van de bijlage die hem bepaalt: de datum wordt genoemd, met
die kanttekening (I-ZZ26-POHS-DECLARATIESTART-NA-PERIODE).
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from zorgcontract.kern import nl
from zorgcontract.kern.bronnen import bron
from zorgcontract.kern.documenten import geldend
from zorgcontract.kern.implementatie import implementeert
from zorgcontract.kern.kwartalen import eerste_kwartaalstart_na_maand
from zorgcontract.kern.uitleg import Uitleg
from zorgcontract.kern.varianten import per_periode


class Declaratiestart(BaseModel):
    declaratie_vanaf: date
    binnen_periode: bool  # valt de eerste declaratiedag binnen de periode van de bijlage die hem bepaalt?
    documenten: list[str]  # de bijlagen die op de startdatum gelden
    uitleg: Uitleg


@implementeert("zz26-pohs-a6-l2", "zz26-pohggz-a6-l3", cli=["declaratiestart"])
@per_periode("zz-pohs", datum=lambda start_overeenkomst: start_overeenkomst)
def declaratiestart(start_overeenkomst: date) -> Declaratiestart:
    veld = "start-overeenkomst"
    pohs = geldend("zz-pohs", start_overeenkomst, veld=veld, wat="bijlage POH-S van Zorg en Zekerheid")
    pohggz = geldend("zz-pohggz", start_overeenkomst, veld=veld, wat="bijlage POH-GGZ van Zorg en Zekerheid")
    u = Uitleg()
    vanaf = eerste_kwartaalstart_na_maand(start_overeenkomst)
    maand = nl.datum(start_overeenkomst).split(" ", 1)[1]
    u.stap("Geldende bijlagen", f"overeenkomst start {nl.datum(start_overeenkomst)}", f"{pohs.naam} en {pohggz.naam}",
           bron(pohs, plaats="Algemeen (looptijd)"))
    u.stap("Eerste kwartaalstart na de startmaand", f"overeenkomst start {nl.datum(start_overeenkomst)}, startmaand {maand}",
           nl.datum(vanaf), bron(pohs, 6, "2"))
    u.stap("Zelfde regel voor POH-GGZ", "11201/31343 volgen dezelfde startdatum", nl.datum(vanaf), bron(pohggz, 6, "3c"))
    binnen = vanaf <= min(pohs.laatste_dag, pohggz.laatste_dag)
    if not binnen:
        u.stap("Na de contractperiode", f"{nl.datum(vanaf)} valt na {nl.datum(pohs.laatste_dag)}",
               f"de datum volgt uit {pohs.naam}; wat er vanaf {nl.datum(vanaf)} gedeclareerd mag worden en tegen welk "
               "tarief, regelt een volgende overeenkomst die niet in de bronnen zit", bron(pohs, 6, "2"))
    return Declaratiestart(declaratie_vanaf=vanaf, binnen_periode=binnen, documenten=[pohs.sleutel, pohggz.sleutel], uitleg=u)
