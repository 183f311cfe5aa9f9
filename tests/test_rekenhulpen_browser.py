"""De rekenhulpen in een echte browser: Debian's Chromium (headless, via Playwright met ``executable_path``;
nooit een browserdownload) opent het gebouwde handboek van een lokale statische server, vult elk formulier,
leest de uitkomst uit de DOM (``data-sleutel``/``data-waarde``) en vergelijkt die met ``zorgcontract ... --json``
(een apart proces) voor dezelfde invoer: ruim 20 invoeren per rekenhulp, foute invoer inbegrepen.

Eén browser en één geladen pagina per rekenhulp (Pyodide laadt één keer per pagina); het boek wordt één keer
per sessie gebouwd (tests/conftest.py). Elk verzoek dat Chromium doet wordt geregistreerd: geen enkel verzoek
mag de eigen origin verlaten. Zonder Chromium slaat de module over met de reden, behalve als
``ZORGCONTRACT_BROWSER_VERPLICHT=1`` (zo in .ci/run): dan faalt ze.
"""

from __future__ import annotations

import functools
import json
import os
import random
import re
import shutil
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest

from zorgcontract import rekenhulp

from zorgcontract.handboek import rekenhulp_paginas as rp

pytestmark = [pytest.mark.browser, pytest.mark.handboek]

WORTEL = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("ZORGCONTRACT_CHROMIUM", "/usr/bin/chromium")
VLAGGEN = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run"]
WACHT_MS = 90_000


def _geen_browser(reden: str):
    if os.environ.get("ZORGCONTRACT_BROWSER_VERPLICHT") == "1":
        pytest.fail(f"browsertests verplicht (ZORGCONTRACT_BROWSER_VERPLICHT=1), maar: {reden}")
    pytest.skip(reden)


# ---------------------------------------------------------------------------------------------- invoer
def _rnd(sub: str) -> random.Random:
    return random.Random(f"rekenhulpen-{sub}")


