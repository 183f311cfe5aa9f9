"""Service en bereikbaarheid, module C: het extra (online) spreekuur buiten kantoortijd (OAW), par. 2 - de vereiste
uren per week en welke spreekuren meetellen: features/zk/zk22-inkoop/service-bereikbaarheid.feature."""

from __future__ import annotations

from datetime import time

from pytest_bdd import given, parsers, then, when

from steps.algemeen import Uitkomst, gelijk_op_notatie, probeer
from steps.zk.zk22_inkoop.praktijk import Praktijk, Spreekuur
from zorgcontract.kern import nl
from zorgcontract.kern.invoer import valideer
from zorgcontract.regels.zk.inkoop import service as regel

# een fout in een spreekuur noemt het spreekuur, zoals de CLI (zk-oaw-toets --spreekuur)
_SPREEKUUR = {"dag": "spreekuur", "begin": "spreekuur", "einde": "spreekuur", "huisartsen": "spreekuur"}


@when(parsers.re(r"de OAW-uren voor (?P<jaar>\S+) worden bepaald"), converters={"jaar": nl.lees_jaar},
      target_fixture="uitkomst")
def bepaal_oaw_uren(praktijk: Praktijk, jaar: int) -> Uitkomst:
    return probeer(regel.oaw_uren, praktijk.ingeschreven, jaar)


@then(parsers.re(r"vraagt module C minimaal (?P<uren>.+ uur) OAW-spreekuur per week"))
def vereiste_uren(uitkomst: Uitkomst, uren):
    w = uitkomst.waarde
    gelijk_op_notatie(w.vereiste_uren if isinstance(w, regel.ModuleCUitkomst) else w.uren_per_week, uren, nl.lees_uren)


@given(parsers.re(r"een OAW-spreekuur op (?P<dag>\S+) van (?P<begin>\S+) tot (?P<einde>\S+) met (?P<n>\S+) huisarts(?:en)?"),
       converters={"dag": regel.Dag, "begin": nl.lees_kloktijd, "einde": nl.lees_kloktijd, "n": nl.lees_aantal})
def spreekuur(praktijk: Praktijk, dag: regel.Dag, begin: time, einde: time, n: int):
    praktijk.spreekuren.append(Spreekuur(dag, begin, einde, n))


@given(parsers.re(r"OAW-spreekuren in (?P<weken>\S+) weken per jaar"), converters={"weken": nl.lees_aantal})
def weken_per_jaar(praktijk: Praktijk, weken: int):
    praktijk.weken_per_jaar = weken


@given(parsers.re(r"de OAW-spreekuren liggen (?P<wel>wel|niet) op vaste momenten in de week"), converters={"wel": nl.lees_ja_nee})
def vaste_momenten(praktijk: Praktijk, wel: bool):
    praktijk.vaste_momenten = wel


@given(parsers.re(r"de OAW-spreekuren zijn (?P<wel>wel|niet) in de eigen praktijk"), converters={"wel": nl.lees_ja_nee})
def in_eigen_praktijk(praktijk: Praktijk, wel: bool):
    praktijk.in_eigen_praktijk = wel


@when(parsers.re(r"module C voor (?P<jaar>\S+) wordt getoetst"), converters={"jaar": nl.lees_jaar}, target_fixture="uitkomst")
def toets_module_c(praktijk: Praktijk, jaar: int) -> Uitkomst:
    def toets():
        spreekuren = [valideer(regel.OawSpreekuur, _SPREEKUUR, dag=s.dag, begin=s.begin, einde=s.einde, huisartsen=s.huisartsen)
                      for s in praktijk.spreekuren]
        return regel.module_c(valideer(
            regel.ZkModuleC, ingeschreven=praktijk.ingeschreven, spreekuren=spreekuren, weken_per_jaar=praktijk.weken_per_jaar,
            vaste_momenten=praktijk.vaste_momenten, in_eigen_praktijk=praktijk.in_eigen_praktijk, jaar=jaar))
    return probeer(toets)


@then(parsers.re(r"tellen (?P<uren>.+ uur) OAW-spreekuur per week mee"))
def tellende_uren(uitkomst: Uitkomst, uren):
    gelijk_op_notatie(uitkomst.waarde.tellende_uren, uren, nl.lees_uren)
