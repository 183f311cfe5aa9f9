"""Kleine MyST-bouwstenen: tekst veilig maken, statuslabels, tabellen."""

from __future__ import annotations

import re

from zorgcontract.handboek.uitslagen import FOUT_AFBOUW, FOUT_OPZET, GESLAAGD, MISLUKT, NIET_UITGEVOERD, OVERGESLAGEN

_SPECIAAL = re.compile(r"([\\`*_\[\]{}<>|#$~^])")


def md(tekst: str) -> str:
    """Gewone tekst als MyST-inline: leestekens die opmaak zouden worden, krijgen een backslash."""
    tekst = tekst.replace("\u00a0", " ")
    return _SPECIAAL.sub(r"\\\1", tekst)


def code(tekst: str) -> str:
    tekst = tekst.replace("\u00a0", " ")
    if "`" in tekst:
        return f"`` {tekst} ``"
    return f"`{tekst}`"


_PLAATSHOUDER = re.compile(r"<([^<>]+)>")


def staptekst(tekst: str) -> str:
    """Staptekst met de plaatshouders van een Abstract Scenario als code: `<uren>`."""
    delen = []
    vorige = 0
    for m in _PLAATSHOUDER.finditer(tekst):
        delen.append(md(tekst[vorige:m.start()]))
        delen.append(code(m.group(0)))
        vorige = m.end()
    delen.append(md(tekst[vorige:]))
    return "".join(delen)


_LABELS = {
    GESLAAGD: ("success", "✔ geslaagd"),
    MISLUKT: ("danger", "✘ mislukt"),
    FOUT_OPZET: ("danger", "✘ fout in opzet"),
    FOUT_AFBOUW: ("danger", "✘ fout in afbouw"),
    OVERGESLAGEN: ("warning", "overgeslagen"),
    NIET_UITGEVOERD: ("secondary", "niet uitgevoerd"),
}

_REGISTERSTATUS = {
    "getoetst": "success",
    "niet-formaliseerbaar": "info",
    "open": "warning",
}


def statuslabel(status: str) -> str:
    soort, tekst = _LABELS.get(status, ("secondary", status))
    return f"{{bdg-{soort}}}`{tekst}`"


def registerlabel(status: str) -> str:
    return f"{{bdg-{_REGISTERSTATUS.get(status, 'secondary')}-line}}`{status}`"


def tabel(kop: list[str], rijen: list[list[str]]) -> str:
    """Markdown-tabel; cellen zijn al MyST-inline (gebruik ``md``/``code``)."""
    def cel(c: str) -> str:
        return c.replace("\n", " ") if c else " "
    regels = ["| " + " | ".join(cel(k) for k in kop) + " |", "|" + "|".join("---" for _ in kop) + "|"]
    regels += ["| " + " | ".join(cel(c) for c in rij) + " |" for rij in rijen]
    return "\n".join(regels)


def hoofdletter(tekst: str) -> str:
    return tekst[:1].upper() + tekst[1:]
