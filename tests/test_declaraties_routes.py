"""Differentieel: de snelle route (polars) en de referentieroute (per verzekerde) geven op elke regel hetzelfde
oordeel, dezelfde redenen met redencode en bron, dezelfde fout en dezelfde eenheden - op gegenereerde bestanden met
de grensgevallen van elke regel, in willekeurige volgorde, met foute en vijandige regels ertussen."""

from __future__ import annotations

import itertools
import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zorgcontract.regels.zz.declaraties import formaat, proefbestand, referentie, regels, snel


def _referentie(tekst):
    return [(b.nr, b.regel, b.praktijk or None, b.verzekerde or None, b.prestatiecode, b.datum, b.uitvoerder, b.toegestaan,
             [(r.code, r.tekst, r.bron) for r in b.redenen], b.fout, b.eenheden, b.bedrag_centen)
            for b in referentie.controleer(tekst)]


def _snel(tekst):
    return [(r["nr"], r["regel"], r["praktijk"], r["verzekerde"], r["prestatiecode"], r["datum"], r["uitvoerder"],
             r["toegestaan"], [(x["code"], x["tekst"], x["bron"]) for x in r["redenen"]], r["fout"], r["eenheden"],
             r["bedrag_centen"])
            for stuk in snel.lees_tekst(tekst).rijen(grootte=7) for r in stuk.iter_rows(named=True)]


def _gelijk(tekst):
    a, b = _referentie(tekst), _snel(tekst)
    assert len(a) == len(b)
    for x, y in zip(a, b):
        assert x == y, f"\nreferentie: {x}\nsnel:       {y}"
    return a


# --- de grensgevallen, met de hand uit de bron --------------------------------------------------------------

def test_grensgevallen_met_de_hand():
    uit = {r[1]: r for r in _gelijk(proefbestand.grensgevallen())}
    verwacht = {
        "a1": True, "a2": False,  # tweede 13029 in 2026
        "a3": True,  # 13029 in 2027 (andere praktijk, ander jaar)
        "a4": True, "a5": False,  # 13030 eenmaal ooit, ook bij een andere praktijk en in een ander jaar
        "g8": True, "g9": False,  # 12116: 8 mag, 9 niet
        "s1": True, "s2": True, "s3": True,  # 31343 vóór en na zijn 11201 in het tweede kwartaal
        "s4": False, "s5": False,  # 31343 en 11201 vóór de declaratiestart (1 april 2026)
        "m1": False, "m2": True, "m3": False,  # 31080 eens per kwartaal, ook over praktijken heen
        "c1": True, "c2": False, "c3": True,  # advies; zelfde arts dezelfde dag; andere arts
        "b1": False, "b2": True, "b3": True,  # consult naast behandelwensgesprek, alleen bij dezelfde praktijk
        "x1": None, "x2": None,  # 9999 en 2025: fout op die regel
    }
    assert {k: r[7] for k, r in uit.items()} == verwacht
    assert uit["c1"][10] == 2 and uit["c1"][11] == 8000  # 16 minuten: 2 kwartieren x € 40,00
    assert uit["a1"][11] == 1250 and uit["a2"][11] is None  # bedrag alleen als toegestaan en met tarief
    assert uit["s4"][8][0][0] == "31343.zonder-11201" and uit["s4"][8][1][0] == "start.te-vroeg"


@pytest.mark.parametrize("zaad", [1, 2, 3])
def test_realistische_mix(zaad):
    # weinig verzekerden, zodat de eens-per-regels vaak raken
    _gelijk(proefbestand.tekst(2000, zaad, praktijken=3, verzekerden=150, foutfractie=0.05))


def test_volgorde_van_het_bestand_doet_er_niet_toe():
    lijnen = proefbestand.lijnen(3000, 9, praktijken=2, verzekerden=80)
    omgekeerd = [lijnen[0], *reversed(lijnen[1:])]
    a = {r[1]: r[7:] for r in _gelijk("\n".join(lijnen) + "\n")}
    b = {r[1]: r[7:] for r in _gelijk("\n".join(omgekeerd) + "\n")}
    # Op dezelfde dag beslist het regelnummer (I-ZZ26-FAQ-DECL-PER-VERZEKERDE): vergelijk alleen regels zonder
    # een gelijke (verzekerde, code, datum) elders in het bestand.
    velden = [l.split(",") for l in lijnen[1:]]
    tel = {}
    for v in velden:
        if len(v) > 4:
            tel[(v[2], v[3], v[4])] = tel.get((v[2], v[3], v[4]), 0) + 1
    uniek = {v[0] for v in velden if len(v) > 4 and tel[(v[2], v[3], v[4])] == 1 and v[3] not in ("31343", "12815", "29033", "consult")}
    for r in uniek & set(a) & set(b):
        assert a[r] == b[r], r


# --- hypothesis: gegenereerde bestanden --------------------------------------------------------------------

