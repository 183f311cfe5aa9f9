"""Groepsconsult POH-GGZ, prestatie 12116 (bijlage POH-GGZ art. 6 lid 5; het document volgt uit de datum van de bijeenkomst).

Alleen na voorafgaande toestemming van Zorg en Zekerheid (op basis van een plan van aanpak: doel,
inclusiecriteria, aantal en duur van bijeenkomsten, groepsgrootte); ten hoogste acht deelnemers per
groep; per bijeenkomst één keer bij elke deelnemer, hoe lang de bijeenkomst ook duurt.
De inhoud van het plan van aanpak beoordeelt de verzekeraar: niet formaliseerbaar.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from zorgcontract.kern.bronnen import bron
from zorgcontract.kern.implementatie import implementeert
from zorgcontract.kern.oordeel import Oordeel
from zorgcontract.kern.documenten import geldend
from zorgcontract.kern.parameters import in_document


class Groepsconsult(BaseModel):
    model_config = ConfigDict(frozen=True)

    toestemming: bool
    deelnemers: int = Field(ge=1, json_schema_extra={"regel": ("zz-pohggz", 6, "5e")})
    duur_minuten: int | None = Field(None, ge=1)
    datum: date  # de dag van het groepsconsult: bepaalt de geldende bijlage


class GroepsconsultUitkomst(BaseModel):
    oordeel: Oordeel
    prestatiecode: str
    aantal_declaraties: int  # één per deelnemer per bijeenkomst, ongeacht de duur


@implementeert("zz26-pohggz-a6-l5",
               parameters=["a6.max_deelnemers_groep", "a6.prestatiecode_groepsconsult"],
               cli=["declaraties"])
def beoordeel(g: Groepsconsult) -> GroepsconsultUitkomst:
    doc = geldend("zz-pohggz", g.datum, veld="datum", wat="bijlage POH-GGZ van Zorg en Zekerheid")
    maximum = int(in_document(doc, "a6.max_deelnemers_groep", g.datum).waarde)
    code = str(in_document(doc, "a6.prestatiecode_groepsconsult", g.datum).waarde)
    oordeel = Oordeel.alle([
        (g.toestemming, "vooraf toestemming van Zorg en Zekerheid", "geen voorafgaande toestemming van Zorg en Zekerheid",
         bron(doc, 6, "5")),
        (g.deelnemers <= maximum, f"{g.deelnemers} deelnemers (ten hoogste {maximum})",
         f"{g.deelnemers} deelnemers is meer dan het maximum van {maximum} per groep", bron(doc, 6, "5e")),
    ])
    return GroepsconsultUitkomst(oordeel=oordeel, prestatiecode=code, aantal_declaraties=g.deelnemers if oordeel.toegestaan else 0)
