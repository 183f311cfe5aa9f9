"""De scenario's voor het handboek: dezelfde gegevens als de ene lezer ``zorgcontract.kern.gherkin`` geeft
(functionaliteit, Regel, scenario, stappen, voorbeeldrijen met regelnummer, tags, handberekeningen)."""

from __future__ import annotations

from zorgcontract.kern.gherkin import (  # noqa: F401 - de namen die het handboek gebruikt
    Functionaliteit,
    LeesFout,
    Rij,
    Scenario,
    Stap,
    Voorbeelden,
    lees_feature,
    lees_features,
    vul_in,
)
