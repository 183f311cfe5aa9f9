"""De rekenhulpen op de startpagina: de subopdrachten van ``zorgcontract`` zoals de typer-app ze nu kent,
met hun opties, een link naar de pagina die dezelfde opdracht in de browser uitrekent (hoofdstuk Rekenhulpen,
``rekenhulp_paginas``) en een echte voorbeeldaanroep (uitgevoerd tijdens het genereren)."""

from __future__ import annotations

import shlex

import typer
from typer.testing import CliRunner

from zorgcontract.handboek.opmaak import code, md, tabel

# Voorbeeldaanroepen die tijdens het bouwen echt gedraaid worden (als de subopdracht bestaat).
VOORBEELDEN = {
    "poh-s": ["--ingeschreven", "2350", "--dm2", "150", "--cvrm", "200", "--copd", "40", "--astma", "60", "--contracturen", "16"],
    "poh-ggz": ["--ingeschreven", "2350", "--uren", "16"],
    "declaratiestart": ["--start-overeenkomst", "2026-02-15"],
}


def rekenhulpen_md() -> str:
    from zorgcontract.cli import app

    from zorgcontract.handboek.rekenhulp_paginas import MAP, REKENHULPEN

    in_browser = {r.subopdracht for r in REKENHULPEN}
    groep = typer.main.get_command(app)
    uit = []
    rijen = []
    for naam, cmd in groep.commands.items():
        opties = [" / ".join(p.opts) for p in cmd.params if getattr(p, "opts", None)]
        rijen.append([code(f"zorgcontract {naam}"), md((cmd.help or "").split(". ")[0].strip()),
                      ", ".join(code(o) for o in opties),
                      f"{{doc}}`rekenen <{'/' + MAP + '/' + naam}>`" if naam in in_browser else ""])
    uit.append(tabel(["Opdracht", "Wat het berekent", "Opties", "In de browser"], rijen))
    uit.append("")
    runner = CliRunner()
    for naam, args in VOORBEELDEN.items():
        if naam not in groep.commands:
            continue
        r = runner.invoke(app, [naam, *args])
        if r.exit_code != 0:
            continue
        uit.append(f"Voorbeeld: {code(naam)} (uitgevoerd toen dit handboek gebouwd werd)")
        uit.append("")
        uit.append("```console")
        uit.append("$ " + shlex.join(["zorgcontract", naam, *args]))
        uit.append(r.output.replace("\u00a0", " ").rstrip())
        uit.append("```")
        uit.append("")
    return "\n".join(uit)
