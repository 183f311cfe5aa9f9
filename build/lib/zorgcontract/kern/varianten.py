"""Gedateerde varianten van een regel: een nieuwe periode regelt alleen de artikelen die veranderen.

Een regel die per periode anders kan zijn, draagt ``@per_periode(reeks, datum=...)``: ``datum`` haalt uit
de argumenten de datum die het document bepaalt (het jaar van een tarief, de startdatum van een
overeenkomst, ...). Zonder variant voert de functie zelf de regel uit, met het document dat ze zelf
opzoekt. Een periode die het artikel anders regelt, registreert een variant voor haar document::

    from zorgcontract.regels.zz import declaratiestart

    @declaratiestart.declaratiestart.variant("zz29-pohs")
    def declaratiestart_2029(start_overeenkomst): ...

Een variant geldt voor haar document en voor latere documenten van dezelfde reeks, tot een latere variant
haar vervangt (zoals OpenFisca's ``formula_JJJJ``). Varianten van een periode buiten het pakket staan in
``regels.py`` in de map van dat document (geladen door ``zorgcontract.kern.documenten``).
"""

from __future__ import annotations

import functools
from datetime import date
from typing import Callable

from zorgcontract.kern.documenten import document, documenten, geldend, reeks


def per_periode(reeks_naam: str, datum: Callable[..., date]) -> Callable:
    def omhul(standaard: Callable) -> Callable:
        varianten: dict[str, Callable] = {}

        @functools.wraps(standaard)
        def regel(*args, **kwargs):
            reeks(reeks_naam)  # laadt zo nodig de varianten van bronmappen buiten het pakket
            if varianten:
                try:
                    doc = geldend(reeks_naam, datum(*args, **kwargs))
                except (LookupError, ValueError, OverflowError):
                    doc = None  # de standaardregel meldt zelf dat de datum buiten elke periode valt
                if doc is not None:
                    bekend = documenten()  # een variant van een bronmap die niet (meer) geladen is, telt niet
                    kandidaten = [k for k in varianten if k in bekend and bekend[k].eerste_dag <= doc.eerste_dag]
                    if kandidaten:
                        laatste = max(kandidaten, key=lambda k: bekend[k].eerste_dag)
                        return varianten[laatste](*args, **kwargs)
            return standaard(*args, **kwargs)

        def variant(sleutel: str) -> Callable:
            def registreer(functie: Callable) -> Callable:
                if document(sleutel).reeks != reeks_naam:
                    raise ValueError(f"{sleutel} hoort niet bij de reeks {reeks_naam}")
                varianten[sleutel] = functie
                return functie

            return registreer

        regel.variant = variant
        regel.varianten = varianten
        regel.reeks = reeks_naam
        return regel

    return omhul

