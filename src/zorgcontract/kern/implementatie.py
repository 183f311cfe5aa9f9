"""Welke regel voert welk registeritem uit: de brug van een id naar code, parameters en CLI.

Een regelfunctie draagt ``@implementeert("zz26-pohs-a5-l7", parameters=["a5.uurtarief"], cli=["poh-s"])``:
de registeritems die ze uitvoert, de parameters die ze gebruikt (namen binnen het document, zonder
documentsleutel) en de subopdrachten die haar aanroepen. Ids worden bewaard per reeks en plaats
(``zz-pohs`` + ``a5-l7``), zodat dezelfde functie ook het item van een volgende periode
(``zz29-pohs-a5-l7``) uitvoert zolang die periode het artikel niet anders regelt.

``tests/test_implementatie.py`` bewaakt beide kanten: elk ``getoetst`` registeritem heeft een
uitvoerende regel, en geen regel noemt een onbekend item, een onbekende parameter of subopdracht.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from typing import Callable



@dataclass(frozen=True)
class Uitvoering:
    functie: str  # 'zorgcontract.regels.zz.pohs.artikel_5:bereken'
    ids: tuple[str, ...]  # zoals geschreven, bijv. 'zz26-pohs-a5-l7'
    parameters: tuple[str, ...] = ()
    cli: tuple[str, ...] = ()


_UITVOERINGEN: list[Uitvoering] = []


def splits(item_id: str) -> tuple[str, str, str]:
    """'zz26-pohs-a5-l7' -> ('zz26-pohs', 'zz-pohs', 'a5-l7'); de reeks uit verzekeraar en soort."""
    vz_jaar, soort, *rest = item_id.split("-")
    doc = f"{vz_jaar}-{soort}"
    return doc, f"{vz_jaar[:2]}-{soort}", "-".join(rest)


def implementeert(*ids: str, parameters: list[str] | tuple[str, ...] = (), cli: list[str] | tuple[str, ...] = ()) -> Callable:
    def merk(functie: Callable) -> Callable:
        _UITVOERINGEN.append(Uitvoering(functie=f"{functie.__module__}:{functie.__qualname__}", ids=tuple(ids),
                                        parameters=tuple(parameters), cli=tuple(cli)))
        return functie

    return merk


def laad_alle_regels() -> None:
    """Importeer elke module onder ``zorgcontract.regels`` (dan zijn alle decorators uitgevoerd)."""
    import zorgcontract.regels as pakket

    for m in pkgutil.walk_packages(pakket.__path__, prefix="zorgcontract.regels."):
        try:
            importlib.import_module(m.name)
        except ModuleNotFoundError as e:
            # een module die een optioneel pakket van buiten nodig heeft (bijv. polars, niet in de browser)
            if (e.name or "").split(".")[0] == "zorgcontract":
                raise


def uitvoeringen() -> list[Uitvoering]:
    laad_alle_regels()
    return list(_UITVOERINGEN)


def voor_item(item_id: str) -> list[Uitvoering]:
    """De uitvoeringen van een registeritem; ook voor een item van een latere periode van dezelfde reeks.

    Noemt een uitvoering het item zelf, dan gelden alleen die: een periode die haar eigen regel heeft
    (``zz23-faq-service-bereikbaarheid`` naast ``zz26-faq-…``) krijgt niet ook die van de andere periode.
    Anders de uitvoeringen van hetzelfde artikel/lid in een andere periode van de reeks."""
    alle = uitvoeringen()
    eigen = [u for u in alle if item_id in u.ids]
    if eigen:
        return eigen
    _, reeks, plaats = splits(item_id)
    uit = []
    for u in alle:
        for i in u.ids:
            _, r, p = splits(i)
            if (r, p) == (reeks, plaats):
                uit.append(u)
                break
    return uit
