"""Parameters als gedateerde gegevens, op de manier van OpenFisca.

Elk YAML-bestand in deze map bevat parameters met per begindatum één waarde, een eenheid en een bron.
Een waarde ``null`` vanaf een datum betekent: vanaf hier zeggen de bronnen niets (bijv. het POH-S
uurtarief voor 2027, dat het contract aan indexering overlaat). Opvragen levert dan een
``ParameterOnbekend``-fout, nooit een stille terugval op een oudere waarde.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import cache
from importlib import resources

import yaml
from pydantic import BaseModel

from zorgcontract.bronnen import Bron
from zorgcontract.fouten import ParameterOnbekend


class Waarde(BaseModel):
    vanaf: date
    waarde: Decimal | int | str | None
    bron: Bron
    toelichting: str | None = None


class Parameter(BaseModel):
    naam: str
    beschrijving: str
    eenheid: str
    waarden: list[Waarde]  # oplopend op ``vanaf``

    def op(self, peildatum: date) -> Waarde:
        geldig = [w for w in self.waarden if w.vanaf <= peildatum]
        if not geldig:
            raise ParameterOnbekend(self.naam, peildatum, "de bronnen geven pas later een waarde")
        laatste = geldig[-1]
        if laatste.waarde is None:
            raise ParameterOnbekend(self.naam, peildatum, laatste.toelichting or "niet in de bronnen")
        return laatste


def _lees(naam_bestand: str, inhoud: dict) -> dict[str, Parameter]:
    uit = {}
    for naam, p in inhoud.items():
        waarden = [
            Waarde(vanaf=vanaf, waarde=w.get("waarde"), bron=Bron(**w["bron"]), toelichting=w.get("toelichting"))
            for vanaf, w in sorted(p["waarden"].items())
        ]
        uit[naam] = Parameter(naam=naam, beschrijving=p["beschrijving"], eenheid=p["eenheid"], waarden=waarden)
    return uit


@cache
def alle_parameters() -> dict[str, Parameter]:
    uit: dict[str, Parameter] = {}
    for bestand in sorted(resources.files(__package__).iterdir(), key=lambda f: f.name):
        if bestand.name.endswith(".yaml"):
            gelezen = _lees(bestand.name, yaml.safe_load(bestand.read_text(encoding="utf-8")))
            dubbel = uit.keys() & gelezen.keys()
            if dubbel:
                raise ValueError(f"parameter dubbel gedefinieerd: {sorted(dubbel)}")
            uit.update(gelezen)
    return uit


def parameter(naam: str) -> Parameter:
    return alle_parameters()[naam]


def waarde(naam: str, peildatum: date) -> Waarde:
    """De waarde van ``naam`` op ``peildatum``, met bron. Fout als de bronnen er niets over zeggen."""
    return parameter(naam).op(peildatum)
