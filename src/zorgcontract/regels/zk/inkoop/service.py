"""Zilveren Kruis 2022-2023: prestatie service en bereikbaarheid, modules A, B en C.

Betekenis in eigen woorden (bron: ZK inkoopbeleid 2022-2023, prestatie service en bereikbaarheid, par. 2):

- Algemeen: de drie modules zijn los af te sluiten, op praktijk- of groepspraktijkniveau; de praktijk zet
  de gecontracteerde services zichtbaar op haar website, zonder beperkingen.
- A (online inzage): patiënten zien online hun dossier én hun labuitslagen (beide nodig).
- B (online contact, 24/7): online afspraken (fysiek en beeldbellen), e-consult, consult via beeldbellen,
  online herhaalmedicatie, en recepten en verwijsbrieven gaan digitaal de deur uit (alle vijf nodig).
  Toelichting 1: patiënten kunnen minstens 5 werkdagen vooruit online een afspraak vastleggen (precies 5 is
  genoeg; I-ZK22-INKOOP-SB-B-WERKDAGEN). Toelichting 5: naast digitale recepten en verwijsbrieven maakt de
  praktijk ook online inzage mogelijk; dat hoort bij voorwaarde 5 (I-ZK22-INKOOP-SB-B-INZAGE).
- A en B: de online inzage (en dus de module) wordt aangeboden in een beveiligde omgeving die aan de AVG
  voldoet; de praktijk verklaart dat (invoer, verplicht) en de toets weigert zonder die verklaring
  (I-ZK22-INKOOP-SB-AVG).
- C (extra (online) spreekuur buiten kantoortijd, OAW):
  - het spreekuur is digitaal én fysiek te gebruiken; op vaste momenten in de week; in de eigen praktijk;
    minstens 45 weken per jaar;
  - minimaal 2 uur per week voor een praktijk kleiner dan 2400 ingeschreven patiënten; boven 2400 een half
    uur extra per 600 extra ingeschreven patiënten;
  - een aaneengesloten uur met twee huisartsen telt als twee uur;
  - tijdvensters: werkdagen 07.00-08.00 en 17.00-22.00, weekend 09.00-16.00.

Gekozen lezingen: precies 2400 patiënten vraagt 2 uur (leemte, I-ZK22-INKOOP-OAW-2400); extra halve uren alleen
per VOLLE 600 patiënten boven 2400 (I-ZK22-INKOOP-OAW-600); van een spreekuur telt alleen het deel binnen een
venster (I-ZK22-INKOOP-OAW-VENSTER); twee of meer huisartsen tellen dubbel als het deel binnen het venster minstens
een uur aaneengesloten is, meer dan twee huisartsen tellen niet driedubbel (I-ZK22-INKOOP-OAW-DUBBEL).
"""

from __future__ import annotations

from datetime import time
from enum import Enum
from fractions import Fraction

from pydantic import BaseModel, ConfigDict, Field, model_validator

from zorgcontract.kern import nl
from zorgcontract.kern.fouten import InvoerFout
from zorgcontract.kern.implementatie import implementeert
from zorgcontract.kern.invoer import valideer
from zorgcontract.kern.oordeel import Oordeel
from zorgcontract.kern.bronnen import regel_tekst
from zorgcontract.regels.zk.inkoop.gemeen import contractjaar, p, zk
from zorgcontract.kern.rekenen import exact
from zorgcontract.kern.uitleg import Uitleg

PLAATS_A = "prestatie service en bereikbaarheid, module A"
PLAATS_B = "prestatie service en bereikbaarheid, module B"
PLAATS_C = "prestatie service en bereikbaarheid, module C"
PLAATS_ALG = "prestatie service en bereikbaarheid, par. 2 (algemeen)"


# --- module A en B -------------------------------------------------------------------------------------

class ZkModuleA(BaseModel):
    model_config = ConfigDict(frozen=True)

    dossier_online: bool
    labuitslagen_online: bool
    beveiligd_avg: bool  # verklaring van de praktijk: beveiligde omgeving die aan de AVG voldoet
    op_website_vermeld: bool = True


def _avg(ok: bool, plaats: str):
    return (ok, "aangeboden in een beveiligde omgeving die aan de AVG voldoet",
            "de online inzage wordt niet aangeboden in een beveiligde omgeving die aan de AVG voldoet", zk(plaats))