_DATUMS = ["2026-01-01", "2026-03-31", "2026-04-01", "2026-06-30", "2026-07-01", "2026-12-31", "2027-01-01",
           "2028-12-31", "2025-12-31", "2029-01-01", "9999-12-31", "2026-02-30", "20260101", " 2026-05-05 "]
_CONTEXT = ["", "toestemming", "huisartsenovereenkomst", "huisartsenovereenkomst behandelaar-besloten",
            "behandelaar-besloten", "nascholing nodig", "niet-gerelateerde-zorgvraag", "boven-opslaguren aantoonbaar",
            "direct-patientgebonden", "selectief-ingekocht", "aangemeld-regio", "poh-s-module",
            "start-overeenkomst=2026-02-10", "toestemming start-overeenkomst=2026-05-01",
            "start-overeenkomst=9999-12-01", "spoed", "behandelwensgesprek-zelfde-dag", "toestemming+nascholing"]
_VIJANDIG = ['"', '"a,b"', "", " ", "x" * 501, "é", "\t", "123456782", "a;b", '""',
             ",,,,,,,,,,", " ,\t, ,,,,,,,,", ",,,,,,,,,,x",  # lege regels met alle scheidingstekens: overslaan
             ",,", " , ,\t", ",,,,,,,,,,,,",  # lege regels met te weinig of te veel velden: ook overslaan
             # te weinig velden, met een te lang of wit omringd regel-id, praktijk of code
             "r9," + "p" * 501 + ",V1,13029", "x" * 501 + ",P1", " r5 , P2 ,V1", "r6,P1,V1," + "c" * 501, "r7,P1,V1,13029 ,",
             # aanhalingstekens die precies de velden van de kopregel geven (dan gewoon kolomsgewijs) of niet
             'q1,"P,1",V1,13029,2026-03-02,huisarts,,,,,', '"q2",P1,V1,13029,2026-03-02,huisarts,,,,,',
             'q3,P1,V1,"' + "x" * 600 + '",2026-03-02,huisarts,,,,,', '"q4,P1",V1,13029,2026-03-02,huisarts,,,,,',
             # een \r in de regel zelf: polars laat er een vlak vóór een scheidingsteken weg, de referentie niet
             "c1,\r,V1,13029,2026-03-02,huisarts,,,,,", "c2,P1,V1,13029,\r,huisarts,,,,,", "c3,P1\r,V1,13029,2026-03-02,huisarts,,,,,",
             "c4,P1,V1,13029,2026-03-02,huisarts,,,,,\r\r", "c5,P1,V1,12116,2026-03-02,poh-ggz,toestemming,\r8,,,",
             "c6,P1,V1,13029,2026-03-02,huisarts,,,,,\r12.50", "\rc7,P1,V1,13029,2026-03-02,huisarts,,,,,"]

veld = lambda waarden: st.one_of(st.sampled_from(waarden), st.sampled_from(_VIJANDIG)) if False else st.sampled_from(waarden)

