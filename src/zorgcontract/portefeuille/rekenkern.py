"""De vergoedingen POH-S (ZZ art. 5) en POH-GGZ (ZZ art. 6) voor veel praktijken tegelijk, exact in gehele getallen.

Dit is dezelfde regel als ``regels.zz.pohs.artikel_5.bereken`` en ``regels.zz.pohggz.artikel_6.bereken``,
één keer opgeschreven in gehele getallen (centen maal een gemeenschappelijke noemer) zodat numpy haar
over een hele portefeuille kan uitrekenen. De parameterwaarden komen uit ``kern.parameters`` (via
``parameters_pohs`` / ``parameters_pohggz``, met dezelfde namen als de regels), dus ook onder een
concept. Dat de uitkomst op de cent gelijk is aan de enkelvoudige regel, bewijst
``tests/test_portefeuille_differentieel.py`` (willekeurige praktijken en parameterwaarden, met de
halve-cent-gevallen van POH-S en het plafond van POH-GGZ).

Geen floats: elke breuk wordt teller/noemer in gehele getallen; afronden gebeurt met gehele deling:

- half omhoog (POH-S lid 9, I-ZZ26-POHS-TARIEF): ``(2·t + n) // (2·n)`` voor t ≥ 0, n > 0;
- naar boven (POH-GGZ lid 3b): ``−(−t // n)``.

Past een tussenuitkomst niet zeker in int64 (de grens wordt vooraf uit de maxima berekend), dan rekent
de kern met Python-gehele getallen (numpy ``object``): trager, even exact.

POH-S, in gehele getallen (N ingeschrevenen, S = Σ groep × minuten over de groepen zonder keten-dbc,
C contracturen per week, W weken, T uurtarief, b basisuren, o opslag)::

    max_jaar · D = N·b·D + S·(1+o)·D/60                  (lid 7; D = gemeenschappelijke noemer)
    vergoed · W · E = min(max_jaar·E, C·W·E)             (lid 8; E = kgv(D, noemer van C))
    kwartaaltarief in centen = rond_half_op(vergoed·W·T·100 / (N·4))     (lid 9)

POH-GGZ (U normuren bij de normpraktijk P, uren H, afgesproken maximum A, maximale opslag M)::

    normuren = U·N/P; ingezet = min(H, A of normuren)    (lid 2a-b, 3a)
    opslag in centen = plafond(100·M·ingezet / normuren) (lid 3a-b)
    11201 = min(opslag, M); 31343 = opslag − M als dat > 0 (lid 3c, I-ZZ26-POHGGZ-514)
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

import numpy as np

from zorgcontract.kern.parameters import in_document, waarde
from zorgcontract.kern.rekenen import exact
from zorgcontract.regels.zz.pohggz import artikel_6 as zz_poh_ggz
from zorgcontract.regels.zz.pohs import artikel_5 as zz_poh_s

GROEPEN = tuple(zz_poh_s.ChronischeGroep)
INT64_GRENS = 2**62  # ruim onder 2**63: ook 2·t + n past


# --- parameters: dezelfde namen en hetzelfde document als de enkelvoudige regels -------------------------

def pohs_namen(jaar: int) -> dict[str, str]:
    """Rol -> volle parameternaam, voor het document dat ``artikel_5`` voor ``jaar`` kiest."""
    doc = zz_poh_s.document_voor(jaar).sleutel
    namen = {
        "basis": f"{doc}.a5.basisuren_per_verzekerde",
        "opslag": f"{doc}.a5.opslag_chronisch",
        "weken": f"{doc}.a5.weken_per_jaar",
        "uurtarief": f"{doc}.a5.uurtarief",
        "prestatiecode": f"{doc}.a6.prestatiecode",
    }
    for g in GROEPEN:
        namen[f"minuten.{g.veld}"] = f"{doc}.a5.minuten.{g.veld}"
    return namen


def pohggz_namen(jaar: int) -> dict[str, str]:
    doc = zz_poh_ggz.document_voor(jaar).sleutel
    return {
        "uren_norm": f"{doc}.a6.uren_per_week_norm",
        "normpraktijk": f"{doc}.a6.normpraktijk",
        "maximum": f"{doc}.a6.maximum_per_kwartaal",
        "code1": f"{doc}.a6.prestatiecode_segment1",
        "code3": f"{doc}.a6.prestatiecode_segment3",
    }


def lees_parameters(namen: dict[str, str], jaar: int, vervang: dict[str, object] | None = None) -> dict[str, object]:
    """De waarden op 1 januari van ``jaar``; ``vervang`` (volle naam -> waarde) voor een sweep."""
    vervang = vervang or {}
    peil = date(jaar, 1, 1)
    uit = {}
    for rol, naam in namen.items():
        w = vervang[naam] if naam in vervang else waarde(naam, peil).waarde
        uit[rol] = w
    return uit


# --- praktijken als kolommen ------------------------------------------------------------------------------

def _schaal(waarden: list[Decimal]) -> tuple[list[int], int]:
    """Decimalen -> gehele tellers met één noemer 10^k."""
    k = max((max(0, -w.as_tuple().exponent) for w in waarden), default=0)
    noemer = 10**k
    return [int(w * noemer) for w in waarden], noemer


@dataclass
class Blok:
    """Een brok praktijken als kolommen (gehele getallen). ``keten_<groep>``: bool-kolom."""

    n: np.ndarray
    groepen: dict[str, np.ndarray]  # veld -> aantallen (keten-dbc-groepen al op 0 gezet)
    contract_teller: np.ndarray
    contract_noemer: int
    uren_teller: np.ndarray
    uren_noemer: int
    afgesproken_teller: np.ndarray  # 0 waar geen afspraak
    afgesproken_noemer: int
    heeft_afspraak: np.ndarray

    def __len__(self) -> int:
        return len(self.n)

    @classmethod
    def uit_praktijken(cls, pohs: list, ggz: list | None = None) -> "Blok":
        """Uit ``PohSPraktijk``- en (even lange) ``PohGgzPraktijk``-lijsten (dezelfde invoermodellen als de regels)."""
        n = [p.ingeschreven_verzekerden for p in pohs]
        groepen = {g.veld: [0 if g in p.keten_dbc else getattr(p, g.veld) for p in pohs] for g in GROEPEN}
        ct, cn = _schaal([p.contracturen_per_week for p in pohs])
        ggz = ggz or [None] * len(pohs)
        ut, un = _schaal([g.uren_per_week if g else Decimal(0) for g in ggz])
        at, an = _schaal([g.afgesproken_uren_per_week if g and g.afgesproken_uren_per_week is not None else Decimal(0) for g in ggz])
        return cls.maak(n, groepen, ct, cn, ut, un, at, an,
                        [bool(g and g.afgesproken_uren_per_week is not None) for g in ggz])

    @classmethod
    def maak(cls, n, groepen, ct, cn, ut, un, at, an, heeft) -> "Blok":
        def kol(x):
            lijst = list(x) if not isinstance(x, np.ndarray) else x
            try:
                a = np.asarray(lijst, dtype=np.int64)
                if len(a) and int(np.abs(a).max()) >= INT64_GRENS:
                    raise OverflowError
                return a
            except OverflowError:
                return np.asarray([int(v) for v in lijst], dtype=object)
        return cls(n=kol(n), groepen={k: kol(v) for k, v in groepen.items()}, contract_teller=kol(ct), contract_noemer=cn,
                   uren_teller=kol(ut), uren_noemer=un, afgesproken_teller=kol(at), afgesproken_noemer=an,
                   heeft_afspraak=np.asarray(heeft, dtype=bool))


def _max(a: np.ndarray) -> int:
    return int(a.max()) if len(a) else 0


def _als_object(*kolommen):
    return [k.astype(object) for k in kolommen]


# --- POH-S --------------------------------------------------------------------------------------------

@dataclass
class PohSKolommen:
    kwartaal_centen: np.ndarray  # kwartaaltarief per verzekerde, in centen (lid 9)
    jaar_centen: np.ndarray  # jaarbedrag op centen half omhoog (zoals de subopdracht het toont)
    # exacte breuken als teller/noemer (voor uren in de uitvoer)
    vergoed_w_e: np.ndarray  # vergoed per week × W × E
    max_jaar_d: np.ndarray  # maximum per jaar × D
    D: int
    E: int
    W: int


def pohs(blok: Blok, p: dict[str, object]) -> PohSKolommen:
    """Art. 5 lid 6-9 voor alle praktijken van ``blok`` met parameters ``p`` (zie ``lees_parameters``)."""
    basis, opslag, tarief = exact(p["basis"]), exact(p["opslag"]), exact(p["uurtarief"])
    W = int(p["weken"])
    minuten = {g.veld: int(p[f"minuten.{g.veld}"]) for g in GROEPEN}
    factor = 1 + opslag
    D = math.lcm(basis.denominator, 60 * factor.denominator)
    E = math.lcm(D, blok.contract_noemer)
    kb = basis.numerator * (D // basis.denominator)
    kf = factor.numerator * (D // (60 * factor.denominator))
    tn, td = tarief.numerator * 100, tarief.denominator  # tarief in centen
    # grenzen vooraf: past alles in int64?
    n_max = _max(blok.n)
    s_max = sum(_max(blok.groepen[g]) * m for g, m in minuten.items())
    a_max = n_max * kb + s_max * kf
    x_max = min(a_max * (E // D), _max(blok.contract_teller) * W * (E // blok.contract_noemer))
    grootst = max(a_max * (E // D), _max(blok.contract_teller) * W * (E // blok.contract_noemer), 2 * x_max * tn + E * td * 4 * max(n_max, 1))
    n, ct = blok.n, blok.contract_teller
    groepen = blok.groepen
    if grootst >= INT64_GRENS or n.dtype == object:
        n, ct = _als_object(n, ct)
        groepen = {k: v.astype(object) for k, v in groepen.items()}
    S = sum(groepen[g] * m for g, m in minuten.items())
    A = n * kb + S * kf  # max_jaar × D
    X = np.minimum(A * (E // D), ct * (W * (E // blok.contract_noemer)))  # vergoed × W × E
    teller = X * tn
    noemer_jaar = E * td
    noemer = noemer_jaar * 4 * n
    kwartaal = (2 * teller + noemer) // (2 * noemer)
    jaar = (2 * teller + noemer_jaar) // (2 * noemer_jaar)
    return PohSKolommen(kwartaal_centen=kwartaal, jaar_centen=jaar, vergoed_w_e=X, max_jaar_d=A, D=D, E=E, W=W)


# --- POH-GGZ ------------------------------------------------------------------------------------------

@dataclass
class PohGgzKolommen:
    opslag_centen: np.ndarray  # kwartaalopslag per verzekerde in centen (lid 3b)
    segment1_centen: np.ndarray  # 11201
    segment3_centen: np.ndarray  # 31343 (0: geen regel)
    ingezet_qpu: np.ndarray  # ingezet × Q × P (teller; noemer Q·P)
    Q: int
    P: int
    U: int


def pohggz(blok: Blok, p: dict[str, object]) -> PohGgzKolommen:
    """Art. 6 lid 2-3 voor alle praktijken van ``blok`` met parameters ``p``."""
    U, P = int(p["uren_norm"]), int(p["normpraktijk"])
    M = exact(p["maximum"])
    if (M * 100).denominator != 1:
        raise ValueError("de maximale opslag POH-GGZ moet een bedrag in hele centen zijn voor de portefeuilleroute")
    grens = int(M * 100)
    Q = math.lcm(blok.uren_noemer, blok.afgesproken_noemer)
    mn, md = M.numerator * 100, M.denominator
    n_max = _max(blok.n)
    i_max = max(_max(blok.uren_teller) * (Q // blok.uren_noemer), 1) * P
    grootst = max(U * n_max * Q, i_max * mn, md * Q * U * max(n_max, 1), _max(blok.afgesproken_teller) * (Q // blok.afgesproken_noemer) * P)
    n, ut, at = blok.n, blok.uren_teller, blok.afgesproken_teller
    if grootst >= INT64_GRENS or n.dtype == object:
        n, ut, at = _als_object(n, ut, at)
    H = ut * ((Q // blok.uren_noemer) * P)
    A = at * ((Q // blok.afgesproken_noemer) * P)
    norm = n * (U * Q)  # normuren × Q × P
    I = np.minimum(H, np.where(blok.heeft_afspraak, A, norm))
    teller = I * mn
    noemer = n * (md * Q * U)
    opslag = -((-teller) // noemer)
    seg1 = np.minimum(opslag, grens)
    seg3 = opslag - seg1
    return PohGgzKolommen(opslag_centen=opslag, segment1_centen=seg1, segment3_centen=seg3, ingezet_qpu=I, Q=Q, P=P, U=U)


def centen(x) -> Decimal:
    return (Decimal(int(x)) / 100).quantize(Decimal("0.01"))


def breuk(teller, noemer) -> Fraction:
    return Fraction(int(teller), int(noemer))


# --- sweep: het totaalbudget als functie van één parameter -----------------------------------------------

def totaal_centen(bedragen: np.ndarray, n: np.ndarray) -> int:
    """Σ bedrag per verzekerde × ingeschrevenen, exact (int64 als het past, anders Python-gehele getallen)."""
    if bedragen.dtype != object and n.dtype != object and len(n):
        if int(bedragen.max(initial=0)) * int(n.max()) * len(n) < INT64_GRENS:
            return int(np.dot(bedragen, n))
    return int(sum(int(b) * int(x) for b, x in zip(bedragen.tolist(), n.tolist())))


def budget(blok: Blok, module: str, p: dict[str, object], rol: str | None, waarden) -> list[int]:
    """Per waarde van parameter ``rol`` (None: alleen ``p``): het totaal per kwartaal in centen over ``blok``."""
    uit = []
    for w in (waarden if rol is not None else [None]):
        q = p if rol is None else {**p, rol: w}
        if module == "poh-s":
            uit.append(totaal_centen(pohs(blok, q).kwartaal_centen, blok.n))
        else:
            uit.append(totaal_centen(pohggz(blok, q).opslag_centen, blok.n))
    return uit