@implementeert("zk22-inkoop-sb-a")
def module_a(m: ZkModuleA) -> Oordeel:
    b = zk(PLAATS_A)
    return Oordeel.alle([
        (m.dossier_online, "patiënten zien hun dossier online", "patiënten kunnen hun dossier niet online inzien", b),
        (m.labuitslagen_online, "patiënten zien hun labuitslagen online", "patiënten kunnen hun laboratoriumuitslagen niet online inzien", b),
        _avg(m.beveiligd_avg, PLAATS_A),
        (m.op_website_vermeld, "de service staat op de website", "de gecontracteerde service staat niet zichtbaar op de website", zk(PLAATS_ALG)),
    ])


class ZkModuleB(BaseModel):
    model_config = ConfigDict(frozen=True)

    online_afspraken: bool
    e_consult: bool
    beeldbellen: bool
    online_herhaalmedicatie: bool
    digitaal_recept_en_verwijzing: bool
    vooruit_boekbaar_werkdagen: int = Field(ge=0, json_schema_extra={"regel": ("zk-inkoop", None, None, f"{PLAATS_B}, toelichting op 1")})
    online_inzage: bool  # toelichting op 5
    beveiligd_avg: bool  # verklaring van de praktijk
    op_website_vermeld: bool = True


MIN_WERKDAGEN_VOORUIT = 5  # toelichting op 1: 'minimaal 5 werkdagen vooruit'


@implementeert("zk22-inkoop-sb-b", "zk22-inkoop-sb-algemeen")
def module_b(m: ZkModuleB) -> Oordeel:
    b = zk(PLAATS_B)
    t1, t5 = zk(f"{PLAATS_B}, toelichting op 1"), zk(f"{PLAATS_B}, toelichting op 5")
    return Oordeel.alle([
        (m.online_afspraken, "online afspraken (fysiek en beeldbellen)", "patiënten kunnen niet online een afspraak maken (voorwaarde 1)", b),
        (m.vooruit_boekbaar_werkdagen >= MIN_WERKDAGEN_VOORUIT,
         f"online afspraken {m.vooruit_boekbaar_werkdagen} werkdagen vooruit te boeken (minstens {MIN_WERKDAGEN_VOORUIT})",
         f"online afspraken zijn maar {m.vooruit_boekbaar_werkdagen} werkdagen vooruit te boeken; minstens {MIN_WERKDAGEN_VOORUIT} werkdagen (voorwaarde 1)", t1),
        (m.e_consult, "e-consult", "patiënten kunnen geen e-consult krijgen (voorwaarde 2)", b),
        (m.beeldbellen, "consult via beeldbellen", "patiënten kunnen geen consult via beeldbellen krijgen (voorwaarde 3)", b),
        (m.online_herhaalmedicatie, "online herhaalmedicatie", "patiënten kunnen niet online herhaalmedicatie aanvragen (voorwaarde 4)", b),
        (m.digitaal_recept_en_verwijzing, "recepten en verwijsbrieven digitaal",
         "recepten en verwijsbrieven gaan niet digitaal de deur uit (voorwaarde 5)", b),
        (m.online_inzage, "ook online inzage voor de patiënten", "naast digitale recepten en verwijsbrieven hoort ook online inzage voor de patiënten (voorwaarde 5)", t5),
        _avg(m.beveiligd_avg, PLAATS_B),
        (m.op_website_vermeld, "de service staat op de website", "de gecontracteerde service staat niet zichtbaar op de website", zk(PLAATS_ALG)),
    ])


# --- module C: vereiste OAW-uren -----------------------------------------------------------------------

