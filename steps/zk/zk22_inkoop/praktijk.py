"""De praktijk als uitgangspunt voor de uren POH-GGZ en het OAW-spreekuur (module C van service en bereikbaarheid):
het aantal ingeschreven patiënten, en wat latere Gegeven-stappen eraan toevoegen."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from decimal import Decimal

from pytest_bdd import given, parsers

from zorgcontract.kern import nl
from zorgcontract.regels.zk.inkoop.service import Dag


@dataclass(frozen=True)
class Spreekuur:
    dag: Dag
    begin: time
    einde: time
    huisartsen: int


@dataclass
class Praktijk:
    ingeschreven: int
    gevraagde_uren_poh_ggz: Decimal | None = None  # per week
    spreekuren: list[Spreekuur] = field(default_factory=list)  # OAW-spreekuren (module C)
    weken_per_jaar: int = 45  # zonder Gegeven-stap: het minimum dat module C vraagt
    vaste_momenten: bool = True
    in_eigen_praktijk: bool = True


@given(parsers.re(r"een praktijk met (?P<aantal>\S+) ingeschreven patiënten"), converters={"aantal": nl.lees_aantal},
       target_fixture="praktijk")
def praktijk_met_patienten(aantal: int) -> Praktijk:
    return Praktijk(aantal)
