"""Zilveren Kruis 2022-2023: prestatie Toekomstbestendige huisartsenzorg (doelstellingen A-D).

Betekenis in eigen woorden (bron: ZK inkoopbeleid 2022-2023, prestatie Toekomstbestendige huisartsenzorg, par. 2):

- A meer zorg op afstand: de praktijk zet meer digitale middelen in voor contact en monitoring.
- B andere organisatie: taken herverdelen; de extra tijd mag naar een bepaalde professional, en dat mag
  iedere medewerker zijn behalve de doktersassistent (bijv. PA, VS, praktijkverpleegkundige, (waarnemend) huisarts).
- C meer persoonsgerichte zorg: werken volgens een vast concept (bijv. Krachtige Basiszorg of Positieve
  Gezondheid), met aanjager, trainingen en concrete interventies.
- D efficiëntere praktijkvoering: meedoen aan een praktijkscan en aantoonbare verbeteringen doorvoeren.
- Bij elke doelstelling: de praktijk committeert zich aan de KPI's in het regioplan.
- Algemeen: doelstelling afstemmen met de regio-organisatie, werkafspraken in het regioplan, meedoen aan
  ondersteunende activiteiten, meewerken aan een analyse.
- Praktijken in de pilots Krachtige Basiszorg zijn uitgesloten (zij krijgen geld uit dezelfde groeiruimte).
- De praktijk kiest bij voorkeur één doelstelling (I-ZK22-INKOOP-THZ-EEN: een voorkeur, geen voorwaarde).
- Doelstelling B (inleiding, belangrijkste wijzigingen): het geld is voor het organisatiedeel; voor het zorgdeel
  (patiëntgebonden) mogen de betrokken professionals vanaf 2022 consulten declareren (``consult_b``). Organisatietijd
  is geen consult (die betaalt de prestatie zelf); de doktersassistent valt buiten B en dus ook buiten deze
  consulten; 'vanaf 2022' wordt gelezen binnen de periode van dit beleid, 2022-2023 (I-ZK22-INKOOP-THZ-B-CONSULT).
"""

from __future__ import annotations

from datetime import date
from enum import Enum

from pydantic import BaseModel, ConfigDict

from zorgcontract.kern.implementatie import implementeert
from zorgcontract.kern.oordeel import Oordeel, Reden
from zorgcontract.regels.zk.inkoop.gemeen import contractjaar, zk

PLAATS = "prestatie Toekomstbestendige huisartsenzorg, par. 2"


class Doelstelling(str, Enum):
    A = "A"
    B = "B"
    C = "C"
    D = "D"


class Professional(str, Enum):
    DOKTERSASSISTENT = "doktersassistent"
    PHYSICIAN_ASSISTANT = "physician-assistant"
    VERPLEEGKUNDIG_SPECIALIST = "verpleegkundig-specialist"
    PRAKTIJKVERPLEEGKUNDIGE = "praktijkverpleegkundige"
    HUISARTS = "huisarts"
    WAARNEMEND_HUISARTS = "waarnemend-huisarts"
    ANDERE_MEDEWERKER = "andere-medewerker"


class ZkToekomstbestendig(BaseModel):
    model_config = ConfigDict(frozen=True)

    doelstellingen: frozenset[Doelstelling]
    pilot_krachtige_basiszorg: bool = False
    kpi_regioplan: bool = True
    afgestemd_met_regio: bool = True
    werkafspraken_in_regioplan: bool = True
    neemt_deel_aan_ondersteuning: bool = True
    werkt_mee_aan_analyse: bool = True
    # per doelstelling
    meer_digitale_middelen: bool = False  # A
    professional: Professional | None = None  # B
    vast_concept: bool = False  # C
    praktijkscan_en_verbeteringen: bool = False  # D


@implementeert("zk22-inkoop-thz-b")
def professional_b(prof: Professional) -> Oordeel:
    """Doelstelling B: komt deze professional in aanmerking voor de extra tijd?"""
    b = zk(f"{PLAATS}, doelstelling B")
    if prof is Professional.DOKTERSASSISTENT:
        return Oordeel.nee("de doktersassistent is bij doelstelling B uitgezonderd", b)
    return Oordeel.ja(f"{prof.value} komt bij doelstelling B in aanmerking (iedere medewerker behalve de doktersassistent)", b)


