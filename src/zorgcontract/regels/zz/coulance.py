"""Coulance voor een praktijkondersteuner in opleiding: één vraag, één antwoord, voor elke periode.

Welke periode geldt, volgt uit de datum waarop de vergoeding zou ingaan (niet uit de start van de
opleiding): eerst wordt die datum berekend, dan het document van de reeks ``zz-faq`` (en, waar die
bestaat, de bijlage POH-S of POH-GGZ) dat op die datum geldt. Interpretatie I-ZZ26-POHS-COULANCE-PERIODE.

Ingangsdatum (eigen woorden; bronnen: bijlage POH-S 2026-2028 art. 4 lid 5, bijlage POH-GGZ 2026-2028
art. 4 lid 5, FAQ 2026-2028 vraag over de coulancevergoeding):
- POH-S, verkorte opleiding (10 t/m 13 maanden): de eerste dag van het kwartaal na het kwartaal waarin
  de opleiding begon.
- POH-S, reguliere opleiding (24 maanden): de eerste dag van het kwartaal na het kwartaal waarin de helft
  (12 maanden na de start) valt (I-ZZ26-POHS-HELFT). Andere duren kent het contract niet: foutmelding.
- POH-GGZ: als de verkorte POH-S, maar niet als dezelfde persoon het verkennend gesprek doet.
- POH-Ouderen: als de POH-GGZ, maar alleen bij een incompany-opleiding van de regio-organisatie of een
  afgeronde HBO-V (alleen de FAQ 2026-2028 regelt dit).
De FAQ zegt 'vanaf de start' maar ook 'altijd op de eerste van het kwartaal daarna': gelezen als het
laatste (I-ZZ26-FAQ-COULANCE-KWARTAAL).

Per periode:
- 2026-2028 (``zz26-faq`` + bijlagen): alle drie de functies, zoals hierboven. Een opleiding die vóór
  2026 begon en waarvan de vergoeding in 2026 of later ingaat, valt onder 2026-2028
  (I-ZZ26-POHS-COULANCE-OVERGANG).
- 2023-2025 (``zz23-faq``): alleen de POH-S heeft een coulanceregeling; hoe en vanaf wanneer staat in de
  bijlage POH-S 2023-2025, die niet in de bronnen zit: dan een ``NietInBron``-fout, nooit de regel van
  2026-2028. Voor POH-GGZ en POH-Ouderen: geen coulance (I-ZZ23-FAQ-COULANCE-2023).
- Een ingangsdatum buiten elke bekende periode: ``BuitenPeriode`` (datum en bekende perioden).
Bewijs- en meldplicht zijn niet formaliseerbaar (contractregister).
"""

from __future__ import annotations

from datetime import date
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field

from zorgcontract.kern import nl
from zorgcontract.kern.bronnen import Bron, bron, regel_tekst
from zorgcontract.kern.documenten import Document, geldend
from zorgcontract.kern.fouten import InvoerFout, NietInBron
from zorgcontract.kern.implementatie import implementeert
from zorgcontract.kern.kwartalen import eerste_dag_volgend_kwartaal, plus_maanden
from zorgcontract.kern.uitleg import Uitleg

VERKORT = range(10, 14)  # 10 t/m 13 maanden
REGULIER = 24
FAQ_REEKS = "zz-faq"
FAQ_PLAATS = {"zz26-faq": "vraag coulancevergoeding POH in opleiding", "zz23-faq": "vraag coulance alleen voor de POH-S"}


class Functie(str, Enum):
    POH_S = "poh-s"
    POH_GGZ = "poh-ggz"
    POH_OUDEREN = "poh-ouderen"

    @property
    def naam(self) -> str:
        return {"poh-s": "POH-S", "poh-ggz": "POH-GGZ", "poh-ouderen": "POH-Ouderen"}[self.value]

    @property
    def bijlage(self) -> str | None:
        """De reeks van de bijlage die de coulance voor deze functie regelt (POH-Ouderen: alleen de FAQ)."""
        return {"poh-s": "zz-pohs", "poh-ggz": "zz-pohggz"}.get(self.value)