rij = st.tuples(
    st.sampled_from(["", "r1", "r2", "r3", "x"]),  # regel-id (dubbel mag)
    st.sampled_from(["P1", "P2", " P1 "]),
    st.sampled_from(["V1", "V2", "V3", "123456782", ""]),
    st.sampled_from([*formaat.CODES, "99999", "13029 ", "CONSULT", ""]),
    st.sampled_from(_DATUMS),
    st.sampled_from([*formaat.UITVOERDERS, "Huisarts", "x"]),
    st.sampled_from(_CONTEXT),
    st.sampled_from(["", "8", "9", "0", "1000", "nul"]),
    st.sampled_from(["", "arts-a", "arts-b"]),
    st.sampled_from(["", "1", "15", "16", "40", "0", "1441"]),
    st.sampled_from(["", "12.50", "0.01", "1.234", "abc"]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(st.lists(st.one_of(rij.map(lambda r: ",".join(r)), st.sampled_from(_VIJANDIG)), min_size=1, max_size=40),
       st.sampled_from([",", ";"]))
def test_snel_gelijk_aan_referentie(regels_, sep):
    kop = proefbestand.KOP.replace(",", sep)
    tekst = kop + "\n" + "\n".join(r.replace(",", sep) for r in regels_) + "\n"
    _gelijk(tekst)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.lists(rij.map(lambda r: ",".join((r[0], r[3], r[4], r[5], r[6]))), min_size=1, max_size=30))
def test_oud_formaat_gelijk(regels_):
    _gelijk("regel,prestatiecode,datum,uitvoerder,context\n" + "\n".join(regels_) + "\n")


def test_stukgrenzen_veranderen_niets():
    tekst = proefbestand.tekst(3000, 5, praktijken=2, verzekerden=100)
    heel = _snel(tekst)
    data = tekst.encode()
    stukken = [data[i:i + 9973] for i in range(0, len(data), 9973)]
    gesneden = [(r["nr"], r["regel"], r["toegestaan"], r["fout"])
                for stuk in snel.lees_bytes_stukken(iter(stukken)).rijen() for r in stuk.iter_rows(named=True)]
    assert gesneden == [(r[0], r[1], r[7], r[9]) for r in heel]


def test_groot_bestand_met_vieze_regels_in_kleine_stukken():
    # Een gegenereerde mix met overal vieze regels ertussen (lege regels, alleen scheidingstekens, \\r aan het eind,
    # een open aanhalingsteken, te veel en te weinig velden, een regel van 9 000 tekens, BSN's, stuurtekens,
    # verkeerde scheidingstekens), in stukken van 4 KB: de stukken gaan met twee tegelijk door de snelle route
    # (draden), de regelnummers moeten toch kloppen en elke regel moet gelijk zijn aan de referentie.
    import random

    rnd = random.Random(5)
    vies = [",,,,,,,,,,", " ,\t,,,,,,,,,", "", "\r", '"open', '"a,b",P,V,13029,2026-01-01,huisarts,,,,,', "x" * 9000,
            "1,P1,V1,13029,2026-01-01,huisarts,,,,,12.50\r", "2,P1,V1,13029,2026-13-01,huisarts,,,,,",
            "3,P1,,13029,2026-01-01,huisarts", "4,P1,V1,13029,2026-01-01,huisarts,,,,,,,,,",
            "5,,V1,consult,2026-02-02,soh,direct-patientgebonden,,,,", "é,P\u00e9,V\u2028,mtvp,2026-03-03,huisarts,aangemeld-regio,,,,",
            "6,P1,123.456.782,13029,2026-01-01,huisarts,,,,,", "7,P1,V1,12116,2026-05-05,poh-ggz,toestemming,0,,,",
            "8,P1,V1,12822,2026-05-05,scen-arts,huisartsenovereenkomst,,z,,", "9,P1,V1, 13029 ,2026-01-01 , Huisarts ,,,,,",
            "10;P1;V1;13029;2026-01-01;huisarts;;;;;", "11,P1,V1,13029,2026-01-01,huisarts,spoed;nodig,,,,",
            "\x00,\x01,\x02,13029,2026-01-01,huisarts,,,,,", "12,\r,V1,13029,2026-01-01,huisarts,,,,,",
            "13,P1,V1,31080,\r,praktijk,,,,,", "14,P1,V1,13029,2026-01-01,huisarts,,,\r,,"]
    lijnen = proefbestand.lijnen(4000, 12, praktijken=3, verzekerden=200, foutfractie=0.03)
    for _ in range(400):
        lijnen.insert(rnd.randrange(1, len(lijnen)), rnd.choice(vies))
    tekst = "\n".join(lijnen) + "\n"
    verwacht = _referentie(tekst)
    data = tekst.encode()
    stukken = [data[i:i + 4096] for i in range(0, len(data), 4096)]
    gekregen = [(r["nr"], r["regel"], r["praktijk"], r["verzekerde"], r["prestatiecode"], r["datum"], r["uitvoerder"],
                 r["toegestaan"], [(x["code"], x["tekst"], x["bron"]) for x in r["redenen"]], r["fout"], r["eenheden"],
                 r["bedrag_centen"])
                for stuk in snel.lees_bytes_stukken(iter(stukken)).rijen() for r in stuk.iter_rows(named=True)]
    assert len(gekregen) == len(verwacht) > 4000
    for x, y in zip(verwacht, gekregen):
        assert x == y, f"\nreferentie: {x}\nsnel:       {y}"


# --- elke reden heeft precies één redencode ----------------------------------------------------------------

@pytest.mark.parametrize("code", list(formaat.CODES))
def test_elke_reden_heeft_een_redencode(code):
    doc = regels.document_op(code, date(2026, 5, 1))[0]
    kenmerken = [frozenset(), frozenset({"toestemming"}), frozenset({"huisartsenovereenkomst"}),
                 frozenset({"huisartsenovereenkomst", "behandelaar-besloten"}), frozenset({"nascholing", "nodig"}),
                 frozenset({"boven-opslaguren", "aantoonbaar"}), frozenset({"direct-patientgebonden", "selectief-ingekocht",
                                                                            "aangemeld-regio", "niet-gerelateerde-zorgvraag"})]
    gezien = set()
    for uitv, k, vlag, start in itertools.product(formaat.UITVOERDERS, kenmerken, (False, True), (None, False, True)):
        if regels.controle_per_code(code, uitv, 8, 20, doc):
            continue
        x = regels.Feiten(prestatiecode=code, uitvoerder=uitv, kenmerken=k, document=doc,
                          jaar=2026 if code in regels.DM else 0, deelnemers=(9 if vlag else 8) if code == "12116" else None,
                          vanaf=date(2026, 7, 1) if start is not None else None, voor_start=bool(start),
                          eerder=vlag, zelfde_arts=vlag, zelfde_dag=vlag, met_11201=not vlag,
                          peildatum=date(2026, 1, 1) if code == "12116" else None)
        u = regels.oordeel(x)
        assert u.redenen and all(r.code for r in u.redenen)
        gezien.update(r.code for r in u.redenen)
    assert gezien


def test_31343_naast_11201_ook_zonder_samengestelde_sleutel(monkeypatch):
    # Met meer praktijken dan in de gehele-getalsleutel passen vergelijkt de snelle route op drie kolommen; forceer
    # die weg en vergelijk weer met de referentie (grensgevallen plus een mix met veel 31343/11201).
    monkeypatch.setattr(snel, "PRAKTIJKEN_IN_SLEUTEL", 0)
    _gelijk(proefbestand.grensgevallen())
    _gelijk(proefbestand.tekst(2000, 4, praktijken=3, verzekerden=60, foutfractie=0.02))


@pytest.mark.parametrize("per_deel", [40, 500, 1200])
def test_vlaggen_in_delen_van_verzekerden(monkeypatch, per_deel):
    # Grote bestanden zetten de vlaggen per deel van de verzekerden (_vlaggen); forceer 2 tot 60 delen en
    # vergelijk met de referentie: geen vlag mag van de verdeling afhangen (grensgevallen, veel verzekerden met
    # meerdere regels, meerdere praktijken).
    monkeypatch.setattr(snel, "VERZEKERDEN_DELEN", per_deel)
    monkeypatch.setattr(snel, "PAK_STUK", per_deel // 3)  # en de pakketsleutels in stukken (_pak)
    _gelijk(proefbestand.grensgevallen())
    _gelijk(proefbestand.tekst(2500, 6, praktijken=4, verzekerden=150, foutfractie=0.02))


# --- de JSON-schrijver: elke regel zoals json.dumps haar zou schrijven -------------------------------------

def _json_verwacht(r) -> str:
    bedrag = None if r["bedrag_centen"] is None else f"{r['bedrag_centen'] // 100}.{r['bedrag_centen'] % 100:02d}"
    d = {"regel": r["regel"], "praktijk": r["praktijk"], "verzekerde": r["verzekerde"], "prestatiecode": r["prestatiecode"],
         "datum": None if r["datum"] is None else r["datum"].isoformat(), "uitvoerder": r["uitvoerder"],
         "toegestaan": r["toegestaan"],
         "oordeel": "fout" if r["toegestaan"] is None else "toegestaan" if r["toegestaan"] else "niet toegestaan",
         "redencode": r["redencode"], "reden": r["reden"], "bron": r["bron"], "redenen": r["redenen"],
         "eenheden": r["eenheden"], "bedrag": bedrag, "fout": r["fout"]}
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"))


@pytest.mark.parametrize("als", ["batches", "delen"])
@pytest.mark.parametrize("grootte", [1, 3, 50, 10_000])
@pytest.mark.parametrize("kop", [proefbestand.KOP, "regel,prestatiecode,datum,uitvoerder,context,tarief"])
def test_json_schrijver_gelijk_aan_json_dumps(kop, grootte, als):
    # Stukken met alleen foute regels, aanhalingstekens en backslashes in de velden, een eigen regel-id naast het
    # regelnummer, het oude formaat (praktijk en verzekerde null): de schrijver verdeelt zulke regels anders over
    # zijn kolommen, de uitkomst moet elke keer gelijk zijn aan wat json.dumps schrijft.
    import io

    from zorgcontract.regels.zz.declaraties import uitvoer

    nieuw = "verzekerde" in kop
    rijen = [
        ("", "P1", "V1", "13029", "2026-02-10", "huisarts", "", "", "", "", "12.50"),
        ('"r""1"', 'P\\1', 'V"2', "13029", "2026-02-11", "huisarts", "", "", "", "", "31.97"),
        ("x", "P1", "V1", "99999", "2026-02-10", "huisarts", "", "", "", "", ""),
        ("", "P1", "V1", "13029", "2029-01-01", "huisarts", "", "", "", "", ""),
        ("7", "P2", "V3", "12822", "2026-06-01", "scen-arts", "huisartsenovereenkomst", "", "arts-a", "31", "40.00"),
        ("", "P2", "V3", "consult", "2026-06-01", "poh-ggz", "", "", "", "", ""),
        ("a\\b", "P2", "V4", "mtvp", "2026-06-02", "huisarts", "aangemeld-regio", "", "", "", "1,5"),
        # verschillende oordelen (andere context) met hetzelfde JSON-stuk, en daarna een regel met een escape: de
        # schrijver zoekt het stuk van het oordeel op, niet het oordeel zelf
        ("", "P3", "V5", "13029", "2026-03-10", "huisarts", "aangemeld-regio", "", "", "", ""),
        ("", "P3", "V6", "13029", "2026-03-10", "huisarts", "direct-patientgebonden", "", "", "", ""),
        ("", "P\\3", "V7", "13029", "2026-03-11", "huisarts", "direct-patientgebonden", "", "", "", ""),
    ]
    kolommen = kop.split(",")
    alle = list(proefbestand.KOP.split(","))
    lijnen = [",".join(r[alle.index(k)] for k in kolommen) for r in rijen]
    tekst = kop + "\n" + "\n".join(lijnen * 3) + "\n"
    res = snel.lees_tekst(tekst)
    buf = io.BytesIO()
    uitvoer.schrijf(getattr(res, als)(grootte), res.oordelen, buf, "json")
    verwacht = [_json_verwacht(r) for stuk in res.rijen(grootte) for r in stuk.iter_rows(named=True)]
    assert buf.getvalue().decode("utf-8").splitlines() == verwacht
    assert nieuw or all('"praktijk":null,"verzekerde":null' in v for v in verwacht)


def test_alleen_echt_afwijkende_regels_gaan_een_voor_een(monkeypatch):
    """Aanhalingstekens die precies de velden van de kopregel geven, te weinig of te veel velden (tot k+1), een te
    lang veld, een open aanhalingsteken en aanhalingstekens die een ander aantal velden geven gaan kolomsgewijs (de
    laatste twee met formaat.velden, in _velden_van_formaat); één voor één (``formaat.lees_regel``) gaan alleen te veel
    velden om te tellen en een regel boven LIJN_GRENS. De uitkomst is in beide gevallen gelijk (``_gelijk``)."""
    een_voor_een = []
    echt = snel._een_voor_een
    monkeypatch.setattr(snel, "_een_voor_een", lambda df, *a: (een_voor_een.extend(df["nr"].to_list()), echt(df, *a))[1])
    regels_ = ['q1,"P,1",V1,13029,2026-03-02,huisarts,,,,,',  # 1: aanhalingstekens, 11 velden
               "r2,P1,V1,13029",  # 2: te weinig velden
               "r3,P1,V1,13029,2026-03-02,huisarts,,,,,,",  # 3: één veld te veel
               "r4,P1,V1," + "c" * 600 + ",2026-03-02,huisarts,,,,,",  # 4: te lang veld
               'r5,"P1,V1,13029,2026-03-02,huisarts,,,,,',  # 5: open aanhalingsteken
               "r6,P1,V1,13029,2026-03-02,huisarts,,,,,,,,",  # 6: drie velden te veel
               "r7,P1,V1,13029,2026-03-02,huisarts,,,,," + "x" * 9000,  # 7: langer dan LIJN_GRENS
               "r8,P1,V8,13029,2026-03-02,huisarts," + "toestemming " * 40 + ",,,,",  # 8: lang, maar elk veld kort en goed
               "r9,P1,V1,13029,2026-03-02,huisarts," + "toestemming " * 40 + ",,,,x",  # 9: idem, met een fout tarief
               'q10,"P,1",V1,13029,2026-03-02,huisarts,,,,',  # 10: aanhalingstekens, 10 velden
               'q11,"P,1",V1,13029,2026-03-02,"huis"arts,,,,,']  # 11: geen geldige CSV-regel (formaat.velden)
    uit = _gelijk(proefbestand.KOP + "\n" + "\n".join(regels_) + "\n")
    assert een_voor_een == [6, 7, 8]  # 8: geen veldfout gevonden, dus toch één voor één (dan een goede regel)
    # zonder velden: het regelnummer
    assert [r[1] for r in uit] == ["q1", "r2", "r3", "r4", "5", "r6", "7", "r8", "r9", "q10", "11"]
    assert uit[4][9].startswith("regel 5: een aanhalingsteken") and uit[9][9] == "regel 10: 10 velden, de kopregel heeft er 11"
    assert uit[10][9].startswith("regel 11: geen geldige CSV-regel")
    assert uit[7][7] is True and "tarief" in uit[8][9]  # 8: de eerste 13029 van V8 in 2026


@pytest.mark.parametrize("als", ["batches", "delen"])
def test_meldingen_met_regelnummer_delen_een_categorie(als):
    """Een melding over de regel zelf ("regel 12: 12 velden, ...", een open aanhalingsteken, te veel velden om te tellen)
    wordt bewaard zonder haar regelnummer: 300 zulke regels geven 3 verschillende meldingen, niet 300 (het geheugen
    groeide anders met elke foute regel). Uit beide routes en uit de JSON-schrijver komt het nummer er weer voor, ook
    bij een regel-id met een escape."""
    import io

    from zorgcontract.regels.zz.declaraties import uitvoer

    regels_ = []
    for i in range(100):
        regels_ += [f"a{i},P1,V1,13029,2026-03-02,huisarts,,,,,,",  # één veld te veel: kolomsgewijs (_telfouten)
                    f'b{i},"P1,V1,13029,2026-03-02,huisarts,,,,,',  # open aanhalingsteken: één voor één
                    f"c{i}\\,P1,V1,13029,2026-03-02,huisarts,,,,,,,,"]  # drie te veel, een backslash: één voor één
    tekst = proefbestand.KOP + "\n" + "\n".join(regels_) + "\nd,P1,V1,13029,2026-03-02,huisarts,,,,,\n"
    res = snel.lees_tekst(tekst)
    assert res.fout.height == 300 and res.fout["fout"].n_unique() == 3 and res.fout["met_nr"].all()
    uit = _gelijk(tekst)
    assert uit[0][9] == "regel 1: 12 velden, de kopregel heeft er 11"
    assert uit[299][9] == "regel 300: 14 velden, de kopregel heeft er 11"
    buf = io.BytesIO()
    uitvoer.schrijf(getattr(res, als)(7), res.oordelen, buf, "json")
    verwacht = [_json_verwacht(r) for stuk in res.rijen(7) for r in stuk.iter_rows(named=True)]
    assert buf.getvalue().decode("utf-8").splitlines() == verwacht
    assert '"regel":"c99\\\\","praktijk":"P1"' in verwacht[299] and verwacht[300].endswith('"fout":null}')


def test_foute_waarden_bewaren_waarde_niet_melding():
    """Een foute waarde (elke regel een andere tikfout in de context, datum of deelnemers) wordt bewaard als een
    sjabloon (de melding zonder de waarde: één categorie voor alle regels met dezelfde controle) en de waarde apart,
    niet als melding van 300-450 bytes en niet als categorie per waarde (die groeiden anders per verschillende waarde).
    Staat de waarde niet letterlijk in de melding (hoofdletters: de melding noemt het kenmerk in kleine letters) of
    vraagt ze een escape in JSON (een backslash), dan alleen de controle: de melding komt bij het schrijven opnieuw van
    dezelfde functie. Beide gelijk aan de referentie, ook in de JSON."""
    import io

    import polars as pl

    from zorgcontract.regels.zz.declaraties import uitvoer

    regels_ = []
    for i in range(50):
        regels_ += [f"a{i},P1,V1,13029,2026-03-02,huisarts,tikfout-{i},,,,",
                    f"b{i},P1,V1,13029,2026-03-{i + 40},huisarts,,,,,",
                    f"c{i},P1,V1,12116,2026-03-02,poh-ggz,toestemming,x{i},,,",
                    f"d{i},P1,V1,13029,2026-03-02,huisarts,Tikfout-{i},,,,",
                    f"e{i},P1,V1,13029,2026-03-02,huisarts,tik\\fout-{i},,,,"]
    tekst = proefbestand.KOP + "\n" + "\n".join(regels_) + "\n"
    res = snel.lees_tekst(tekst)
    bewaard = res.fout["fout"].cast(pl.String)
    sjabloon = bewaard.str.starts_with(snel.SJABLOON)
    assert res.fout.height == 250 and bewaard.str.starts_with(snel.UITGESTELD).all() and bewaard.n_unique() == 4
    assert sjabloon.sum() == 150 and res.fout["regel"].filter(~sjabloon).str.contains("^[de]").all()
    assert res.fout["waarde"].str.starts_with("tikfout-").sum() == 50 and res.fout["waarde"].null_count() == 0
    uit = _gelijk(tekst)
    assert "'tikfout-0' is geen bekend kenmerk" in uit[0][9] and "2026-03-89" in uit[246][9] and "'x49'" in uit[247][9]
    assert "'tikfout-0'" in uit[3][9] and "'tik\\fout-0'" in uit[4][9]
    buf = io.BytesIO()
    uitvoer.schrijf(res.delen(7), res.oordelen, buf, "json")
    verwacht = [_json_verwacht(r) for stuk in res.rijen(7) for r in stuk.iter_rows(named=True)]
    assert buf.getvalue().decode("utf-8").splitlines() == verwacht


def test_praktijknummers_boven_de_sleutelgrens(monkeypatch):
    """Een praktijknummer (categorie) dat niet in de groepssleutel past, krijgt een rangnummer: dezelfde uitkomst."""
    import polars as pl

    # hogere nummers voor de praktijken hieronder (zolang deze reeks bestaat: polars ruimt ongebruikte categorieën op)
    vooraf = pl.Series([f"eerder-{i}" for i in range(20)]).cast(snel.PRAKTIJK)
    monkeypatch.setattr(snel, "PRAKTIJKEN_IN_SLEUTEL", 8)
    # 31343 alleen naast een toegestane 11201 van dezelfde praktijk in hetzelfde kwartaal (POH-GGZ art. 6 lid 3c)
    eigen = ["x1,P1,V9,11201,2026-05-01,praktijk,,,,,", "x2,P2,V9,31343,2026-05-02,praktijk,toestemming,,,,",
             "x3,P1,V9,31343,2026-05-03,praktijk,toestemming,,,,"]
    uit = {r[1]: r for r in _gelijk(proefbestand.tekst(400, 11, praktijken=3, verzekerden=20) + "\n".join(eigen) + "\n")}
    assert (uit["x1"][7], uit["x2"][7], uit["x3"][7]) == (True, False, True)
    assert pl.Series(["P1"]).cast(snel.PRAKTIJK).to_physical()[0] >= 8 and vooraf.len() == 20  # de grens is echt overschreden


def _kan_bsn_zijn(teksten: list[str]) -> list[bool]:
    import polars as pl

    return pl.Series(teksten, dtype=pl.String).str.strip_chars(formaat.WIT).str.contains(snel.BSN_KANDIDAAT).to_list()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet="0123456789 .-\t\r\n\u00a0x٣", max_size=16)
                | st.builds(lambda c, p: p + c, st.text(alphabet="0123456789", min_size=9, max_size=9), st.text(" .-", max_size=3)),
                min_size=1, max_size=20))
