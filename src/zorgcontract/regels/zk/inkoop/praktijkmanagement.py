"""Zilveren Kruis 2022-2023: vergoeding praktijkmanagement (voorwaarden, par. 2).

Betekenis in eigen woorden (bron: ZK inkoopbeleid 2022-2023, vergoeding praktijkmanagement, par. 2-3):

- De praktijkmanager doet facilitaire en managementtaken; de huisarts draagt die taken echt over.
- Hij of zij werkt voor praktijken in een samenwerkingsverband, of voor één praktijk met méér dan 4500
  patiënten (4500 precies is dus niet genoeg), en bevordert de samenwerking tussen praktijken.
- Opleiding: een relevante hbo-opleiding of een op hbo-niveau geaccrediteerde (eenjarige) opleiding
  praktijkmanagement afgerond, of aantoonbaar met zo'n opleiding begonnen.
- Contracturen van een doktersassistent tellen nooit als uren praktijkmanagement; een assistent die ook
  praktijkmanager is, krijgt daarvoor een aparte arbeidsovereenkomst.
- Het tarief (vast bedrag per ingeschreven patiënt) staat op de website, niet in het beleid.
"""

from __future__ import annotations

from datetime import date
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field

from zorgcontract.kern.implementatie import implementeert
from zorgcontract.kern.oordeel import Oordeel
from zorgcontract.regels.zk.inkoop.gemeen import contractjaar, p, zk

PLAATS = "vergoeding praktijkmanagement, par. 2"


class PmOpleiding(str, Enum):
    HBO_AFGEROND = "hbo-afgerond"  # relevante hbo-opleiding afgerond
    PM_OPLEIDING_AFGEROND = "pm-opleiding-afgerond"  # op hbo-niveau geaccrediteerde opleiding praktijkmanager
    AANTOONBAAR_GESTART = "aantoonbaar-gestart"  # met een van beide aantoonbaar begonnen
    GEEN = "geen"


class ZkPraktijkmanager(BaseModel):
    model_config = ConfigDict(frozen=True)

    samenwerkingsverband: bool
    ingeschreven: int = Field(ge=0, json_schema_extra={"regel": ("zk-inkoop", None, None, PLAATS)})
    managementtaken_overgedragen: bool
    bevordert_samenwerking: bool = True
    opleiding: PmOpleiding
    uren_uit_contract_doktersassistent: bool = False  # worden contracturen van een doktersassistent opgevoerd?
    jaar: int  # bepaalt het geldende beleid (geen stille standaard)


@implementeert("zk22-inkoop-pm-voorwaarden", parameters=["praktijkmanagement.min_patienten"])
def praktijkmanagement(pm: ZkPraktijkmanager) -> Oordeel:
    peil: date = contractjaar(pm.jaar)
    b = zk(PLAATS)
    grens_p = p("praktijkmanagement.min_patienten", peil)
    grens = int(grens_p.waarde)
    groot = pm.ingeschreven > grens
    return Oordeel.alle([
        (pm.samenwerkingsverband or groot,
         "werkt voor een samenwerkingsverband" if pm.samenwerkingsverband else f"werkt voor een praktijk met {pm.ingeschreven} (> {grens}) patiënten",
         f"geen samenwerkingsverband en de praktijk heeft {pm.ingeschreven} patiënten, niet meer dan {grens}", grens_p.bron),
        (pm.managementtaken_overgedragen, "de huisarts heeft facilitaire en managementtaken overgedragen",
         "de huisarts draagt geen facilitaire en managementtaken daadwerkelijk over aan de praktijkmanager", b),
        (pm.bevordert_samenwerking, "bevordert de samenwerking tussen de praktijken",
         "de praktijkmanager bevordert de onderlinge samenwerking tussen de praktijken niet", b),
        (pm.opleiding is not PmOpleiding.GEEN, f"opleiding: {pm.opleiding.value}",
         "geen relevante hbo-opleiding of hbo-geaccrediteerde opleiding praktijkmanager afgerond of aantoonbaar gestart", b),
        (not pm.uren_uit_contract_doktersassistent, "geen contracturen van een doktersassistent opgevoerd",
         "contracturen van een doktersassistent tellen niet als uren praktijkmanagement (aparte arbeidsovereenkomst nodig)", b),
    ])
