"""De ene lezer voor de YAML-gegevens van het pakket (documenten, parameters, registers, review).

Met PyYAML: de C-lezer van libyaml (``CSafeLoader``) als PyYAML daarmee gebouwd is, anders de Python-lezer
(``SafeLoader``). Beide gebruiken dezelfde ``SafeConstructor``; alleen het ontleden van de tekst verschilt.
Waarom: de declaratiecontrole leest bij elke start ~55 parameterbestanden; met de Python-lezer kostte dat
~50 ms van een opstart van ~0,6 s, met libyaml ~5 ms (gemeten op de 69 bestanden onder ``data/``: 180 tegen
17 ms). ``tests/test_yaml_lezen.py`` controleert dat beide lezers op elk bestand van het pakket hetzelfde geven.

Zonder PyYAML (de browser, Pyodide): de bij het bouwen gemaakte JSON-index, zie ``kern/yaml_json.py``.

Niet voor invoer van gebruikers (concepten, ``kern/concept.py``): daar tellen de foutmeldingen van de
Python-lezer, en de bestanden zijn klein.
"""

from __future__ import annotations

from typing import Any

try:
    import yaml
except ImportError:  # browser (Pyodide): YAML bij het bouwen naar JSON omgezet
    from zorgcontract.kern.yaml_json import safe_load as laad
else:
    LEZER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    def laad(tekst: str) -> Any:
        return yaml.load(tekst, Loader=LEZER)  # noqa: S506 - een SafeLoader (C of Python), geen vrije constructor
