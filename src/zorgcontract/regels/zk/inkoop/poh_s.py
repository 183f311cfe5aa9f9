"""Zilveren Kruis 2022-2023: vergoeding POH-S, aanvulling voor indirecte en niet-patiëntgebonden tijd.

Betekenis in eigen woorden (bron: ZK inkoopbeleid 2022-2023, vergoeding POH-S aanvulling, par. 1-4):

- Vanaf 2022 declareert de POH-S directe (patiëntgebonden) tijd buiten de ketenzorg als consulten en
  verrichtingen; voor indirecte tijd (verslag, overleg) en niet-patiëntgebonden tijd is er een aanvulling.
- Voorwaarden (par. 2): de POH-S is in dienst van de praktijk of het samenwerkingsverband of gedetacheerd
  vanuit een instelling; werkt in het HIS of KIS volgens de NHG-richtlijn ADEPD (codeert episodes met
  ICPC op de E-regel); voldoet aan het LHV-competentieprofiel.
- Tarief (par. 3): eerst gaan de uren eraf die al bekostigd worden via Samenwerking rondom kwetsbare
  ouderen, Toekomstbestendige huisartsenzorg en andere afspraken; daarna de uren voor patiënten die in
  een ketenzorgprogramma zijn geïncludeerd (die krijgen al een ketentarief). Op de overige uren geldt de
  aanvulling: 15% van de kosten. Bij een gedeelde POH-S tellen alleen de uren voor deze praktijk.
- Geen aantal uren-limiet; de groeiruimte 2020 (3,25 uur per week per normpraktijk) zit hier in.

Het beleid noemt geen uurkosten (die staan in de rekentool op de website): ze zijn invoer. Gekozen
lezing (I-ZK22-INKOOP-POHS-AFTREK): alle aftrek gaat in uren per week van de uren voor deze praktijk, in de
volgorde van de tekst; komt de aftrek boven de uren uit, dan een foutmelding op het veld waar dat gebeurt
(geen stille nul). Aanvulling = 15% × overige uren × uurkosten, per week, exact (geen afronding genoemd).
"""

from __future__ import annotations

from decimal import Decimal
from enum import Enum
from fractions import Fraction

from pydantic import BaseModel, ConfigDict, Field, model_validator

from zorgcontract.kern import nl
from zorgcontract.kern.fouten import InvoerFout
from zorgcontract.kern.implementatie import implementeert
from zorgcontract.kern.oordeel import Oordeel
from zorgcontract.kern.bronnen import regel_tekst
from zorgcontract.regels.zk.inkoop.gemeen import contractjaar, p, zk
from zorgcontract.kern.rekenen import exact
from zorgcontract.kern.uitleg import Uitleg

PLAATS_TARIEF = "vergoeding POH-S aanvulling, par. 3"
PLAATS_VOORWAARDEN = "vergoeding POH-S aanvulling, par. 2"
REGEL = regel_tekst("zk-inkoop", plaats=PLAATS_TARIEF)

# Volgorde van aftrek zoals par. 3 die beschrijft: eerst andere bekostiging, dan de ketenzorg.
AFTREK = (
    ("uren_kwetsbare_ouderen", "Samenwerking rondom kwetsbare ouderen"),
    ("uren_toekomstbestendig", "Toekomstbestendige huisartsenzorg"),
    ("uren_andere_afspraken", "andere afspraken"),
    ("uren_ketenzorg", "ketenzorg (geïncludeerde chronische patiënten)"),
)
CLI_NAMEN = {
    "uren_per_week": "uren", "uurkosten": "uurkosten", "gedeeld_totaal_uren": "gedeeld-totaal",
    "uren_kwetsbare_ouderen": "kwetsbare-ouderen", "uren_toekomstbestendig": "toekomstbestendig",
    "uren_andere_afspraken": "andere-afspraken", "uren_ketenzorg": "ketenzorg",
}


def _veld(omschrijving: str):
    return Field(Decimal(0), ge=0, json_schema_extra={"regel": f"{REGEL}: {omschrijving}"})


