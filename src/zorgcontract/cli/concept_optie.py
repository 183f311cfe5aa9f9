"""``--concept CONCEPT.yaml`` voor elke rekenende subopdracht, zonder die subopdrachten zelf te wijzigen.

Twee manieren om aan te sluiten (de hoofdontwikkelaar kiest er één):

1. Per subopdracht, als decorator tussen ``@app.command`` en ``@opdracht``::

       @app.command("poh-s", help=...)
       @met_concept
       @opdracht
       def poh_s(..., als_json: bool = JSON_OPTIE): ...

2. Voor alle rekenende subopdrachten in één keer, na het registreren (in ``cli/__init__.py``, na de lus
   die ``registreer(app)`` aanroept)::

       from zorgcontract.cli.concept_optie import sluit_aan
       sluit_aan(app)            # of sluit_aan(app, {"poh-s", "poh-ggz"})

Wat ``--concept`` doet: de subopdracht rekent binnen ``concept.actief(pad)`` (``kern/concept.py``). De
uitvoer zegt het altijd: de eerste regel van de tekstuitvoer is de conceptkop
(``CONCEPT '<titel>' (<bestand>): berekend onder een concept, ...``), en de JSON krijgt als eerste sleutel
``"concept"`` (titel, bestand, auteur, waarschuwing, parameters, perioden) — ook bij ``{"fout": ...}``.
Een fout in het conceptbestand zelf is een invoerfout op het veld ``concept`` (exit 2).
Subopdrachten die niet rekenen met parameters (``dekking``, ``declaraties`` met alleen regels, ...) hoeven
het niet; ``REKENEND`` noemt de subopdrachten waarvoor ``sluit_aan`` het standaard doet.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import io
import json
import sys
from typing import Callable, Optional

import typer

from zorgcontract.kern import concept as concept_kern
from zorgcontract.kern.fouten import ZorgcontractFout

HELP = ("Reken onder een concept-contract (YAML: parameterwaarden met 'bron: concept' en een reden; "
        "zie zorgcontract.kern.concept). De uitvoer zegt dan op de eerste regel en in de JSON ('concept') "
        "dat ze onder een concept berekend is.")

REKENEND = frozenset({
    "poh-s", "poh-ggz", "declaratiestart", "coulance", "indexering", "poh-ouderen", "service-bereikbaarheid",
    "faq-uitspraak", "declaraties", "zk-startdatum", "zk-poh-ggz", "zk-poh-s-aanvulling", "fgv", "oaw-uren", "zk-oaw-toets",
})


def concept_optie() -> object:
    return typer.Option(None, "--concept", help=HELP, metavar="CONCEPT.yaml")


def _fout(bericht: str, als_json: bool) -> None:
    print(f"fout: {bericht}", file=sys.stderr)
    if als_json:
        print(json.dumps({"fout": bericht}, ensure_ascii=False))
    raise typer.Exit(2)


def _herschrijf(tekst: str, c: concept_kern.Concept, als_json: bool) -> str:
    """Zet de conceptkop boven de uitvoer (tekst) of ``"concept"`` als eerste sleutel (JSON)."""
    if als_json:
        try:
            data = json.loads(tekst)
        except ValueError:
            data = None
        if isinstance(data, dict):
            return json.dumps({"concept": c.als_json(), **data}, ensure_ascii=False, indent=2) + "\n"
        if isinstance(data, list):
            return json.dumps({"concept": c.als_json(), "uitkomst": data}, ensure_ascii=False, indent=2) + "\n"
    return c.kop + "\n" + tekst


def onder_concept(pad: str | None, als_json: bool, doe: Callable[[], object]):
    """Voer ``doe`` uit onder het concept ``pad`` (of zonder concept als ``pad`` leeg is) en zet de
    conceptmarkering in de uitvoer. Voor subopdrachten die ``--concept`` zelf declareren. Staat er een concept
    in ``ZORGCONTRACT_CONCEPT``, dan geldt dat als ``--concept`` (de uitvoer zegt het dus ook dan)."""
    pad = pad or concept_kern.pad_uit_omgeving()
    if not pad:
        return doe()
    try:
        beheer = concept_kern.actief(pad)
        c = beheer.__enter__()
    except ZorgcontractFout as e:
        _fout(f"ongeldige waarde voor 'concept': {e}", als_json)
    uitvoer = io.StringIO()
    fout: BaseException | None = None
    try:
        with contextlib.redirect_stdout(uitvoer):
            try:
                uitkomst = doe()
            except BaseException as e:  # typer.Exit na een foutmelding: uitvoer toch markeren
                fout = e
    finally:
        beheer.__exit__(None, None, None)
    sys.stdout.write(_herschrijf(uitvoer.getvalue(), c, als_json))
    sys.stdout.flush()
    if fout is not None:
        raise fout
    return uitkomst


def met_concept(functie: Callable) -> Callable:
    """Decorator: voegt de optie ``--concept`` aan een typer-subopdracht toe (zie de moduledocstring)."""
    # eval_str: de subopdrachten gebruiken ``from __future__ import annotations``; typer moet de echte typen zien,
    # en die zijn alleen in de module van de subopdracht op te lossen, niet hier.
    handtekening = inspect.signature(functie, eval_str=True)
    if "concept" in handtekening.parameters:
        raise TypeError(f"{functie.__name__} heeft al een parameter 'concept'")

    @functools.wraps(functie)
    def omhulsel(*args, concept: Optional[str] = None, **kwargs):
        return onder_concept(concept, bool(kwargs.get("als_json")), lambda: functie(*args, **kwargs))

    nieuw = inspect.Parameter("concept", inspect.Parameter.KEYWORD_ONLY, default=concept_optie(), annotation=Optional[str])
    parameters = list(handtekening.parameters.values())
    plek = next((i for i, p in enumerate(parameters) if p.name == "als_json"), len(parameters))
    parameters.insert(plek, nieuw)
    # typer leest de handtekening; alle parameters als keyword (typer roept met keywords aan)
    parameters = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in parameters]
    omhulsel.__signature__ = handtekening.replace(parameters=parameters)
    omhulsel.__annotations__ = {**{p.name: p.annotation for p in parameters}, "concept": Optional[str]}
    omhulsel.__wrapped_concept__ = True
    del omhulsel.__wrapped__  # anders volgt inspect.signature de oorspronkelijke functie
    return omhulsel


def sluit_aan(app: typer.Typer, namen: set[str] | frozenset[str] | None = None) -> list[str]:
    """Geef de al geregistreerde subopdrachten ``namen`` (standaard ``REKENEND``) de optie ``--concept``.
    Subopdrachten die het al hebben (``praktijk``, ``portefeuille``), worden overgeslagen. Geeft de namen
    die aangesloten zijn."""
    namen = REKENEND if namen is None else namen
    gedaan = []
    for info in app.registered_commands:
        naam = info.name or (info.callback.__name__.replace("_", "-") if info.callback else None)
        if naam not in namen or info.callback is None:
            continue
        if getattr(info.callback, "__wrapped_concept__", False) or "concept" in inspect.signature(info.callback).parameters:
            continue
        info.callback = met_concept(info.callback)
        gedaan.append(naam)
    return gedaan
