"""Fuzzing van de opdrachtregel: strategieën die argumentenlijsten maken voor elke subopdracht, een
aanroeper in het proces (met een tijdslimiet die hangen vangt) en de controle van het contract:

- geen traceback, geen hang, exit 0 of 2;
- exit 2: een Nederlandse melding op stderr die met ``fout: `` begint, zonder Engelse click-tekst;
- ``--json`` ergens op de regel: stdout is JSON, met ``fout`` precies als de exit 2 is;
- invoer die geweigerd moet worden (een vijandige waarde, een herhaalde of onbekende optie, ``--vlag=waarde``,
  een extra argument, een ontbrekende verplichte optie) geeft nooit exit 0.

Gebruikt door ``tests/test_fuzz_cli.py`` en ``benchmarks/fuzz_cli.py``.
"""

from __future__ import annotations

import contextlib
import io
import json
import signal
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta

from hypothesis import strategies as st

from zorgcontract.kern.invoertypen import bekende_jaren

TIJDSLIMIET = 10.0  # seconden per aanroep: alleen om een hang te vangen, geen snelheidseis

ENGELS = ("Traceback", "Usage:", "Error:", "Invalid value", "does not take", "requires an argument", "No such",
          "Missing option", "Missing argument", "Got unexpected", "is not a valid", "Try '")


class Hang(BaseException):
    """De aanroep duurde langer dan ``TIJDSLIMIET`` (BaseException: ``main`` mag haar niet inslikken)."""


@dataclass
class Uitkomst:
    code: int | None
    stdout: str
    stderr: str
    uitzondering: BaseException | None = None
    hang: bool = False


def roep(args: list[str], tijdslimiet: float = TIJDSLIMIET) -> Uitkomst:
    """``zorgcontract *args`` in dit proces; stdout/stderr gevangen, SystemExit gevangen."""
    from zorgcontract.cli import main

    uit, fout = io.StringIO(), io.StringIO()

    def alarm(signum, frame):
        raise Hang()

    oud = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, tijdslimiet)
    code, exc, hang = None, None, False
    try:
        with contextlib.redirect_stdout(uit), contextlib.redirect_stderr(fout):
            main(list(args))
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except Hang:
        hang = True
    except BaseException as e:  # noqa: BLE001 - precies wat we willen tellen
        exc = e
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, oud)
    return Uitkomst(code, uit.getvalue(), fout.getvalue(), exc, hang)


# --- de subopdrachten en hun opties --------------------------------------------------------------------

@dataclass(frozen=True)
class Optie:
    naam: str
    soort: str  # aantal, uren, bedrag, jaar, datum, keuze, spreekuur, grenzen, vlag, pad
    verplicht: bool = False
    meervoud: bool = False
    minimum: int = 0
    maximum: int = 10_000_000
    keuzes: tuple[str, ...] = ()
    reeks: str = ""


def _jaren(reeks: str) -> tuple[int, int]:
    eerste, laatste, _ = bekende_jaren(reeks)
    return eerste, laatste


GROEPEN = ("DM2", "CVRM", "COPD", "Astma")
DIENSTEN = ("ochtend-avondspreekuur", "digitaal-afspraken", "herhaalrecepten", "e-consult-beeldbellen", "spraak-naar-tekst")
ONDERWERPEN = ("coulance", "diplomacontrole", "lean-naast-accreditatie", "meedenkconsulten", "poh-ouderen-opleiding",
               "service-bereikbaarheid")
MODULES = ("poh-s", "praktijkmanagement", "poh-ggz", "service-bereikbaarheid", "kwaliteit")

