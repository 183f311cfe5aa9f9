"""Startdatum van een aangevraagde vergoeding (par. 4 van de modules): features/zk/zk22-inkoop/startdatum.feature."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pytest_bdd import given, parsers, then, when

from steps.algemeen import Uitkomst, probeer
from zorgcontract.kern import nl
from zorgcontract.regels.zk.inkoop import startdatum as regel


@dataclass(frozen=True)
class Aanvraag:
    module: regel.ZkModule
    op: date


@given(parsers.re(r'een aanvraag voor de module "(?P<module>[^"]+)" op (?P<op>.+)'),
       converters={"module": regel.ZkModule, "op": nl.lees_datum}, target_fixture="aanvraag")
def aanvraag(module, op: date) -> Aanvraag:
    return Aanvraag(module, op)


@when("de startdatum wordt bepaald", target_fixture="uitkomst")
def bepaal_startdatum(aanvraag: Aanvraag) -> Uitkomst:
    return probeer(regel.startdatum, aanvraag.module, aanvraag.op)


@then(parsers.re(r"is de startdatum (?P<datum>.+)"), converters={"datum": nl.lees_datum})
def startdatum_is(uitkomst: Uitkomst, datum: date):
    assert uitkomst.waarde.startdatum == datum, uitkomst.waarde.uitleg.als_tekst()