@implementeert("zk22-inkoop-thz-a", "zk22-inkoop-thz-b", "zk22-inkoop-thz-c", "zk22-inkoop-thz-d", "zk22-inkoop-thz-algemeen", "zk22-inkoop-thz-pilot",)
def toekomstbestendig(t: ZkToekomstbestendig) -> Oordeel:
    b = zk(PLAATS)
    voorwaarden = [
        (bool(t.doelstellingen), "doelstelling gekozen", "er is geen doelstelling (A-D) gekozen", b),
        (not t.pilot_krachtige_basiszorg, "geen deelnemer aan de pilots Krachtige Basiszorg",
         "praktijken in de pilots Krachtige Basiszorg zijn uitgesloten (aparte bekostiging uit dezelfde groeiruimte)", b),
        (t.kpi_regioplan, "committeert zich aan de KPI's in het regioplan", "de praktijk committeert zich niet aan de KPI's in het regioplan", b),
        (t.afgestemd_met_regio, "doelstelling afgestemd met de regio-organisatie", "de doelstelling is niet met de regio-organisatie afgestemd", b),
        (t.werkafspraken_in_regioplan, "werkafspraken vastgelegd in het regioplan", "er zijn geen werkafspraken met de regio-organisatie in het regioplan", b),
        (t.neemt_deel_aan_ondersteuning, "neemt deel aan de ondersteunende activiteiten", "de praktijk neemt niet deel aan de ondersteunende activiteiten van de regio-organisatie", b),
        (t.werkt_mee_aan_analyse, "werkt mee aan de analyse", "de praktijk werkt niet mee aan een kwantitatieve of kwalitatieve analyse", b),
    ]
    if Doelstelling.A in t.doelstellingen:
        voorwaarden.append((t.meer_digitale_middelen, "A: meer digitale middelen", "A: de praktijk vergroot de inzet van digitale middelen niet", zk(f"{PLAATS}, doelstelling A")))
    if Doelstelling.B in t.doelstellingen:
        prof_ok = t.professional is not None and professional_b(t.professional).toegestaan
        voorwaarden.append((prof_ok, f"B: extra tijd voor {t.professional.value if t.professional else '?'}",
                            "B: geen professional opgegeven of de doktersassistent gekozen (die is uitgezonderd)", zk(f"{PLAATS}, doelstelling B")))
    if Doelstelling.C in t.doelstellingen:
        voorwaarden.append((t.vast_concept, "C: werkt volgens een vast concept", "C: de praktijk werkt niet volgens een vast concept (zoals Krachtige Basiszorg of Positieve Gezondheid)", zk(f"{PLAATS}, doelstelling C")))
    if Doelstelling.D in t.doelstellingen:
        voorwaarden.append((t.praktijkscan_en_verbeteringen, "D: praktijkscan en verbeteringen", "D: geen praktijkscan met aantoonbare verbeteringen", zk(f"{PLAATS}, doelstelling D")))
    oordeel = Oordeel.alle(voorwaarden)
    if oordeel.toegestaan and len(t.doelstellingen) > 1:
        oordeel.redenen.append(Reden(tekst=f"let op: {len(t.doelstellingen)} doelstellingen gekozen; het beleid geeft de voorkeur aan één, maar sluit meer niet uit", bron=b))
    return oordeel


PLAATS_WIJZIGINGEN = "inleiding, belangrijkste wijzigingen t.o.v. 2021 (Toekomstbestendige huisartsenzorg)"


class Tijd(str, Enum):
    PATIENTGEBONDEN = "patiëntgebonden"
    ORGANISATIE = "organisatie"


@implementeert("zk22-inkoop-thz-b-consult")
def consult_b(prof: Professional, tijd: Tijd, datum: date) -> Oordeel:
    """Doelstelling B: mag ``prof`` voor deze tijd op ``datum`` een consult declareren? Vanaf 2022 wel voor
    patiëntgebonden zorg; organisatietijd wordt uit de prestatie betaald, niet als consult. Een datum buiten
    2022-2023 geeft een foutmelding op het veld ``datum`` (het beleid zegt niets over andere jaren)."""
    contractjaar(datum.year, "datum")
    b = zk(PLAATS_WIJZIGINGEN)
    if prof is Professional.DOKTERSASSISTENT:
        return Oordeel.nee("de doktersassistent valt buiten doelstelling B, dus ook buiten de consulten die daarbij horen",
                           zk(f"{PLAATS}, doelstelling B"))
    if tijd is Tijd.ORGANISATIE:
        return Oordeel.nee("organisatietijd (niet-patiëntgebonden) wordt betaald uit de prestatie Toekomstbestendige huisartsenzorg, "
                           "niet als consult", b)
    return Oordeel.ja(f"vanaf 2022 declareert de {prof.value} bij doelstelling B consulten voor het patiëntgebonden zorgdeel", b)
