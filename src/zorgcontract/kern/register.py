"""Het contractregister en het interpretatieregister: gegevens, geen proza uit de contracten.

Contractregister (``data/<verzekeraar>/<document>/register.yaml``): één item per artikel/lid, per FAQ-vraag en per
module/paragraaf. Elk item heeft een stabiele ``id``; scenario's die het toetsen dragen die id als tag
(``@zz26-pohs-a5-l7``). Status: ``getoetst`` (er zijn scenario's met die tag), ``niet-formaliseerbaar``
(met ``reden``) of ``open`` (met ``reden``: de vraag die het blokkeert).

Interpretatieregister (``data/<verzekeraar>/<document>/interpretaties.yaml``): elke plek waar de tekst meer dan één
lezing toelaat, tegenstrijdig is of een gat laat. Scenario's die de gekozen lezing vastpinnen dragen de
id als tag (``@I-ZZ26-POHGGZ-514``).
"""

from __future__ import annotations

from functools import cache
from typing import Literal

try:
    import yaml
except ImportError:  # browser (Pyodide): YAML bij het bouwen naar JSON omgezet, zie kern/yaml_json.py
    from zorgcontract.kern import yaml_json as yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from zorgcontract.kern.bronnen import Bron
from zorgcontract.kern.documenten import documentmappen, documenten

Status = Literal["getoetst", "niet-formaliseerbaar", "open"]


class RegisterItem(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^(zz|zk)[0-9]{2}-[a-z]+(-[a-z0-9-]+)?$")
    document: str
    locatie: str  # 'artikel 5 lid 7', 'vraag: indexering', 'module C'
    samenvatting: str = Field(min_length=10)  # eigen woorden, geen contracttekst
    status: Status
    reden: str | None = None  # verplicht bij niet-formaliseerbaar en open
    zie_ook: list[str] = []  # ids van verwante items (links in het handboek)
    vervangt: list[str] = []  # ids van items uit een eerdere periode die dit item vervangt

    @model_validator(mode="after")
    def _controle(self):
        if self.document not in documenten():
            raise ValueError(f"{self.id}: onbekend document {self.document}")
        if self.status != "getoetst" and not (self.reden and self.reden.strip()):
            raise ValueError(f"{self.id}: status {self.status} vraagt een reden")
        return self


class Interpretatie(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^I-(ZZ|ZK)[0-9]{2}-[A-Z]+-[A-Z0-9-]+$")
    soort: Literal["interpretatie", "tegenstrijdigheid", "leemte"]
    bron: Bron
    register_ids: list[str]  # register-ids waarop deze lezing betrekking heeft
    vraag: str
    gekozen: str
    alternatief: str
    reden: str | None = None  # waarom deze lezing (bijv. 'de issue schrijft deze lezing voor')


def _bestanden(naam: str):
    """``naam`` (register.yaml of interpretaties.yaml) uit elke documentmap, op documentsleutel."""
    return [(sleutel, map_ / naam) for sleutel, map_ in sorted(documentmappen().items()) if (map_ / naam).is_file()]


def _laad(naam: str, model, soort: str) -> dict:
    uit: dict = {}
    for sleutel, f in _bestanden(naam):
        for ruw in yaml.safe_load(f.read_text(encoding="utf-8")) or []:
            item = model(**ruw)
            doc = getattr(item, "document", None) or item.bron.document
            if soort == "register" and doc != sleutel:
                raise ValueError(f"{item.id} staat in de map van {sleutel} maar noemt document {doc}")
            if item.id in uit:
                raise ValueError(f"{soort}-id dubbel: {item.id}")
            uit[item.id] = item
    return uit


@cache
def contractregister() -> dict[str, RegisterItem]:
    return _laad("register.yaml", RegisterItem, "register")


@cache
def interpretaties() -> dict[str, Interpretatie]:
    return _laad("interpretaties.yaml", Interpretatie, "interpretatie")


def wis_cache() -> None:
    contractregister.cache_clear()
    interpretaties.cache_clear()
