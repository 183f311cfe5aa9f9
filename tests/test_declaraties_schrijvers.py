"""De polars-vrije schrijver van de referentieroute (``uitvoer_referentie``) en de polars-schrijver (``uitvoer``)
geven byte voor byte dezelfde JSON-regels, CSV en tekst, en dezelfde samenvatting (als JSON en als tekst) - op
dezelfde proefbestanden: gegenereerde mixen met foute regels en tarieven, de grensgevallen, meerdere praktijken,
een puntkomma-bestand, stuurtekens en vreemde tekens in velden, het oude formaat zonder praktijk en verzekerde.

Vergeleken wordt (1) de polars-schrijver op precies dezelfde beoordelingen (``referentie_als_stukken``) en (2) de
hele snelle route (``snel`` + ``uitvoer``), zoals ``zorgcontract declaraties`` zonder ``--route``. En de CLI met
``--route referentie`` draait in een proces waarin polars en numpy niet te importeren zijn (zoals in de browser).
"""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from zorgcontract.regels.zz.declaraties import proefbestand, referentie, snel, uitvoer, uitvoer_referentie

KOP = proefbestand.KOP


def _bestand(*rijen: str, kop: str = KOP) -> str:
    return kop + "\n" + "\n".join(rijen) + "\n"


PROEVEN = {
    "mix-1": proefbestand.tekst(600, 1, praktijken=3, verzekerden=60, foutfractie=0.08),
    "mix-2": proefbestand.tekst(600, 2, praktijken=5, verzekerden=40, foutfractie=0.15),
    "grensgevallen": proefbestand.grensgevallen(),
    "puntkomma": _bestand(
        "p1;AGB001;V-1;13029;2026-02-10;huisarts;poh-s-module;;;;12,50",
        "p2;AGB002;V-1;13029;2026-03-10;huisarts;;;;;12,50",
        "p3;AGB001;V-2;12822;2026-06-01;scen-arts;huisartsenovereenkomst;;dr a, b;31;€ 40,00",
        "p4;AGB001;V-2;12815;2026-06-09;scen-arts;huisartsenovereenkomst behandelaar-besloten;;dr a, b;;",
        "p5;AGB003;V-3;31080;2026-04-01;praktijk;;;;;1.234,56",
        "p6;AGB003;V-3;11201;2026-04-01;praktijk;;;;;3;4",
        kop=KOP.replace(",", ";")),
    "stuurtekens": _bestand(
        "r\x01,P\t1,V-1,13029,2026-02-10,huisarts,,,,,12.50",
        '"r,2","P ""1""",V-1,13029,2026-03-01,huisarts,,,,,',
        "r3,P\x7f,V\u2028x,13031,2026-03-01,poh-s,,,,,",
        "r4,Praktijk é😀,V-é,consult,2026-05-12,huisarts,,,,,",
        "r5,P1,V-2,9999\x02,2026-05-12,huisarts,,,,,",
        "r6,P1,V-2,consult,2026-05-12,dokter\x1b[31m,,,,,",
        "r7,P1,V-2,consult,2026-05-12,huisarts,spoed\\x,,,,",
        "r8,P1,V-2,consult,2026-05-12\r",
        "\x00,P1,V-3,13030,2026-04-01,huisarts,,,,,",
        ",P1,V-3,13030,2026-04-02,huisarts,,,,,",
        'r10,"P1,"ab,V-3,13030,2026-04-02,huisarts,,,,,',
        "r11,,V-4,13030,2026-04-02,huisarts,,,,,",
        "r12,P1,123456782,13030,2026-04-02,huisarts,,,,,"),
    "oud-formaat": (proefbestand.KOP.replace("praktijk,verzekerde,", "") + "\n"
                    "1,13029,2026-02-10,huisarts,poh-s-module,,,,12.50\n"
                    "2,13029,2026-11-03,huisarts,poh-s-module,,,,\n"
                    "3,99999,2026-11-03,huisarts,,,,,\n"
                    "4,12822,2026-06-01,scen-arts,huisartsenovereenkomst,,dr-x,44,40\n"
                    "5,consult,2031-01-01,huisarts,,,,,\n"),
    "crlf": proefbestand.tekst(300, 3, praktijken=2, verzekerden=30, foutfractie=0.05).replace("\n", "\r\n"),
    "alleen-kop": KOP + "\n",
    "alleen-fouten": _bestand("1,P,V,x,2026-01-01,huisarts,,,,,", "2,P,V,13029,gisteren,huisarts,,,,,"),
}


def _polars(beoordelingen, vorm: str, grootte: int = 100_000):
    buf = io.BytesIO()
    stukken, oordelen = uitvoer.referentie_als_stukken(beoordelingen, grootte=grootte)
    som = uitvoer.schrijf(stukken, oordelen, buf, vorm)
    return buf.getvalue(), som