def test_bsn_kandidaat_laat_geen_bsn_door(teksten):
    """De snelle route vraagt ``formaat.lijkt_op_bsn`` alleen voor verzekerden die aan ``snel.BSN_KANDIDAAT`` voldoen
    (met polars' regex, na het weghalen van wit): elke tekst die op een BSN lijkt, moet daar dus aan voldoen."""
    for t, kan in zip(teksten, _kan_bsn_zijn(teksten)):
        if formaat.lijkt_op_bsn(t.strip(formaat.WIT)):
            assert kan, repr(t)


def test_bsn_kandidaat_met_de_hand():
    # 111222333 haalt de elfproef; met scheidingstekens, wit eromheen, een Arabisch-Indisch cijfer (geen ASCII), een
    # regeleinde (geen wit in de zin van formaat.WIT)
    teksten = ["111222333", " 111.222.333 ", "111-222-333", "11122233", "11122233x", "١١١222333", "111222333\n"]
    assert [formaat.lijkt_op_bsn(t.strip(formaat.WIT)) for t in teksten] == [True, True, True, False, False, False, False]
    assert _kan_bsn_zijn(teksten) == [True, True, True, False, False, False, False]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.none() | st.text(max_size=6) | st.sampled_from(["", " ", "2026-01-01", "13029"]), max_size=300),
       st.integers(1, 4))
