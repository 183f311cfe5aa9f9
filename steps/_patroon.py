"""``patroon("is het maximum per jaar {uren}")``: stapteksten in de leesbare notatie van ``parsers.parse``
(``{naam}``, ``{jaar:d}``), maar gematcht als één reguliere expressie (``parsers.re``).

Waarom: pytest-bdd loopt voor elke stap alle stapdefinities af en vraagt elke parser of hij past. Een
``parsers.parse``-parser doet dat met de ``parse``-bibliotheek, die per poging veel duurder is dan één
``re.fullmatch`` (zie benchmarks/stappen.py: de helling per 100 definities). Het gedrag is gelijk aan
``parsers.parse``: ``{naam}`` is ``.+?``, ``{naam:d}`` een geheel getal (als ``int`` doorgegeven),
hoofdletterongevoelig, en de hele staptekst moet passen.
"""

from __future__ import annotations

import re

from pytest_bdd import parsers

_VELD = re.compile(r"\{\{|\}\}|\{(?P<naam>[A-Za-z_][A-Za-z0-9_]*)(?::(?P<soort>d))?\}")


def _letterlijk(formaat: str, stuk: str) -> None:
    if "{" in stuk or "}" in stuk:
        raise ValueError(f"staptekst {formaat!r}: alleen {{naam}} en {{naam:d}} worden ondersteund")


def _naar_regex(formaat: str) -> tuple[str, dict[str, type]]:
    delen, omzetters, vorige = [], {}, 0
    for m in _VELD.finditer(formaat):
        _letterlijk(formaat, formaat[vorige:m.start()])
        delen.append(re.escape(formaat[vorige:m.start()]))
        vorige = m.end()
        if m.group(0) in ("{{", "}}"):
            delen.append(re.escape(m.group(0)[0]))
        elif m.group("soort") == "d":
            delen.append(rf"(?P<{m.group('naam')}>[-+ ]?\d+)")
            omzetters[m.group("naam")] = int
        else:
            delen.append(rf"(?P<{m.group('naam')}>.+?)")
    _letterlijk(formaat, formaat[vorige:])
    delen.append(re.escape(formaat[vorige:]))
    return "".join(delen), omzetters


class patroon(parsers.re):
    def __init__(self, formaat: str) -> None:
        regex, self.omzetters = _naar_regex(formaat)
        super().__init__(regex, re.IGNORECASE | re.DOTALL)
        self.formaat = formaat

    def parse_arguments(self, name: str):
        waarden = super().parse_arguments(name)
        if waarden is None:
            return None
        return {k: (self.omzetters[k](v) if k in self.omzetters else v) for k, v in waarden.items()}

    def __repr__(self) -> str:
        return f"patroon({self.formaat!r})"
