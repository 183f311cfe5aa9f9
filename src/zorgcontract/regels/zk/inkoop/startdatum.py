"""Zilveren Kruis 2022-2023: wanneer een aangevraagde vergoeding ingaat (par. 4 van de modules).

Betekenis in eigen woorden (bron: ZK inkoopbeleid 2022-2023, par. 4 'Hoe dient u uw aanvraag in?'):

- POH-S aanvulling, praktijkmanagement en POH-GGZ kunnen op vier momenten per jaar starten of wijzigen:
  1 januari, 1 april, 1 juli, 1 oktober (de eerste dag van een kwartaal).
- Service en bereikbaarheid en kwaliteit kunnen op twee momenten per jaar starten: 1 januari en 1 juli
  (de eerste dag van een half jaar).
- De aanvraag moet er uiterlijk vier weken vóór de startdatum zijn.

Gekozen lezing (I-ZK22-INKOOP-STARTDATUM): vier weken = 28 dagen; de startdatum is de eerste startdatum van de
module die minstens 28 dagen na de aanvraagdatum ligt (precies 28 dagen is nog op tijd). Een
startdatum buiten 2022-2023 valt buiten dit beleid: dan een foutmelding op het veld ``aanvraag``.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import Enum

from pydantic import BaseModel, ConfigDict

from zorgcontract.kern import nl
from zorgcontract.kern.fouten import InvoerFout, ParameterOnbekend
from zorgcontract.kern.documenten import BuitenPeriode, reeks
from zorgcontract.regels.zk.inkoop.gemeen import PERIODE, REEKS, VERZEKERAAR, p, zk
from zorgcontract.kern.implementatie import implementeert
from zorgcontract.kern.uitleg import Uitleg


class ZkModule(str, Enum):
    POH_S = "poh-s"  # vergoeding POH-S: aanvulling indirecte en niet-patiëntgebonden tijd
    PRAKTIJKMANAGEMENT = "praktijkmanagement"
    POH_GGZ = "poh-ggz"
    SERVICE_BEREIKBAARHEID = "service-bereikbaarheid"
    KWALITEIT = "kwaliteit"

    @property
    def startdata_parameter(self) -> str:
        if self in (ZkModule.SERVICE_BEREIKBAARHEID, ZkModule.KWALITEIT):
            return "startdata.per_halfjaar"
        return "startdata.per_kwartaal"

    @property
    def plaats(self) -> str:
        return {
            ZkModule.POH_S: "vergoeding POH-S aanvulling, par. 4",
            ZkModule.PRAKTIJKMANAGEMENT: "vergoeding praktijkmanagement, par. 4",
            ZkModule.POH_GGZ: "vergoeding POH-GGZ, par. 4",
            ZkModule.SERVICE_BEREIKBAARHEID: "prestatie service en bereikbaarheid, par. 4",
            ZkModule.KWALITEIT: "prestatie kwaliteit, par. 4",
        }[self]


class StartdatumUitkomst(BaseModel):
    model_config = ConfigDict(frozen=True)

    module: ZkModule
    aanvraag: date
    startdatum: date
    uiterlijke_aanvraag: date  # de laatste dag waarop de aanvraag voor deze startdatum op tijd was
    uitleg: Uitleg


def _startdata(module: ZkModule, jaar: int) -> list[date]:
    w = p(module.startdata_parameter, date(jaar, 1, 1))
    return [date(jaar, int(md[:2]), int(md[3:])) for md in str(w.waarde).split()]


@implementeert("zk22-inkoop-pohs-aanvraag", "zk22-inkoop-pm-aanvraag", "zk22-inkoop-ggz-aanvraag",
               parameters=["aanvraag.termijn_dagen", "startdata.per_kwartaal"],
               cli=["zk-startdatum"])
@implementeert("zk22-inkoop-sb-aanvraag", "zk22-inkoop-kwal-aanvraag",
               parameters=["aanvraag.termijn_dagen", "startdata.per_halfjaar"],
               cli=["zk-startdatum"])
def startdatum(module: ZkModule, aanvraag: date) -> StartdatumUitkomst:
    """De eerste startdatum van ``module`` die minstens de aanvraagtermijn (28 dagen) na ``aanvraag`` ligt."""
    b = zk(module.plaats)
    u = Uitleg()
    try:
        # De termijn staat in het beleid van de periode waarin de aanvraag (of, vóór de periode, de eerste startdatum) valt.
        eerste = reeks(REEKS)[0].eerste_dag
        termijn_p = p("aanvraag.termijn_dagen", max(aanvraag, eerste))
    except (ParameterOnbekend, BuitenPeriode):
        raise InvoerFout("aanvraag", f"{aanvraag.isoformat()} valt na de contractperiode {PERIODE} van {VERZEKERAAR}", str(b)) from None
    termijn = int(termijn_p.waarde)
    vroegst = aanvraag + timedelta(days=termijn)
    u.stap("Vroegst mogelijke startdatum", f"aanvraag {nl.datum(aanvraag)} + {termijn} dagen (4 weken)", nl.datum(vroegst), termijn_p.bron)
    for jaar in (vroegst.year, vroegst.year + 1):
        try:
            kandidaten = _startdata(module, jaar)
        except (ParameterOnbekend, BuitenPeriode):
            continue  # jaar buiten 2022-2023: daar heeft dit beleid geen startdata
        for d in kandidaten:
            if d >= vroegst:
                u.stap("Startdatum", f"eerste startdatum van de module {module.value} op of na {nl.datum(vroegst)}", nl.datum(d), b)
                return StartdatumUitkomst(module=module, aanvraag=aanvraag, startdatum=d,
                                          uiterlijke_aanvraag=d - timedelta(days=termijn), uitleg=u)
    raise InvoerFout(
        "aanvraag",
        f"met een aanvraag op {aanvraag.isoformat()} valt de eerste mogelijke startdatum buiten de contractperiode {PERIODE} van {VERZEKERAAR}",
        str(b),
    )