class OawUitkomst(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    uren_per_week: Fraction
    uitleg: Uitleg


@implementeert("zk22-inkoop-oaw",
               parameters=["oaw.basisuren", "oaw.grens_patienten", "oaw.stap_patienten", "oaw.extra_uren_per_stap"],
               cli=["oaw-uren", "zk-oaw-toets"])
def oaw_uren(ingeschreven: int, jaar: int) -> OawUitkomst:
    """Minimaal aantal uren OAW-spreekuur per week voor een praktijk met ``ingeschreven`` patiënten."""
    if ingeschreven < 1:
        raise InvoerFout("ingeschreven", f"moet minstens 1 zijn, niet {ingeschreven}", regel_tekst("zk-inkoop", plaats=PLAATS_C))
    peil = contractjaar(jaar)
    u = Uitleg()
    basis_p, grens_p = p("oaw.basisuren", peil), p("oaw.grens_patienten", peil)
    stap_p, extra_p = p("oaw.stap_patienten", peil), p("oaw.extra_uren_per_stap", peil)
    basis, grens, stap, per_stap = exact(basis_p.waarde), int(grens_p.waarde), int(stap_p.waarde), exact(extra_p.waarde)
    u.stap("Basis OAW-spreekuur", f"praktijk met {ingeschreven} ingeschreven patiënten", nl.uren(basis, 1), basis_p.bron)
    if ingeschreven <= grens:
        soort = "kleiner dan" if ingeschreven < grens else "precies gelijk aan (leemte, gelezen als basis)"
        u.stap("Geen extra uren", f"{ingeschreven} is {soort} {grens}", nl.uren(0, 1), grens_p.bron)
        return OawUitkomst(uren_per_week=basis, uitleg=u)
    stappen = (ingeschreven - grens) // stap
    extra = per_stap * stappen
    u.stap("Volle stappen boven de grens", f"({ingeschreven} − {grens}) ÷ {stap}, naar beneden afgerond", str(stappen), stap_p.bron)
    u.stap("Extra OAW-uren", f"{stappen} × {nl.uren(per_stap, 1)}", nl.uren(extra, 1), extra_p.bron)
    totaal = basis + extra
    u.stap("OAW-uren per week", f"{nl.uren(basis, 1)} + {nl.uren(extra, 1)}", nl.uren(totaal, 1), zk(PLAATS_C))
    return OawUitkomst(uren_per_week=totaal, uitleg=u)


# --- module C: spreekuren toetsen ----------------------------------------------------------------------

class Dag(str, Enum):
    MA = "ma"
    DI = "di"
    WO = "wo"
    DO = "do"
    VR = "vr"
    ZA = "za"
    ZO = "zo"

    @property
    def weekend(self) -> bool:
        return self in (Dag.ZA, Dag.ZO)


def _minuten(t: time) -> int:
    return t.hour * 60 + t.minute


class OawSpreekuur(BaseModel):
    """Een wekelijks spreekuur: dag, begin, einde (zelfde dag) en het aantal huisartsen tegelijk."""

    model_config = ConfigDict(frozen=True)

    dag: Dag
    begin: time
    einde: time
    huisartsen: int = Field(1, ge=1, json_schema_extra={"regel": ("zk-inkoop", None, None, PLAATS_C)})

    @model_validator(mode="after")
    @implementeert("zk22-inkoop-sb-c", cli=["zk-oaw-toets"])
    def _volgorde(self):
        if self.einde <= self.begin:
            raise InvoerFout("spreekuur", f"het einde ({self.einde:%H:%M}) ligt niet na het begin ({self.begin:%H:%M})",
                             regel_tekst("zk-inkoop", plaats=PLAATS_C))
        return self

    def __str__(self) -> str:
        return f"{self.dag.value} {self.begin:%H:%M}-{self.einde:%H:%M}" + (f" ({self.huisartsen} huisartsen)" if self.huisartsen > 1 else "")


class ZkModuleC(BaseModel):
    model_config = ConfigDict(frozen=True)

    ingeschreven: int = Field(ge=1, json_schema_extra={"regel": ("zk-inkoop", None, None, PLAATS_C)})
    spreekuren: list[OawSpreekuur]
    weken_per_jaar: int = Field(ge=0, le=53, json_schema_extra={"regel": ("zk-inkoop", None, None, f"{PLAATS_C}: minstens 45 weken")})
    digitaal_en_fysiek: bool = True
    vaste_momenten: bool = True
    in_eigen_praktijk: bool = True
    op_website_vermeld: bool = True
    jaar: int  # bepaalt het geldende beleid (geen stille standaard)


class ModuleCUitkomst(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    oordeel: Oordeel
    vereiste_uren: Fraction
    tellende_uren: Fraction
    uitleg: Uitleg


def _venster(tekst: str) -> tuple[int, int]:
    van, tot = tekst.split("-")
    return _minuten(time.fromisoformat(van)), _minuten(time.fromisoformat(tot))


def tellende_uren(s: OawSpreekuur, jaar: int) -> Fraction:
    """Uren van één spreekuur die voor module C tellen: alleen het deel binnen een venster, dubbel bij
    twee (of meer) huisartsen als dat deel minstens een uur aaneengesloten is."""
    peil = contractjaar(jaar)
    namen = ["oaw.venster_weekend"] if s.dag.weekend else ["oaw.venster_ochtend", "oaw.venster_avond"]
    b, e = _minuten(s.begin), _minuten(s.einde)
    totaal = Fraction(0)
    for naam in namen:
        vb, ve = _venster(str(p(naam, peil).waarde))
        overlap = max(0, min(e, ve) - max(b, vb))
        factor = 2 if s.huisartsen >= 2 and overlap >= 60 else 1
        totaal += Fraction(overlap * factor, 60)
    return totaal


@implementeert("zk22-inkoop-sb-c",
               parameters=["oaw.min_weken", "oaw.venster_ochtend", "oaw.venster_avond", "oaw.venster_weekend", "oaw.basisuren", "oaw.grens_patienten", "oaw.stap_patienten", "oaw.extra_uren_per_stap"],
               cli=["zk-oaw-toets"])
def module_c(m: ZkModuleC) -> ModuleCUitkomst:
    peil = contractjaar(m.jaar)
    b = zk(PLAATS_C)
    vereist_r = oaw_uren(m.ingeschreven, m.jaar)
    u = Uitleg(stappen=list(vereist_r.uitleg.stappen))
    tellend = Fraction(0)
    for s in m.spreekuren:
        t = tellende_uren(s, m.jaar)
        tellend += t
        u.stap("Tellende uren spreekuur", f"{s}: deel binnen de OAW-vensters", nl.uren(t, 2), b)
    u.stap("Tellende OAW-uren per week", "som van de spreekuren", nl.uren(tellend, 2), b)
    weken_p = p("oaw.min_weken", peil)
    voorwaarden = [
        (tellend >= vereist_r.uren_per_week, f"{nl.uren(tellend, 2)} OAW-spreekuur per week, minstens {nl.uren(vereist_r.uren_per_week, 1)}",
         f"te weinig OAW-uren binnen de vensters: {nl.uren(tellend, 2)} per week, vereist {nl.uren(vereist_r.uren_per_week, 1)}", b),
        (m.weken_per_jaar >= int(weken_p.waarde), f"{m.weken_per_jaar} weken per jaar",
         f"OAW-spreekuren in {m.weken_per_jaar} weken per jaar, minder dan {weken_p.waarde}", weken_p.bron),
        (m.digitaal_en_fysiek, "digitaal en fysiek te benutten", "het extra spreekuur is niet zowel digitaal als fysiek te benutten", b),
        (m.vaste_momenten, "op vaste momenten in de week", "de OAW-spreekuren liggen niet op vaste momenten in de week", b),
        (m.in_eigen_praktijk, "in de eigen praktijk", "de OAW-spreekuren worden niet in de eigen praktijk gehouden", b),
        (m.op_website_vermeld, "de service staat op de website", "de gecontracteerde service staat niet zichtbaar op de website", zk(PLAATS_ALG)),
    ]
    return ModuleCUitkomst(oordeel=Oordeel.alle(voorwaarden), vereiste_uren=vereist_r.uren_per_week, tellende_uren=tellend, uitleg=u)


@implementeert("zk22-inkoop-sb-c", cli=["zk-oaw-toets"])
def lees_spreekuur(tekst: str) -> OawSpreekuur:
    """'di 17:00-19:00', 'di 17.30-18.00' of 'za 09:00-11:00 x2' (x2 = twee huisartsen tegelijk) -> OawSpreekuur.
    Tijden lezen volgens ``kern.invoertypen.lees_tijd`` (17.30 is half zes; seconden en tijdzones geweigerd)."""
    from zorgcontract.kern.invoertypen import HUISARTSEN, Afgewezen, citeer, lees_geheel, lees_tijd

    regel = regel_tekst("zk-inkoop", plaats=PLAATS_C)
    delen = tekst.split() if len(tekst) <= 80 else []
    if len(delen) not in (2, 3) or "-" not in delen[1]:
        raise InvoerFout("spreekuur", f"{citeer(tekst)} is geen spreekuur als 'di 17:00-19:00' of 'za 09:00-11:00 x2'", regel)
    dagen = [d.value for d in Dag]
    if delen[0].lower() not in dagen:
        raise InvoerFout("spreekuur", f"{citeer(delen[0])} is geen dag (kies uit {', '.join(dagen)})", regel)
    try:
        van, tot = (lees_tijd(x) for x in delen[1].split("-", 1))
        huisartsen = 1
        if len(delen) == 3:
            if not delen[2].lower().startswith("x"):
                raise Afgewezen(f"{citeer(delen[2])} is geen aantal huisartsen als x2")
            huisartsen = lees_geheel(delen[2][1:], HUISARTSEN)
    except Afgewezen as e:
        raise InvoerFout("spreekuur", f"in {citeer(tekst)}: {e.bericht}", regel) from None
    return valideer(OawSpreekuur, {"einde": "spreekuur", "begin": "spreekuur", "huisartsen": "spreekuur"},
                    dag=Dag(delen[0].lower()), begin=van, einde=tot, huisartsen=huisartsen)