SUBOPDRACHTEN: dict[str, tuple[Optie, ...]] = {
    "poh-s": (
        Optie("--ingeschreven", "aantal", True, minimum=1), Optie("--dm2", "aantal"), Optie("--cvrm", "aantal"),
        Optie("--copd", "aantal"), Optie("--astma", "aantal"), Optie("--contracturen", "uren", True),
        Optie("--keten-dbc", "keuze", meervoud=True, keuzes=GROEPEN), Optie("--jaar", "jaar", reeks="zz-pohs"),
    ),
    "poh-ggz": (
        Optie("--ingeschreven", "aantal", True, minimum=1), Optie("--uren", "uren", True), Optie("--afgesproken-uren", "uren"),
        Optie("--jaar", "jaar", reeks="zz-pohggz"),
    ),
    "declaratiestart": (Optie("--start-overeenkomst", "datum", True),),
    "coulance": (
        Optie("--functie", "keuze", True, keuzes=("poh-s", "poh-ggz", "poh-ouderen")), Optie("--start-opleiding", "datum", True),
        Optie("--opleidingsduur-maanden", "aantal", minimum=1, maximum=120), Optie("--verkennend-gesprek", "vlag"),
        Optie("--incompany-opleiding", "vlag"), Optie("--hbo-v", "vlag"),
    ),
    "faq-uitspraak": (Optie("--onderwerp", "keuze", True, keuzes=ONDERWERPEN), Optie("--datum", "datum", True)),
    "indexering": (
        Optie("--tarief", "bedrag", True), Optie("--jaar", "jaar", reeks="zz-faq"),
        Optie("--soort", "keuze", keuzes=("vrij", "m&i", "gereguleerd")),
    ),
    "poh-ouderen": (
        Optie("--ingeschreven", "aantal", True, minimum=1), Optie("--75plus", "aantal", True), Optie("--jaar", "jaar", reeks="zz-faq"),
    ),
    "service-bereikbaarheid": (Optie("--dienst", "keuze", meervoud=True, keuzes=DIENSTEN), Optie("--datum", "datum", True)),
    "zk-startdatum": (Optie("--module", "keuze", True, keuzes=MODULES), Optie("--aanvraag", "datum", True)),
    "zk-poh-ggz": (Optie("--ingeschreven", "aantal", True, minimum=1), Optie("--uren", "uren"), Optie("--jaar", "jaar", reeks="zk-inkoop")),
    "fgv": (Optie("--conform", "aantal", True), Optie("--totaal", "aantal", True), Optie("--grenzen", "grenzen", True)),
    "oaw-uren": (Optie("--ingeschreven", "aantal", True, minimum=1), Optie("--jaar", "jaar", reeks="zk-inkoop")),
    "zk-oaw-toets": (
        Optie("--ingeschreven", "aantal", True, minimum=1), Optie("--spreekuur", "spreekuur", True, meervoud=True),
        Optie("--weken", "aantal", True, maximum=53), Optie("--niet-digitaal-en-fysiek", "vlag"),
        Optie("--geen-vaste-momenten", "vlag"), Optie("--niet-in-eigen-praktijk", "vlag"), Optie("--jaar", "jaar", reeks="zk-inkoop"),
    ),
    "zk-poh-s-aanvulling": (
        Optie("--uren", "uren", True), Optie("--uurkosten", "bedrag", True), Optie("--gedeeld-totaal", "uren"),
        Optie("--kwetsbare-ouderen", "uren"), Optie("--toekomstbestendig", "uren"), Optie("--andere-afspraken", "uren"),
        Optie("--ketenzorg", "uren"), Optie("--jaar", "jaar", reeks="zk-inkoop"),
    ),
    # Bestandsverwerking van deze twee zit bij andere onderdelen; hier alleen het globale contract.
    "declaraties": (),
    "dekking": (Optie("--features", "pad"), Optie("--cucumber", "pad")),
}


# --- waarden ------------------------------------------------------------------------------------------

def _decimaal(maximum: int, decimalen: int = 4) -> st.SearchStrategy[str]:
    """Een geldig getal 0..maximum in de notatie die de invoerlaag belooft (komma of punt; 3 decimalen alleen met komma)."""
    @st.composite
    def maak(draw):
        geheel = draw(st.integers(0, maximum))
        n = draw(st.sampled_from([0, 1, 2, 3, 4][: decimalen + 1]))
        if n == 0 or geheel == maximum:
            return str(geheel)
        deel = "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=n, max_size=n)))
        teken = "," if n == 3 else draw(st.sampled_from(",."))
        return f"{geheel}{teken}{deel}"
    return maak()


