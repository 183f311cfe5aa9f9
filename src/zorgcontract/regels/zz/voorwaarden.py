"""Kwalitatieve voorwaarden (art. 2-4 van beide bijlagen), voor zover een programma ze kan toetsen.

Toetsbaar gemaakt: wat als feit van de praktijk of de POH vast te stellen is (soort overeenkomst,
opleiding, eigen werkplek, wie een taak doet). Niet formaliseerbaar en daarom níet als check gebouwd:
doelen en inzet (art. 1-2: 'de POH committeert zich aan regionale afspraken', 'samenwerking met het
sociaal domein'), 'voldoende' doktersassistentie en praktijkruimte (art. 3 lid 2-3: een oordeel naar
beroepsnormen), het competentieprofiel en het individuele zorgplan (art. 4 lid 2, 7, 8). Die staan met
reden in het contractregister als 'niet-formaliseerbaar'.
"""

from __future__ import annotations

from datetime import date
from enum import Enum

from pydantic import BaseModel, ConfigDict

from zorgcontract.kern.bronnen import bron
from zorgcontract.kern.documenten import geldend
from zorgcontract.kern.implementatie import implementeert
from zorgcontract.kern.oordeel import Oordeel

# De bijlage volgt uit de datum waarop de voorwaarde getoetst wordt (``op``).


def _s(op: date):
    return geldend("zz-pohs", op, veld="datum", wat="bijlage POH-S van Zorg en Zekerheid")


def _g(op: date):
    return geldend("zz-pohggz", op, veld="datum", wat="bijlage POH-GGZ van Zorg en Zekerheid")


class PohSOpleiding(str, Enum):
    POST_HBO_POH_S = "post-hbo-poh-s"  # post-hbo-opleiding POH-Somatiek afgerond
    PRAKTIJKVERPLEEGKUNDIGE = "praktijkverpleegkundige"
    HBO_V = "hbo-v"
    ANDERE_HBO = "andere-hbo"  # een andere hbo-opleiding dan verpleegkunde
    GEEN = "geen"


class Overeenkomst(str, Enum):
    ARBEIDSOVEREENKOMST = "arbeidsovereenkomst"
    DETACHERING = "detachering"
    GEEN = "geen"


class PohS(BaseModel):
    model_config = ConfigDict(frozen=True)

    opleiding: PohSOpleiding
    post_hbo_poh_s_afgerond: bool = False
    overeenkomst: Overeenkomst = Overeenkomst.ARBEIDSOVEREENKOMST
    eigen_werkplek: bool = True


@implementeert("zz26-pohs-a3-l1", "zz26-pohs-a4-l1", "zz26-pohs-a4-l2", "zz26-pohs-a4-l4")
def poh_s_voldoet(p: PohS, op: date) -> Oordeel:
    """Art. 4 lid 1, 2, 4 en art. 3 lid 1. Een POH-S in opleiding: zie ``coulance``."""
    diploma = (
        p.opleiding in (PohSOpleiding.POST_HBO_POH_S, PohSOpleiding.PRAKTIJKVERPLEEGKUNDIGE, PohSOpleiding.HBO_V)
        or p.post_hbo_poh_s_afgerond
    )
    if p.opleiding is PohSOpleiding.ANDERE_HBO and not p.post_hbo_poh_s_afgerond:
        diploma_nee = "een andere hbo-opleiding dan verpleegkunde geeft alleen recht met een afgeronde post-hbo-opleiding POH-S"
        diploma_bron = bron(_s(op), 4, "4")
    else:
        diploma_nee = "geen afgeronde post-hbo-opleiding POH-S, praktijkverpleegkundige of hbo-verpleegkundige"
        diploma_bron = bron(_s(op), 4, "2")
    return Oordeel.alle([
        (p.overeenkomst is Overeenkomst.ARBEIDSOVEREENKOMST, "arbeidsovereenkomst met de POH-S",
         "voor een POH-S is een arbeidsovereenkomst vereist", bron(_s(op), 4, "1")),
        (diploma, "opleiding voldoet", diploma_nee, diploma_bron),
        (p.eigen_werkplek, "eigen werkplek in de praktijk", "de POH-S heeft geen eigen werkplek in de praktijk", bron(_s(op), 3, "1")),
    ])


