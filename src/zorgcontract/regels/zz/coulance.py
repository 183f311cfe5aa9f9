"""Coulance voor een praktijkondersteuner in opleiding (contractperiode 2026-2028).

Bronnen: ZZ POH-S 2026-2028 art. 4 lid 5; ZZ POH-GGZ 2026-2028 art. 4 lid 5; ZZ FAQ 2026-2028, vraag
'coulancevergoeding voor praktijkondersteuners in opleiding' (die ook de POH-Ouderen regelt).

- POH-S, verkorte opleiding (10 t/m 13 maanden): vanaf de eerste dag van het kwartaal na het kwartaal
  waarin de opleiding begon.
- POH-S, reguliere opleiding (24 maanden): vanaf de eerste dag van het kwartaal na het kwartaal waarin
  de helft (12 maanden na de start) valt. Andere duren kent het contract niet: foutmelding.
- POH-GGZ: als de verkorte POH-S, maar niet als dezelfde persoon het verkennend gesprek doet.
- POH-Ouderen: als POH-GGZ, maar alleen bij een incompany-opleiding van de regio-organisatie of een
  afgeronde HBO-V.
De FAQ zegt 'vanaf de start' maar ook 'altijd op de eerste van het kwartaal daarna': gelezen als het
laatste (interpretatie I-ZZ26-FAQ-COULANCE-KWARTAAL). Bewijs- en meldplicht zijn niet formaliseerbaar.
"""

from __future__ import annotations

from datetime import date
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field

from zorgcontract.kern import nl
from zorgcontract.kern.bronnen import bron
from zorgcontract.kern.fouten import InvoerFout
from zorgcontract.kern.kwartalen import eerste_dag_volgend_kwartaal, plus_maanden
from zorgcontract.kern.uitleg import Uitleg

VERKORT = range(10, 14)  # 10 t/m 13 maanden
REGULIER = 24
FAQ = bron("zz26-faq", plaats="vraag coulancevergoeding POH in opleiding")


class Functie(str, Enum):
    POH_S = "poh-s"
    POH_GGZ = "poh-ggz"
    POH_OUDEREN = "poh-ouderen"


class CoulanceVraag(BaseModel):
    model_config = ConfigDict(frozen=True)

    functie: Functie = Field(json_schema_extra={"regel": "ZZ FAQ 2026-2028, coulance"})
    start_opleiding: date = Field(json_schema_extra={"regel": "ZZ POH-S/POH-GGZ 2026-2028, art. 4 lid 5"})
    opleidingsduur_maanden: int | None = Field(None, ge=1, json_schema_extra={"regel": "ZZ POH-S 2026-2028, art. 4 lid 5"})
    verkennend_gesprek: bool = False
    incompany_opleiding: bool = False
    hbo_v: bool = False


class CoulanceUitkomst(BaseModel):
    vergoeding_vanaf: date | None
    reden: str
    uitleg: Uitleg


EINDE_PERIODE = date(2028, 12, 31)


def coulance(vraag: CoulanceVraag) -> CoulanceUitkomst:
    """De coulance volgens de contractperiode 2026-2028. Valt de berekende datum na 31 december 2028, dan
    kan deze periode haar niet toezeggen: geen datum, met reden (interpretatie I-ZZ26-POHS-COULANCE-PERIODE)."""
    uitkomst = _coulance(vraag)
    vanaf = uitkomst.vergoeding_vanaf
    if vanaf is not None and vanaf > EINDE_PERIODE:
        uitkomst.uitleg.stap("Buiten de contractperiode", f"{nl.datum(vanaf)} valt na {nl.datum(EINDE_PERIODE)}", "geen coulance in 2026-2028",
                             bron("zz26-pohs", plaats="Algemeen (looptijd 2026-2028)"))
        return CoulanceUitkomst(vergoeding_vanaf=None, reden=f"de berekende ingangsdatum {nl.datum(vanaf)} valt na de contractperiode 2026-2028",
                                uitleg=uitkomst.uitleg)
    return uitkomst


def _coulance(vraag: CoulanceVraag) -> CoulanceUitkomst:
    u = Uitleg()
    start = vraag.start_opleiding
    if vraag.functie is Functie.POH_S:
        b = bron("zz26-pohs", 4, "5")
        duur = vraag.opleidingsduur_maanden
        if duur is None:
            raise InvoerFout("opleidingsduur_maanden", "is verplicht voor een POH-S (10 t/m 13 of 24 maanden)", str(b))
        if duur in VERKORT:
            vanaf = eerste_dag_volgend_kwartaal(start)
            reden = f"verkorte POH-S-opleiding ({duur} maanden): vanaf het kwartaal na de start"
            u.stap("Verkorte opleiding", f"start {nl.datum(start)}, eerste dag van het volgende kwartaal", nl.datum(vanaf), b)
        elif duur == REGULIER:
            helft = plus_maanden(start, 12)
            vanaf = eerste_dag_volgend_kwartaal(helft)
            reden = "reguliere POH-S-opleiding (24 maanden): vanaf het kwartaal na de helft van de opleiding"
            u.stap("Helft van de opleiding", f"{nl.datum(start)} + 12 maanden", nl.datum(helft), b)
            u.stap("Reguliere opleiding", f"eerste dag van het kwartaal na {nl.datum(helft)}", nl.datum(vanaf), FAQ)
        else:
            raise InvoerFout(
                "opleidingsduur_maanden",
                f"{duur} maanden: het contract kent alleen een verkorte opleiding van 10 t/m 13 maanden en een reguliere van 24 maanden",
                str(b),
            )
        return CoulanceUitkomst(vergoeding_vanaf=vanaf, reden=reden, uitleg=u)

    if vraag.functie is Functie.POH_GGZ:
        b = bron("zz26-pohggz", 4, "5")
        if vraag.verkennend_gesprek:
            u.stap("Uitzondering verkennend gesprek", "dezelfde POH-GGZ doet het verkennend gesprek", "geen coulance", b)
            return CoulanceUitkomst(vergoeding_vanaf=None, reden="geen coulance: dezelfde POH-GGZ wordt ingezet voor het verkennend gesprek", uitleg=u)
        vanaf = eerste_dag_volgend_kwartaal(start)
        u.stap("POH-GGZ in opleiding", f"start {nl.datum(start)}, eerste dag van het volgende kwartaal", nl.datum(vanaf), b)
        return CoulanceUitkomst(vergoeding_vanaf=vanaf, reden="POH-GGZ in opleiding: vanaf het kwartaal na de start", uitleg=u)

    # POH-Ouderen: alleen de FAQ 2026-2028 regelt dit
    if not (vraag.incompany_opleiding or vraag.hbo_v):
        u.stap("Voorwaarde POH-Ouderen", "geen incompany-opleiding van de regio-organisatie en geen afgeronde HBO-V", "geen coulance", FAQ)
        return CoulanceUitkomst(
            vergoeding_vanaf=None,
            reden="geen coulance: voor de POH-Ouderen alleen bij een incompany-opleiding van de regio-organisatie of een afgeronde HBO-V",
            uitleg=u,
        )
    grond = "incompany-opleiding van de regio-organisatie" if vraag.incompany_opleiding else "afgeronde HBO-V"
    vanaf = eerste_dag_volgend_kwartaal(start)
    u.stap("POH-Ouderen in opleiding", f"{grond}; start {nl.datum(start)}, eerste dag van het volgende kwartaal", nl.datum(vanaf), FAQ)
    return CoulanceUitkomst(vergoeding_vanaf=vanaf, reden=f"POH-Ouderen in opleiding met {grond}: vanaf het kwartaal na de start", uitleg=u)