def _snel(tekst: str, vorm: str):
    buf = io.BytesIO()
    res = snel.lees_tekst(tekst)
    som = uitvoer.schrijf(res.delen(grootte=97), res.oordelen, buf, vorm)  # zoals de CLI
    via_batches = io.BytesIO()  # dezelfde bytes als de goede en foute regels eerst samengevoegd zijn (Deel.als_stuk)
    uitvoer.schrijf(res.batches(grootte=97), res.oordelen, via_batches, vorm)
    assert buf.getvalue() == via_batches.getvalue()
    # de samenvatting in één keer over de hele uitkomst (zoals de CLI) moet dezelfde zijn als per stuk geteld
    assert json.dumps(uitvoer.samenvatting_van(res).als_json()) == json.dumps(som.als_json())
    oud, uitvoer.SAMENVATTING_DEEL = uitvoer.SAMENVATTING_DEEL, 13  # ook in veel kleine delen geteld
    try:
        assert json.dumps(uitvoer.samenvatting_van(res).als_json()) == json.dumps(som.als_json())
    finally:
        uitvoer.SAMENVATTING_DEEL = oud
    return buf.getvalue(), som


def _zonder_polars(beoordelingen, vorm: str):
    buf = io.BytesIO()
    som = uitvoer_referentie.schrijf(beoordelingen, buf, vorm)
    return buf.getvalue(), som


def _gelijk(a, b, wat: str):
    (bytes_a, som_a), (bytes_b, som_b) = a, b
    if bytes_a != bytes_b:
        la, lb = bytes_a.split(b"\n"), bytes_b.split(b"\n")
        eerste = next((i for i, (x, y) in enumerate(zip(la, lb)) if x != y), min(len(la), len(lb)))
        pytest.fail(f"{wat}: eerste verschil op uitvoerregel {eerste}:\n polars: {la[eerste:eerste + 1]}\n zonder: {lb[eerste:eerste + 1]}")
    assert json.dumps(som_a.als_json()) == json.dumps(som_b.als_json()), wat
    assert som_a.als_tekst() == som_b.als_tekst(), wat


@pytest.mark.parametrize("vorm", ["json", "csv", "tekst"])
@pytest.mark.parametrize("naam", list(PROEVEN))
def test_zelfde_bytes_als_de_polars_schrijver(naam, vorm):
    tekst = PROEVEN[naam]
    beoordelingen = referentie.controleer(tekst)
    zonder = _zonder_polars(beoordelingen, vorm)
    _gelijk(_polars(beoordelingen, vorm), zonder, f"{naam}/{vorm}")
    _gelijk(_polars(beoordelingen, vorm, grootte=7), zonder, f"{naam}/{vorm} in stukken van 7")
    if naam != "alleen-kop":  # de snelle route schrijft bij een leeg bestand (alleen de kop) iets anders, zie hieronder
        _gelijk(_snel(tekst, vorm), zonder, f"{naam}/{vorm} tegen de snelle route")


@pytest.mark.parametrize("vorm", ["json", "csv"])
@pytest.mark.parametrize("naam", ["mix-2", "stuurtekens", "alleen-fouten"])
def test_foute_regels_via_tijdelijke_bestanden(naam, vorm, monkeypatch):
    """Bij veel foute regels gaan die in blokken naar tijdelijke Arrow-bestanden (``foute_regels``). De uitkomst is dan
    nog byte voor byte die van de referentie, ook waar een deel van de uitvoer over de grens van twee blokken valt, en
    de samenvatting (geteld per blok) ook."""
    from zorgcontract.regels.zz.declaraties import foute_regels

    monkeypatch.setattr(foute_regels, "IN_GEHEUGEN", 2)
    tekst = PROEVEN[naam]
    ruw = tekst.encode("utf-8")
    res = snel.lees_bytes_stukken(ruw[i:i + 400] for i in range(0, len(ruw), 400))  # veel stukken: veel blokken
    assert res.foute.op_schijf() >= (10 if naam == "mix-2" else 1)
    buf = io.BytesIO()
    som = uitvoer.schrijf(res.delen(grootte=5), res.oordelen, buf, vorm, som=uitvoer.samenvatting_van(res))
    _gelijk((buf.getvalue(), som), _zonder_polars(referentie.controleer(tekst), vorm), f"{naam}/{vorm} via tijdelijke bestanden")