@implementeert("zz26-pohs-a4-l6")
def taak_telt_als_poh_s(taak_van_doktersassistente: bool, op: date) -> Oordeel:
    """Art. 4 lid 6: taken van de doktersassistente horen niet bij het takenpakket van de POH-S."""
    if taak_van_doktersassistente:
        return Oordeel.nee("een taak van de doktersassistente is geen POH-S-taak", bron(_s(op), 4, "6"))
    return Oordeel.ja("geen taak van de doktersassistente", bron(_s(op), 4, "6"))


class PohGgzOpleiding(str, Enum):
    ERKENDE_POH_GGZ = "erkende-poh-ggz"
    BASISPSYCHOLOOG = "basispsycholoog"  # wetenschappelijk onderwijs
    SPV = "spv"  # sociaal psychiatrisch verpleegkundige
    ANDERS = "anders"


class PohGgz(BaseModel):
    model_config = ConfigDict(frozen=True)

    opleiding: PohGgzOpleiding
    overeenkomst: Overeenkomst = Overeenkomst.ARBEIDSOVEREENKOMST
    eigen_werkplek: bool = True
    taakomschrijving_vastgelegd: bool = True


@implementeert("zz26-pohggz-a3-l1", "zz26-pohggz-a4-l1", "zz26-pohggz-a4-l2", "zz26-pohggz-a4-l3")
def poh_ggz_voldoet(p: PohGgz, op: date) -> Oordeel:
    """Art. 4 lid 1-3 en art. 3 lid 1 POH-GGZ."""
    return Oordeel.alle([
        (p.overeenkomst is not Overeenkomst.GEEN, "arbeids- of detacheringsovereenkomst",
         "voor een POH-GGZ is een arbeidsovereenkomst of een detacheringsovereenkomst vereist", bron(_g(op), 4, "1")),
        (p.opleiding is not PohGgzOpleiding.ANDERS, "opleiding voldoet",
         "geen erkende opleiding POH-GGZ, basispsycholoog (WO) of SPV", bron(_g(op), 4, "2")),
        (p.taakomschrijving_vastgelegd, "taak-/functieomschrijving vastgelegd",
         "de huisarts heeft geen taak-/functieomschrijving voor de POH-GGZ opgesteld", bron(_g(op), 4, "3")),
        (p.eigen_werkplek, "eigen werkplek in de praktijk", "de POH-GGZ heeft geen eigen werkplek in de praktijk", bron(_g(op), 3, "1")),
    ])


@implementeert("zz26-pohggz-a6-l4")
def consulten_poh_ggz_declarabel(tarief_module_in_overeenkomst: bool, op: date) -> Oordeel:
    """Art. 6 lid 4 POH-GGZ: consulten/visites van de POH-GGZ alleen als de overeenkomst een tarief voor de module noemt."""
    if tarief_module_in_overeenkomst:
        return Oordeel.ja("de zorgovereenkomst noemt een tarief voor de module POH-GGZ", bron(_g(op), 6, "4"))
    return Oordeel.nee("zonder tarief voor de module POH-GGZ in de zorgovereenkomst geen consulten/visites van de POH-GGZ", bron(_g(op), 6, "4"))


@implementeert("zz26-pohs-a5-l2")
def poh_s_consult_of_mi_in_module(op: date) -> Oordeel:
    """Art. 5 lid 2 POH-S: binnen de module declareert de POH-S geen consulten en M&I (dubbele bekostiging)."""
    return Oordeel.nee("binnen de gecontracteerde module POH-S geen consulten of M&I door de POH-S (dubbele bekostiging)", bron(_s(op), 5, "2"))