class ZkPohSAanvulling(BaseModel):
    model_config = ConfigDict(frozen=True)

    uren_per_week: Decimal = Field(ge=0, json_schema_extra={"regel": f"{REGEL}: alleen uren voor deze praktijk"})
    uurkosten: Decimal = Field(ge=0, json_schema_extra={"regel": f"{REGEL}: 15% van de kosten POH-S"})
    gedeeld_totaal_uren: Decimal | None = Field(None, ge=0, json_schema_extra={"regel": f"{REGEL}: gedeelde POH-S"})
    uren_kwetsbare_ouderen: Decimal = _veld("al bekostigd via Samenwerking rondom kwetsbare ouderen")
    uren_toekomstbestendig: Decimal = _veld("al bekostigd via Toekomstbestendige huisartsenzorg")
    uren_andere_afspraken: Decimal = _veld("al bekostigd via andere afspraken")
    uren_ketenzorg: Decimal = _veld("al bekostigd via het ketentarief")
    jaar: int  # bepaalt het geldende beleid (geen stille standaard)

    @model_validator(mode="after")
    @implementeert("zk22-inkoop-pohs-samenloop", cli=["zk-poh-s-aanvulling"])
    def _controle(self):
        if self.gedeeld_totaal_uren is not None and self.uren_per_week > self.gedeeld_totaal_uren:
            raise InvoerFout("uren_per_week", f"{self.uren_per_week} uur voor deze praktijk is meer dan de {self.gedeeld_totaal_uren} "
                             "gezamenlijk gecontracteerde uren", f"{REGEL}: bij een gedeelde POH-S alleen de uren voor deze praktijk")
        rest = self.uren_per_week
        for veld, omschrijving in AFTREK:
            rest -= getattr(self, veld)
            if rest < 0:
                raise InvoerFout(veld, f"na aftrek van de uren voor {omschrijving} blijft er {rest} uur over: er kan niet meer "
                                 f"afgetrokken worden dan de {self.uren_per_week} uur die de POH-S voor deze praktijk werkt",
                                 f"{REGEL}: eerst andere bekostiging, dan ketenzorg")
        return self


class AanvullingUitkomst(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    overige_uren_per_week: Fraction
    kosten_per_week: Fraction
    aanvulling_per_week: Fraction
    uitleg: Uitleg


@implementeert("zk22-inkoop-pohs-aanvulling", "zk22-inkoop-pohs-samenloop",
               parameters=["poh-s-aanvulling.percentage", "poh-s-aanvulling.uurkosten"],
               cli=["zk-poh-s-aanvulling"])
def aanvulling(a: ZkPohSAanvulling) -> AanvullingUitkomst:
    peil = contractjaar(a.jaar)
    b = zk(PLAATS_TARIEF)
    u = Uitleg()
    rest = exact(a.uren_per_week)
    if a.gedeeld_totaal_uren is not None:
        u.stap("Gedeelde POH-S", f"alleen de uren voor deze praktijk, niet de {nl.uren(exact(a.gedeeld_totaal_uren), 2)} gezamenlijk",
               nl.uren(rest, 4), b)
    else:
        u.stap("Uren POH-S voor deze praktijk", "opgegeven uren per week", nl.uren(rest, 4), b)
    for veld, omschrijving in AFTREK:
        aftrek = exact(getattr(a, veld))
        if aftrek:
            nieuw = rest - aftrek
            u.stap(f"Min uren al bekostigd via {omschrijving}", f"{nl.uren(rest, 4)} − {nl.uren(aftrek, 4)}", nl.uren(nieuw, 4), b)
            rest = nieuw
    kosten = rest * exact(a.uurkosten)
    u.stap("Kosten van de nog niet bekostigde uren", f"{nl.uren(rest, 4)} × {nl.bedrag(exact(a.uurkosten))}",
           f"{nl.bedrag(kosten)} per week", b)
    pct_p = p("poh_s_aanvulling.percentage", peil)
    pct = exact(pct_p.waarde)
    bedrag = kosten * pct
    u.stap("Aanvulling indirecte en niet-patiëntgebonden tijd", f"{nl.percentage(pct * 100, 0)} × {nl.bedrag(kosten)}",
           f"{nl.bedrag(bedrag)} per week (exact, niet afgerond)", pct_p.bron)
    return AanvullingUitkomst(overige_uren_per_week=rest, kosten_per_week=kosten, aanvulling_per_week=bedrag, uitleg=u)


class Dienstverband(str, Enum):
    PRAKTIJK = "praktijk"  # in dienst van de huisartsenpraktijk
    SAMENWERKINGSVERBAND = "samenwerkingsverband"
    GEDETACHEERD = "gedetacheerd"  # vanuit een instelling
    ANDERS = "anders"


class ZkPohS(BaseModel):
    model_config = ConfigDict(frozen=True)

    dienstverband: Dienstverband
    werkt_in_his_of_kis: bool
    registreert_volgens_adepd: bool  # episodes met ICPC-code op de E-regel
    competentieprofiel_lhv: bool


@implementeert("zk22-inkoop-pohs-voorwaarden")
def poh_s_voldoet(poh: ZkPohS) -> Oordeel:
    b = zk(PLAATS_VOORWAARDEN)
    return Oordeel.alle([
        (poh.dienstverband is not Dienstverband.ANDERS, f"dienstverband: {poh.dienstverband.value}",
         "de POH-S is niet in dienst van de praktijk of het samenwerkingsverband en niet gedetacheerd vanuit een instelling", b),
        (poh.werkt_in_his_of_kis, "werkt in het HIS of KIS", "de POH-S werkt niet in het HIS of KIS van de huisarts", b),
        (poh.registreert_volgens_adepd, "registreert volgens de NHG-richtlijn ADEPD",
         "de POH-S registreert niet volgens de NHG-richtlijn ADEPD (ICPC-code op de E-regel)", b),
        (poh.competentieprofiel_lhv, "voldoet aan het LHV-competentieprofiel", "de POH-S voldoet niet aan het competentieprofiel van de LHV", b),
    ])
