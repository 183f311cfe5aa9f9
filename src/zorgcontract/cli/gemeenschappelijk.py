"""Gedeelde CLI-plumbing: de invoerlaag op de opdrachtregel, uitvoer als mensentekst of JSON, en één
foutafhandeling met exit-status 2.

Opties worden gelezen met typer's eigen uitbreidingspunt (``parser=``): elke optie krijgt een lezer uit
``zorgcontract.kern.invoertypen`` (soort, grenzen en notatie staan daar één keer), gebonden aan de optienaam
zoals de gebruiker die typt en aan de regel die de grens stelt. Een afgewezen waarde wordt een ``OptieFout``
(bewust geen ``ValueError``, zodat typer er geen Engelse melding van maakt), die ``main`` en ``opdracht``
melden als ``fout: ongeldige waarde voor '--optie': ... (regel)`` op stderr, en met ``--json`` ergens op de
regel ook als ``{"fout": ..., "veld": "--optie"}`` op stdout.

``Opdracht`` (de klasse van elke subopdracht) weigert vóór het ontleden herhaalde opties
(``--ingeschreven 2350 --ingeschreven 23501``) en een waarde aan een vlag (``--json=ja``).
"""

from __future__ import annotations

import functools
import json
import sys
from typing import Any, Callable

import typer
from typer._click.globals import get_current_context
from typer.core import TyperCommand, TyperGroup

from zorgcontract.kern import invoertypen as it
from zorgcontract.kern.fouten import InvoerFout, ParameterOnbekend, ZorgcontractFout
from zorgcontract.kern.invoertypen import Afgewezen, citeer

JSON_OPTIE = typer.Option(False, "--json", help="Uitvoer als JSON (bedragen als tekst met punt, datums ISO). "
                                                "Ook fouten: {\"fout\": ..., \"veld\": ...} op stdout.")

# Staat --json ergens op de regel? ``main`` zet dit vóór het ontleden; zo krijgt ook een fout waarbij een
# andere optie ``--json`` als waarde inslikte, haar JSON.
JSON_OP_REGEL = False


class OptieFout(ZorgcontractFout):
    """Een optie of aanroep die niet klopt. ``veld`` is de optie zoals getypt (``--ingeschreven``) of None."""

    def __init__(self, veld: str | None, bericht: str, regel: str | None = None):
        self.veld, self.bericht, self.regel = veld, bericht, regel
        tekst = f"ongeldige waarde voor '{veld}': {bericht}" if veld else bericht
        if regel:
            tekst += f" ({regel})"
        super().__init__(tekst)


# --- de regel bij een optie ----------------------------------------------------------------------------

def regel_van(regel: Any) -> str | None:
    """``regel`` is tekst, een Bron, (reeks, artikel, lid[, plaats]) of een functie zonder argumenten."""
    if regel is None or isinstance(regel, str):
        return regel
    if isinstance(regel, tuple):
        from zorgcontract.kern.bronnen import regel_tekst

        return regel_tekst(*regel)
    if callable(regel):
        return regel_van(regel())
    return str(regel)


# --- optie-lezers (typer parser=) -----------------------------------------------------------------------

def _lezer(optie: str, lees: Callable[[str], Any], regel: Any) -> Callable[[Any], Any]:
    def parse(waarde: Any) -> Any:
        if not isinstance(waarde, str):
            return waarde
        if waarde.startswith("--"):
            raise OptieFout(optie, f"verwacht een waarde, maar daar staat de optie {citeer(waarde)}")
        try:
            return lees(waarde)
        except Afgewezen as e:
            raise OptieFout(optie, e.bericht, regel_van(regel)) from None
        except InvoerFout as e:
            raise OptieFout(optie, e.bericht, e.regel or regel_van(regel)) from None

    return parse


def _grenzen(soort: it.Soort) -> str:
    def nl(d):
        return f"{d:f}".replace(".", ",")
    if soort.decimalen == 0:
        return f"geheel getal {nl(soort.minimum)} t/m {nl(soort.maximum)}"
    return f"{nl(soort.minimum)} t/m {nl(soort.maximum)}, hoogstens {soort.decimalen} decimalen; komma of punt, 2.350 wordt geweigerd"


