"""Differentieel fuzzen van de declaratiecontrole: willekeurige bestanden (de realistische mix van ``proefbestand`` met
vieze regels ertussen: velden van willekeurige tekens - aanhalingstekens, \\r, tabs, NUL, stuurtekens, niet-ASCII,
scheidingstekens -, wit rond goede velden, te weinig en te veel velden, regels van alleen willekeur, dubbele regels;
komma of puntkomma; LF of CRLF; met of zonder laatste regeleinde; de kolommen soms in een andere volgorde, zonder de
niet-verplichte, of in het oude formaat zonder praktijk en verzekerde), in willekeurige stukken gesneden. De snelle
route moet op elke regel precies geven wat de referentieroute geeft, en nooit een andere uitzondering dan een
Nederlandse invoerfout.

Zo gevonden (en opgelost): een eerste regel van een stuk met meer dan k+1 velden liet polars het hele stuk weigeren,
en een \\r vlak vóór een scheidingsteken viel in polars weg. De regressietests daarvan staan in
``test_declaraties_routes.py``.

Gewone run: een vaste seed en een vast aantal bestanden. Lange lokale run: ``ZORGCONTRACT_DIEPE_FUZZ=N`` (N bestanden,
willekeurige seed; de seed staat in de melding bij een verschil).
"""

from __future__ import annotations

import os
import random

import pytest

from zorgcontract.kern.fouten import ZorgcontractFout
from zorgcontract.regels.zz.declaraties import foute_regels, proefbestand, referentie, snel

_TEKENS = list('0123456789abcAGBPV-.,;"\r\t \x00\x1f\\/=+\u00e9\u20ac\u00a0\u2028') + [
    "13029", "12116", "12822", "31343", "2026-05-01", "2029-01-01", "huisarts", "poh-ggz", "scen-arts", "toestemming",
    "start-overeenkomst=2026-02-10", "111222333", "8", "9", "15", "12.50", "12,50", '"a,b"']


def _referentie(tekst: str):
    try:
        return [(b.nr, b.regel, b.praktijk or None, b.verzekerde or None, b.prestatiecode, b.datum, b.uitvoerder,
                 b.toegestaan, [(r.code, r.tekst, r.bron) for r in b.redenen], b.fout, b.eenheden, b.bedrag_centen)
                for b in referentie.controleer(tekst)]
    except ZorgcontractFout as e:  # het hele bestand onleesbaar (bijv. geen geldige kopregel): beide routes gelijk
        return ("fout", str(e))


def _snel(stukken: list[bytes]):
    try:
        return [(r["nr"], r["regel"], r["praktijk"], r["verzekerde"], r["prestatiecode"], r["datum"], r["uitvoerder"],
                 r["toegestaan"], [(x["code"], x["tekst"], x["bron"]) for x in r["redenen"]], r["fout"], r["eenheden"],
                 r["bedrag_centen"])
                for stuk in snel.lees_bytes_stukken(iter(stukken)).rijen(grootte=97) for r in stuk.iter_rows(named=True)]
    except ZorgcontractFout as e:
        return ("fout", str(e))


_VERPLICHT = ("prestatiecode", "datum", "uitvoerder")


def _kolommen(regel: str, houd: list[int]) -> str:
    """De velden ``houd`` van een regel, in die volgorde; een regel met te weinig velden houdt wat er is."""
    velden = regel.split(",")
    return ",".join(velden[i] for i in houd if i < len(velden))


def _willekeur(rnd: random.Random, n: int) -> str:
    return "".join(rnd.choice(_TEKENS) for _ in range(rnd.randrange(0, n)))


def _bestand(rnd: random.Random) -> tuple[str, list[bytes]]:
    lijnen = proefbestand.lijnen(rnd.randrange(20, 300), zaad=rnd.randrange(10**6), praktijken=rnd.choice([1, 3]),
                                 verzekerden=rnd.choice([5, 50]), foutfractie=0.05)
    kop, rest = lijnen[0], lijnen[1:]
    for _ in range(rnd.randrange(1, 30)):
        i = rnd.randrange(len(rest))
        velden = rest[i].split(",")
        soort = rnd.random()
        if soort < 0.5:  # één veld willekeurig
            velden[rnd.randrange(len(velden))] = _willekeur(rnd, 6)
        elif soort < 0.65:  # te weinig velden
            velden = velden[:rnd.randrange(len(velden) + 1)]
        elif soort < 0.8:  # te veel velden
            velden += [_willekeur(rnd, 3)] * rnd.randrange(1, 5)
        elif soort < 0.9:  # alleen willekeur
            velden = [_willekeur(rnd, 8) for _ in range(rnd.randrange(0, 15))]
        else:  # dezelfde regel twee keer
            rest.insert(i, rest[i])
            continue
        rest[i] = ",".join(velden)
    if rnd.random() < 0.5:  # wit (spatie, tab) rond een verder goed veld: beide routes halen het weg
        for _ in range(rnd.randrange(1, 20)):
            i = rnd.randrange(len(rest))
            velden = rest[i].split(",")
            j = rnd.randrange(len(velden))
            velden[j] = rnd.choice(["", " ", "\t", "  "]) + velden[j] + rnd.choice(["", " ", "\t", " \t"])
            rest[i] = ",".join(velden)
    if rnd.random() < 0.4:  # kolommen in een andere volgorde, soms zonder de kolommen die niet verplicht zijn
        namen = kop.split(",")
        houd = [i for i, k in enumerate(namen) if k in _VERPLICHT or rnd.random() < 0.7]
        if rnd.random() < 0.2:  # het oude formaat: zonder praktijk en verzekerde
            houd = [i for i in houd if namen[i] not in ("praktijk", "verzekerde")]
        rnd.shuffle(houd)
        kop, rest = ",".join(namen[i] for i in houd), [_kolommen(r, houd) for r in rest]
    einde = rnd.choice(["\n", "\n", "\r\n"])
    tekst = kop + einde + einde.join(rest) + rnd.choice([einde, ""])
    if rnd.random() < 0.3:
        tekst = tekst.replace(",", ";")
    data = tekst.encode("utf-8")
    sneden = sorted(rnd.sample(range(1, len(data)), min(len(data) - 1, rnd.randrange(0, 12))))
    return tekst, [data[a:b] for a, b in zip([0, *sneden], [*sneden, len(data)])]


def _aantal_en_seed() -> tuple[int, int]:
    diep = os.environ.get("ZORGCONTRACT_DIEPE_FUZZ", "")
    if diep not in ("", "0"):
        return (int(diep) if diep.isdigit() and int(diep) > 1 else 2000), random.SystemRandom().randrange(10**9)
    return 120, 20261201


def test_snel_gelijk_aan_referentie_op_vieze_bestanden(monkeypatch):
    aantal, seed = _aantal_en_seed()
    rnd = random.Random(seed)
    gewoon = foute_regels.IN_GEHEUGEN
    for i in range(aantal):
        tekst, stukken = _bestand(rnd)
        # bij twee van de drie bestanden gaan de foute regels in kleine blokken naar tijdelijke bestanden (foute_regels)
        monkeypatch.setattr(foute_regels, "IN_GEHEUGEN", (1, 3, gewoon)[i % 3])
        a, b = _referentie(tekst), _snel(stukken)
        if a != b:
            eerste = next(((x, y) for x, y in zip(a, b) if x != y), (len(a), len(b)))
            pytest.fail(f"seed {seed}, bestand {i}: snel wijkt af van de referentie\nreferentie: {eerste[0]}\n"
                        f"snel:       {eerste[1]}\nbestand: {tekst[:2000]!r}")
