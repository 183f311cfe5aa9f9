"""Zorg en Zekerheid, bijlage POH-GGZ (reeks ``zz-pohggz``), artikel 6: de opslag POH-GGZ op het inschrijftarief.

Het document volgt uit het jaar (1 januari): voor 2026-2028 de bijlage ``zz26-pohggz``; buiten elke bekende
periode een fout die de bekende perioden noemt.

Betekenis per lid (eigen woorden; bron: bijlage POH-GGZ 2026-2028, art. 6):

- lid 1: vergoeding = opslag per verzekerde + consulten/visites van de POH-GGZ (NZa-beleidsregel).
- lid 2a: 16 uur per week bij de normpraktijk van 2350 geeft ten hoogste € 5,41 per verzekerde per
  kwartaal (2026). Normuren van een praktijk: 16 × ingeschrevenen ÷ 2350 (interpretatie I-ZZ26-POHGGZ-OPSLAG).
- lid 2b: meer dan de normuren alleen in overleg (de 'afgesproken uren'); zonder afspraak is het
  maximum de normuren.
- lid 2c: e-mental-health-kosten komen er na beoordeling bij: niet formaliseerbaar (maatwerk per offerte).
- lid 3a-b: opslag = € 5,41 × meegetelde uren ÷ normuren, naar boven afgerond op een bedrag deelbaar
  door 4 (per jaar, in centen) — gelijk aan: per kwartaal naar boven afgerond op hele centen.
- lid 3c: tot en met € 5,41 op 11201 (segment 1), het meerdere op 31343 (segment 3). De tekst noemt voor
  die grens ook € 5,14: tegenstrijdig, zie interpretatie I-ZZ26-POHGGZ-514.
- lid 3d: bij afwezigheid tellen alleen de ingezette uren (zie ``afwezigheid``).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

from pydantic import BaseModel, ConfigDict, Field

from zorgcontract.kern import nl
from zorgcontract.kern.bronnen import bron
from zorgcontract.kern.documenten import Document, geldend
from zorgcontract.kern.implementatie import implementeert
from zorgcontract.kern.parameters import in_document
from zorgcontract.kern.rekenen import exact, rond_centen_naar_boven
from zorgcontract.kern.uitleg import Uitleg
from zorgcontract.kern.varianten import per_periode

REEKS = "zz-pohggz"


class PohGgzPraktijk(BaseModel):
    model_config = ConfigDict(frozen=True)

    ingeschreven_verzekerden: int = Field(gt=0, json_schema_extra={"regel": (REEKS, 6, "3a")})
    uren_per_week: Decimal = Field(ge=0, json_schema_extra={"regel": (REEKS, 6, "3a")})
    afgesproken_uren_per_week: Decimal | None = Field(None, ge=0, json_schema_extra={"regel": (REEKS, 6, "2b")})
    jaar: int  # bepaalt de geldende bijlage (geen stille standaard)


class Declaratieregel(BaseModel):
    prestatiecode: str
    bedrag: Decimal


class PohGgzUitkomst(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    normuren_per_week: Fraction
    maximum_uren_per_week: Fraction
    ingezette_uren_per_week: Fraction
    kwartaalopslag_per_verzekerde: Decimal
    declaratie: list[Declaratieregel]
    uitleg: Uitleg


def document_voor(jaar: int) -> Document:
    """De bijlage POH-GGZ die geldt op 1 januari van ``jaar`` (de opslag geldt per kalenderjaar, prijspeil)."""
    return geldend(REEKS, date(jaar, 1, 1), veld="jaar", wat=f"bijlage POH-GGZ van Zorg en Zekerheid (jaar {jaar})")


def normuren(ingeschreven: int, peildatum: date) -> tuple[Fraction, object, object]:
    doc = geldend(REEKS, peildatum, veld="jaar")
    uren_p = in_document(doc, "a6.uren_per_week_norm", peildatum)
    norm_p = in_document(doc, "a6.normpraktijk", peildatum)
    return Fraction(int(uren_p.waarde) * ingeschreven, int(norm_p.waarde)), uren_p, norm_p


@implementeert("zz26-pohggz-algemeen", parameters=["a6.normpraktijk"], cli=["poh-ggz"])
@implementeert("zz26-pohggz-a6-l2",
               parameters=["a6.uren_per_week_norm", "a6.normpraktijk", "a6.maximum_per_kwartaal"],
               cli=["poh-ggz"])
@implementeert("zz26-pohggz-a6-l3",
               parameters=["a6.maximum_per_kwartaal", "a6.prestatiecode_segment1", "a6.prestatiecode_segment3"],
               cli=["poh-ggz"])
@per_periode(REEKS, datum=lambda praktijk: date(praktijk.jaar, 1, 1))
def bereken(praktijk: PohGgzPraktijk) -> PohGgzUitkomst:
    peil = date(praktijk.jaar, 1, 1)
    doc = document_voor(praktijk.jaar)
    u = Uitleg()
    u.stap("Geldende bijlage", f"jaar {praktijk.jaar}", doc.naam, bron(doc, plaats="Algemeen (looptijd)"))
    n = praktijk.ingeschreven_verzekerden

    norm, uren_p, norm_p = normuren(n, peil)
    u.stap("Normuren per week", f"{uren_p.waarde} uur × {n} ingeschrevenen ÷ {norm_p.waarde}", nl.uren(norm, 4), uren_p.bron)

    if praktijk.afgesproken_uren_per_week is None:
        maximum = norm
        u.stap("Maximum uren per week", "geen afspraak over meer uren: het maximum is de normuren", nl.uren(maximum, 4), bron(doc, 6, "2b"))
    else:
        maximum = exact(praktijk.afgesproken_uren_per_week)
        u.stap("Maximum uren per week", "met Zorg en Zekerheid afgesproken maximum", nl.uren(maximum, 4), bron(doc, 6, "2b"))

    aangesteld = exact(praktijk.uren_per_week)
    ingezet = min(aangesteld, maximum)
    u.stap("Meegetelde uren per week", f"laagste van aangesteld {nl.uren(aangesteld, 4)} en maximum {nl.uren(maximum, 4)}",
           nl.uren(ingezet, 4), bron(doc, 6, "3a"))

    max_p = in_document(doc, "a6.maximum_per_kwartaal", peil)
    maximum_bedrag = exact(max_p.waarde)
    onafgerond = maximum_bedrag * ingezet / norm
    u.stap("Opslag per verzekerde per kwartaal (onafgerond)", f"{nl.bedrag(maximum_bedrag)} × {nl.uren(ingezet, 4)} ÷ {nl.uren(norm, 4)}",
           f"€ {nl.getal(onafgerond, 6)}", max_p.bron)

    opslag = rond_centen_naar_boven(onafgerond)
    u.stap("Opslag per verzekerde per kwartaal", "naar boven afgerond op hele centen (jaarbedrag in centen deelbaar door 4)",
           nl.bedrag(opslag), bron(doc, 6, "3b"))

    code1 = str(in_document(doc, "a6.prestatiecode_segment1", peil).waarde)
    code3 = str(in_document(doc, "a6.prestatiecode_segment3", peil).waarde)
    grens = Decimal(str(max_p.waarde))
    deel1 = min(opslag, grens)
    regels = [Declaratieregel(prestatiecode=code1, bedrag=deel1)]
    u.stap(f"Declaratie {code1} (segment 1)", f"opslag tot en met {nl.bedrag(grens)}", nl.bedrag(deel1), bron(doc, 6, "3c"))
    if opslag > grens:
        regels.append(Declaratieregel(prestatiecode=code3, bedrag=opslag - grens))
        u.stap(f"Declaratie {code3} (segment 3)", f"{nl.bedrag(opslag)} − {nl.bedrag(grens)} (grens = het segment-1-maximum, zie I-ZZ26-POHGGZ-514)",
               nl.bedrag(opslag - grens), bron(doc, 6, "3c"))

    return PohGgzUitkomst(
        normuren_per_week=norm, maximum_uren_per_week=maximum, ingezette_uren_per_week=ingezet,
        kwartaalopslag_per_verzekerde=opslag, declaratie=regels, uitleg=u,
    )
