"""Eén ingang voor de rekenhulpen in het handboek: de CLI zelf, in hetzelfde proces.

``bereken("poh-ggz", {"ingeschreven": "2350", "uren": "16"})`` roept ``zorgcontract poh-ggz --ingeschreven
2350 --uren 16 --json`` aan zoals de opdrachtregel dat doet (``zorgcontract.cli.main`` met die argv), vangt
stdout, stderr en de exitstatus, en geeft het resultaat als dict terug. Zo geeft een pagina in de browser
(Pyodide) per definitie dezelfde uitkomst en dezelfde Nederlandse foutmelding als de CLI: er is geen tweede
implementatie van een regel, en deze module kent geen enkele interne functie van ``zorgcontract.cli``; ze
praat alleen via argv en ``--json``.

Vaste opties (``VAST``): ``declaraties`` rekent hier altijd met ``--route referentie``: de leesbare route per
verzekerde met haar polars-vrije schrijver (``regels/zz/declaraties/uitvoer_referentie.py``), byte voor byte
dezelfde uitvoer als de snelle route, die polars nodig heeft (dat bestaat niet in de browser).

Opties: sleutel = optienaam zonder streepjes vooraan (``afgesproken-uren``); waarde = tekst, ``True``/``False``
voor een vlag (``"ja"``/``"nee"`` mag ook), of een lijst voor een herhaalbare optie (``spreekuur``). Lege tekst
of ``None`` betekent: niet opgegeven. Een positioneel argument (``declaraties BESTAND``) heet ``bestand``.

Uitkomst (altijd een dict, nooit een exceptie):

- ``{"status": "ok", "uitkomst": {...}}`` - de JSON van de CLI;
- ``{"status": "invoerfout", "fout": "...", "veld": "uren" | None, "exitcode": 2}`` - de melding van de CLI
  (zonder het voorvoegsel ``fout: ``), met het veld dat ze noemt als dat een van de opties is;
- ``{"status": "intern", "fout": "er ging iets mis", "detail": "<traceback of stderr>"}`` - alles wat geen
  invoerfout is (een fout in het pakket, een onverwachte exitstatus).
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import sys
import traceback
from typing import Any, Iterable

POSITIONEEL = {"declaraties": ("bestand",)}
VAST = {"declaraties": {"route": "referentie"}}
_VELD = [
    re.compile(r"ongeldige waarde voor '([^']+)'"),
    re.compile(r"onbekende optie --?([A-Za-z0-9-]+)"),
    re.compile(r"optie --([A-Za-z0-9-]+) verwacht een waarde"),
]


def _is_vlag_aan(waarde: Any) -> bool:
    if isinstance(waarde, str):
        return waarde.strip().lower() in ("1", "ja", "true", "on", "aan")
    return bool(waarde)


def argv(subopdracht: str, opties: dict[str, Any], vlaggen: Iterable[str] = ()) -> list[str]:
    """De argv die bij de formuliervelden hoort. ``vlaggen``: opties zonder waarde (``--hbo-v``)."""
    vlaggen = set(vlaggen)
    opties = {**opties, **VAST.get(subopdracht, {})}
    uit = [subopdracht]
    for naam in POSITIONEEL.get(subopdracht, ()):
        w = opties.get(naam)
        if w not in (None, ""):
            uit.append(str(w))
    for naam, w in opties.items():
        if naam in POSITIONEEL.get(subopdracht, ()) or naam == "json":
            continue
        if naam in vlaggen:
            if _is_vlag_aan(w):
                uit.append(f"--{naam}")
            continue
        waarden = w if isinstance(w, (list, tuple)) else [w]
        for een in waarden:
            if een is None or (isinstance(een, str) and een.strip() == ""):
                continue
            uit += [f"--{naam}", str(een)]
    uit.append("--json")
    return uit


def veld_uit_melding(melding: str, velden: Iterable[str]) -> str | None:
    """Het veld dat een melding noemt (``ongeldige waarde voor 'uren': ...``), als dat een bekende optie is."""
    velden = list(velden)
    for patroon in _VELD:
        m = patroon.search(melding)
        if m:
            # een melding die de interne naam noemt ('opleidingsduur_maanden') hoort bij de optie met streepjes
            ruw = m.group(1).lstrip("-")  # de invoerlaag noemt de optie zoals getypt: '--uren'
            for naam in (ruw, ruw.replace("_", "-")):
                if naam in velden:
                    return naam
    return None


def lees_json_uitvoer(stdout: str):
    """De JSON van de CLI als één object. ``declaraties --json`` stroomt (één object per regel en als laatste de
    samenvatting); dat wordt ``{"bestand", "samenvatting", "regels": [...]}``, zoals de pagina het toont."""
    tekst = stdout.strip()
    if not tekst:
        return None
    try:
        return json.loads(tekst)
    except ValueError:
        pass
    # alleen op \n splitsen: splitlines() breekt ook op U+2028, \x1c, ... die in een JSON-tekst mogen staan
    objecten = [json.loads(r) for r in tekst.split("\n") if r.strip()]
    if objecten and isinstance(objecten[-1], dict) and "samenvatting" in objecten[-1]:
        return {**objecten[-1], "regels": objecten[:-1]}
    return {"regels": objecten}


def voer_uit(args: list[str]) -> tuple[int, str, str]:
    """``zorgcontract <args>`` in dit proces: (exitstatus, stdout, stderr). Een exceptie die de CLI niet zelf
    afhandelt, gaat door naar de aanroeper."""
    from zorgcontract import cli

    uit, fout = io.StringIO(), io.StringIO()
    oud_argv = sys.argv
    sys.argv = ["zorgcontract", *args]
    code = 0
    try:
        with contextlib.redirect_stdout(uit), contextlib.redirect_stderr(fout):
            try:
                cli.main()
            except SystemExit as e:
                code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    finally:
        sys.argv = oud_argv
    return code, uit.getvalue(), fout.getvalue()


def bereken(subopdracht: str, opties: dict[str, Any] | None = None, vlaggen: Iterable[str] = (),
            velden: Iterable[str] | None = None) -> dict[str, Any]:
    """Reken ``subopdracht`` uit met ``opties`` via de CLI (zie de moduletekst)."""
    opties = dict(opties or {})
    velden = list(velden) if velden is not None else [*opties, *POSITIONEEL.get(subopdracht, ())]
    try:
        args = argv(subopdracht, opties, vlaggen)
        code, stdout, stderr = voer_uit(args)
    except Exception:  # een fout in het pakket zelf: geen invoerfout
        return {"status": "intern", "fout": "er ging iets mis", "detail": traceback.format_exc(), "argv": None}
    try:
        data = lees_json_uitvoer(stdout)
    except ValueError:
        data = None
    if code == 0 and isinstance(data, dict) and "fout" not in data:
        return {"status": "ok", "uitkomst": data, "argv": args}
    if code == 2:
        if isinstance(data, dict) and "fout" in data:
            melding = str(data["fout"])
        else:
            regels = [r for r in stderr.strip().splitlines() if r.strip()]
            melding = regels[-1] if regels else "ongeldige invoer"
            if melding.startswith("fout: "):
                melding = melding[len("fout: "):]
        veld = None
        if isinstance(data, dict) and isinstance(data.get("veld"), str):
            kandidaat = data["veld"].lstrip("-")
            veld = kandidaat if kandidaat in velden else None
        return {"status": "invoerfout", "fout": melding, "veld": veld or veld_uit_melding(melding, velden),
                "exitcode": code, "argv": args}
    return {"status": "intern", "fout": "er ging iets mis", "argv": args,
            "detail": f"exitstatus {code}\n{stderr.strip()}\n{stdout.strip()}".strip()}


def bereken_json(subopdracht: str, opties_json: str, vlaggen_json: str = "[]", velden_json: str = "null") -> str:
    """Voor JavaScript (Pyodide): alles als JSON-tekst heen en terug."""
    velden = json.loads(velden_json)
    return json.dumps(bereken(subopdracht, json.loads(opties_json), json.loads(vlaggen_json), velden),
                      ensure_ascii=False)