def test_foute_regels_zonder_tijdelijke_bestanden(monkeypatch):
    """Lukt het schrijven van een tijdelijk bestand niet (schijf vol), dan blijven de foute regels in het geheugen: geen
    traceback, dezelfde uitkomst."""
    import polars as pl

    from zorgcontract.regels.zz.declaraties import foute_regels

    def vol(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(foute_regels, "IN_GEHEUGEN", 2)
    monkeypatch.setattr(pl.DataFrame, "write_ipc", vol)
    tekst = PROEVEN["mix-2"]
    ruw = tekst.encode("utf-8")
    res = snel.lees_bytes_stukken(ruw[i:i + 400] for i in range(0, len(ruw), 400))
    assert res.foute.op_schijf() == 0 and res.foute.height > 50
    buf = io.BytesIO()
    som = uitvoer.schrijf(res.delen(grootte=5), res.oordelen, buf, "json", som=uitvoer.samenvatting_van(res))
    _gelijk((buf.getvalue(), som), _zonder_polars(referentie.controleer(tekst), "json"), "schijf vol")


def test_proeven_raken_wat_ze_moeten_raken():
    """De proefbestanden bevatten echt wat de moduletekst belooft (anders bewijst de vergelijking weinig)."""
    alle = [b for t in PROEVEN.values() for b in referentie.controleer(t)]
    assert sum(b.fout is not None for b in alle) >= 50
    assert sum(b.toegestaan is True for b in alle) >= 100 and sum(b.toegestaan is False for b in alle) >= 100
    assert sum(b.bedrag_centen is not None for b in alle) >= 50
    assert len({b.praktijk for b in alle}) >= 8
    stuur = [b for b in alle if any(isinstance(w, str) and any(ord(c) < 32 for c in w)
                                    for w in (b.regel, b.praktijk, b.verzekerde, b.prestatiecode, b.uitvoerder, b.fout))]
    assert len(stuur) >= 3
    csv = _zonder_polars(referentie.controleer(PROEVEN["stuurtekens"]), "csv")[0].decode()
    assert '"r,2"' in csv and '"P ""1"""' in csv and '\x01' in csv  # aanhalingstekens zoals polars ze zet
    js = _zonder_polars(referentie.controleer(PROEVEN["stuurtekens"]), "json")[0].decode()
    assert "\\u0001" in js and "😀" in js and "\\t" in js


def test_leeg_bestand_zonder_regels():
    """Alleen een kopregel: geen regels, geen CSV-kop (zoals de referentieroute met de polars-schrijver), en een
    samenvatting met nullen."""
    leeg = referentie.controleer(KOP + "\n")
    for vorm in ("json", "csv", "tekst"):
        uit, som = _zonder_polars(leeg, vorm)
        assert uit == b""
        assert som.als_json()["toegestaan"] == 0 and som.als_json()["bedrag"] == "0.00"


_ZONDER_POLARS = r"""
import sys
geprobeerd = []
class Weg:
    def find_spec(self, naam, pad=None, doel=None):
        if naam.split(".")[0] in ("polars", "numpy", "pyarrow"):
            geprobeerd.append(naam)
            raise ModuleNotFoundError(f"No module named {naam!r} (zoals in de browser)", name=naam)
sys.meta_path.insert(0, Weg())
from zorgcontract import rekenhulp
import zorgcontract.cli
# Bij het laden probeert de CLI elk module onder regels/ (voor de registeritems in de hulp) en slaat over wat een
# ontbrekend pakket nodig heeft (kern/implementatie.py: snel.py, uitvoer.py, proefbestand.py). Daarna, tijdens de
# declaratiecontrole zelf, wordt polars niet eens geprobeerd.
geprobeerd.clear()
import json
r = rekenhulp.bereken("declaraties", {"bestand": sys.argv[1]})
assert not any(m.split(".")[0] in ("polars", "numpy") for m in sys.modules), sorted(sys.modules)
assert geprobeerd == [], geprobeerd
print(json.dumps(r, ensure_ascii=False))
"""


@pytest.mark.parametrize("naam", ["grensgevallen", "stuurtekens", "puntkomma"])
def test_cli_referentieroute_zonder_polars(naam, tmp_path):
    """De rekenhulp (``rekenhulp.bereken``, zoals in de browser) rekent ``declaraties`` in een proces waarin polars
    en numpy niet bestaan, en geeft precies de JSON van de gewone CLI (snelle route, met polars)."""
    pad = tmp_path / f"{naam}.csv"
    pad.write_text(PROEVEN[naam], encoding="utf-8")
    r = subprocess.run([sys.executable, "-c", _ZONDER_POLARS, pad.name], cwd=tmp_path, capture_output=True,
                       text=True, check=False)
    assert r.returncode == 0, r.stderr[-3000:]
    uit = json.loads(r.stdout)
    assert uit["status"] == "ok", uit
    assert "--route" in uit["argv"] and uit["argv"][uit["argv"].index("--route") + 1] == "referentie"
    cli = subprocess.run([sys.executable, "-m", "zorgcontract", "declaraties", pad.name, "--json"], cwd=tmp_path,
                         capture_output=True, text=True, check=True)
    from zorgcontract import rekenhulp

    assert uit["uitkomst"] == rekenhulp.lees_json_uitvoer(cli.stdout)