def test_verschillend_geeft_elke_rij_haar_waarde_terug(waarden, stukken):
    """``snel._verschillend`` (de verschillende waarden van een kolom en per rij het nummer van de hare, via een eigen
    categorie): elke waarde precies één keer in de lijst, en per rij terug te vinden - ook null, de lege tekst, en een
    kolom uit meer stukken (polars kan die in delen tegelijk omzetten)."""
    import polars as pl

    n = max(1, len(waarden) // stukken)
    delen = [pl.Series(waarden[i:i + n], dtype=pl.String) for i in range(0, len(waarden), n)] or [pl.Series([], dtype=pl.String)]
    kolom = pl.concat(delen, rechunk=False)
    uniek, nummer = snel._verschillend(kolom)
    assert sorted(uniek) == sorted({w for w in waarden if w is not None})
    assert pl.Series(uniek, dtype=pl.String).gather(nummer).to_list() == waarden


_VERZEKERDE_LAATST = "regel,praktijk,prestatiecode,datum,uitvoerder,verzekerde"


@pytest.mark.parametrize("regel", [
    'r1," P1 ",V-1,13029,2026-02-10,huisarts,,,,,',  # wit binnen aanhalingstekens, aan de rand van het veld
    '"r1\t",P1,V-1,13029,2026-02-10,huisarts,,,,,',
    ' r1,P1,V-1,13029,2026-02-10,huisarts,,,,,',  # aan het begin van het stuk
    'r1,P1,V-1 ,13029,2026-02-10,huisarts,,,,,',  # vóór een scheidingsteken
    'r1,P1,\tV-1,13029,2026-02-10,huisarts,,,,,',
    # de verzekerde als laatste kolom: wit aan het eind van het stuk, en vóór het \r van een regeleinde
    _VERZEKERDE_LAATST + "\nr1,P1,13029,2026-02-10,huisarts,V-1 ",
    _VERZEKERDE_LAATST + "\r\nr1,P1,13029,2026-02-10,huisarts,V-1 \r\n"])
@pytest.mark.parametrize("ervoor", ["", "r0,P1,V-0,13029,2026-02-10,huisarts,niet zo,,,,\n"])
def test_wit_aan_de_rand_van_een_veld(regel, ervoor):
    """De snelle route haalt wit rond velden alleen weg als er in het stuk een veld met wit begint of eindigt
    (``_Regels.wit_aan_veldrand``, en voor velden binnen aanhalingstekens ``_velden_van_formaat``); wit midden in een veld
    (de context "niet zo") telt niet. Met de referentie vergeleken op elke plek waar zo'n rand kan zitten; de regel met
    wit moet als goede regel door (praktijk P1, verzekerde V-1, regel r1)."""
    if regel.startswith(_VERZEKERDE_LAATST):
        kop, _, regel = regel.partition("\n")
        tekst = kop + "\n" + ervoor.replace("V-0,13029,2026-02-10,huisarts,niet zo,,,,", "13029,2026-02-10,huisarts,V-0") + regel
    else:
        tekst = proefbestand.KOP + "\n" + ervoor + regel
    uit = _gelijk(tekst)
    assert uit[-1][1:4] == ("r1", "P1", "V-1") and uit[-1][9] is None, uit[-1]


@pytest.mark.parametrize("eerste", [",,,,,,,,,,,,", "1,P1,V1,13029,2026-01-01,huisarts,,,,,,,",
                                    "1,P1,V1,13029,2026-01-01,huisarts" + ",x" * 20])
def test_eerste_regel_met_te_veel_velden(eerste):
    """Gevonden met vieze bestanden: had de eerste regel van een stuk meer dan k+1 velden, dan weigerde polars het
    hele stuk (SchemaError, in de CLI een interne fout). Nu krijgt die regel haar eigen fout (of wordt ze, leeg,
    overgeslagen) en gaat de rest gewoon door."""
    tekst = proefbestand.KOP + "\n" + eerste + "\n2,P1,V1,13029,2026-01-01,huisarts,,,,,\n"
    uit = _gelijk(tekst)
    assert uit[-1][1] == "2" and uit[-1][7] is True


def test_stukken_die_met_te_veel_velden_beginnen():
    # elk stuk begint met zo'n regel: ook dan dezelfde regels als de referentie
    regels_ = []
    for i in range(1, 301):
        regels_.append(f"{i},P1,V{i % 7},13029,2026-0{1 + i % 9}-01,huisarts" + (",x" * (7 + i % 5) if i % 3 == 1 else ",,,,,"))
    lijnen = [proefbestand.KOP, *regels_]
    tekst = "\n".join(lijnen) + "\n"
    # een stuk per regel met te veel velden (13 of meer), dat met die regel begint
    stukken, huidig = [], []
    for lijn in lijnen:
        if lijn.count(",") > 11 and huidig:
            stukken.append(("\n".join(huidig) + "\n").encode())
            huidig = []
        huidig.append(lijn)
    stukken.append(("\n".join(huidig) + "\n").encode())
    assert len(stukken) == 101 and b"".join(stukken) == tekst.encode()
    gesneden = [(r["nr"], r["regel"], r["toegestaan"], r["fout"])
                for stuk in snel.lees_bytes_stukken(iter(stukken)).rijen() for r in stuk.iter_rows(named=True)]
    assert gesneden == [(r[0], r[1], r[7], r[9]) for r in _referentie(tekst)]


def _dag(d: date) -> int:
    return d.toordinal() - snel.EPOCHE


def test_document_per_dag_zoals_document_op():
    """``Documenten.leer`` zoekt het document per (reeks, dag) kolomsgewijs op; voor elke code en elke dag rond alle
    perioden (ook de eerste en laatste dag van elk document) geeft dat hetzelfde document of dezelfde melding als
    ``regels.document_op``, de functie die de referentieroute gebruikt."""
    dagen = range(_dag(date(2022, 12, 25)), _dag(date(2029, 1, 6)))
    cd = [c * (1 << 32) + d for c in range(len(snel.CODELIJST)) for d in dagen]
    docs = snel.Documenten()
    alle, doc, fout_, melding = docs.leer(snel.pl.Series(cd, dtype=snel.pl.Int64))
    per_cd = dict(zip(alle.to_list(), doc.to_list()))
    meldingen = dict(zip(fout_.to_list(), melding.to_list()))
    for x in cd:
        d, m = regels.document_op(snel.CODELIJST[x >> 32], date.fromordinal(snel.EPOCHE + (x & 0xFFFFFFFF)))
        assert (per_cd[x], meldingen.get(x)) == ((None, m) if m else (snel.DOCLIJST.index(d), None)), x


def test_document_van_12116_alleen_met_waarden_van_de_groepsconsultparameters():
    """12116 krijgt zijn document alleen kolomsgewijs als de groepsconsultparameters op die dag een waarde hebben
    (anders beslist ``regels.document_op``). In de bronnen gelden die parameters even lang als het document; hier een
    parameter met een kortere periode, zodat het verschil te zien is."""
    from types import SimpleNamespace

    docs = snel.Documenten()
    docs.parameters = [SimpleNamespace(waarden=[SimpleNamespace(vanaf=date(2026, 3, 1), tot=date(2026, 6, 30))])]
    dagen = [date(2026, 2, 28), date(2026, 3, 1), date(2026, 6, 30), date(2026, 7, 1)]
    r = snel.pl.Series([len(snel._REEKSEN)] * len(dagen), dtype=snel.pl.Int64)
    uit = snel.pl.select(docs._document(r, snel.pl.Series([_dag(d) for d in dagen], dtype=snel.pl.Int64))).to_series().to_list()
    pohggz = snel.DOCLIJST.index("zz26-pohggz")
    assert uit == [snel._VRAAG, pohggz, pohggz, snel._VRAAG]
