"""De opdrachtregel ``zorgcontract``. Elke bron registreert haar eigen subopdrachten (cli/zz.py, ...).

``main`` is de enige ingang en belooft: exit 0 met een uitkomst, of exit 2 met een Nederlandse melding op
stderr en, zodra ``--json`` ergens op de regel staat, ``{"fout": ...}`` op stdout — ook voor fouten vóór de
subopdracht draait (onbekende optie of subopdracht, extra argument, ``--json=ja``, een optie die ``--json``
als waarde inslikt). Nooit een traceback: een onverwachte fout (een programmeerfout) wordt gemeld met exit 3.
"""

from __future__ import annotations

import importlib
import errno
import os
import pkgutil
import re
import sys

import typer
from typer import _click as click
from typer._click.exceptions import BadArgumentUsage, BadOptionUsage, NoArgsIsHelpError, NoSuchOption, UsageError

import zorgcontract.cli as _pakket
from zorgcontract.cli import gemeenschappelijk as gem
from zorgcontract.kern.fouten import ZorgcontractFout
from zorgcontract.kern.invoertypen import NOTATIE, citeer

# Welke module in cli/ welke subopdracht registreert. Alleen om snel te starten: ``zorgcontract declaraties ...``
# laadt dan alleen cli/declaraties.py (en wat die nodig heeft) in plaats van alle subopdrachten, hun regels en
# numpy (gemeten: 0,4 s minder opstarttijd per aanroep). ``tests/test_cli.py`` controleert dat deze lijst gelijk is
# aan wat de modules echt registreren. Voor ``--help`` en alles wat hier niet staat: de hele app.
SUBOPDRACHTEN: dict[str, str] = {
    "declaraties": "declaraties",
    "dekking": "dekking",
    "faq-uitspraak": "faq", "service-bereikbaarheid": "faq", "poh-ouderen": "faq", "indexering": "faq",
    "portefeuille": "portefeuille",
    "praktijk": "praktijk",
    "uitslagen": "uitslagen",
    "zk-startdatum": "zk", "zk-poh-ggz": "zk", "zk-poh-s-aanvulling": "zk", "fgv": "zk", "oaw-uren": "zk",
    "zk-oaw-toets": "zk",
    "poh-s": "zz", "poh-ggz": "zz", "declaratiestart": "zz", "coulance": "zz",
}

# Ontbreekt een pakket van buiten dat alleen één subopdracht nodig heeft (in de browser: polars voor de snelle
# declaratieroute, numpy voor de portefeuille, gherkin-official voor dekking), dan ontbreekt alleen die
# subopdracht; een fout in het project zelf blijft luid.
OVERGESLAGEN: dict[str, str] = {}


def bouw_app(modules: list[str] | None = None) -> tuple[typer.Typer, dict[str, str]]:
    """De typer-app met de subopdrachten van ``modules`` (namen in cli/; None: alle). Geeft ook per subopdracht de
    module die haar registreerde."""
    nieuw = typer.Typer(
        name="zorgcontract",
        help="Huisartsencontracten als uitvoerbare rekenregels (Zorg en Zekerheid, Zilveren Kruis). " + NOTATIE
        + " Foute invoer: Nederlandse melding op stderr, exit 2, met --json ook {\"fout\": ...} op stdout.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        cls=gem.Groep,
    )
    if modules is None:  # de Nederlandse koppen van de hulp; snel gestart wordt geen hulp getoond (zie _snel_te_starten)
        gem.nederlandse_panelen()
    else:
        # met één subopdracht zou typer de app tot die subopdracht maken; een lege callback houdt haar een groep,
        # zodat de aanroep (``zorgcontract declaraties ...``) dezelfde blijft
        nieuw.callback()(lambda: None)
    herkomst: dict[str, str] = {}
    # Elke module in cli/ met een functie ``registreer(app)`` voegt haar subopdrachten toe (zz, zk, dekking, ...).
    for module in modules or sorted(m.name for m in pkgutil.iter_modules(_pakket.__path__)):
        try:
            mod = importlib.import_module(f"zorgcontract.cli.{module}")
        except ModuleNotFoundError as e:
            if (e.name or "").split(".")[0] == "zorgcontract":
                raise
            OVERGESLAGEN[module] = e.name or "?"
            continue
        if hasattr(mod, "registreer"):
            voor = len(nieuw.registered_commands), len(nieuw.registered_groups)
            mod.registreer(nieuw)
            herkomst.update({info.name: module for info in [*nieuw.registered_commands[voor[0]:],
                                                             *nieuw.registered_groups[voor[1]:]]})
    # Elke subopdracht weigert herhaalde opties en een waarde aan een vlag (gem.Opdracht).
    for info in nieuw.registered_commands:
        if info.cls is None or info.cls is typer.core.TyperCommand:
            info.cls = gem.Opdracht
    if modules is None:
        _registeritems_in_hulp(nieuw)
    # --concept CONCEPT.yaml op elke rekenende subopdracht (cli/concept_optie.py).
    from zorgcontract.cli.concept_optie import sluit_aan

    sluit_aan(nieuw)
    return nieuw, herkomst


