"""De declaratiecontrole: voorgenomen declaraties van veel verzekerden en praktijken, per regel toegestaan of niet,
met redencode, reden en bron. Brengt de FAQ-regels (``regels.zz.faq.declareren``) en de bijlagen samen (31080,
11201/31343, 12116 via ``groepsconsult``); elke regel zoekt haar document op haar eigen declaratiedatum op.

- ``formaat``: kolommen, grenzen en het lezen van één regel (gedeeld door beide routes);
- ``regels``: het oordeel uit de feiten over een declaratie (gedeeld door beide routes);
- ``referentie``: de leesbare route per verzekerde, die de scenario's documenteren;
- ``snel``: dezelfde regels kolomsgewijs met polars, lineair in het aantal regels, voor bestanden van miljoenen regels;
- ``bestand``: een invoerbestand veilig openen (alleen gewone bestanden, met grenzen).
"""

from __future__ import annotations

from zorgcontract.regels.zz.declaraties.formaat import (CODES, KENMERKEN, KOLOMMEN, REGEL_FORMAAT, UITVOERDERS,
                                                        WAARDE_KENMERKEN)
from zorgcontract.regels.zz.declaraties.referentie import Beoordeling, beoordeel, controleer, lees

__all__ = ["CODES", "KENMERKEN", "KOLOMMEN", "REGEL_FORMAAT", "UITVOERDERS", "WAARDE_KENMERKEN", "Beoordeling",
           "beoordeel", "controleer", "lees"]
