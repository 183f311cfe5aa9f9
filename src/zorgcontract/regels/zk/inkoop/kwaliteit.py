"""Zilveren Kruis 2022-2023: prestatie kwaliteit, modules praktijkaccreditatie en spiegelinformatie.

Betekenis in eigen woorden (bron: ZK inkoopbeleid 2022-2023, prestatie kwaliteit, par. 2):

- De twee modules zijn los af te sluiten.
- Praktijkaccreditatie (praktijk- of groepspraktijkniveau): de praktijk is aantoonbaar geaccrediteerd of
  gecertificeerd (NHG heeft de voorkeur, andere keurmerken mogen); een apotheekhoudende praktijk heeft een
  certificaat volgens de norm van haar beroepsgroep.
- Spiegelinformatie (praktijkniveau): minstens eens per jaar de praktijkspiegel (Vektis/Zorgprisma) of
  vergelijkbare data ophalen; minstens jaarlijks bespreken met huisartsen; de deelname aan die bespreking
  vastleggen zoals bij andere kleinschalige overleggen gebruikelijk, met hulp van een erkend kwaliteitsconsulent.
- Tarieven staan op de website, niet in het beleid.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from zorgcontract.kern.implementatie import implementeert
from zorgcontract.kern.oordeel import Oordeel
from zorgcontract.regels.zk.inkoop.gemeen import zk

PLAATS = "prestatie kwaliteit, par. 2"


class ZkAccreditatie(BaseModel):
    model_config = ConfigDict(frozen=True)

    geaccrediteerd_of_gecertificeerd: bool
    apotheekhoudend: bool = False
    certificaat_volgens_beroepsnorm: bool = False  # alleen van belang bij een apotheekhoudende praktijk


@implementeert("zk22-inkoop-kwal-accreditatie")
def accreditatie(a: ZkAccreditatie) -> Oordeel:
    b = zk(f"{PLAATS}, module praktijkaccreditatie")
    voorwaarden = [(a.geaccrediteerd_of_gecertificeerd, "de praktijk is aantoonbaar geaccrediteerd of gecertificeerd",
                    "de praktijk is niet aantoonbaar geaccrediteerd of gecertificeerd", b)]
    if a.apotheekhoudend:
        voorwaarden.append((a.certificaat_volgens_beroepsnorm, "apotheekhoudend: certificaat volgens de norm van de beroepsgroep",
                            "apotheekhoudende praktijk zonder certificaat volgens de norm van de beroepsgroep", b))
    return Oordeel.alle(voorwaarden)


class ZkSpiegelinformatie(BaseModel):
    model_config = ConfigDict(frozen=True)

    downloads_per_jaar: int = Field(ge=0, json_schema_extra={"regel": ("zk-inkoop", None, None, f"{PLAATS}, module spiegelinformatie")})
    besprekingen_per_jaar: int = Field(ge=0, json_schema_extra={"regel": ("zk-inkoop", None, None, f"{PLAATS}, module spiegelinformatie")})
    deelname_vastgelegd_met_ekc: bool


@implementeert("zk22-inkoop-kwal-spiegel")
def spiegelinformatie(s: ZkSpiegelinformatie) -> Oordeel:
    b = zk(f"{PLAATS}, module spiegelinformatie")
    return Oordeel.alle([
        (s.downloads_per_jaar >= 1, "praktijkspiegel of vergelijkbare data minstens eens per jaar opgehaald",
         f"de spiegelinformatie is {s.downloads_per_jaar} keer per jaar opgehaald; minstens één keer nodig", b),
        (s.besprekingen_per_jaar >= 1, "minstens jaarlijks besproken",
         f"de spiegelinformatie is {s.besprekingen_per_jaar} keer per jaar besproken; minstens één keer nodig", b),
        (s.deelname_vastgelegd_met_ekc, "deelname vastgelegd met hulp van een EKC",
         "de deelname aan de bespreking is niet vastgelegd met hulp van een erkend kwaliteitsconsulent", b),
    ])