def _registeritems_in_hulp(app: typer.Typer) -> None:
    """Zet onder de hulptekst van elke subopdracht de registeritems die ze uitrekent (uit ``@implementeert``),
    met dezelfde ids als in de scenario's, het register en het handboek."""
    from zorgcontract.kern.implementatie import uitvoeringen

    per_opdracht: dict[str, set[str]] = {}
    for u in uitvoeringen():
        for c in u.cli:
            per_opdracht.setdefault(c, set()).update(u.ids)
    for info in app.registered_commands:
        ids = per_opdracht.get(info.name or "")
        if ids:
            info.help = f"{info.help or ''}\n\nRegisteritems: {', '.join(sorted(ids))}."


_APP: typer.Typer | None = None


def __getattr__(naam: str):
    """``zorgcontract.cli.app``: de hele app, pas gebouwd als iemand haar vraagt."""
    global _APP
    if naam == "app":
        if _APP is None:
            _APP = bouw_app()[0]
        return _APP
    raise AttributeError(naam)


_VERTALINGEN = [
    (re.compile(r"No such command '(.+)'\."), r"onbekende subopdracht '\1' (zie zorgcontract --help)"),
    (re.compile(r"Option '(.+)' requires an argument\."), r"optie \1 verwacht een waarde"),
    (re.compile(r"Got unexpected extra argument(?:s|\(s\))? \((.+)\)"), r"onverwachte extra waarde(n): \1"),
    (re.compile(r"Missing command\."), "geef een subopdracht (zie zorgcontract --help)"),
    (re.compile(r"Missing argument '(.+)'\."), r"argument \1 ontbreekt"),
]


_COMMANDO: dict[str | None, object] = {}
_SNEL: list[str | None] = [None]  # de subopdracht van deze aanroep, als die snel gestart kan worden (voer_uit)


def _commando():
    """Het click-commando voor deze aanroep: van alleen de module van de subopdracht, of van de hele app."""
    sub = _SNEL[0]
    if sub not in _COMMANDO:
        _COMMANDO[sub] = typer.main.get_command(bouw_app([SUBOPDRACHTEN[sub]])[0] if sub else __getattr__("app"))
    return _COMMANDO[sub]


def _alle_subopdrachten() -> list[str]:
    """De namen van alle subopdrachten, voor een melding (ook als deze aanroep snel gestart is)."""
    return sorted(typer.main.get_command(__getattr__("app")).commands)


def _snel_te_starten(args: list[str]) -> str | None:
    """De subopdracht, als ze zonder de rest van de app kan draaien: bekend in SUBOPDRACHTEN en geen vraag om hulp
    (de hulptekst noemt de registeritems, en die vragen alle regels)."""
    if any(a in ("--help", "-h") for a in args):
        return None
    sub = next((a for a in args if not a.startswith("-")), None)
    return sub if sub in SUBOPDRACHTEN else None


def _json_gevraagd(args: list[str]) -> bool:
    return any(a == "--json" or a.startswith("--json=") for a in args)


def _json_naar_subopdracht(args: list[str]) -> list[str]:
    """``zorgcontract --json poh-s ...`` mag ook: een ``--json`` vóór de subopdracht gaat erachter."""
    for i, a in enumerate(args):
        if not a.startswith("-"):
            voor = args[:i]
            if "--json" in voor:
                rest = [x for x in voor if x != "--json"]
                return [*rest, a, "--json", *args[i + 1:]]
            return args
    return args


