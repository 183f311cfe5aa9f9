"""Gedeelde CLI-plumbing: opties als tekst lezen (zodat elke fout Nederlands is en het veld noemt),
uitvoer als mensentekst of JSON, en foutafhandeling met exit-status 2."""

from __future__ import annotations

import functools
import json
import sys
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Callable

import typer

from zorgcontract.kern.fouten import InvoerFout, ParameterOnbekend, ZorgcontractFout

JSON_OPTIE = typer.Option(False, "--json", help="Uitvoer als JSON (bedragen als tekst met punt, datums ISO).")


def fout_en_stop(bericht: str, als_json: bool) -> None:
    print(f"fout: {bericht}", file=sys.stderr)
    if als_json:
        print(json.dumps({"fout": bericht}, ensure_ascii=False))
    raise typer.Exit(2)


def opdracht(functie: Callable) -> Callable:
    """Vangt elke invoer- of parameterfout en meldt die in het Nederlands met exit 2."""

    @functools.wraps(functie)
    def omhulsel(*args, **kwargs):
        als_json = bool(kwargs.get("als_json"))
        try:
            return functie(*args, **kwargs)
        except ParameterOnbekend as e:
            fout_en_stop(f"ongeldige waarde voor 'jaar': {e}", als_json)
        except ZorgcontractFout as e:
            fout_en_stop(str(e), als_json)

    return omhulsel


def verplicht(veld: str, tekst: str | None, regel: str | None = None) -> str:
    if tekst is None or not str(tekst).strip():
        raise InvoerFout(veld, "ontbreekt", regel)
    return tekst


def geheel(veld: str, tekst: str | None, regel: str | None = None, standaard: int | None = None) -> int:
    if tekst is None and standaard is not None:
        return standaard
    tekst = verplicht(veld, tekst, regel).strip()
    try:
        return int(tekst)
    except ValueError:
        raise InvoerFout(veld, f"'{tekst}' is geen geheel getal", regel) from None


def getal(veld: str, tekst: str | None, regel: str | None = None) -> Decimal:
    """Punt of komma als decimaalteken ('16.5' of '16,5'); geen duizendtallen, geen NaN/oneindig."""
    tekst = verplicht(veld, tekst, regel).strip().replace(",", ".")
    try:
        waarde = Decimal(tekst)
    except InvalidOperation:
        raise InvoerFout(veld, f"'{tekst}' is geen getal", regel) from None
    if not waarde.is_finite():
        raise InvoerFout(veld, f"'{tekst}' is geen eindig getal", regel)
    return waarde


def datum(veld: str, tekst: str | None, regel: str | None = None) -> date:
    tekst = verplicht(veld, tekst, regel).strip()
    try:
        return date.fromisoformat(tekst)
    except ValueError:
        raise InvoerFout(veld, f"'{tekst}' is geen geldige datum als JJJJ-MM-DD", regel) from None


def toon(als_json: bool, data: dict[str, Any], regels: list[str]) -> None:
    if als_json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print("\n".join(regels))
