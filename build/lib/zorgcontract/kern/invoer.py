"""Invoercontrole met Nederlandse foutmeldingen die het veld en de regel noemen.

Pydantic controleert de typen en grenzen; deze module vertaalt zijn (Engelse) fouten naar een
``InvoerFout`` met de naam van het veld en de bron die de grens stelt (uit ``json_schema_extra``).
"""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel, ValidationError

from zorgcontract.kern.fouten import InvoerFout

M = TypeVar("M", bound=BaseModel)

_VERTALING = {
    "int_parsing": "moet een geheel getal zijn",
    "int_from_float": "moet een geheel getal zijn",
    "int_type": "moet een geheel getal zijn",
    "decimal_parsing": "moet een getal zijn",
    "decimal_type": "moet een getal zijn",
    "finite_number": "moet een eindig getal zijn",
    "missing": "ontbreekt",
    "date_from_datetime_parsing": "moet een datum zijn als JJJJ-MM-DD",
    "date_parsing": "moet een datum zijn als JJJJ-MM-DD",
    "date_type": "moet een datum zijn als JJJJ-MM-DD",
    "bool_parsing": "moet ja of nee zijn",
    "enum": "is geen bekende waarde",
    "literal_error": "is geen bekende waarde",
}


def _tekst(fout: dict) -> str:
    soort, ctx = fout["type"], fout.get("ctx", {})
    if soort == "greater_than_equal":
        return f"moet minstens {ctx['ge']} zijn, niet {fout['input']}"
    if soort == "greater_than":
        return f"moet groter dan {ctx['gt']} zijn, niet {fout['input']}"
    if soort == "less_than_equal":
        return f"mag hoogstens {ctx['le']} zijn, niet {fout['input']}"
    if soort in ("enum", "literal_error"):
        return f"'{fout['input']}' is geen bekende waarde (toegestaan: {ctx.get('expected', '?')})"
    if soort == "value_error":
        return str(ctx.get("error", fout["msg"]))
    return _VERTALING.get(soort, fout["msg"]) + f" (gegeven: {fout['input']!r})"


def _regel(regel, waarden: dict) -> str | None:
    """``regel`` is tekst, of (reeks, artikel, lid): dan de verwijzing naar het document dat geldt in het
    opgegeven ``jaar`` (of het laatste bekende document van die reeks)."""
    if regel is None or isinstance(regel, str):
        return regel
    from datetime import date

    from zorgcontract.kern.bronnen import regel_tekst

    op = None
    jaar = waarden.get("jaar")
    if isinstance(jaar, int) and 1 <= jaar <= 9999:
        op = date(jaar, 1, 1)
    return regel_tekst(*regel, op=op)


def valideer(model: type[M], namen: dict[str, str] | None = None, **waarden) -> M:
    """Bouw ``model`` uit ``waarden``; bij de eerste fout een InvoerFout met veld en regel.
    ``namen`` vertaalt modelvelden naar de naam die de gebruiker typte (bijv. de CLI-optie)."""
    try:
        return model(**waarden)
    except ValidationError as e:
        fout = e.errors(include_url=False)[0]
        veld = str(fout["loc"][0]) if fout["loc"] else "invoer"
        regel = None
        info = model.model_fields.get(veld)
        if info is not None and isinstance(info.json_schema_extra, dict):
            regel = _regel(info.json_schema_extra.get("regel"), waarden)
        namen = namen or {}
        oorzaak = fout.get("ctx", {}).get("error")
        if fout["type"] == "value_error" and isinstance(oorzaak, InvoerFout):
            raise InvoerFout(namen.get(oorzaak.veld, oorzaak.veld), oorzaak.bericht, oorzaak.regel) from None
        raise InvoerFout(namen.get(veld, veld), _tekst(fout), regel) from None
