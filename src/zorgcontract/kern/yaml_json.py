"""De YAML-gegevens van het pakket zonder PyYAML: voor de rekenhulpen in de browser (Pyodide), waar
PyYAML niet bestaat.

Bij het bouwen van het handboek (``scripts/bundel_rekenhulpen.py``) leest ``maak_index`` elk YAML-bestand
onder ``zorgcontract/data/`` met het echte PyYAML en schrijft de uitkomst als JSON in het wiel van het
pakket (``zorgcontract/data/_yaml.json``), op de SHA-256 van de bestandstekst. ``safe_load`` hieronder geeft
voor dezelfde tekst exact wat ``yaml.safe_load`` gaf: datums blijven ``date``, sleutels die geen tekst
zijn (datums als sleutel in ``waarden:``) blijven wat ze waren. ``kern/documenten.py``, ``kern/parameters.py``
en ``kern/register.py`` lezen via ``kern/yaml_lezen.py``, dat deze module alleen gebruikt als ``import yaml`` faalt.

Een tekst die niet in de index staat (een YAML-bestand dat na het bouwen veranderde, of een extra bronmap
uit ``ZORGCONTRACT_BRONNEN``) is een duidelijke fout, geen stille gok.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

BESTAND = "_yaml.json"
_DATUM, _TIJD, _PAREN = "$datum", "$tijdstip", "$paren"


def sleutel(tekst: str) -> str:
    return hashlib.sha256(tekst.encode("utf-8")).hexdigest()


def _naar_json(w: Any) -> Any:
    if isinstance(w, datetime):
        return {_TIJD: w.isoformat()}
    if isinstance(w, date):
        return {_DATUM: w.isoformat()}
    if isinstance(w, dict):
        if all(isinstance(k, str) and not k.startswith("$") for k in w):
            return {k: _naar_json(v) for k, v in w.items()}
        return {_PAREN: [[_naar_json(k), _naar_json(v)] for k, v in w.items()]}
    if isinstance(w, (list, tuple)):
        return [_naar_json(v) for v in w]
    if w is None or isinstance(w, (str, bool, int, float)):
        return w
    raise TypeError(f"YAML-waarde van type {type(w).__name__} past niet in JSON: {w!r}")


def _uit_json(w: Any) -> Any:
    if isinstance(w, dict):
        if len(w) == 1 and _DATUM in w:
            return date.fromisoformat(w[_DATUM])
        if len(w) == 1 and _TIJD in w:
            return datetime.fromisoformat(w[_TIJD])
        if len(w) == 1 and _PAREN in w:
            return {_uit_json(k): _uit_json(v) for k, v in w[_PAREN]}
        return {k: _uit_json(v) for k, v in w.items()}
    if isinstance(w, list):
        return [_uit_json(v) for v in w]
    return w


def maak_index(wortel: Path) -> dict[str, Any]:
    """Alle ``*.yaml`` onder ``wortel``, gelezen met PyYAML: {sha256 van de tekst: waarde als JSON}."""
    import yaml  # alleen tijdens het bouwen

    index: dict[str, Any] = {}
    for pad in sorted(Path(wortel).rglob("*.yaml")):
        tekst = pad.read_text(encoding="utf-8")
        index[sleutel(tekst)] = _naar_json(yaml.safe_load(tekst))
    return index


@cache
def _index() -> dict[str, Any]:
    pad = resources.files("zorgcontract").joinpath("data", BESTAND)
    if not pad.is_file():
        raise ImportError("PyYAML ontbreekt en het pakket heeft geen meegebundelde gegevens (data/_yaml.json); "
                          "installeer PyYAML of bouw het wiel met scripts/bundel_rekenhulpen.py")
    return json.loads(pad.read_text(encoding="utf-8"))


def safe_load(tekst: str) -> Any:
    index = _index()
    k = sleutel(tekst)
    if k not in index:
        raise ValueError("dit YAML-bestand staat niet in de meegebundelde gegevens (data/_yaml.json): "
                         "het veranderde na het bouwen of komt niet uit het pakket; zonder PyYAML is het niet te lezen")
    return _uit_json(index[k])
