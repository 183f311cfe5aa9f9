"""Het contractregister en het interpretatieregister: gegevens, geen proza uit de contracten.

Contractregister (``data/register/<document>.yaml``): één item per artikel/lid, per FAQ-vraag en per
module/paragraaf. Elk item heeft een stabiele ``id``; scenario's die het toetsen dragen die id als tag
(``@zz-pohs-a5-l7``). Status: ``getoetst`` (er zijn scenario's met die tag), ``niet-formaliseerbaar``
(met ``reden``) of ``open`` (met ``reden``: de vraag die het blokkeert).

Interpretatieregister (``data/interpretaties/<document>.yaml``): elke plek waar de tekst meer dan één
lezing toelaat, tegenstrijdig is of een gat laat. Scenario's die de gekozen lezing vastpinnen dragen de
id als tag (``@I-GGZ-514``).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from zorgcontract.bronnen import DOCUMENTEN, Bron

Status = Literal["getoetst", "niet-formaliseerbaar", "open"]


class RegisterItem(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^(zz|zk)[a-z0-9-]+$")
    document: str
    locatie: str  # 'artikel 5 lid 7', 'vraag: indexering', 'module C'
    samenvatting: str = Field(min_length=10)  # eigen woorden, geen contracttekst
    status: Status
    reden: str | None = None  # verplicht bij niet-formaliseerbaar en open
    zie_ook: list[str] = []  # ids van verwante items (links in het handboek)
    vervangt: list[str] = []  # ids van items uit een eerdere periode die dit item vervangt

    @model_validator(mode="after")
    def _controle(self):
        if self.document not in DOCUMENTEN:
            raise ValueError(f"{self.id}: onbekend document {self.document}")
        if self.status != "getoetst" and not (self.reden and self.reden.strip()):
            raise ValueError(f"{self.id}: status {self.status} vraagt een reden")
        return self


class Interpretatie(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^I-[A-Z0-9-]+$")
    soort: Literal["interpretatie", "tegenstrijdigheid", "leemte"]
    bron: Bron
    register_ids: list[str]  # register-ids waarop deze lezing betrekking heeft
    vraag: str
    gekozen: str
    alternatief: str
    reden: str | None = None  # waarom deze lezing (bijv. 'de issue schrijft deze lezing voor')


def _bestanden(map_naam: str):
    map_ = resources.files("zorgcontract").joinpath("data", map_naam)
    return sorted((f for f in map_.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name)


def _laad(map_naam: str, model, soort: str) -> dict:
    uit: dict = {}
    for f in _bestanden(map_naam):
        for ruw in yaml.safe_load(f.read_text(encoding="utf-8")) or []:
            item = model(**ruw)
            if item.id in uit:
                raise ValueError(f"{soort}-id dubbel: {item.id}")
            uit[item.id] = item
    return uit


@cache
def contractregister() -> dict[str, RegisterItem]:
    return _laad("register", RegisterItem, "register")


@cache
def interpretaties() -> dict[str, Interpretatie]:
    return _laad("interpretaties", Interpretatie, "interpretatie")