class CoulanceVraag(BaseModel):
    model_config = ConfigDict(frozen=True)

    functie: Functie = Field(json_schema_extra={"regel": (FAQ_REEKS, None, None, FAQ_PLAATS["zz26-faq"])})
    start_opleiding: date = Field(json_schema_extra={"regel": ("zz-pohs", 4, "5")})
    opleidingsduur_maanden: int | None = Field(None, ge=1, le=120, json_schema_extra={"regel": ("zz-pohs", 4, "5")})
    verkennend_gesprek: bool = False
    incompany_opleiding: bool = False
    hbo_v: bool = False


class CoulanceUitkomst(BaseModel):
    vergoeding_vanaf: date | None  # None: geen coulance in de geldende periode
    van_toepassing: bool  # heeft de functie in de geldende periode een coulanceregeling (en is eraan voldaan)?
    reden: str
    document: str  # sleutel van de FAQ die de periode bepaalde
    uitleg: Uitleg


def _faq_bron(doc: Document) -> Bron:
    return bron(doc, plaats=FAQ_PLAATS.get(doc.sleutel, "vraag over coulance"))


def _ingangsdatum(vraag: CoulanceVraag, u: Uitleg) -> tuple[date, str]:
    """De datum waarop de vergoeding volgens de regel zou ingaan, met de grond; nog zonder periodetoets.
    De stappen citeren de laatste bekende bijlage; na het opzoeken van de periode volgt de geldende bron."""
    start = vraag.start_opleiding
    rb = regel_tekst("zz-pohs", 4, "5")
    if vraag.functie is Functie.POH_S:
        duur = vraag.opleidingsduur_maanden
        if duur is None:
            raise InvoerFout("opleidingsduur-maanden", "is verplicht voor een POH-S (10 t/m 13 of 24 maanden)", rb)
        if duur in VERKORT:
            vanaf = eerste_dag_volgend_kwartaal(start)
            u.voorlopig("Verkorte opleiding", f"{duur} maanden; start {nl.datum(start)}, eerste dag van het volgende kwartaal", nl.datum(vanaf))
            return vanaf, f"verkorte POH-S-opleiding ({duur} maanden): vanaf het kwartaal na de start"
        if duur == REGULIER:
            helft = plus_maanden(start, 12)
            vanaf = eerste_dag_volgend_kwartaal(helft)
            u.voorlopig("Helft van de opleiding", f"{nl.datum(start)} + 12 maanden", nl.datum(helft))
            u.voorlopig("Reguliere opleiding", f"eerste dag van het kwartaal na {nl.datum(helft)}", nl.datum(vanaf))
            return vanaf, "reguliere POH-S-opleiding (24 maanden): vanaf het kwartaal na de helft van de opleiding"
        raise InvoerFout("opleidingsduur-maanden",
                         f"{duur} maanden: het contract kent alleen een verkorte opleiding van 10 t/m 13 maanden en een reguliere van 24 maanden", rb)
    vanaf = eerste_dag_volgend_kwartaal(start)
    u.voorlopig(f"{vraag.functie.naam} in opleiding", f"start {nl.datum(start)}, eerste dag van het volgende kwartaal", nl.datum(vanaf))
    return vanaf, f"{vraag.functie.naam} in opleiding: vanaf het kwartaal na de start"


