"""Afwezigheid van de POH zonder (volledige) vervanging.

ZZ POH-S 2026-2028 art. 4 lid 9, ZZ POH-GGZ 2026-2028 art. 4 lid 4 en art. 6 lid 3d: bij ziekte,
zwangerschap, uitdiensttreding of overlijden blijft de praktijk verantwoordelijk voor de zorg. Over de
periode zonder (volledige) vervanging betaalt Zorg en Zekerheid de opslag niet, of naar rato van de
uren die wél gewerkt zijn. Bij POH-GGZ tellen alleen uren van een gediplomeerde POH-GGZ (lid 3d).
Is er na twee maanden geen oplossing, dan meldt het samenwerkingsverband dat.

Gelezen als: uitbetaling = opslag × min(gewerkte uren, contracturen) ÷ contracturen, op centen half-omhoog
(interpretatie I-ZZ26-POHS-AFWEZIG-NAAR-RATO).

Het document volgt uit de datum van de periode waarover betaald wordt (``datum``): de bijlage POH-S of
POH-GGZ die dan geldt; buiten elke bekende periode een foutmelding.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field, model_validator

from zorgcontract.kern import nl
from zorgcontract.kern.bronnen import bron
from zorgcontract.kern.documenten import geldend
from zorgcontract.kern.implementatie import implementeert
from zorgcontract.kern.kwartalen import plus_maanden
from zorgcontract.kern.rekenen import exact, rond_centen_half_op
from zorgcontract.kern.uitleg import Uitleg


class Soort(str, Enum):
    POH_S = "poh-s"
    POH_GGZ = "poh-ggz"


class Afwezigheid(BaseModel):
    model_config = ConfigDict(frozen=True)

    soort: Soort
    opslag: Decimal = Field(ge=0, json_schema_extra={"regel": ("zz-pohs", 4, "9")})
    contracturen: Decimal = Field(gt=0, json_schema_extra={"regel": ("zz-pohs", 4, "9")})
    gewerkte_uren: Decimal = Field(ge=0, json_schema_extra={"regel": ("zz-pohs", 4, "9")})
    vervangingsuren_zonder_diploma: Decimal = Field(Decimal(0), ge=0, json_schema_extra={"regel": ("zz-pohggz", 6, "3d")})
    datum: date  # een dag in de periode waarover betaald wordt: bepaalt het geldende document

    @model_validator(mode="after")
    @implementeert("zz26-pohggz-a6-l3")
    def _niet_meer_dan_gewerkt(self):
        from zorgcontract.kern.fouten import InvoerFout

        if self.vervangingsuren_zonder_diploma > self.gewerkte_uren:
            from zorgcontract.kern.bronnen import regel_tekst

            raise InvoerFout("vervangingsuren-zonder-diploma", "kan niet meer zijn dan de gewerkte uren", regel_tekst("zz-pohggz", 6, "3d", op=self.datum))
        return self


class AfwezigheidUitkomst(BaseModel):
    uitbetaling: Decimal
    uitleg: Uitleg


@implementeert("zz26-pohs-a4-l9", "zz26-pohggz-a4-l4", "zz26-pohggz-a6-l3")
def uitbetaling(a: Afwezigheid) -> AfwezigheidUitkomst:
    u = Uitleg()
    if a.soort is Soort.POH_S:
        b = bron(geldend("zz-pohs", a.datum, veld="datum", wat="bijlage POH-S van Zorg en Zekerheid"), 4, "9")
    else:
        b = bron(geldend("zz-pohggz", a.datum, veld="datum", wat="bijlage POH-GGZ van Zorg en Zekerheid"), 6, "3d")
    telt = exact(a.gewerkte_uren)
    if a.soort is Soort.POH_GGZ and a.vervangingsuren_zonder_diploma:
        telt -= exact(a.vervangingsuren_zonder_diploma)
        u.stap("Uren zonder diploma tellen niet", f"{nl.uren(exact(a.gewerkte_uren))} − {nl.uren(exact(a.vervangingsuren_zonder_diploma))}",
               nl.uren(telt), b)
    telt = min(telt, exact(a.contracturen))
    bedrag = rond_centen_half_op(exact(a.opslag) * telt / exact(a.contracturen))
    u.stap("Uitbetaling naar rato", f"{nl.bedrag(a.opslag)} × {nl.uren(telt)} ÷ {nl.uren(exact(a.contracturen))}", nl.bedrag(bedrag), b)
    return AfwezigheidUitkomst(uitbetaling=bedrag, uitleg=u)


@implementeert("zz26-pohs-a4-l9", "zz26-pohggz-a4-l4")
def melding_vereist(begin_afwezigheid: date, peildatum: date, oplossing_op: date | None = None) -> bool:
    """Twee-maandentermijn (POH-S art. 4 lid 9, POH-GGZ art. 4 lid 4): melden als er op de peildatum twee
    maanden na het begin nog geen oplossing was."""
    termijn = plus_maanden(begin_afwezigheid, 2)
    opgelost_binnen_termijn = oplossing_op is not None and oplossing_op <= termijn
    return peildatum >= termijn and not opgelost_binnen_termijn
