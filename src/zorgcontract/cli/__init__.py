"""De opdrachtregel ``zorgcontract``. Elke bron registreert haar eigen subopdrachten (cli/zz.py, ...)."""

from __future__ import annotations

import sys

import typer

try:  # typer >= 0.26 levert een eigen kopie van click mee
    from typer._click.exceptions import NoArgsIsHelpError, NoSuchOption, UsageError
except ImportError:  # pragma: no cover - oudere typer met losse click
    from click.exceptions import NoArgsIsHelpError, NoSuchOption, UsageError

from zorgcontract.cli import zz

app = typer.Typer(
    name="zorgcontract",
    help="Huisartsencontracten als uitvoerbare rekenregels (Zorg en Zekerheid, Zilveren Kruis).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
zz.registreer(app)
# Latere bronnen: voeg hier hun registreer(app) toe.


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
        print(f"fout: ongeldige aanroep: {e.format_message()}", file=sys.stderr)
        sys.exit(2)
    except typer.Abort:
        sys.exit(1)
    sys.exit(uitkomst if isinstance(uitkomst, int) else 0)