def getal_optie(optie: str, soort: it.Soort, regel: Any = None, standaard: str | None = None, help: str = "",
                meervoud: bool = False) -> Any:
    """Een getal-optie van ``soort`` (``it.AANTAL``, ``it.UREN_PER_WEEK``, ``it.BEDRAG``, ...)."""
    lees = (lambda t: it.lees_geheel(t, soort)) if soort.decimalen == 0 else (lambda t: it.lees_getal(t, soort))
    tekst = f"{help} ({soort.naam}: {_grenzen(soort)})".strip()
    return typer.Option([] if meervoud else standaard, optie, parser=_lezer(optie, lees, regel), help=tekst,
                        metavar="GETAL", show_default=standaard is not None)


def tekst_optie(optie: str, lees: Callable[[str], Any], regel: Any = None, standaard: str | None = None,
                help: str = "", meervoud: bool = False, metavar: str = "TEKST") -> Any:
    """Een optie met een eigen lezer (datum, tijd, keuze, spreekuur, ...)."""
    return typer.Option([] if meervoud else standaard, optie, parser=_lezer(optie, lees, regel), help=help,
                        metavar=metavar, show_default=standaard is not None)


def jaar_optie(optie: str, *reeksen: str, standaard: str, help: str = "") -> Any:
    eerste, laatste, perioden = it.bekende_jaren(*reeksen)  # uit de documentgegevens, niet hard getypt
    return typer.Option(standaard, optie, parser=_lezer(optie, lambda t: it.lees_jaar(t, *reeksen), None),
                        help=(help or "Jaar van de berekening") + f" (vier cijfers, {eerste} t/m {laatste}: de perioden "
                        f"{perioden} van de bronnen)",
                        metavar="JJJJ", show_default=True)


def datum_optie(optie: str, regel: Any = None, help: str = "") -> Any:
    return tekst_optie(optie, it.lees_datum, regel, help=(help + " " if help else "") +
                       f"(JJJJ-MM-DD, {it.DATUM_VROEGST.year}-{it.DATUM_LAATST.year})", metavar="JJJJ-MM-DD")


def keuze_optie(optie: str, keuzes: list[str], wat: str, regel: Any = None, standaard: str | None = None,
                help: str = "", meervoud: bool = False, hoofdletters: bool = False) -> Any:
    return tekst_optie(optie, lambda t: it.lees_keuze(t, keuzes, wat, hoofdletters), regel, standaard,
                       (help + " " if help else "") + f"({', '.join(keuzes)})", meervoud, metavar="KEUZE")


def nodig(waarde: Any, optie: str, regel: Any = None, voorbeeld: str = "") -> Any:
    """Een verplichte optie: ontbreekt ze, dan een melding die de optie noemt."""
    if waarde is None:
        raise OptieFout(optie, "ontbreekt" + (f": geef bijv. {optie} {voorbeeld}" if voorbeeld else ""), regel_van(regel))
    return waarde


# --- de subopdrachtklasse: herhaalde opties en --vlag=waarde --------------------------------------------

class NederlandseHulp:
    """De hulptekst in het Nederlands: 'Gebruik:', '[OPTIES]', 'Toon deze hulp en stop.'."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.options_metavar = "[OPTIES]"
        if hasattr(self, "subcommand_metavar"):
            self.subcommand_metavar = "SUBOPDRACHT [ARGUMENTEN]..."

    def format_usage(self, ctx, formatter) -> None:
        formatter.write_usage(ctx.command_path, " ".join(self.collect_usage_pieces(ctx)), prefix="Gebruik: ")

    def get_help_option(self, ctx):
        optie = super().get_help_option(ctx)
        if optie is not None:
            optie.help = "Toon deze hulp en stop."
        return optie


def nederlandse_panelen() -> None:
    """De koppen van typer's hulp (rich) in het Nederlands; alleen weergave."""
    try:
        from typer import rich_utils
    except ImportError:  # pragma: no cover - typer zonder rich
        return
    for naam, tekst in (("OPTIONS_PANEL_TITLE", "Opties"), ("COMMANDS_PANEL_TITLE", "Subopdrachten"),
                        ("ARGUMENTS_PANEL_TITLE", "Argumenten"), ("DEFAULT_STRING", "[standaard: {}]"),
                        ("REQUIRED_LONG_STRING", "[verplicht]")):
        if hasattr(rich_utils, naam):
            setattr(rich_utils, naam, tekst)