def _subopdracht(args: list[str]) -> str | None:
    for a in args:
        if not a.startswith("-"):
            return a if a in _commando().commands else None
    return None


def _hulp(args: list[str]) -> str:
    sub = _subopdracht(args)
    return f"zie zorgcontract {sub} --help" if sub else "zie zorgcontract --help"


def _schoon(tekst: str) -> str:
    return citeer(tekst, 80)[1:-1]


def _vertaal(e: UsageError, args: list[str]) -> tuple[str, str | None]:
    """Een click-fout als Nederlandse melding (en de optie waar ze over gaat)."""
    hulp = _hulp(args)
    if isinstance(e, NoSuchOption):
        naam = _schoon(e.option_name)
        tekst = f"onbekende optie '{naam}'"
        if e.possibilities:
            tekst += f" (bedoelde je {' of '.join(sorted(e.possibilities))}?)"
        return f"{tekst}; {hulp}", naam
    bericht = e.format_message() if hasattr(e, "format_message") else str(e)
    if isinstance(e, BadOptionUsage):
        naam = _schoon(e.option_name)
        if "requires an argument" in bericht or "requires" in bericht:
            return f"optie '{naam}' verwacht een waarde; {hulp}", naam
        if "does not take a value" in bericht:
            return f"optie '{naam}' is een vlag zonder waarde: schrijf alleen {naam}", naam
        return f"optie '{naam}' is verkeerd gebruikt; {hulp}", naam
    m = re.search(r"No such command '(.*)'", bericht, re.S)
    if m:
        namen = ", ".join(_alle_subopdrachten())
        return f"onbekende subopdracht '{_schoon(m.group(1))}' (bekend: {namen})", None
    m = re.search(r"unexpected extra argument(?:s|\(s\))? \((.*)\)", bericht, re.S)
    if m or isinstance(e, BadArgumentUsage) and "extra" in bericht:
        extra = m.group(1) if m else ""
        return f"onverwacht extra argument '{_schoon(extra)}' (opties beginnen met --); {hulp}", None
    if "Missing command" in bericht:
        return f"geef een subopdracht ({', '.join(_alle_subopdrachten())}); zie zorgcontract --help", None
    m = re.search(r"Missing argument '(.*?)'", bericht)
    if m:
        return f"argument {_schoon(m.group(1))} ontbreekt; {hulp}", None
    return f"ongeldige aanroep; {hulp}", None


def _te_lang(args: list[str]) -> str | None:
    """Een optie- of subopdrachtnaam van honderden tekens bestaat niet; meld dat direct (click zou er eerst
    lang naar gelijkende namen zoeken)."""
    sub_gezien = False
    for a in args:
        if a == "--":
            break
        if a.startswith("-"):
            naam = a.partition("=")[0]
            if len(naam) > 100:
                return f"onbekende optie '{_schoon(naam)}'; {_hulp(args)}"
        elif not sub_gezien:
            sub_gezien = True
            if a not in _commando().commands and len(a) > 100:
                return f"onbekende subopdracht '{_schoon(a)}' (bekend: {', '.join(_alle_subopdrachten())})"
    return None


def _veilige_uitvoer() -> None:
    """Tekst die geen UTF-8 was (surrogaten uit de opdrachtregel) mag het schrijven nooit laten vastlopen."""
    for stroom in (sys.stdout, sys.stderr):
        try:
            stroom.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError, OSError):
            pass


