"""De opdrachtregel ``zorgcontract``. Elke bron registreert haar eigen subopdrachten (cli/zz.py, ...)."""

from __future__ import annotations

import sys

import typer

try:  # typer >= 0.26 levert een eigen kopie van click mee
    from typer._click.exceptions import NoArgsIsHelpError, NoSuchOption, UsageError
except ImportError:  # pragma: no cover - oudere typer met losse click
    from click.exceptions import NoArgsIsHelpError, NoSuchOption, UsageError

import importlib
import re
import pkgutil

import zorgcontract.cli as _pakket

app = typer.Typer(
    name="zorgcontract",
    help="Huisartsencontracten als uitvoerbare rekenregels (Zorg en Zekerheid, Zilveren Kruis).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# Elke module in cli/ met een functie ``registreer(app)`` voegt haar subopdrachten toe (zz, zk, dekking, ...).
for _module in sorted(m.name for m in pkgutil.iter_modules(_pakket.__path__)):
    _mod = importlib.import_module(f"zorgcontract.cli.{_module}")
    if hasattr(_mod, "registreer"):
        _mod.registreer(app)


_VERTALINGEN = [
    (re.compile(r"No such command '(.+)'\."), r"onbekende subopdracht '\1' (zie zorgcontract --help)"),
    (re.compile(r"Option '(.+)' requires an argument\."), r"optie \1 verwacht een waarde"),
    (re.compile(r"Got unexpected extra argument(?:s|\(s\))? \((.+)\)"), r"onverwachte extra waarde(n): \1"),
    (re.compile(r"Missing command\."), "geef een subopdracht (zie zorgcontract --help)"),
    (re.compile(r"Missing argument '(.+)'\."), r"argument \1 ontbreekt"),
]


def _nederlands(bericht: str) -> str:
    for patroon, vervanging in _VERTALINGEN:
        if patroon.search(bericht):
            return patroon.sub(vervanging, bericht)
    return bericht


def main() -> None:
    try:
        uitkomst = app(standalone_mode=False)
    except NoSuchOption as e:
        print(f"fout: onbekende optie {e.option_name}", file=sys.stderr)
        sys.exit(2)
    except NoArgsIsHelpError as e:
        print(e.format_message(), file=sys.stderr)
        sys.exit(2)
    except UsageError as e:
        print(f"fout: ongeldige aanroep: {_nederlands(e.format_message())}", file=sys.stderr)
        sys.exit(2)
    except typer.Abort:
        sys.exit(1)
    sys.exit(uitkomst if isinstance(uitkomst, int) else 0)
