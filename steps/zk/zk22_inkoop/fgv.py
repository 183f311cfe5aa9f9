"""Prestatie formulariumgericht voorschrijven (FGV): score, meet- en declaratieperiode, indicatoren en deelname:
features/zk/zk22-inkoop/fgv.feature."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from pytest_bdd import given, parsers, then, when

from steps.algemeen import Uitkomst, gelijk_op_notatie, probeer
from zorgcontract.kern import nl
from zorgcontract.kern.fouten import NietInBron
from zorgcontract.kern.invoer import valideer
from zorgcontract.regels.zk.inkoop import fgv as regel


@dataclass
class Meting:
    conform: int
    totaal: int
    grenzen: tuple[Decimal, Decimal, Decimal] | None = None


@given(parsers.re(r"(?P<conform>\S+) eerste voorschriften conform het formularium van (?P<totaal>\S+) eerste voorschriften"),
       converters={"conform": nl.lees_aantal, "totaal": nl.lees_aantal}, target_fixture="meting")
def meting(conform: int, totaal: int) -> Meting:
    return Meting(conform, totaal)


@given(parsers.re(r"FGV-grenswaarden X (?P<x>\S+), Y (?P<y>\S+) en Z (?P<z>\S+)"),
       converters={"x": nl.lees_percentage, "y": nl.lees_percentage, "z": nl.lees_percentage})
def grenswaarden(meting: Meting, x: Decimal, y: Decimal, z: Decimal):
    meting.grenzen = (x, y, z)


@when("de FGV-score wordt bepaald", target_fixture="uitkomst")
def bepaal_score(meting: Meting) -> Uitkomst:
    return probeer(lambda: regel.fgv1(valideer(regel.FgvMeting, conform=meting.conform, totaal=meting.totaal,
                                               grenzen=meting.grenzen)))


@then(parsers.re(r"is FGV1 (?P<percentage>\S+%)"))
def fgv1(uitkomst: Uitkomst, percentage):
    gelijk_op_notatie(uitkomst.waarde.fgv1, percentage, nl.lees_percentage)


@then(parsers.re(r"is FGV1 precies (?P<breuk>\S+) procent"), converters={"breuk": nl.lees_exacte_breuk})
def fgv1_exact(uitkomst: Uitkomst, breuk: Fraction):
    assert uitkomst.waarde.fgv1 == breuk, uitkomst.waarde.fgv1


@then(parsers.re(r'is de FGV-score "(?P<score>[A-D])"'))
def score(uitkomst: Uitkomst, score):
    assert uitkomst.waarde.score == score, uitkomst.waarde.uitleg.als_tekst()


# --- meetperiode, declaratieperiode, indicatoren ---------------------------------------------------------

@when(parsers.re(r"de FGV-meetperiode voor meetjaar (?P<jaar>\S+) wordt opgevraagd"), converters={"jaar": nl.lees_jaar},
      target_fixture="uitkomst")
def vraag_meetperiode(jaar: int) -> Uitkomst:
    return probeer(regel.meetperiode, jaar)


@when(parsers.re(r"de declaratieperiode van FGV voor meetjaar (?P<jaar>\S+) wordt opgevraagd"),
      converters={"jaar": nl.lees_jaar}, target_fixture="uitkomst")
def vraag_declaratieperiode(jaar: int) -> Uitkomst:
    return probeer(regel.declaratieperiode, jaar)


@then(parsers.re(r"loopt de FGV-meetperiode van (?P<van>.+) tot en met (?P<tot>.+)"),
      converters={"van": nl.lees_datum, "tot": nl.lees_datum})
def meetperiode(uitkomst: Uitkomst, van: date, tot: date):
    assert uitkomst.waarde == (van, tot), uitkomst.waarde


@then(parsers.re(r"kan FGV gedeclareerd worden van (?P<van>.+) tot en met (?P<tot>.+)"),
      converters={"van": nl.lees_datum, "tot": nl.lees_datum})
def declaratieperiode(uitkomst: Uitkomst, van: date, tot: date):
    assert uitkomst.waarde == (van, tot), uitkomst.waarde


@when(parsers.re(r"de FGV-indicatoren voor meetjaar (?P<jaar>\S+) worden opgevraagd voor een praktijk die (?P<wel>wel|niet) "
                 r"met een longformularium werkt"), converters={"jaar": nl.lees_jaar, "wel": nl.lees_ja_nee}, target_fixture="uitkomst")
def vraag_indicatoren(jaar: int, wel: bool) -> Uitkomst:
    return probeer(regel.indicatoren, jaar, wel)


@then(parsers.re(r'worden de FGV-indicatoren "(?P<lijst>[^"]+)" gemeten'), converters={"lijst": nl.lees_opsomming})
def indicatoren(uitkomst: Uitkomst, lijst: list[str]):
    assert uitkomst.waarde == lijst, uitkomst.waarde


@then("geeft het beleid daarover geen antwoord")
def niet_in_bron(uitkomst: Uitkomst):
    assert isinstance(uitkomst.fout, NietInBron), uitkomst.fout or uitkomst._waarde


@when(parsers.re(r"de deelname aan FGV wordt getoetst voor een praktijk die (?P<wel>wel|geen) toestemming gaf in het HIS"),
      converters={"wel": nl.lees_ja_nee}, target_fixture="uitkomst")
def toets_deelname(wel: bool) -> Uitkomst:
    return probeer(regel.deelname, wel)