def _datum() -> st.SearchStrategy[str]:
    return st.dates(date(2000, 1, 1), date(2099, 12, 31)).map(date.isoformat) | st.sampled_from(
        ["2026-01-01", "2026-04-01", "2026-03-31", "2028-12-31", "2022-09-03", "2023-06-04", "2024-03-15", "2099-12-31", "2000-01-01"])


@st.composite
def _spreekuur(draw) -> str:
    dag = draw(st.sampled_from(["ma", "di", "wo", "do", "vr", "za", "zo", "Di"]))
    begin = draw(st.integers(0, 23 * 60 + 58))
    einde = draw(st.integers(begin + 1, 23 * 60 + 59))
    sep = draw(st.sampled_from(":."))
    tekst = f"{dag} {begin // 60:02d}{sep}{begin % 60:02d}-{einde // 60:02d}{sep}{einde % 60:02d}"
    if draw(st.booleans()):
        tekst += f" x{draw(st.integers(1, 20))}"
    return tekst


@st.composite
def _grenzen(draw) -> str:
    x, y, z = sorted(draw(st.lists(st.integers(0, 100), min_size=3, max_size=3, unique=True)))
    return draw(st.sampled_from([f"{x},{y},{z}", f"{x};{y};{z}", f"{x}.5;{y};{z}" if x < 100 else f"{x};{y};{z}"]))


def geldig(o: Optie) -> st.SearchStrategy[str]:
    if o.soort == "aantal":
        return st.integers(o.minimum, o.maximum).map(str) | st.sampled_from([str(o.minimum), str(o.maximum)])
    if o.soort == "uren":
        return _decimaal(168) | st.sampled_from(["0", "16", "16,5", "16.5", "168", "25"])
    if o.soort == "bedrag":
        return _decimaal(1_000_000) | st.sampled_from(["12,50", "12.50", "9,995", "0", "70,14"])
    if o.soort == "jaar":
        eerste, laatste = _jaren(o.reeks)
        return st.integers(eerste, laatste).map(str)
    if o.soort == "datum":
        return _datum()
    if o.soort == "keuze":
        return st.sampled_from(o.keuzes) | st.sampled_from(o.keuzes).map(str.upper)
    if o.soort == "spreekuur":
        return _spreekuur()
    if o.soort == "grenzen":
        return _grenzen()
    if o.soort == "pad":
        return st.just("/bestaat/niet")
    raise ValueError(o.soort)


VIJANDIG_GETAL = ["1e999999999", "1e23", "1E5", "1" + "0" * 30, "9" * 25, "10**30", "2.350", "1.234", "23.501", "1.234,56",
                  "1.234.567", "nan", "NaN", "inf", "-inf", "Infinity", "", " ", "abc", "1,5,5", "1..5", "١٢٣", "１２",
                  "12\udcff", "\udcff", "x" * 5000, "0x10", "1_000", "+5", "--json", "--", "-1", "5-", "1 000", "²", "½"]
VIJANDIG_JAAR = ["0", "-1", "10000", "99999999999999999999", "2", "20260", "2026.0", "2026,5", "MMXXVI", "2021", "2029", "1999",
                 "2030", "", "٢٠٢٦", "--json"]
VIJANDIG_DATUM = ["9999-12-31", "0001-01-01", "10000-01-01", "2026-02-30", "2026-13-01", "2026-2-3", "20260401",
                  "2026-04-01T00:00", "1 april 2026", "01-04-2026", "2026/04/01", "", "--json", "2100-01-01",
                  "1999-12-31", "2026-04-01+01:00", "२०२६-०४-०१", "\udcff"]
VIJANDIG_KEUZE = ["poh-x", "", " ", "--json", "\udcff", "x" * 10000, "DM2,CVRM", "*", "poh_s"]
VIJANDIG_SPREEKUUR = ["di 17:00:30-18:00", "di 17:00-18:00:00", "di 17:00+01:00-18:00", "di 17:00Z-18:00", "di 25:00-26:00",
                      "di 19:00-17:00", "di 17:00-17:00", "xx 17:00-19:00", "di 17:00-19:00 x0", "di 17:00-19:00 x" + "9" * 5000,
                      "di 17:00-19:00 x2 x3", "di", "", "di 17-19", "di 17:60-18:00", "di 1730-1800", "di 24:00-24:30",
                      "--json", "di 17:00-19:00 x-1", "di 17:00-19:00 x²", "di\u00a017:00-19:00x"]
