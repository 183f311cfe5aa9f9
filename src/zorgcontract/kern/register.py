"""Het contractregister en het interpretatieregister: gegevens, geen proza uit de contracten.

Contractregister (``data/<verzekeraar>/<document>/register.yaml``): één item per artikel/lid, per FAQ-vraag en per
module/paragraaf. Elk item heeft een stabiele ``id``; scenario's die het toetsen dragen die id als tag
(``@zz26-pohs-a5-l7``). Status: ``getoetst`` (er zijn scenario's met die tag), ``niet-formaliseerbaar``
(met ``reden``) of ``open`` (met ``reden``: de vraag die het blokkeert).

Interpretatieregister (``data/<verzekeraar>/<document>/interpretaties.yaml``): elke plek waar de tekst meer dan één
lezing toelaat, tegenstrijdig is of een gat laat. Scenario's die de gekozen lezing vastpinnen dragen de
id als tag (``@I-ZZ26-POHGGZ-514``).

Per interpretatie ook: ``alternatieven`` (ALLE andere lezingen, naast de eerste in ``alternatief``), ``gevolg``
(wat de keuze scheelt, in euro's of data waar dat kan), ``status`` en, als geen scenario de lezing kan vastpinnen,
``niet_formaliseerbaar`` met de reden. Status:

- ``ter-bevestiging``: een eigen keuze van het project (ook als een projectissue haar voorschreef); de tekst dwingt
  haar niet af. Deze lezingen staan op de lijst met reviewvragen voor de contractauteur.
- ``door-tekst-bepaald``: de tekst (of een openbaar feit zoals de NZa-tarieflijst) laat na lezing maar één
  uitkomst toe; geregistreerd omdat een lezer hier kan struikelen.
- ``door-issue-bepaald``: de contractauteur of een issue met haar antwoord heeft de lezing bevestigd.

Ontbreekt ``status`` (oudere items), dan is de lezing ``ter-bevestiging``: een stille bevestiging bestaat niet.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from zorgcontract.kern.bronnen import Bron
from zorgcontract.kern.documenten import documentmappen, documenten
from zorgcontract.kern.yaml_lezen import laad as laad_yaml

Status = Literal["getoetst", "niet-formaliseerbaar", "open"]
LezingStatus = Literal["ter-bevestiging", "door-tekst-bepaald", "door-issue-bepaald"]

# Soorten dubbelzinnigheid waarop elke clausule is nagelezen (de review in het handboek noemt ze per geval).
CATEGORIEEN: dict[str, str] = {
    "eenheid": "eenheid of basis niet genoemd (per week of per jaar, per verzekerde of per praktijk, welke normpraktijk)",
    "afronding": "jaarbedrag per kwartaal betaald, of een deling die niet op hele centen uitkomt: wie rondt af, wanneer, hoe",
    "grens": "bereikgrens ('tussen', 't/m', 'kleiner dan', 'per 600 extra'): binnen of buiten, welke band houdt de grens",
    "actor": "een partij wisselend genoemd (wie informeert wie, wie is verantwoordelijk)",
    "periode": "een periode die niet past bij de periode van het document",
    "dubbel": "twee getallen of twee omschrijvingen voor hetzelfde",
    "en-of": "'en' of 'of' in een rij voorwaarden; 'kunt u' (facultatief) of verplicht",
    "factor": "een formule zonder een factor die ze nodig heeft",
    "uitzondering": "een voorwaarde die botst met een uitzondering elders",
    "meetmoment": "het moment waarop een datum gemeten wordt",
    "leemte": "de tekst zwijgt over iets dat de regel nodig heeft",
}
Categorie = Literal["eenheid", "afronding", "grens", "actor", "periode", "dubbel", "en-of", "factor", "uitzondering",
                    "meetmoment", "leemte"]


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
    gevolg: str | None = None  # wat de keuze scheelt (euro's, data) tegenover het alternatief
    reden: str | None = None  # waarom deze lezing (bijv. 'de issue schrijft deze lezing voor')
    # uit de systematische review (issue 11):
    alternatieven: list[str] = []  # alle verdere andere lezingen (een formule zonder factor: elke variant)
    status: LezingStatus = "ter-bevestiging"
    categorieen: list[Categorie] = []  # soorten dubbelzinnigheid (zie CATEGORIEEN)
    niet_formaliseerbaar: str | None = None  # reden als geen scenario de lezing kan vastpinnen

    @model_validator(mode="after")
    def _controle(self):
        if self.niet_formaliseerbaar is not None and not self.niet_formaliseerbaar.strip():
            raise ValueError(f"{self.id}: niet_formaliseerbaar vraagt een reden")
        if not self.alternatief.strip():
            raise ValueError(f"{self.id}: noem ten minste één andere lezing")
        return self

    @property
    def alle_alternatieven(self) -> list[str]:
        return [self.alternatief, *self.alternatieven]

    @property
    def ter_bevestiging(self) -> bool:
        return self.status == "ter-bevestiging"


def _bestanden(naam: str):
    """``naam`` (register.yaml of interpretaties.yaml) uit elke documentmap, op documentsleutel."""
    return [(sleutel, map_ / naam) for sleutel, map_ in sorted(documentmappen().items()) if (map_ / naam).is_file()]


def _laad(naam: str, model, soort: str) -> dict:
    uit: dict = {}
    for sleutel, f in _bestanden(naam):
        for ruw in laad_yaml(f.read_text(encoding="utf-8")) or []:
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