@implementeert("zz26-pohs-a4-l5", "zz26-pohggz-a4-l5", "zz26-faq-coulance", "zz23-faq-coulance", cli=["coulance"])
def coulance(vraag: CoulanceVraag) -> CoulanceUitkomst:
    u = Uitleg()
    vanaf, grond = _ingangsdatum(vraag, u)
    faq = geldend(FAQ_REEKS, vanaf, veld="start-opleiding",
                  wat=f"coulanceregeling van Zorg en Zekerheid (de vergoeding zou op {nl.datum(vanaf)} ingaan)")
    fb = _faq_bron(faq)
    if faq.sleutel == "zz23-faq":
        return _periode_2023(vraag, vanaf, faq, fb, u)

    bijlage = geldend(vraag.functie.bijlage, vanaf, veld="start-opleiding") if vraag.functie.bijlage else None
    b = bron(bijlage, 4, "5") if bijlage else fb
    u.bevestig(b)
    u.stap("Geldende periode", f"de vergoeding zou ingaan op {nl.datum(vanaf)}; die datum bepaalt de periode",
           " en ".join(d.naam for d in (bijlage, faq) if d), fb)
    if vraag.start_opleiding < faq.eerste_dag:
        u.stap("Opleiding begon vóór de periode", f"start {nl.datum(vraag.start_opleiding)}, vergoeding vanaf {nl.datum(vanaf)}",
               f"telt mee in {faq.periode} (I-ZZ26-POHS-COULANCE-OVERGANG)", b)
    if vraag.functie is Functie.POH_GGZ and vraag.verkennend_gesprek:
        u.stap("Uitzondering verkennend gesprek", "dezelfde POH-GGZ doet het verkennend gesprek", "geen coulance", b)
        return CoulanceUitkomst(vergoeding_vanaf=None, van_toepassing=False, document=faq.sleutel, uitleg=u,
                                reden="geen coulance: dezelfde POH-GGZ wordt ingezet voor het verkennend gesprek")
    if vraag.functie is Functie.POH_OUDEREN:
        if not (vraag.incompany_opleiding or vraag.hbo_v):
            u.stap("Voorwaarde POH-Ouderen", "geen incompany-opleiding van de regio-organisatie en geen afgeronde HBO-V", "geen coulance", fb)
            return CoulanceUitkomst(
                vergoeding_vanaf=None, van_toepassing=False, document=faq.sleutel, uitleg=u,
                reden="geen coulance: voor de POH-Ouderen alleen bij een incompany-opleiding van de regio-organisatie of een afgeronde HBO-V")
        grond_o = "incompany-opleiding van de regio-organisatie" if vraag.incompany_opleiding else "afgeronde HBO-V"
        u.stap("Voorwaarde POH-Ouderen", grond_o, "voldaan", fb)
        grond = f"POH-Ouderen in opleiding met {grond_o}: vanaf het kwartaal na de start"
    u.stap("Vergoeding vanaf", "eerste dag van het kwartaal (FAQ: altijd de eerste van het kwartaal daarna)", nl.datum(vanaf), fb)
    return CoulanceUitkomst(vergoeding_vanaf=vanaf, van_toepassing=True, reden=grond, document=faq.sleutel, uitleg=u)


def _periode_2023(vraag: CoulanceVraag, vanaf: date, faq: Document, fb: Bron, u: Uitleg) -> CoulanceUitkomst:
    u.bevestig(fb)
    u.stap("Geldende periode", f"de vergoeding zou ingaan op {nl.datum(vanaf)}; die datum bepaalt de periode", faq.naam, fb)
    if vraag.functie is Functie.POH_S:
        raise NietInBron(
            f"de vergoeding zou in {faq.periode} ingaan; {faq.naam} zegt dat er dan een coulanceregeling voor de POH-S is, "
            f"maar hoe en vanaf wanneer staat in de bijlage POH-S {faq.periode}, die niet in de bronnen zit ({fb})")
    u.stap(f"Coulance {faq.periode}", f"functie {vraag.functie.naam}", "geen coulanceregeling", fb)
    return CoulanceUitkomst(
        vergoeding_vanaf=None, van_toepassing=False, document=faq.sleutel, uitleg=u,
        reden=f"de bronnen van {faq.periode} kennen geen coulance voor de {vraag.functie.naam} "
              f"(de verzekeraar zou het overwegen, maar er is geen regeling)")
