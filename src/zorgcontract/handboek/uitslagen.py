"""De uitslagen van de laatste run voor het handboek: het uitslagenrecord (``reports/uitslagen.json``),
geschreven door de pytest-plugin ``steps/uitslagen_plugin.py``; nooit de Cucumber-JSON.

Per scenario en per voorbeeldrij: geslaagd, mislukt, fout in opzet, fout in afbouw, overgeslagen of niet
uitgevoerd. Een scenario dat niet (of in een andere versie) in het record staat, is *niet uitgevoerd*.
De logica staat in ``zorgcontract.kern.uitslagen``; dit is de ingang die het handboek gebruikt.
"""

from __future__ import annotations

from pathlib import Path

from zorgcontract.kern.uitslagen import (  # noqa: F401
    FOUT_AFBOUW,
    FOUT_OPZET,
    GESLAAGD,
    MISLUKT,
    NIET_UITGEVOERD,
    OVERGESLAGEN,
    STATUSSEN,
    Record,
    RecordFout,
    Uitslag,
    lees_record,
)

Run = Record  # de oude naam in paginas.py


def lees_run(pad: Path | None) -> Record:
    """Het record, of (bestand ontbreekt) een leeg record waarin alles 'niet uitgevoerd' is."""
    return lees_record(pad)


def tel(features, run: Record) -> dict[str, int]:
    uit = {s: 0 for s in STATUSSEN}
    for f in features:
        for s in f.scenarios:
            for x in run.per_rij(s):
                uit[x.status] += 1
    return uit


def niet_geslaagd_md(scenario, uitslagen: list[Uitslag]) -> str:
    """Het foutvak onder een scenario: per niet geslaagde uitvoering de status, de stap en de melding."""
    from zorgcontract.handboek.opmaak import md

    soort = "error" if any(u.status in (MISLUKT, FOUT_OPZET, FOUT_AFBOUW) for u in uitslagen) else "warning"
    uit = [f":::{{{soort}}}", "Dit scenario slaagde niet in de laatste run.", ""]
    rijen = scenario.rijen
    for n, u in enumerate(uitslagen):
        if u.status == GESLAAGD:
            continue
        waar = f"voorbeeldregel {n + 1} (regel {rijen[n].regel}): " if scenario.is_sjabloon else ""
        regel = f"- {waar}*{u.status}*"
        if u.stap:
            regel += f" bij de stap *{md(u.stap)}*"
        elif u.fase == "opzet":
            regel += " (voor de eerste stap)"
        elif u.fase == "afbouw":
            regel += " (na de laatste stap)"
        if u.melding:
            regel += f": {md(u.melding.splitlines()[0][:300])}"
        uit.append(regel)
    uit.append(":::")
    return "\n".join(uit)


def verschil_md(vergelijking: dict | None, vorige: str | None) -> str:
    """De handboeksectie 'Verschil met de vorige run' (uit ``kern.uitslagen.vergelijk``)."""
    from zorgcontract.handboek.opmaak import code, md

    uit = ["# Verschil met de vorige run", "",
           "Wat er veranderde tussen de vorige en de laatste run van de scenario's: nieuw falend, nieuw geslaagd, "
           "toegevoegd, verwijderd, en voorbeeldrijen waarvan een waarde veranderde. Dit is wat een contractauteur "
           "leest na het bewerken van scenario's. Op de opdrachtregel: `zorgcontract uitslagen vergelijk OUD NIEUW`.", ""]
    if vergelijking is None:
        uit.append(f"*Er is geen vorige run om mee te vergelijken{f' ({code(vorige)} ontbreekt)' if vorige else ''}.*")
        return "\n".join(uit) + "\n"
    o, n = vergelijking["oud"], vergelijking["nieuw"]
    uit.append(f"Vorige run: {md(str(o.get('begin') or '?'))} (commit {code(str(o.get('commit') or '?')[:12])}); "
               f"laatste run: {md(str(n.get('begin') or '?'))} (commit {code(str(n.get('commit') or '?')[:12])}).")
    uit.append("")
    if vergelijking["ongewijzigd"]:
        uit.append("*Geen verschillen.*")
        return "\n".join(uit) + "\n"

    def waar(x):
        return f"{code('features/' + x['bestand'])}, regel {x['regel']}: {md(x['naam'])}"

    secties = [
        ("Nieuw falend", "nieuw_falend", lambda x: f"{waar(x)}: {x['oud']} → **{x['nieuw']}**"
         + (f" ({md(x['melding'].splitlines()[0][:200])})" if x.get("melding") else "")),
        ("Nieuw geslaagd", "nieuw_geslaagd", lambda x: f"{waar(x)}: {x['oud']} → **{x['nieuw']}**"),
        ("Anders niet geslaagd", "anders_niet_geslaagd", lambda x: f"{waar(x)}: {x['oud']} → **{x['nieuw']}**"),
        ("Toegevoegd", "toegevoegd", lambda x: f"{waar(x)}: {x['status']}"),
        ("Verwijderd", "verwijderd", lambda x: f"{waar(x)} (was {x['status']})"),
    ]
    for kop, sleutel, vorm in secties:
        lijst = vergelijking[sleutel]
        if lijst:
            uit += [f"## {kop} ({len(lijst)})", "", *(f"- {vorm(x)}" for x in lijst), ""]
    rijen = vergelijking["gewijzigde_voorbeelden"]
    if rijen:
        uit += [f"## Gewijzigde voorbeeldrijen ({len(rijen)})", ""]
        for x in rijen:
            kop = f"- {code('features/' + x['bestand'])}: {md(x['naam'])}, "
            if x["wijziging"] == "gewijzigd":
                kol = "; ".join(f"{md(k)}: {md(str(w['oud']))} → **{md(str(w['nieuw']))}**" for k, w in x["kolommen"].items())
                uit.append(f"{kop}rij op regel {x['regel_nieuw']}: {kol} (uitslag {x['nieuw_status']})")
            elif x["wijziging"] == "toegevoegd":
                uit.append(f"{kop}rij toegevoegd op regel {x['regel_nieuw']}: {md(' | '.join(x['waarden'].values()))}")
            else:
                uit.append(f"{kop}rij verwijderd (was regel {x['regel_oud']}): {md(' | '.join(x['waarden'].values()))}")
        uit.append("")
    return "\n".join(uit)