VIJANDIG_GRENZEN = ["70,60,80", "60,70", "60,70,abc", "60;70;80;90", "-1,50,80", "60,70,101", "1e3,2e3,3e3", "60,60,80",
                    "", "--json", "60.125,70,80", ",,", "60,70,80,"]


def vijandig(o: Optie) -> st.SearchStrategy[str]:
    if o.soort in ("aantal", "uren", "bedrag"):
        extra = [str(o.minimum - 1), str(o.maximum + 1)] if o.soort == "aantal" else (["168,0001", "169", "-0,5"] if o.soort == "uren"
                                                                                   else ["1000000,01", "-0,01"])
        if o.soort == "aantal":
            extra += ["12.5", "3,5", "1.0"]
        return st.sampled_from(VIJANDIG_GETAL + extra)
    if o.soort == "jaar":
        eerste, laatste = _jaren(o.reeks)
        return st.sampled_from(VIJANDIG_JAAR + [str(eerste - 1), str(laatste + 1)])
    if o.soort == "datum":
        return st.sampled_from(VIJANDIG_DATUM)
    if o.soort == "keuze":
        return st.sampled_from(VIJANDIG_KEUZE)
    if o.soort == "spreekuur":
        return st.sampled_from(VIJANDIG_SPREEKUUR)
    if o.soort == "grenzen":
        return st.sampled_from(VIJANDIG_GRENZEN)
    if o.soort == "pad":  # wat dekking met een kapot of ontbrekend bestand doet, toetst test_dekking
        return st.sampled_from(["--json", "--features", "--cucumber"])
    raise ValueError(o.soort)


ONBEKEND = ["--onbekend", "--Ingeschreven", "--ingeschreven-", "-i", "-x", "--jso", "--json=ja", "--json=", "--json=1",
            "--help=ja", "-", "extra", "17", "--\udcff", "---json", "--" + "x" * 300, "y" * 300]


# --- argumentenlijsten ---------------------------------------------------------------------------------

@dataclass
class Aanroep:
    args: list[str]
    moet_weigeren: bool
    redenen: list[str] = field(default_factory=list)

    @property
    def json_op_regel(self) -> bool:
        return any(a == "--json" or a.startswith("--json=") for a in self.args)


