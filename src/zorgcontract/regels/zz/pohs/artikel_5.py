"""Zorg en Zekerheid, bijlage POH-S (reeks ``zz-pohs``), artikel 5: de financiële vergoeding POH-S.

Het document volgt uit het jaar van de berekening (1 januari van dat jaar): voor 2026-2028 de bijlage
``zz26-pohs``; buiten elke bekende periode een fout die de bekende perioden noemt.

Betekenis per lid (eigen woorden; bron: bijlage POH-S 2026-2028, art. 5):

- lid 3-4: het tarief bestaat uit basisuren per ingeschreven verzekerde, uren per verzekerde in een
  chronische groep (DM2, CVRM, COPD, Astma) en een ophoging daarvan.
- lid 5: alleen verzekerden die programmatische zorg van de POH-S krijgen volgens het regionale
  zorgprogramma tellen mee. Dat selecteert de praktijk: de invoer ís dat aantal.
- lid 6: minuten per verzekerde per jaar per groep (DM2 90, CVRM 60, COPD 60, Astma 50).
- lid 7: maximum per jaar = 0,12 uur × ingeschrevenen + 1,2 × chronische uren; per week: ÷ 46.
- lid 8: vergoede uren = werkelijke contracturen, begrensd op het maximum van lid 7.
- lid 9: jaarbedrag = vergoede uren per week × 46 × € 70,14 (2026); kwartaaltarief per verzekerde =
  jaarbedrag ÷ ingeschrevenen ÷ 4. Afronding: één keer, op hele centen, half-omhoog (interpretatie
  I-ZZ26-POHS-TARIEF). Groepen die al via een keten-dbc (Mediis) betaald worden, tellen niet mee.
- lid 10: stoppen met roken mag naast de module gedeclareerd worden (zie ``stoppen_met_roken``).
- lid 1-2 (waarvoor de vergoeding is; geen consulten/M&I door de POH-S binnen de module) staan in
  ``regels.voorwaarden.poh_s_consult_of_mi_in_module``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum
from fractions import Fraction

from pydantic import BaseModel, ConfigDict, Field, model_validator

from zorgcontract.kern import nl
from zorgcontract.kern.bronnen import bron, regel_tekst
from zorgcontract.kern.documenten import Document, geldend
from zorgcontract.kern.fouten import InvoerFout
from zorgcontract.kern.implementatie import implementeert
from zorgcontract.kern.oordeel import Oordeel
from zorgcontract.kern.parameters import in_document
from zorgcontract.kern.rekenen import exact, rond_centen_half_op
from zorgcontract.kern.uitleg import Uitleg
from zorgcontract.kern.varianten import per_periode

REEKS = "zz-pohs"


class ChronischeGroep(str, Enum):
    DM2 = "DM2"
    CVRM = "CVRM"
    COPD = "COPD"
    ASTMA = "Astma"

    @property
    def veld(self) -> str:
        return self.name.lower()


class PohSPraktijk(BaseModel):
    """Invoer voor art. 5: de praktijk zoals de vergoeding haar ziet."""

    model_config = ConfigDict(frozen=True)

    ingeschreven_verzekerden: int = Field(gt=0, json_schema_extra={"regel": (REEKS, 5, "7a")})
    dm2: int = Field(0, ge=0, json_schema_extra={"regel": (REEKS, 5, "5")})
    cvrm: int = Field(0, ge=0, json_schema_extra={"regel": (REEKS, 5, "5")})
    copd: int = Field(0, ge=0, json_schema_extra={"regel": (REEKS, 5, "5")})
    astma: int = Field(0, ge=0, json_schema_extra={"regel": (REEKS, 5, "5")})
    contracturen_per_week: Decimal = Field(ge=0, json_schema_extra={"regel": (REEKS, 5, "8")})
    keten_dbc: frozenset[ChronischeGroep] = frozenset()
    jaar: int  # bepaalt de geldende bijlage (geen stille standaard)

    @model_validator(mode="after")
    @implementeert("zz26-pohs-a5-l5", cli=["poh-s"])
    def _chronisch_binnen_lijst(self):
        for groep in ChronischeGroep:
            aantal = getattr(self, groep.veld)
            if aantal > self.ingeschreven_verzekerden:
                raise InvoerFout(
                    groep.veld,
                    f"{aantal} verzekerden met {groep.value} is meer dan de {self.ingeschreven_verzekerden} ingeschreven verzekerden",
                    regel_tekst(REEKS, 5, "5") + ": alleen ingeschreven verzekerden tellen mee",
                )
        return self


class PohSUitkomst(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    max_uren_per_jaar: Fraction
    max_uren_per_week: Fraction
    vergoede_uren_per_week: Fraction
    jaarbedrag: Fraction  # exact; weergave in centen
    kwartaaltarief_per_verzekerde: Decimal  # de ene afronding van lid 9
    prestatiecode: str
    uitleg: Uitleg


def document_voor(jaar: int) -> Document:
    """De bijlage POH-S die geldt op 1 januari van ``jaar`` (het tarief geldt per kalenderjaar, lid 9)."""
    return geldend(REEKS, date(jaar, 1, 1), veld="jaar", wat=f"bijlage POH-S van Zorg en Zekerheid (jaar {jaar})")


@implementeert("zz26-pohs-a5-l3",
               parameters=["a5.basisuren_per_verzekerde", "a5.minuten.dm2", "a5.minuten.cvrm", "a5.minuten.copd", "a5.minuten.astma", "a5.opslag_chronisch"],
               cli=["poh-s"])
@implementeert("zz26-pohs-a5-l4", "zz26-pohs-a5-l6",
               parameters=["a5.minuten.dm2", "a5.minuten.cvrm", "a5.minuten.copd", "a5.minuten.astma"],
               cli=["poh-s"])
@implementeert("zz26-pohs-a5-l7",
               parameters=["a5.basisuren_per_verzekerde", "a5.minuten.dm2", "a5.minuten.cvrm", "a5.minuten.copd", "a5.minuten.astma", "a5.opslag_chronisch", "a5.weken_per_jaar"],
               cli=["poh-s"])
@implementeert("zz26-pohs-a5-l8", cli=["poh-s"])
@implementeert("zz26-pohs-a5-l9", parameters=["a5.uurtarief", "a5.weken_per_jaar"], cli=["poh-s"])
@implementeert("zz26-pohs-a6-l2", parameters=["a6.prestatiecode"], cli=["poh-s"])
@per_periode(REEKS, datum=lambda praktijk: date(praktijk.jaar, 1, 1))
def bereken(praktijk: PohSPraktijk) -> PohSUitkomst:
    """Art. 5 lid 6-9 en lid 9 (keten-dbc), stap voor stap."""
    peil = date(praktijk.jaar, 1, 1)
    doc = document_voor(praktijk.jaar)

    def _p(naam: str, peildatum: date, artikel: int = 5):
        return in_document(doc, f"a{artikel}.{naam}", peildatum)

    u = Uitleg()
    u.stap("Geldende bijlage", f"jaar {praktijk.jaar}", doc.naam, bron(doc, plaats="Algemeen (looptijd)"))
    n = praktijk.ingeschreven_verzekerden

    basis_p = _p("basisuren_per_verzekerde", peil)
    basis = exact(basis_p.waarde) * n
    u.stap("Basisuren per jaar", f"{nl.getal(exact(basis_p.waarde))} uur × {n} ingeschreven verzekerden",
           nl.uren(basis, 4), basis_p.bron)

    chronisch = Fraction(0)
    for groep in ChronischeGroep:
        aantal = getattr(praktijk, groep.veld)
        minuten_p = _p(f"minuten.{groep.veld}", peil)
        if groep in praktijk.keten_dbc:
            u.stap(f"{groep.value}: niet meegeteld (keten-dbc)",
                   f"{aantal} verzekerden vallen onder een keten-dbc en worden al via de keten vergoed",
                   nl.uren(0, 4), bron(doc, 5, "9"))
            continue
        uren_groep = Fraction(aantal * int(minuten_p.waarde), 60)
        chronisch += uren_groep
        u.stap(f"Uren {groep.value} per jaar", f"{aantal} × {minuten_p.waarde} min ÷ 60",
               nl.uren(uren_groep, 4), minuten_p.bron)

    opslag_p = _p("opslag_chronisch", peil)
    opslag = chronisch * exact(opslag_p.waarde)
    u.stap("Ophoging chronische uren", f"{nl.uren(chronisch, 4)} × {nl.percentage(exact(opslag_p.waarde) * 100, 0)}",
           nl.uren(opslag, 4), opslag_p.bron)

    max_jaar = basis + chronisch + opslag
    u.stap("Maximum uren per jaar", f"{nl.uren(basis, 4)} + {nl.uren(chronisch, 4)} + {nl.uren(opslag, 4)}",
           nl.uren(max_jaar, 4), bron(doc, 5, "7d"))

    weken_p = _p("weken_per_jaar", peil)
    weken = int(weken_p.waarde)
    max_week = max_jaar / weken
    u.stap("Maximum uren per week", f"{nl.uren(max_jaar, 4)} ÷ {weken} weken", nl.uren(max_week, 4), weken_p.bron)

    contract = exact(praktijk.contracturen_per_week)
    vergoed = min(contract, max_week)
    u.stap("Vergoede uren per week", f"laagste van contracturen {nl.uren(contract, 4)} en maximum {nl.uren(max_week, 4)}",
           nl.uren(vergoed, 4), bron(doc, 5, "8"))

    tarief_p = _p("uurtarief", peil)
    uurtarief = exact(tarief_p.waarde)
    jaarbedrag = vergoed * weken * uurtarief
    u.stap("Jaarbedrag", f"{nl.uren(vergoed, 4)} × {weken} weken × {nl.bedrag(uurtarief)}",
           f"{nl.bedrag(jaarbedrag)} (exact, niet afgerond)", tarief_p.bron)

    kwartaal = rond_centen_half_op(jaarbedrag / n / 4)
    u.stap("Kwartaaltarief per verzekerde", f"{nl.bedrag(jaarbedrag)} ÷ {n} verzekerden ÷ 4, afgerond op centen (half omhoog)",
           nl.bedrag(kwartaal), tarief_p.bron)

    code_p = _p("prestatiecode", peil, artikel=6)
    u.stap("Prestatiecode", "module POH-S", str(code_p.waarde), code_p.bron)

    return PohSUitkomst(
        max_uren_per_jaar=max_jaar, max_uren_per_week=max_week, vergoede_uren_per_week=vergoed,
        jaarbedrag=jaarbedrag, kwartaaltarief_per_verzekerde=kwartaal, prestatiecode=str(code_p.waarde), uitleg=u,
    )


@implementeert("zz26-pohs-a5-l10")
def stoppen_met_roken(bekwaam_en_bevoegd: bool, voldoet_aan_smr_voorwaarden: bool, op: date) -> Oordeel:
    """Art. 5 lid 10: de POH-S mag stoppen met roken naast de module declareren, mits bekwaam en bevoegd
    en als aan de voorwaarden van de module Stoppen met roken is voldaan (die staan in een andere
    contractmodule en de NZa-beleidsregel; hier zijn ze één ja/nee-invoer)."""
    b = bron(geldend(REEKS, op, veld="datum"), 5, "10")
    return Oordeel.alle([
        (bekwaam_en_bevoegd, "de POH-S is bekwaam en bevoegd", "de POH-S is niet bekwaam en bevoegd voor stoppen met roken", b),
        (voldoet_aan_smr_voorwaarden, "aan de voorwaarden van Stoppen met roken is voldaan",
         "niet voldaan aan de voorwaarden van de module Stoppen met roken", b),
    ])