class Groep(NederlandseHulp, TyperGroup):
    """De hoofdopdracht ``zorgcontract`` (alleen de Nederlandse hulp)."""


class Opdracht(NederlandseHulp, TyperCommand):
    """Subopdracht die vóór het ontleden herhaalde opties en een waarde aan een vlag weigert."""

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        # Ook wie de typer-app zelf aanroept (CliRunner, het handboek) krijgt de Nederlandse melding en exit 2.
        als_json = JSON_OP_REGEL or any(a == "--json" or a.startswith("--json=") for a in args)
        try:
            controleer_opties(self, args)
            return super().parse_args(ctx, args)
        except ZorgcontractFout as e:
            raise typer.Exit(meld(e, als_json)) from None


MAX_HERHALING = 100  # een herhaalbare optie (--spreekuur, --dienst, ...) hoogstens zo vaak


def controleer_opties(command, args: list[str]) -> None:
    opties = {}
    for p in command.params:
        for naam in [*getattr(p, "opts", []), *getattr(p, "secondary_opts", [])]:
            if naam.startswith("-"):
                opties[naam] = p
    gezien: dict[str, list[str]] = {}
    i = 0
    while i < len(args):
        tok = args[i]
        i += 1
        if tok == "--":
            break
        if not tok.startswith("-") or tok == "-":
            continue
        naam, is_, waarde = tok.partition("=")
        p = opties.get(naam)
        if p is None:
            continue  # onbekende optie of negatief getal: dat meldt click (vertaald in main)
        if getattr(p, "is_flag", False):
            if is_:
                raise OptieFout(naam, f"is een vlag zonder waarde: schrijf alleen {naam}, niet {citeer(tok)}")
            waarde = ""
        elif not is_:
            if i >= len(args):
                continue  # ontbrekende waarde: click meldt het (vertaald)
            waarde = args[i]
            i += 1
            if waarde in opties or waarde.partition("=")[0] in opties:
                # ``--features --json``: de optie zou de volgende optie als waarde inslikken
                raise OptieFout(naam, f"verwacht een waarde, maar daar staat de optie {citeer(waarde)}")
        lijst = gezien.setdefault(p.name, [])
        lijst.append(waarde)
        if len(lijst) > MAX_HERHALING:
            raise OptieFout(naam, f"staat meer dan {MAX_HERHALING} keer op de regel; zoveel waarden kent geen praktijk")
        if len(lijst) > 1 and not getattr(p, "multiple", False) and not getattr(p, "is_flag", False):
            raise OptieFout(naam, f"staat {len(lijst)} keer op de regel ({' en '.join(citeer(w) for w in lijst)}); "
                                  "geef haar één keer")


# --- fouten melden --------------------------------------------------------------------------------------

def _optienamen() -> dict[str, str]:
    """Naam -> optie zoals getypt, voor de lopende subopdracht: 'plus75' en '75plus' -> '--75plus'."""
    ctx = get_current_context(silent=True)
    namen: dict[str, str] = {}
    if ctx is None:
        return namen
    for p in ctx.command.params:
        opts = [o for o in getattr(p, "opts", []) if o.startswith("--")]
        if not opts:
            continue
        kaal = opts[0][2:]
        for sleutel in {p.name, kaal, kaal.replace("-", "_")}:
            namen[sleutel] = opts[0]
    return namen


def _als_optie(veld: str | None, extra: dict[str, str]) -> str | None:
    if veld is None or veld.startswith("-"):
        return veld
    if veld in extra:
        return extra[veld]
    return _optienamen().get(veld, veld)