@st.composite
def aanroepen(draw, subopdrachten: tuple[str, ...] | None = None) -> Aanroep:
    sub = draw(st.sampled_from(subopdrachten or tuple(SUBOPDRACHTEN)))
    opties = SUBOPDRACHTEN[sub]
    stukken: list[list[str]] = []
    redenen: list[str] = []
    onzeker: list[str] = []
    vijandig_kans = draw(st.sampled_from([0.0, 0.0, 0.15, 0.5]))
    for o in opties:
        mee = o.verplicht and draw(st.integers(0, 9)) > 0 or (not o.verplicht and draw(st.booleans()))
        if not mee:
            if o.verplicht:
                redenen.append(f"{o.naam} ontbreekt")
            continue
        if o.soort == "vlag":
            stukken.append([o.naam])
            continue
        keer = draw(st.integers(1, 3)) if o.meervoud else 1
        for _ in range(keer):
            kans = draw(st.floats(0, 1))
            if kans < vijandig_kans:
                waarde = draw(vijandig(o))
                redenen.append(f"{o.naam} {waarde!r}")
            elif kans > 0.97:  # willekeurige tekst: geen verwachting behalve het contract
                waarde = draw(st.text(max_size=30))
                if waarde.startswith("--"):
                    redenen.append(f"{o.naam} {waarde!r}")  # begint met --: nooit een geldige waarde
                else:
                    onzeker.append(o.naam)
            else:
                waarde = draw(geldig(o))
            # --optie=waarde ook; niet voor paden (dekking --cucumber=--json is een bestandsnaam: dat toetst test_dekking)
            gelijk = o.soort != "pad" and draw(st.integers(0, 9)) == 0
            stukken.append([f"{o.naam}={waarde}"] if gelijk else [o.naam, waarde])
    if sub == "declaraties":  # nooit een bestaand bestand: altijd een fout (het lezen zelf toetst test_declaraties)
        if draw(st.booleans()):
            stukken.append([draw(st.sampled_from(["/bestaat/niet.csv", "\udcff.csv"]))])
        redenen.append("geen bestaand bestand")
    # herhaalde optie
    enkel = [o for o in opties if not o.meervoud and o.soort != "vlag"]
    if enkel and draw(st.integers(0, 7)) == 0:
        o = draw(st.sampled_from(enkel))
        stukken.append([o.naam, draw(geldig(o))])
        if any(s[0] == o.naam or s[0].startswith(o.naam + "=") for s in stukken[:-1]):
            redenen.append(f"{o.naam} herhaald")
        elif f"{o.naam} ontbreekt" in redenen:
            redenen.remove(f"{o.naam} ontbreekt")
    # vlag met waarde
    vlaggen = [o for o in opties if o.soort == "vlag"]
    if vlaggen and draw(st.integers(0, 9)) == 0:
        stukken.append([f"{draw(st.sampled_from(vlaggen)).naam}=ja"])
        redenen.append("vlag met waarde")
    # onbekende optie of extra argument
    if draw(st.integers(0, 5)) == 0:
        tok = draw(st.sampled_from(ONBEKEND))
        stukken.append([tok])
        redenen.append(f"onbekend {tok!r}")
    if sub == "coulance":  # opties die bij een andere functie horen, worden geweigerd
        functie = next((s[-1].split("=", 1)[-1].lower() for s in stukken if s[0].startswith("--functie")), None)
        horen = {"--opleidingsduur-maanden": "poh-s", "--verkennend-gesprek": "poh-ggz", "--incompany-opleiding": "poh-ouderen",
                 "--hbo-v": "poh-ouderen"}
        for s in stukken:
            naam = s[0].split("=", 1)[0]
            if naam in horen and functie in ("poh-s", "poh-ggz", "poh-ouderen") and functie != horen[naam]:
                redenen.append(f"{naam} hoort niet bij {functie}")
    stukken = draw(st.permutations(stukken)) if stukken else []
    args = [t for s in stukken for t in s]
    # --json op een willekeurige plek (ook vóór de subopdracht, of tussen een optie en haar waarde)
    json_plek = draw(st.sampled_from(["geen", "eind", "los", "voor"]))
    if json_plek == "eind":
        args.append("--json")
    elif json_plek == "voor":
        args = ["--json", sub, *args]
    elif json_plek == "los":
        i = draw(st.integers(0, len(args)))
        if i > 0 and args[i - 1] in {o.naam for o in opties if o.soort != "vlag"}:
            redenen.append("--json slikt de waarde van een optie in")
        args.insert(i, "--json")
    if json_plek != "voor":
        args = [sub, *args]
    return Aanroep(args, bool(redenen), redenen)


# --- het contract --------------------------------------------------------------------------------------

def schendingen(a: Aanroep, u: Uitkomst) -> list[str]:
    """De soorten schending (leeg = in orde): traceback, hang, exit, engels, json, geaccepteerd, codering."""
    uit: list[str] = []
    if u.hang:
        return ["hang"]
    if u.uitzondering is not None or "Traceback" in u.stdout + u.stderr:
        return ["traceback"]
    if u.code not in (0, 2):
        uit.append("exit")
    try:
        u.stdout.encode("utf-8"), u.stderr.encode("utf-8")
    except UnicodeEncodeError:
        uit.append("codering")
    if u.code == 2:
        if not u.stderr.startswith("fout: ") or any(w in u.stderr for w in ENGELS):
            uit.append("engels")
    if a.json_op_regel and u.code in (0, 2):
        try:
            data = json.loads(u.stdout)
            if (u.code == 2) != (isinstance(data, dict) and isinstance(data.get("fout"), str)):
                uit.append("json")
        except ValueError:
            uit.append("json")
    if a.moet_weigeren and u.code == 0:
        uit.append("geaccepteerd")
    return uit


def controleer(a: Aanroep) -> tuple[Uitkomst, list[str]]:
    u = roep(a.args)
    return u, schendingen(a, u)