def voer_uit(args: list[str]) -> int:
    """Draai de opdrachtregel ``args`` (zonder programmanaam) en geef de exit-status; schrijft naar stdout/stderr."""
    als_json = _json_gevraagd(args)
    gem.JSON_OP_REGEL = als_json
    args = _json_naar_subopdracht(list(args))
    _SNEL[0] = _snel_te_starten(args)
    if not args:
        return gem.schrijf(f"geef een subopdracht ({', '.join(_alle_subopdrachten())}); zie zorgcontract --help",
                           None, als_json)
    te_lang = _te_lang(args)
    if te_lang:
        return gem.schrijf(te_lang, None, als_json)
    try:
        uitkomst = _commando().main(args=args, prog_name="zorgcontract", standalone_mode=False)
    except NoArgsIsHelpError:
        gem.meld(ZorgcontractFout(f"geef een subopdracht ({', '.join(_alle_subopdrachten())}); "
                                  "zie zorgcontract --help"), als_json)
        return 2
    except UsageError as e:
        tekst, veld = _vertaal(e, args)
        return gem.schrijf(tekst, veld, als_json)
    except ZorgcontractFout as e:
        return gem.meld(e, als_json)
    except typer.Abort:
        print("fout: afgebroken", file=sys.stderr)
        return 2
    except (Exception, RecursionError) as e:  # een programmeerfout: melden, geen traceback
        if gebroken_pijp(e):  # wie de uitvoer las, stopte (``| head``): geen fout van ons
            return pijp_dicht()
        if os.environ.get("ZORGCONTRACT_TRACEBACK"):
            raise
        gem.meld(ZorgcontractFout(f"interne fout ({type(e).__name__}: {_schoon(str(e))}); dit is een fout in "
                                  "zorgcontract, meld haar met de aanroep erbij"), als_json)
        return 3
    finally:
        gem.JSON_OP_REGEL = False
    return uitkomst if isinstance(uitkomst, int) else 0


PIJP_DICHT = 1  # de exit-status als de lezer van stdout weg is: dezelfde als click (onder typer) dan zelf geeft


def gebroken_pijp(e: BaseException) -> bool:
    """Schrijven naar een pijp waarvan de lezer weg is: Python's BrokenPipeError, of polars' OSError met de melding
    van Rust ("Broken pipe (os error 32)")."""
    return isinstance(e, BrokenPipeError) or (isinstance(e, OSError) and (
        e.errno == errno.EPIPE or str(e).endswith(f"(os error {errno.EPIPE})")))


def pijp_dicht() -> int:
    """Stil stoppen als de lezer van stdout weg is: wat nog in de buffer staat gaat naar /dev/null (anders meldt Python
    bij het afsluiten nog een BrokenPipeError), geen melding, status PIJP_DICHT."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):  # pragma: no cover - stdout zonder bestandsnummer
        pass
    return PIJP_DICHT


def main(argv: list[str] | None = None) -> None:
    _veilige_uitvoer()
    sys.exit(voer_uit(sys.argv[1:] if argv is None else argv))


GC_DREMPEL = 200_000  # nieuwe objecten tussen twee rondes van de garbage collector (Python: 700), zie start


def start() -> None:
    """Als ``main``, voor het programma als eigen proces (het script ``zorgcontract`` en ``python -m zorgcontract``):
    na het werk de uitvoer leegmaken, de atexit-functies draaien en dan direct stoppen, zonder dat de interpreter alle
    objecten opruimt. Dat opruimen (honderden MB aan tabellen vrijgeven) kostte na een declaratiecontrole van 10^6
    regels 0,2 s, een tiende van de hele controle. Draait er nog een andere draad, of lukt het leegmaken niet (een
    gesloten pijp), dan gewoon ``sys.exit``. ``main`` blijft voor wie de CLI in zijn eigen proces aanroept (de
    rekenhulp in de browser, de tests).

    De cyclische garbage collector komt hier pas na 200 000 nieuwe objecten langs in plaats van na 700: het opstarten
    (polars, pydantic, de documenten en parameters) maakt honderdduizenden objecten en bijna geen kringen, en de
    collector doorzocht ze bij een declaratiecontrole van 10^6 regels ~250 keer (gemeten: 55-60 ms, één volle ronde
    24 ms, met de GIL vast; met deze drempel 6 ms, alleen nog vóór ``start``). Referentietelling ruimt alles zonder
    kring direct op; kringen worden later opgeruimd, dus het geheugen blijft begrensd."""
    import atexit
    import gc
    import threading

    gc.set_threshold(GC_DREMPEL, *gc.get_threshold()[1:])
    _veilige_uitvoer()
    code = voer_uit(sys.argv[1:])
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError) as e:
        sys.exit(pijp_dicht() if gebroken_pijp(e) else code)
    if threading.active_count() > 1:  # pragma: no cover - de subopdrachten wachten zelf op hun draden
        sys.exit(code)
    atexit._run_exitfuncs()
    os._exit(code)