def meld(fout: Exception, als_json: bool, namen: dict[str, str] | None = None) -> int:
    """Schrijf de Nederlandse melding (stderr) en met ``als_json`` ``{"fout", "veld"}`` (stdout); geef 2."""
    namen = namen or {}
    veld = None
    if isinstance(fout, (InvoerFout, OptieFout)):
        veld = _als_optie(fout.veld, namen)
        bericht = str(OptieFout(veld, fout.bericht, fout.regel))
    elif isinstance(fout, ParameterOnbekend):
        veld = _als_optie(namen.get("_peil", "jaar"), namen)
        bericht = f"ongeldige waarde voor '{veld}': {fout}"
    elif getattr(fout, "veld", None) and getattr(fout, "bericht", None):  # BuitenPeriode
        veld = _als_optie(fout.veld, namen)
        bericht = f"ongeldige waarde voor '{veld}': {fout.bericht}"
    else:
        bericht = str(fout)
    return schrijf(bericht, veld, als_json)


def _leesbaar(tekst: str) -> str:
    """Bytes die geen UTF-8 waren (surrogaten uit argv of een bestandsnaam) als ``\xff``; de rest ongewijzigd."""
    if not any(0xD800 <= ord(c) <= 0xDFFF for c in tekst):
        return tekst
    return "".join(f"\\x{ord(c) - 0xDC00:02x}" if 0xDC80 <= ord(c) <= 0xDCFF else
                   (c.encode("unicode_escape").decode("ascii") if 0xD800 <= ord(c) <= 0xDFFF else c) for c in tekst)


def schrijf(bericht: str, veld: str | None, als_json: bool) -> int:
    bericht, veld = _leesbaar(bericht), (None if veld is None else _leesbaar(veld))
    print(f"fout: {bericht}", file=sys.stderr)
    if als_json:
        data = {"fout": bericht}
        if veld:
            data["veld"] = veld
        print(json.dumps(data, ensure_ascii=False))
    return 2


def fout_en_stop(bericht: str, als_json: bool) -> None:
    meld(ZorgcontractFout(bericht), als_json or JSON_OP_REGEL)
    raise typer.Exit(2)


def opdracht(functie: Callable | None = None, *, namen: dict[str, str] | None = None) -> Callable:
    """Vangt elke invoer- of parameterfout en meldt die in het Nederlands met exit 2. ``namen`` vertaalt
    veldnamen uit de regels (``aantal_75plus``) naar de optie zoals getypt (``--75plus``); ``_peil`` noemt de
    optie die de peildatum bepaalt (standaard ``jaar``)."""

    def decorator(f: Callable) -> Callable:
        @functools.wraps(f)
        def omhulsel(*args, **kwargs):
            als_json = bool(kwargs.get("als_json")) or JSON_OP_REGEL
            try:
                return f(*args, **kwargs)
            except ZorgcontractFout as e:
                raise typer.Exit(meld(e, als_json, namen))

        return omhulsel

    return decorator(functie) if functie is not None else decorator


def toon(als_json: bool, data: dict[str, Any], regels: list[str]) -> None:
    if als_json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print("\n".join(regels))


# --- voor code die tekst zelf leest (bijv. een subopdracht met een bestand) -----------------------------

def verplicht(veld: str, tekst: str | None, regel: str | None = None) -> str:
    if tekst is None or not str(tekst).strip():
        raise InvoerFout(veld, "ontbreekt", regel)
    return tekst


def geheel(veld: str, tekst: str | None, regel: str | None = None, standaard: int | None = None) -> int:
    if tekst is None and standaard is not None:
        return standaard
    try:
        return it.lees_geheel(verplicht(veld, tekst, regel), it.AANTAL)
    except Afgewezen as e:
        raise InvoerFout(veld, e.bericht, regel) from None


def getal(veld: str, tekst: str | None, regel: str | None = None, soort: it.Soort = it.UREN_PER_WEEK):
    try:
        return it.lees_getal(verplicht(veld, tekst, regel), soort)
    except Afgewezen as e:
        raise InvoerFout(veld, e.bericht, regel) from None


def datum(veld: str, tekst: str | None, regel: str | None = None):
    try:
        return it.lees_datum(verplicht(veld, tekst, regel))
    except Afgewezen as e:
        raise InvoerFout(veld, e.bericht, regel) from None
