"""Fouten die een gebruiker te zien krijgt: altijd Nederlands, altijd met veld en regel."""

from __future__ import annotations


class ZorgcontractFout(Exception):
    """Basis voor alle fouten die de CLI als invoerfout (exit 2) meldt."""


class InvoerFout(ZorgcontractFout, ValueError):
    """Ongeldige invoer: noemt het veld, wat er mis is en welke regel dat eist."""

    def __init__(self, veld: str, bericht: str, regel: str | None = None):
        self.veld = veld
        self.bericht = bericht
        self.regel = regel
        tekst = f"ongeldige waarde voor '{veld}': {bericht}"
        if regel:
            tekst += f" ({regel})"
        super().__init__(tekst)


class ParameterOnbekend(ZorgcontractFout, LookupError):
    """Een parameter heeft voor de gevraagde datum geen (bekende) waarde in de bronnen."""

    def __init__(self, naam: str, peildatum, reden: str | None = None):
        self.naam = naam
        self.peildatum = peildatum
        tekst = f"parameter '{naam}' heeft geen waarde voor {peildatum.year} (peildatum {peildatum.isoformat()})"
        if reden:
            tekst += f": {reden}"
        super().__init__(tekst)


class NietInBron(ZorgcontractFout, LookupError):
    """De bronnen geven voor deze vraag geen antwoord; we verzinnen er geen."""
