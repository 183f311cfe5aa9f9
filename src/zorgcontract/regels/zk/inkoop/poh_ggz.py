"""Zilveren Kruis 2022-2023: uren POH-GGZ (vergoeding POH-GGZ, par. 4, slot).

Betekenis in eigen woorden (bron: ZK inkoopbeleid 2022-2023, vergoeding POH-GGZ, par. 4):

- Zilveren Kruis kent 12 uur POH-GGZ per week toe per praktijk van 2350 patiënten.
- Van die uren gaat de verdeling uit van 10 uur patiëntcontact, 1 uur externe consultatie en 1 uur
  eHealth.
- Meer dan 12 uur per week (per 2350 patiënten) kan, maar wordt individueel beoordeeld; voor die extra
  uren kiest de POH-GGZ zelf de verhouding.

Gekozen lezingen: de normuren schalen naar rato met de praktijkgrootte, 12 × ingeschreven ÷ 2350, zonder
afronding (I-ZK22-INKOOP-GGZ-NORM); de verdeling 10/1/1 schaalt mee (patiëntcontact = 10/12 van de normuren,
enz.; I-ZK22-INKOOP-GGZ-VERDELING). Gevraagde uren boven de normuren: individuele beoordeling, de extra uren
hebben geen vaste verdeling. Het tarief staat niet in het beleid (website): zie parameter zk22-inkoop.poh-ggz.tarief.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from pydantic import BaseModel, ConfigDict, Field

from zorgcontract.kern import nl
from zorgcontract.kern.implementatie import implementeert
from zorgcontract.kern.oordeel import Oordeel
from zorgcontract.regels.zk.inkoop.gemeen import contractjaar, p, zk
from zorgcontract.kern.rekenen import exact
from zorgcontract.kern.uitleg import Uitleg

PLAATS = "vergoeding POH-GGZ, par. 4"


class ZkPohGgzPraktijk(BaseModel):
    model_config = ConfigDict(frozen=True)

    ingeschreven: int = Field(gt=0, json_schema_extra={"regel": ("zk-inkoop", None, None, f"{PLAATS}: 12 uur per 2350 patiënten")})
    gevraagde_uren_per_week: Decimal | None = Field(None, ge=0, json_schema_extra={"regel": ("zk-inkoop", None, None, PLAATS)})
    jaar: int  # bepaalt het geldende beleid (geen stille standaard)


class ZkPohGgzUitkomst(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    uren_per_week: Fraction
    patientcontact: Fraction
    consultatie: Fraction
    ehealth: Fraction
    individuele_beoordeling: bool  # gevraagde uren boven de normuren
    extra_uren: Fraction  # boven de normuren; verdeling vrij
    uitleg: Uitleg


@implementeert("zk22-inkoop-ggz-uren",
               parameters=["poh-ggz.normpraktijk", "poh-ggz.uren_per_week", "poh-ggz.patientcontact", "poh-ggz.consultatie", "poh-ggz.ehealth"],
               cli=["zk-poh-ggz"])
def bereken(praktijk: ZkPohGgzPraktijk) -> ZkPohGgzUitkomst:
    peil = contractjaar(praktijk.jaar)
    u = Uitleg()
    n = praktijk.ingeschreven
    norm_p, uren_p = p("poh_ggz.normpraktijk", peil), p("poh_ggz.uren_per_week", peil)
    norm, per_norm = int(norm_p.waarde), exact(uren_p.waarde)
    uren = per_norm * n / norm
    u.stap("Normuren POH-GGZ per week", f"{nl.getal(per_norm, 0)} uur × {n} ingeschreven ÷ {norm}", nl.uren(uren, 4), uren_p.bron)
    delen = {}
    for naam, omschrijving in (("patientcontact", "patiëntcontact"), ("consultatie", "externe consultatie"), ("ehealth", "eHealth")):
        deel_p = p(f"poh_ggz.{naam}", peil)
        deel = exact(deel_p.waarde) * n / norm
        delen[naam] = deel
        u.stap(f"Waarvan {omschrijving}", f"{nl.getal(exact(deel_p.waarde), 0)} uur × {n} ÷ {norm}", nl.uren(deel, 4), deel_p.bron)
    gevraagd = None if praktijk.gevraagde_uren_per_week is None else exact(praktijk.gevraagde_uren_per_week)
    extra = max(Fraction(0), (gevraagd or 0) - uren)
    if gevraagd is not None:
        if extra > 0:
            u.stap("Gevraagde uren boven de normuren", f"{nl.uren(gevraagd, 4)} − {nl.uren(uren, 4)}; individuele beoordeling, verdeling vrij",
                   nl.uren(extra, 4), zk(PLAATS))
        else:
            u.stap("Gevraagde uren binnen de normuren", f"{nl.uren(gevraagd, 4)} ≤ {nl.uren(uren, 4)}", "geen individuele beoordeling", zk(PLAATS))
    return ZkPohGgzUitkomst(uren_per_week=uren, individuele_beoordeling=extra > 0, extra_uren=extra, uitleg=u, **delen)


# --- voorwaarden (par. 2) ------------------------------------------------------------------------------

class ZkPohGgz(BaseModel):
    """Voorwaarden uit par. 2: opleiding/competenties van de eigen beroepsgroep, werkruimte in de praktijk,
    werkt in HIS en/of KIS. Zelfzorg en 'blended' begeleiding stimuleren is een doel, geen toetsbare eis."""

    model_config = ConfigDict(frozen=True)

    opleiding_en_competenties: bool
    werkruimte_in_praktijk: bool
    werkt_in_his_of_kis: bool


@implementeert("zk22-inkoop-ggz-voorwaarden")
def poh_ggz_voldoet(poh: ZkPohGgz) -> Oordeel:
    b = zk("vergoeding POH-GGZ, par. 2")
    return Oordeel.alle([
        (poh.opleiding_en_competenties, "voldoet aan opleidingseisen en competentieprofiel",
         "de POH-GGZ voldoet niet aan de opleidingseisen en het competentieprofiel van de eigen beroepsgroep", b),
        (poh.werkruimte_in_praktijk, "gebruikt een werkruimte in de praktijk", "de POH-GGZ heeft tijdens werktijd geen werkruimte of spreekkamer in de praktijk", b),
        (poh.werkt_in_his_of_kis, "werkt in het HIS en/of KIS", "de POH-GGZ werkt niet in het HIS en/of KIS", b),
    ])