def invoer_poh_s() -> list[dict]:
    r = _rnd("poh-s")
    goed = [{"ingeschreven": "2350", "dm2": "150", "cvrm": "200", "copd": "40", "astma": "60", "contracturen": "16"}]
    for i in range(13):
        n = r.randint(300, 9000)
        d = {"ingeschreven": str(n), "dm2": str(r.randint(0, n // 10)), "cvrm": str(r.randint(0, n // 8)),
             "copd": str(r.randint(0, n // 30)), "astma": str(r.randint(0, n // 25)),
             "contracturen": r.choice(["4", "8", "12,5", "16", "20.25", "36", "0"])}
        if i % 3 == 0:
            d["jaar"] = r.choice(["2026", "2027", "2028"])
        if i % 4 == 1:
            d["keten-dbc"] = r.sample(["DM2", "CVRM", "COPD", "Astma", "dm2"], 2)
        goed.append(d)
    fout = [
        {"ingeschreven": "-1", "contracturen": "16"},
        {"ingeschreven": "abc", "contracturen": "16"},
        {"ingeschreven": "", "contracturen": "16"},
        {"ingeschreven": "2350", "contracturen": "x"},
        {"ingeschreven": "2350", "contracturen": "16", "jaar": "2031"},
        {"ingeschreven": "2350", "contracturen": "16", "keten-dbc": ["hartfalen"]},
        {"ingeschreven": "100", "dm2": "150", "contracturen": "16"},
        {"ingeschreven": "2350", "dm2": "1.5", "contracturen": "16"},
        {"ingeschreven": "2350", "contracturen": "NaN"},
    ]
    return goed + fout


def invoer_poh_ggz() -> list[dict]:
    r = _rnd("poh-ggz")
    goed = [{"ingeschreven": "2350", "uren": "16", "afgesproken-uren": "20", "jaar": "2026"}]
    for i in range(13):
        n = r.randint(500, 12000)
        d = {"ingeschreven": str(n), "uren": r.choice(["4", "8", "12", "16", "16,5", "24", "30.75", "40"])}
        if i % 2:
            d["afgesproken-uren"] = r.choice(["10", "20", "32", "18,25"])
        if i % 3 == 0:
            d["jaar"] = r.choice(["2026", "2027", "2028"])
        goed.append(d)
    fout = [
        {"ingeschreven": "-5", "uren": "16"},
        {"ingeschreven": "2350", "uren": "abc"},
        {"ingeschreven": "2350"},
        {"uren": "16"},
        {"ingeschreven": "2350", "uren": "16", "jaar": "2025"},
        {"ingeschreven": "2350", "uren": "-1"},
        {"ingeschreven": "2350", "uren": "16", "afgesproken-uren": "twintig"},
        {"ingeschreven": "2.350", "uren": "16"},
    ]
    return goed + fout


def invoer_declaratiestart() -> list[dict]:
    r = _rnd("declaratiestart")
    goed = [{"start-overeenkomst": "2026-04-01"}]
    for _ in range(15):
        goed.append({"start-overeenkomst": f"{r.choice([2026, 2027, 2028])}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"})
    goed.append({"start-overeenkomst": "2028-12-31"})
    fout = [{"start-overeenkomst": "2026-13-01"}, {"start-overeenkomst": "1 april 2026"}, {"start-overeenkomst": ""},
            {"start-overeenkomst": "2024-06-01"}, {"start-overeenkomst": "2029-01-01"}, {"start-overeenkomst": "2026-02-30"},
            {"start-overeenkomst": "2026/04/01"}, {"start-overeenkomst": "2026-4-1"}]
    return goed + fout


def invoer_coulance() -> list[dict]:
    r = _rnd("coulance")
    goed = [{"functie": "poh-s", "start-opleiding": "2026-02-15", "opleidingsduur-maanden": "24"}]
    for i in range(15):
        functie = ["poh-s", "poh-ggz", "poh-ouderen"][i % 3]
        # alleen opties die bij de functie horen (de invoerlaag weigert de rest), en ingangsdata binnen 2026-2028
        d = {"functie": functie, "start-opleiding": f"{r.choice([2026, 2027])}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"}
        if functie == "poh-s":
            d["opleidingsduur-maanden"] = r.choice(["10", "12", "13"]) if d["start-opleiding"] >= "2027-10" else r.choice(["10", "12", "13", "24"])
        if functie == "poh-ggz" and r.random() < 0.4:
            d["verkennend-gesprek"] = True
        if functie == "poh-ouderen":
            for vlag in ("incompany-opleiding", "hbo-v"):
                if r.random() < 0.5:
                    d[vlag] = True
        goed.append(d)
    fout = [{"functie": "assistent", "start-opleiding": "2026-02-15"},
            {"functie": "", "start-opleiding": "2026-02-15"},
            {"functie": "poh-s", "start-opleiding": "15-02-2026", "opleidingsduur-maanden": "24"},
            {"functie": "poh-s", "start-opleiding": "2026-02-15", "opleidingsduur-maanden": "18"},
            {"functie": "poh-s", "start-opleiding": "2026-02-15", "opleidingsduur-maanden": "twee"},
            {"functie": "poh-ggz"}]
    return goed + fout


def invoer_zk_poh_ggz() -> list[dict]:
    r = _rnd("zk-poh-ggz")
    goed = [{"ingeschreven": "3000", "uren": "16", "jaar": "2022"}]
    for i in range(14):
        d = {"ingeschreven": str(r.randint(400, 10000))}
        if i % 2:
            d["uren"] = r.choice(["6", "12", "14,5", "20", "30"])
        if i % 3 == 0:
            d["jaar"] = r.choice(["2022", "2023"])
        goed.append(d)
    fout = [{"ingeschreven": "0"}, {"ingeschreven": "-100"}, {"ingeschreven": "veel"}, {"ingeschreven": "2350", "jaar": "2024"},
            {"ingeschreven": "2350", "uren": "x"}, {"ingeschreven": "2350", "uren": "-3"}, {}]
    return goed + fout


def invoer_oaw_uren() -> list[dict]:
    r = _rnd("oaw-uren")
    goed = [{"ingeschreven": "3000", "jaar": "2022"}, {"ingeschreven": "2400"}, {"ingeschreven": "2399"},
            {"ingeschreven": "3000"}, {"ingeschreven": "2999"}]
    for i in range(11):
        d = {"ingeschreven": str(r.randint(100, 15000))}
        if i % 2:
            d["jaar"] = r.choice(["2022", "2023"])
        goed.append(d)
    fout = [{"ingeschreven": "-1"}, {"ingeschreven": "tien"}, {}, {"ingeschreven": "3000", "jaar": "2021"},
            {"ingeschreven": "3000", "jaar": "twintig"}, {"ingeschreven": "1e3"}]
    return goed + fout


def invoer_zk_oaw_toets() -> list[dict]:
    r = _rnd("zk-oaw-toets")
    dagen = ["ma", "di", "wo", "do", "vr", "za", "zo"]
    goed = [{"ingeschreven": "3000", "spreekuur": ["di 17:00-19:00", "za 09:00-10:00"], "weken": "46", "jaar": "2022"}]
    for i in range(14):
        spreekuren = []
        for _ in range(r.randint(1, 3)):
            begin = r.choice([7, 16, 17, 18, 9, 10])
            spreekuren.append(f"{r.choice(dagen)} {begin:02d}:00-{begin + r.randint(1, 3):02d}:{r.choice(['00', '30'])}"
                              + (" x2" if r.random() < 0.3 else ""))
        d = {"ingeschreven": str(r.randint(800, 9000)), "spreekuur": spreekuren, "weken": str(r.randint(40, 52))}
        for vlag in ("niet-digitaal-en-fysiek", "geen-vaste-momenten", "niet-in-eigen-praktijk"):
            if r.random() < 0.2:
                d[vlag] = True
        if i % 4 == 0:
            d["jaar"] = "2023"
        goed.append(d)
    fout = [{"ingeschreven": "3000", "weken": "46"},
            {"ingeschreven": "3000", "spreekuur": ["dinsdag 17-19"], "weken": "46"},
            {"ingeschreven": "3000", "spreekuur": ["di 19:00-17:00"], "weken": "46"},
            {"ingeschreven": "3000", "spreekuur": ["di 17:00-19:00"], "weken": "zes"},
            {"ingeschreven": "-3000", "spreekuur": ["di 17:00-19:00"], "weken": "46"},
            {"ingeschreven": "3000", "spreekuur": ["di 17:00-19:00"], "weken": "46", "jaar": "2030"},
            {"ingeschreven": "3000", "spreekuur": ["xx 17:00-19:00"], "weken": "60"}]
    return goed + fout


KOP = "regel,prestatiecode,datum,uitvoerder,context,deelnemers,zorgverlener"


def invoer_declaraties() -> list[tuple[str, bytes]]:
    r = _rnd("declaraties")
    voorbeeld = (WORTEL / "tests" / "data" / "declaraties-voorbeeld.csv").read_text(encoding="utf-8")
    regels = voorbeeld.strip().splitlines()[1:]
    uit = [("voorbeeld.csv", voorbeeld.encode())]
    for i in range(15):
        gekozen = r.sample(regels, r.randint(1, min(6, len(regels))))
        sep = ";" if i % 5 == 4 else ","
        tekst = "\n".join([KOP] + gekozen).replace(",", sep) + "\n"
        uit.append((f"decl-{i:02d}.csv", tekst.encode()))
    uit += [
        ("fout-code.csv", f"{KOP}\n1,99999,2026-03-01,huisarts,,,\n2,13029,2026-02-10,huisarts,poh-s-module,,\n".encode()),
        ("fout-datum.csv", f"{KOP}\n1,13029,2031-03-01,huisarts,,,\n2,13029,10-02-2026,huisarts,,,\n".encode()),
        ("geen-kop.csv", b"1,13029,2026-02-10,huisarts,,,\n"),
        ("leeg.csv", b""),
        ("latin1.csv", f"{KOP}\n1,13029,2026-02-10,huisarts,,,Jos\u00e9\n".encode("latin-1")),
        ("onzin.csv", b"dit is geen csv\x00\x01"),
    ]
    return uit


INVOER = {
    "poh-s": invoer_poh_s, "poh-ggz": invoer_poh_ggz, "declaratiestart": invoer_declaratiestart,
    "coulance": invoer_coulance, "zk-poh-ggz": invoer_zk_poh_ggz, "oaw-uren": invoer_oaw_uren,
    "zk-oaw-toets": invoer_zk_oaw_toets,
}


def argv(sub: str, opties: dict) -> list[str]:
    """De CLI-aanroep, hier los opgebouwd (niet via zorgcontract.rekenhulp)."""
    uit = [sub]
    for naam, w in opties.items():
        if w is True:
            uit.append(f"--{naam}")
        elif isinstance(w, list):
            for x in w:
                uit += [f"--{naam}", x]
        elif w != "":
            uit += [f"--{naam}", w]
    return uit + ["--json"]


# Eén Python-proces per reeks aanroepen: per aanroep ``zorgcontract.cli.main()`` met die argv, zoals het
# commando ``zorgcontract`` het doet (stdout, stderr en exitstatus per aanroep apart). Scheelt een proces per invoer.
_REEKS = r"""
import contextlib, io, json, sys
from zorgcontract import cli
uit = []
for args in json.loads(sys.stdin.read()):
    o, e = io.StringIO(), io.StringIO()
    sys.argv = ["zorgcontract", *args]
    code = 0
    with contextlib.redirect_stdout(o), contextlib.redirect_stderr(e):
        try:
            cli.main()
        except SystemExit as x:
            code = x.code if isinstance(x.code, int) else (0 if x.code is None else 1)
    uit.append([code, o.getvalue(), e.getvalue()])
print(json.dumps(uit))
"""


def cli_reeks(argvs: list[list[str]], cwd: Path | None = None) -> list[dict]:
    r = subprocess.run([sys.executable, "-c", _REEKS], input=json.dumps(argvs), capture_output=True, text=True,
                       cwd=cwd, check=True)
    return [_uitkomst(args, *res) for args, res in zip(argvs, json.loads(r.stdout))]


def _uitkomst(args, code, stdout, stderr) -> dict:
    data = rekenhulp.lees_json_uitvoer(stdout) if stdout.strip().startswith("{") else None
    if code == 0:
        return {"ok": data}
    assert code == 2, (args, code, stderr)  # nooit een traceback
    assert "Traceback" not in stderr, stderr
    melding = data["fout"] if data and "fout" in data else stderr.strip().splitlines()[-1].removeprefix("fout: ")
    return {"fout": melding}


def cli(args: list[str], cwd: Path | None = None) -> dict:
    """Het echte commando, één aanroep (controle dat cli_reeks hetzelfde geeft)."""
    r = subprocess.run([sys.executable, "-m", "zorgcontract", *args], capture_output=True, text=True, cwd=cwd,
                       check=False)
    return _uitkomst(args, r.returncode, r.stdout, r.stderr)


def plat(w, pad: str = "") -> dict[str, str]:
    """JSON -> {data-sleutel: data-waarde} zoals de pagina die schrijft (tekst als tekst, de rest als JSON)."""
    if isinstance(w, dict):
        uit = {}
        for k, v in w.items():
            uit.update(plat(v, f"{pad}.{k}" if pad else k))
        return uit
    if isinstance(w, list):
        if not w:
            return {pad: "[]"}
        uit = {}
        for i, v in enumerate(w):
            uit.update(plat(v, f"{pad}.{i}"))
        return uit
    return {pad: w if isinstance(w, str) else json.dumps(w)}


# ---------------------------------------------------------------------------------------------- fixtures
class _Stil(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def server(handboek_gebouwd):
    html, _ = handboek_gebouwd
    srv = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Stil, directory=str(html)))
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}", html
    srv.shutdown()


@pytest.fixture(scope="session")
def browser():
    if not (Path(CHROMIUM).is_file() or shutil.which("chromium")):
        _geen_browser(f"Chromium ontbreekt ({CHROMIUM}); installeer met: apt-get install -y chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _geen_browser("het Python-pakket playwright ontbreekt (pip install -e '.[dev]')")
    pw = sync_playwright().start()
    try:
        b = pw.chromium.launch(executable_path=CHROMIUM if Path(CHROMIUM).is_file() else shutil.which("chromium"),
                               args=VLAGGEN, headless=True)
    except Exception as e:  # noqa: BLE001 - de reden hoort in de melding
        pw.stop()
        _geen_browser(f"Chromium start niet: {e}")
    yield b
    b.close()
    pw.stop()


@pytest.fixture(scope="session")
def verzoeken():
    """Elk verzoek van elke pagina in deze sessie: (pagina-url, verzoek-url)."""
    return []


@pytest.fixture(scope="session")
def paginas(browser, server, verzoeken):
    """Eén geladen pagina per rekenhulp (in een eigen context: koude cache), hergebruikt door alle tests."""
    basis, _ = server
    open_ = {}
    fouten = []

    def pagina(sub: str, query: str = ""):
        if sub not in open_:
            ctx = browser.new_context()
            p = ctx.new_page()
            p.on("request", lambda req: verzoeken.append((sub, req.url)))
            p.on("pageerror", lambda e: fouten.append((sub, str(e))))
            p.goto(f"{basis}/rekenhulpen/{sub}.html" + (f"?{query}" if query else ""))
            wacht_klaar(p)
            open_[sub] = p
        return open_[sub]

    pagina.fouten = fouten
    yield pagina
    for p in open_.values():
        p.context.close()


def wacht_klaar(p, bestand: str | None = None):
    """Wacht tot de getoonde uitkomst bij de huidige stand van het formulier hoort."""
    p.wait_for_function(
        """(bestand) => {
            const w = document.querySelector('.rekenhulp');
            if (!w || ['laden', 'bezig'].includes(w.dataset.status)) return false;
            if (bestand !== null) return w.dataset.bestand === bestand;
            return w.dataset.status === 'klaar' || w.dataset.query === location.search.slice(1);
        }""", arg=bestand, timeout=WACHT_MS)


def vul(p, opties: dict, velden: list[dict]):
    """Typ de invoer in het formulier (Playwright ``fill``/``set_checked``); velden die al goed staan blijven staan."""
    nu = p.evaluate("""() => Object.fromEntries([...document.querySelectorAll('form.rekenhulp-formulier [name]')]
        .map(e => [e.name, e.type === 'checkbox' ? e.checked : e.value]))""")
    for v in velden:
        w = opties.get(v["naam"])
        el = p.locator(f'form.rekenhulp-formulier [name="{v["naam"]}"]')
        if v["soort"] == "vlag":
            if nu[v["naam"]] != bool(w):
                el.set_checked(bool(w))
        elif v["soort"] == "lijst":
            if nu[v["naam"]] != "\n".join(w or []):
                el.fill("\n".join(w or []))
        elif v["soort"] == "tekst":
            if nu[v["naam"]] != (w or ""):
                el.fill(w or "")


def lees(p) -> dict:
    return p.evaluate("""() => {
        const w = document.querySelector('.rekenhulp');
        const uit = {};
        for (const e of w.querySelectorAll('.rekenhulp-uitkomst [data-sleutel]')) uit[e.dataset.sleutel] = e.dataset.waarde;
        const fouten = [...w.querySelectorAll('[data-fout]')].filter(e => !e.hidden && !e.closest('[hidden]'))
            .map(e => ({tekst: e.textContent, fout: e.dataset.fout,
                        veld: (e.closest('[data-fout-veld]') || e).getAttribute('data-fout-veld') || null}));
        return {status: w.dataset.status, waarden: uit, fouten,
                intern: !!w.querySelector('.rekenhulp-intern'), query: location.search.slice(1)};
    }""")


def veld_in_melding(melding: str, namen: list[str]) -> str | None:
    m = re.search(r"ongeldige waarde voor '([^']+)'", melding)
    if not m:
        return None
    ruw = m.group(1).lstrip("-")  # de invoerlaag noemt de optie zoals getypt
    return next((n for n in (ruw, ruw.replace("_", "-")) if n in namen), None)


def vergelijk(sub: str, opties: dict, gezien: dict, verwacht: dict, namen: list[str]):
    wat = f"{sub} {opties}"
    assert not gezien["intern"], f"{wat}: 'er ging iets mis' op de pagina"
    if "ok" in verwacht:
        assert gezien["status"] == "ok", (wat, gezien)
        assert gezien["waarden"] == plat(verwacht["ok"]), wat
        assert not gezien["fouten"], wat
    else:
        assert gezien["status"] == "invoerfout", (wat, gezien, verwacht)
        assert gezien["waarden"] == {}, f"{wat}: een uitkomst naast een fout"
        assert len(gezien["fouten"]) == 1, (wat, gezien["fouten"])
        [f] = gezien["fouten"]
        assert f["tekst"] == verwacht["fout"] == f["fout"], wat
        assert f["veld"] == veld_in_melding(verwacht["fout"], namen), (wat, f)


# ---------------------------------------------------------------------------------------------- tests
@pytest.mark.parametrize("sub", list(INVOER))
def test_formulier_geeft_wat_de_cli_geeft(sub, paginas):
    r = rp.rekenhulp(sub)
    velden = rp.velden(r)
    namen = [v["naam"] for v in velden]
    invoer = INVOER[sub]()
    assert len(invoer) >= 20
    verwacht = cli_reeks([argv(sub, o) for o in invoer])
    assert verwacht[0] == cli(argv(sub, invoer[0])) and verwacht[-1] == cli(argv(sub, invoer[-1]))
    assert sum("fout" in v for v in verwacht) >= 5, "te weinig foute invoer"
    assert sum("ok" in v for v in verwacht) >= 10
    # de eerste invoer via de URL: de pagina vult het formulier en rekent meteen
    eerste = urlencode([(k, x) for k, w in invoer[0].items() for x in (w if isinstance(w, list) else [w])
                        if x is not True] + [(k, "ja") for k, w in invoer[0].items() if w is True])
    p = paginas(sub, eerste)
    vergelijk(sub, invoer[0], lees(p), verwacht[0], namen)
    for v in velden:  # het formulier staat ingevuld
        if v["soort"] == "tekst":
            assert p.input_value(f'[name="{v["naam"]}"]') == invoer[0].get(v["naam"], ""), v["naam"]
    # de rest getypt
    for opties, exp in zip(invoer[1:], verwacht[1:]):
        vul(p, opties, velden)
        wacht_klaar(p)
        gezien = lees(p)
        vergelijk(sub, opties, gezien, exp, namen)
        # de URL geeft de invoer terug, onder de optienamen zonder streepjes
        terug = {}
        for k, w in parse_qsl(gezien["query"], keep_blank_values=True):
            terug.setdefault(k, []).append(w)
        for v in velden:
            w = opties.get(v["naam"])
            if v["soort"] == "vlag":
                assert (v["naam"] in terug) == bool(w), (sub, v["naam"])
            elif v["soort"] == "lijst":
                assert terug.get(v["naam"], []) == [x for x in (w or []) if x.strip()], (sub, v["naam"])
            elif w:
                assert terug.get(v["naam"]) == [w], (sub, v["naam"])
            else:
                assert v["naam"] not in terug, (sub, v["naam"])
    assert not [f for f in paginas.fouten if f[0] == sub], paginas.fouten


def test_declaraties_uit_een_eigen_bestand(paginas, tmp_path):
    p = paginas("declaraties")
    invoer = invoer_declaraties()
    assert len(invoer) >= 20
    for naam, inhoud in invoer:
        (tmp_path / naam).write_bytes(inhoud)
    verwacht = cli_reeks([["declaraties", naam, "--json"] for naam, _ in invoer], cwd=tmp_path)
    assert verwacht[-1] == cli(["declaraties", invoer[-1][0], "--json"], cwd=tmp_path)
    assert sum("fout" in v for v in verwacht) >= 3
    assert sum("ok" in v for v in verwacht) >= 10
    # en binnen de goede bestanden: geweigerde regels en regels met een fout
    regels_ = [r for v in verwacht if "ok" in v for r in v["ok"]["regels"]]
    assert {r["oordeel"] for r in regels_} == {"toegestaan", "niet toegestaan", "fout"}
    for (naam, inhoud), exp in zip(invoer, verwacht):
        p.set_input_files('[name="bestand"]', files=[{"name": naam, "mimeType": "text/csv", "buffer": inhoud}])
        wacht_klaar(p, bestand=naam)
        gezien = lees(p)
        vergelijk("declaraties", {"bestand": naam}, gezien, exp, ["bestand"])
        assert gezien["query"] == "", "het bestand (patiëntgegevens) hoort niet in de URL"


def test_bronkolom_linkt_naar_bestaande_artikelpaginas(paginas, server):
    _, html = server
    for sub in ("poh-s", "poh-ggz", "zk-oaw-toets"):
        p = paginas(sub)
        links = p.evaluate("() => [...document.querySelectorAll('.rekenhulp-uitkomst a.rekenhulp-bron')].map(a => a.getAttribute('href'))")
        if not links:  # de laatste invoer was fout: reken de voorbeeldinvoer
            vul(p, INVOER[sub]()[0], rp.velden(rp.rekenhulp(sub)))
            wacht_klaar(p)
            links = p.evaluate("() => [...document.querySelectorAll('.rekenhulp-uitkomst a.rekenhulp-bron')].map(a => a.getAttribute('href'))")
        assert links, sub
        for href in links:
            assert "#reg-" in href, (sub, href)
            pad, anker = href.split("#")
            doel = (html / "rekenhulpen" / pad).resolve()
            assert doel.is_file(), href
            assert f'id="{anker}"' in doel.read_text(encoding="utf-8"), href


def test_er_ging_iets_mis_zonder_traceback_in_beeld(paginas):
    p = paginas("oaw-uren")
    p.evaluate("""async () => {
        const {py} = await window.zorgcontractRekenhulp.laadPython();
        py.runPython("import zorgcontract.cli as c\\nc._echte_main = c.main\\ndef _stuk():\\n    raise ZeroDivisionError('proef')\\nc.main = _stuk");
    }""")
    try:
        vul(p, {"ingeschreven": "3000"}, rp.velden(rp.rekenhulp("oaw-uren")))
        wacht_klaar(p)
        gezien = lees(p)
        assert gezien["status"] == "intern" and gezien["intern"] and gezien["waarden"] == {}
        zichtbaar = p.locator(".rekenhulp-melding").inner_text()
        assert "Er ging iets mis" in zichtbaar and "ZeroDivisionError" not in zichtbaar  # detail ingeklapt
        p.locator(".rekenhulp-melding summary").click()
        assert "ZeroDivisionError: proef" in p.locator(".rekenhulp-melding pre").inner_text()
    finally:
        p.evaluate("""async () => {
            const {py} = await window.zorgcontractRekenhulp.laadPython();
            py.runPython("import zorgcontract.cli as c\\nc.main = c._echte_main");
        }""")


def test_geen_verzoek_buiten_de_eigen_origin(paginas, server, verzoeken):
    basis, _ = server
    for sub in [*INVOER, "declaraties"]:
        paginas(sub)
    assert verzoeken
    buiten = [(s, u) for s, u in verzoeken if urlsplit(u).netloc != urlsplit(basis).netloc and not u.startswith(("data:", "blob:"))]
    assert buiten == [], buiten
    geladen = {urlsplit(u).path for _, u in verzoeken}
    assert any(pad.endswith("pyodide.asm.wasm") for pad in geladen)
    assert any(pad.endswith(".whl") for pad in geladen)


def test_csp_houdt_elk_verzoek_naar_buiten_tegen(paginas):
    p = paginas("poh-ggz")
    csp = p.evaluate("() => document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content")
    assert "default-src 'self'" in csp and "'wasm-unsafe-eval'" in csp and "'unsafe-eval'" not in csp.replace("'wasm-unsafe-eval'", "")
    uitkomst = p.evaluate("""async () => {
        const geweigerd = [];
        document.addEventListener('securitypolicyviolation', (e) => geweigerd.push(e.blockedURI));
        let fetchGelukt = true;
        try { await fetch('http://192.0.2.1/lek?x=1'); } catch (e) { fetchGelukt = false; }
        const img = new Image(); img.src = 'http://192.0.2.1/pixel.png';
        await new Promise((r) => setTimeout(r, 300));
        return {fetchGelukt, geweigerd};
    }""")
    assert uitkomst["fetchGelukt"] is False
    assert any("192.0.2.1" in u for u in uitkomst["geweigerd"]), uitkomst


def test_bytecode_uit_de_bundel_past_bij_de_python_van_de_browser(paginas):
    """De wielen en de stdlib-zip komen met .pyc (bundel.met_pyc): die moeten het magische getal van déze Python
    hebben en 'unchecked-hash' zijn, anders compileert de browser alles toch weer (stil, en seconden trager)."""
    p = paginas("poh-ggz")
    uit = p.evaluate("""async () => {
        const {py} = await window.zorgcontractRekenhulp.laadPython();
        return py.runPython(`
import importlib.util, json, sys, zipfile
def kop(data):
    return {"magic": data[:4] == importlib.util.MAGIC_NUMBER, "vlaggen": int.from_bytes(data[4:8], "little")}
uit = {}
for naam in ("zorgcontract.cli", "zorgcontract.rekenhulp", "zorgcontract.regels.zz.declaraties.uitvoer_referentie",
             "typer.main", "pydantic.main", "babel.numbers"):
    __import__(naam)
    with open(sys.modules[naam].__cached__, "rb") as f:
        uit[naam] = kop(f.read(16))
stdlib = next(p for p in sys.path if p.endswith(".zip"))
with zipfile.ZipFile(stdlib) as z:
    for naam in ("json/__init__.pyc", "decimal.pyc", "fractions.pyc"):
        uit[naam] = kop(z.read(naam))
json.dumps(uit)
`);
    }""")
    uit = json.loads(uit)
    assert len(uit) == 9
    for naam, k in uit.items():
        assert k == {"magic": True, "vlaggen": 0b01}, naam  # PEP 552: hash-gebaseerd, niet gecontroleerd
