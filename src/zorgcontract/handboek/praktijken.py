"""Handboekpagina 'Voorbeeldpraktijken': de praktijkprofielen uit ``examples/`` door alle modules.

Elk getal op de pagina wordt tijdens het bouwen berekend met ``zorgcontract.praktijk.overzicht`` (dezelfde
route als ``zorgcontract praktijk PROFIEL.toml``); het profiel zelf staat erbij.
"""

from __future__ import annotations

from pathlib import Path

from zorgcontract.handboek.opmaak import code, md, tabel
from zorgcontract.kern import nl
from zorgcontract.kern.fouten import ZorgcontractFout
from zorgcontract.praktijk import overzicht as ov
from zorgcontract.praktijk import profiel as pr

JAAR = 2026


def _b(x) -> str:
    return "–" if x is None else md(nl.bedrag(x))


def _profiel_md(pad: Path, jaar: int) -> list[str]:
    uit = []
    try:
        p = pr.lees(pad)
        o = ov.overzicht(p, jaar)
    except ZorgcontractFout as e:
        return [f"## {md(pad.name)}", "", f"*Dit profiel geeft een fout:* {md(str(e))}", ""]
    uit += [f"## {md(p.naam)}", "", f"Profiel {code('examples/' + pad.name)}, jaar {jaar}:", "",
            "```{code-block} toml", pad.read_text(encoding="utf-8").rstrip(), "```", ""]
    for v in o.verzekeraars:
        uit.append(f"### {md(v.verzekeraar)} {md(v.periode or '')}".rstrip())
        uit.append("")
        if v.buiten_periode:
            uit += [md(v.buiten_periode), ""]
            continue
        rijen = []
        for m in v.modules:
            ja = {True: "ja", False: "nee", None: "niet te toetsen"}[m.in_aanmerking]
            per_v = _b(m.per_verzekerde_per_kwartaal) if m.per_verzekerde_per_kwartaal is not None else (
                f"{_b(m.per_verzekerde_per_jaar)} per jaar" if m.per_verzekerde_per_jaar is not None else "–")
            codes = ", ".join(f"{code(c)} {_b(x)}" for c, x in m.prestatiecodes) or "–"
            rijen.append([md(m.titel), ja, per_v, str(m.verzekerden or "–"), _b(m.totaal_per_kwartaal), _b(m.totaal_per_jaar), codes,
                          md(nl.datum(m.eerste_declaratie)) if m.eerste_declaratie else "–"])
        uit += [tabel(["module", "in aanmerking", "per verzekerde per kwartaal", "verzekerden", "per kwartaal", "per jaar",
                       "prestatiecodes", "eerste declaratie"], rijen), ""]
        for m in v.modules:
            punten = [f"- niet vervuld: {md(str(r))}" for r in m.niet_vervuld] + [f"- let op: {md(x)}" for x in m.opmerkingen]
            uit += [f"```{{dropdown}} {md(m.titel)}: toelichting", *punten, *([""] if punten else [])]
            uit += [f"{i}. {md(s.omschrijving)}: {md(s.berekening)} = **{md(s.uitkomst)}** \\[{md(str(s.bron))}\\]"
                    for i, s in enumerate(m.uitleg.stappen, 1)]
            uit += ["```", ""]
    uit += [f"**Totaal per jaar (bekende bedragen): {md(nl.bedrag(o.totaal_per_jaar()))}**", ""]
    return uit


def praktijken_md(voorbeelden: Path, jaar: int = JAAR) -> str:
    """De pagina voor alle ``*.toml`` in ``voorbeelden`` (de map ``examples/``)."""
    uit = ["(voorbeeldpraktijken)=", "# Voorbeeldpraktijken", "",
           "De praktijkprofielen uit de map `examples/` door alle modules die het project kent, per verzekeraar en "
           "contractperiode: wie in aanmerking komt, het bedrag per verzekerde per kwartaal, het totaal per kwartaal "
           "en per jaar, de prestatiecodes en vanaf wanneer gedeclareerd mag worden. Het totaal per kwartaal is het "
           "afgeronde bedrag per verzekerde maal de ingeschreven verzekerden; het jaar telt de kwartalen waarin al "
           "gedeclareerd mag worden (interpretaties I-ZZ26-POHS-PRAKTIJKTOTAAL, I-ZZ26-POHGGZ-PRAKTIJKTOTAAL en "
           "I-ZZ26-POHS-PRAKTIJKSTART). Zelf uitrekenen: `zorgcontract praktijk PROFIEL.toml [--jaar 2026] [--json]`.",
           ""]
    profielen = sorted(voorbeelden.glob("*.toml")) if voorbeelden.is_dir() else []
    if not profielen:
        uit.append("*Geen voorbeeldprofielen gevonden.*")
    for pad in profielen:
        uit += _profiel_md(pad, jaar)
    return "\n".join(uit)
