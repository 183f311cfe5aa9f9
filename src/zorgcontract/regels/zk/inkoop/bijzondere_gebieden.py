"""Zilveren Kruis 2022-2023: vergoeding beschikbaarheid in bijzondere gebieden (A-D).

Betekenis in eigen woorden (bron: ZK inkoopbeleid 2022-2023, beschikbaarheid in bijzondere gebieden, par. 2):
alleen waar Zilveren Kruis preferent verzekeraar is, en steeds met een Huisartsenovereenkomst 2022-2023.

- A dunbevolkt of moeilijk bereikbaar (veel extra reistijd voor visites): minstens één patiënt woont en
  staat ingeschreven in het aangewezen gebied; declareren alleen voor patiënten die in Marken of Broek in
  Waterland wonen.
- B geïsoleerd (omringd door bos, water, park, vliegveld): structureel minder dan 1750 ingeschreven
  patiënten; geen andere manier om te groeien (met alle partijen besproken, geen voldoende woningbouw in
  het modulejaar); geen nieuw startende huisarts in dit gebied.
- C krimpgebied: in 2022 of 2023 een praktijk overgenomen of gevestigd in een krimp- of anticipeerregio;
  zich actief inzetten voor continuïteit; vergoeding hooguit tot het einde van de overeenkomst.
- D huisartsentekort: een substantieel deel van de patiënten kan zich nergens in het gebied inschrijven;
  het tekort is gemeld en besproken met de regio-organisatie.
- Het tarief is maatwerk (par. 4); 'substantieel' en 'structureel' zijn oordelen van de verzekeraar en
  hier ja/nee-invoer.

Alle vier de gebieden: alleen waar Zilveren Kruis preferent verzekeraar is (par. 1). De praktijk verklaart dat
(invoer ``preferent_verzekeraar``, verplicht: geen stille aanname); zonder die verklaring geen vergoeding
(I-ZK22-INKOOP-BG-PREFERENT). Gebied C: de vergoeding loopt hooguit tot het einde van de looptijd van de
huisartsenovereenkomst; ``gebied_c_vergoeding_op`` toetst een datum daartegen (einde = 31 december 2023 of een
eerder opgegeven einde van de overeenkomst, I-ZK22-INKOOP-BG-C-EINDE).
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from zorgcontract.kern import nl
from zorgcontract.kern.fouten import InvoerFout
from zorgcontract.kern.implementatie import implementeert
from zorgcontract.kern.oordeel import Oordeel
from zorgcontract.kern.bronnen import regel_tekst
from zorgcontract.regels.zk.inkoop.gemeen import EERSTE_JAAR, LAATSTE_JAAR, contractjaar, p, zk

PLAATS = "vergoeding beschikbaarheid bijzondere gebieden, par. 2"
EINDE_OVEREENKOMST = date(LAATSTE_JAAR, 12, 31)


PLAATS_1 = "vergoeding beschikbaarheid bijzondere gebieden, par. 1"


def _overeenkomst(ok: bool, gebied: str):
    return (ok, "Huisartsenovereenkomst 2022-2023 met Zilveren Kruis", "geen Huisartsenovereenkomst 2022-2023 met Zilveren Kruis", zk(f"{PLAATS} onder {gebied}"))


def _preferent(ok: bool):
    """Par. 1: de module geldt alleen in gebieden waar Zilveren Kruis preferent verzekeraar is (door de praktijk verklaard)."""
    return (ok, "Zilveren Kruis is preferent verzekeraar in dit gebied",
            "Zilveren Kruis is in dit gebied geen preferent verzekeraar: de module geldt alleen waar Zilveren Kruis dat wel is",
            zk(PLAATS_1))


class ZkGebiedA(BaseModel):
    model_config = ConfigDict(frozen=True)

    preferent_verzekeraar: bool  # verklaring van de praktijk: Zilveren Kruis is hier preferent verzekeraar (par. 1)
    overeenkomst: bool = True
    patienten_in_gebied: int = Field(ge=0, json_schema_extra={"regel": ("zk-inkoop", None, None, f"{PLAATS} onder A")})


@implementeert("zk22-inkoop-bg-a", "zk22-inkoop-bg-preferent")
def gebied_a(g: ZkGebiedA) -> Oordeel:
    return Oordeel.alle([
        _preferent(g.preferent_verzekeraar),
        _overeenkomst(g.overeenkomst, "A"),
        (g.patienten_in_gebied >= 1, f"{g.patienten_in_gebied} patiënt(en) wonen en staan ingeschreven in het aangewezen gebied",
         "geen patiënt die in het aangewezen gebied woont en op naam ingeschreven staat", zk(f"{PLAATS} onder A")),
    ])


@implementeert("zk22-inkoop-bg-a", parameters=["bijzondere-gebieden.a_woonplaatsen"])
def gebied_a_declaratie(woonplaats: str, jaar: int) -> Oordeel:
    """Module A mag alleen gedeclareerd worden voor patiënten die in Marken of Broek in Waterland wonen."""
    w = p("bijzondere_gebieden.a_woonplaatsen", contractjaar(jaar))
    plaatsen = [x.strip() for x in str(w.waarde).split(";")]
    if woonplaats.strip().lower() in (x.lower() for x in plaatsen):
        return Oordeel.ja(f"de patiënt woont in {woonplaats.strip()}", w.bron)
    return Oordeel.nee(f"de patiënt woont in {woonplaats.strip()}, niet in {' of '.join(plaatsen)}", w.bron)


class ZkGebiedB(BaseModel):
    model_config = ConfigDict(frozen=True)

    preferent_verzekeraar: bool  # verklaring van de praktijk: Zilveren Kruis is hier preferent verzekeraar (par. 1)
    overeenkomst: bool = True
    ingeschreven: int = Field(ge=0, json_schema_extra={"regel": ("zk-inkoop", None, None, f"{PLAATS} onder B")})
    structureel: bool = True  # het lage aantal is structureel, geen tijdelijke dip
    geen_groeimogelijkheden: bool  # besproken met alle partijen; geen voldoende woningbouw
    nieuw_startend: bool = False
    jaar: int  # bepaalt het geldende beleid (geen stille standaard)


@implementeert("zk22-inkoop-bg-b", "zk22-inkoop-bg-preferent", parameters=["bijzondere-gebieden.b_max_patienten"])
def gebied_b(g: ZkGebiedB) -> Oordeel:
    b = zk(f"{PLAATS} onder B")
    max_p = p("bijzondere_gebieden.b_max_patienten", contractjaar(g.jaar))
    grens = int(max_p.waarde)
    return Oordeel.alle([
        _preferent(g.preferent_verzekeraar),
        _overeenkomst(g.overeenkomst, "B"),
        (g.ingeschreven < grens, f"{g.ingeschreven} ingeschreven patiënten, minder dan {grens}",
         f"{g.ingeschreven} ingeschreven patiënten is niet minder dan {grens}", max_p.bron),
        (g.structureel, "het lage aantal patiënten is structureel", "het lage aantal patiënten is niet structureel", b),
        (g.geen_groeimogelijkheden, "er is geen andere manier om het aantal patiënten te vergroten",
         "er zijn nog andere mogelijkheden om het aantal patiënten te vergroten (of niet met alle partijen besproken)", b),
        (not g.nieuw_startend, "geen nieuw startende huisarts in dit gebied", "een nieuw startende huisarts in dit gebied komt niet in aanmerking", b),
    ])


class ZkGebiedC(BaseModel):
    model_config = ConfigDict(frozen=True)

    preferent_verzekeraar: bool  # verklaring van de praktijk: Zilveren Kruis is hier preferent verzekeraar (par. 1)
    overeenkomst: bool = True
    overname_of_vestiging_jaar: int | None  # jaar waarin de praktijk is overgenomen of de huisarts zich vestigde
    krimp_of_anticipeerregio: bool
    proactief: bool = True


@implementeert("zk22-inkoop-bg-c", "zk22-inkoop-bg-preferent")
def gebied_c(g: ZkGebiedC) -> Oordeel:
    b = zk(f"{PLAATS} onder C")
    jaar_ok = g.overname_of_vestiging_jaar in (2022, 2023)
    return Oordeel.alle([
        _preferent(g.preferent_verzekeraar),
        _overeenkomst(g.overeenkomst, "C"),
        (jaar_ok, f"praktijk overgenomen of gevestigd in {g.overname_of_vestiging_jaar}",
         f"de overname of vestiging was niet in 2022 of 2023 (maar: {g.overname_of_vestiging_jaar or 'geen'})", b),
        (g.krimp_of_anticipeerregio, "in een krimp- of anticipeerregio", "de praktijk ligt niet in een krimp- of anticipeerregio", b),
        (g.proactief, "zet zich actief in voor continuïteit en beschikbaarheid", "geen actieve inzet voor continuïteit en beschikbaarheid", b),
    ])


class ZkGebiedD(BaseModel):
    model_config = ConfigDict(frozen=True)

    preferent_verzekeraar: bool  # verklaring van de praktijk: Zilveren Kruis is hier preferent verzekeraar (par. 1)
    overeenkomst: bool = True
    substantieel_deel_kan_niet_inschrijven: bool
    gemeld_bij_regio: bool


@implementeert("zk22-inkoop-bg-d", "zk22-inkoop-bg-preferent")
def gebied_d(g: ZkGebiedD) -> Oordeel:
    b = zk(f"{PLAATS} onder D")
    return Oordeel.alle([
        _preferent(g.preferent_verzekeraar),
        _overeenkomst(g.overeenkomst, "D"),
        (g.substantieel_deel_kan_niet_inschrijven, "een substantieel deel van de patiënten kan zich niet inschrijven",
         "er is geen substantieel deel van de patiënten dat zich niet kan inschrijven", b),
        (g.gemeld_bij_regio, "het tekort is gemeld en besproken met de regio-organisatie",
         "het tekort is niet gemeld bij en besproken met de regio-organisatie", b),
    ])


@implementeert("zk22-inkoop-bg-c")
def gebied_c_vergoeding_op(datum: date, einde_overeenkomst: date | None = None) -> Oordeel:
    """Gebied C: loopt de vergoeding op ``datum`` nog? Hooguit tot en met het einde van de looptijd van de
    huisartsenovereenkomst: 31 december 2023, of een eerder einde als de overeenkomst eerder afloopt
    (I-ZK22-INKOOP-BG-C-EINDE). Een datum vóór 2022 valt buiten het beleid (foutmelding)."""
    b = zk(f"{PLAATS} onder C")
    regel = regel_tekst("zk-inkoop", plaats=f"{PLAATS} onder C")
    if datum.year < EERSTE_JAAR:
        raise InvoerFout("datum", f"{nl.datum(datum)} ligt vóór {EERSTE_JAAR}: daarover zegt het inkoopbeleid 2022-2023 niets", regel)
    if einde_overeenkomst is not None and einde_overeenkomst > EINDE_OVEREENKOMST:
        raise InvoerFout("einde overeenkomst", f"{nl.datum(einde_overeenkomst)} ligt na het einde van de Huisartsenovereenkomst 2022-2023 "
                         f"({nl.datum(EINDE_OVEREENKOMST)}); een latere overeenkomst staat niet in de bronnen", regel)
    einde = einde_overeenkomst or EINDE_OVEREENKOMST
    if datum <= einde:
        return Oordeel.ja(f"{nl.datum(datum)} valt binnen de looptijd van de overeenkomst (tot en met {nl.datum(einde)})", b)
    return Oordeel.nee(f"de vergoeding voor een krimpgebied loopt hooguit tot het einde van de looptijd van de overeenkomst "
                       f"({nl.datum(einde)}); {nl.datum(datum)} valt daarna", b)
