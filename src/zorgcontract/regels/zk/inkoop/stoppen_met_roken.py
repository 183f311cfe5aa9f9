"""Zilveren Kruis 2022-2023: prestatie Stoppen met Roken.

Betekenis in eigen woorden (bron: ZK inkoopbeleid 2022-2023, prestatie stoppen met roken, par. 1-3):

- De huisarts biedt een programma dat aan de wettelijke eisen en richtlijnen voldoet en dat als bewezen
  effectief in het KABIZ-kwaliteitsregister Stoppen met Roken staat.
- Stepped care: eerst alleen gedragsmatige ondersteuning; de huisarts houdt regie over het hele programma
  (gedragsmatig, of farmacologisch samen met gedragsmatig).
- Het tarief (website) is per deelnemer en dekt de gedragsmatige ondersteuning; medicatie wordt apart ingekocht.
- Zit de patiënt in een ketenzorgprogramma (DM2, CVRM en/of COPD) waar stoppen met roken integraal in zit,
  dan geen aparte declaratie: het ketentarief betaalt.
- Tijdens de begeleiding geen consulten voor stoppen met roken declareren; een verzekerde heeft maar één
  keer per kalenderjaar recht op de begeleiding.

Gekozen lezing (I-ZK22-INKOOP-SMR-JAAR): 'één keer per kalenderjaar' telt op het kalenderjaar waarin een
programma start; een tweede start in hetzelfde kalenderjaar wordt geweigerd, een start in januari na een
programma dat in december begon niet.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from zorgcontract.kern.implementatie import implementeert
from zorgcontract.kern.oordeel import Oordeel
from zorgcontract.regels.zk.inkoop.gemeen import zk

PLAATS_VOORWAARDEN = "prestatie stoppen met roken, par. 2"
PLAATS_DECLARATIE = "prestatie stoppen met roken, par. 3"


class ZkSmrAanbod(BaseModel):
    model_config = ConfigDict(frozen=True)

    programma_in_kabiz_register: bool
    volgt_richtlijnen: bool = True
    stepped_care: bool = True  # eerst alleen gedragsmatige ondersteuning
    regie_over_programma: bool = True


@implementeert("zk22-inkoop-smr-voorwaarden")
def smr_aanbod(a: ZkSmrAanbod) -> Oordeel:
    b = zk(PLAATS_VOORWAARDEN)
    return Oordeel.alle([
        (a.programma_in_kabiz_register, "programma staat in het KABIZ-kwaliteitsregister Stoppen met Roken",
         "het programma staat niet als bewezen effectief in het KABIZ-kwaliteitsregister Stoppen met Roken", zk("prestatie stoppen met roken, par. 1-2")),
        (a.volgt_richtlijnen, "voldoet aan de wettelijke eisen en richtlijnen", "het programma voldoet niet aan de wettelijke eisen en richtlijnen", b),
        (a.stepped_care, "stepped care: eerst alleen gedragsmatige ondersteuning",
         "geen stepped care: de begeleiding begint niet met alleen gedragsmatige ondersteuning", b),
        (a.regie_over_programma, "de huisarts voert regie over het hele programma", "de huisarts voert geen regie over het hele programma", b),
    ])


class ZkSmrDeclaratie(BaseModel):
    model_config = ConfigDict(frozen=True)

    start_programma: date
    eerdere_starts: list[date] = []  # starts van eerdere programma's van dezelfde verzekerde
    ketenprogramma_met_smr: bool = False  # DM2/CVRM/COPD-keten waarin stoppen met roken integraal zit


@implementeert("zk22-inkoop-smr-declaratie")
def smr_declaratie(d: ZkSmrDeclaratie) -> Oordeel:
    b = zk(PLAATS_DECLARATIE)
    zelfde_jaar = [s for s in d.eerdere_starts if s.year == d.start_programma.year]
    return Oordeel.alle([
        (not d.ketenprogramma_met_smr, "geen ketenprogramma met stoppen met roken integraal",
         "de patiënt zit in een ketenzorgprogramma waarin stoppen met roken integraal is opgenomen: het ketentarief betaalt", b),
        (not zelfde_jaar, f"eerste programma van deze verzekerde in {d.start_programma.year}",
         f"deze verzekerde had in {d.start_programma.year} al een programma stoppen met roken (start {zelfde_jaar[0].isoformat() if zelfde_jaar else ''}); één keer per kalenderjaar", b),
    ])


@implementeert("zk22-inkoop-smr-declaratie")
def smr_consult_tijdens_programma() -> Oordeel:
    """Een consult voor stoppen met roken tijdens de begeleiding mag niet apart gedeclareerd worden."""
    return Oordeel.nee("tijdens de begeleiding stoppen met roken worden geen consulten voor stoppen met roken gedeclareerd", zk(PLAATS_DECLARATIE))
