"""Een invoerbestand veilig openen en in stukken lezen.

Alleen een gewoon, leesbaar bestand: een FIFO (die blijft wachten), een map, een apparaat (``/dev/zero`` houdt nooit
op) of een socket wordt bij naam geweigerd, vóór er iets gelezen wordt. Een bestand boven ``GROOTTE_GRENS`` wordt
geweigerd. De inhoud moet UTF-8 zijn; de melding noemt de regel waar dat misgaat. Een bestandsnaam die zelf geen
UTF-8 is, wordt getoond met ``\\xNN`` voor de vreemde bytes (``toon_naam``), zodat ook de melding leesbaar blijft.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator

import numpy as np

from zorgcontract.kern.fouten import InvoerFout
from zorgcontract.regels.zz.declaraties.formaat import GROOTTE_GRENS, REGEL_FORMAAT

STUK = 8 * 1024 * 1024


def regeleinden(stuk: bytes) -> int:
    """Het aantal \\n in ``stuk``; met numpy, dat de GIL loslaat (``bytes.count`` niet, en is ook trager)."""
    return int(np.count_nonzero(np.frombuffer(stuk, dtype=np.uint8) == 10))


def toon_naam(naam: str) -> str:
    """Een bestandsnaam zoals hij getoond kan worden (ook als hij geen geldige UTF-8 is)."""
    return os.fsencode(naam).decode("utf-8", "backslashreplace")


def _soort(modus: int) -> str | None:
    if stat.S_ISDIR(modus):
        return "een map"
    if stat.S_ISFIFO(modus):
        return "een FIFO (named pipe)"
    if stat.S_ISCHR(modus) or stat.S_ISBLK(modus):
        return "een apparaat"
    if stat.S_ISSOCK(modus):
        return "een socket"
    if not stat.S_ISREG(modus):
        return "geen gewoon bestand"
    return None


class Invoerbestand:
    """Open met ``open_veilig``; ``grootte`` in bytes; ``stukken()`` geeft ruwe bytes, gecontroleerd op UTF-8."""

    def __init__(self, naam: str, fd: int, grootte: int):
        self.naam, self.fd, self.grootte = naam, fd, grootte

    def stukken(self, grootte: int = STUK) -> Iterator[bytes]:
        regels = 0
        rest = b""
        with os.fdopen(self.fd, "rb", closefd=True) as f:
            gelezen = 0
            while True:
                stuk = f.read(grootte)
                if not stuk:
                    break
                gelezen += len(stuk)
                if gelezen > GROOTTE_GRENS:
                    raise InvoerFout("bestand", f"'{toon_naam(self.naam)}' is groter dan {GROOTTE_GRENS // 1024**3} GiB", REGEL_FORMAAT)
                # Eén kopie per stuk (de rest van het vorige stuk ervoor) en tellen met numpy: dit draait in de
                # hoofddraad terwijl twee andere draden de vorige stukken controleren, en elke bytes-bewerking hier
                # houdt de GIL vast (gemeten met py-spy: het kopiëren, tellen en decoderen hield de werkers op).
                eind = stuk.rfind(b"\n") + 1
                if not eind:  # geen regeleinde in dit stuk: alles is nog rest
                    heel, rest = b"", rest + stuk
                else:
                    heel = b"".join((rest, memoryview(stuk)[:eind])) if rest else stuk[:eind]
                    rest = stuk[eind:]
                if len(rest) > 1024 * 1024 * 64:  # een 'regel' van 64 MB: geen declaratiebestand
                    heel, rest = heel + rest, b""
                self._utf8(heel, regels)
                regels += regeleinden(heel)
                if heel:
                    yield heel
            if rest:
                self._utf8(rest, regels)
                yield rest

    def _utf8(self, stuk: bytes, regels_ervoor: int) -> None:
        if stuk.isascii():  # het gewone geval; isascii maakt geen tekst aan (decode wel: 8 MB per stuk)
            return
        try:
            stuk.decode("utf-8")
        except UnicodeDecodeError as e:
            regel = regels_ervoor + stuk.count(b"\n", 0, e.start) + 1
            waar = "de kopregel" if regel == 1 else f"regel {regel - 1} (na de kopregel)"
            raise InvoerFout("bestand", f"'{toon_naam(self.naam)}' is geen UTF-8-tekst: {waar} bevat de byte "
                             f"0x{stuk[e.start]:02x}; sla het bestand op als UTF-8", REGEL_FORMAAT) from None


def open_veilig(naam: str) -> Invoerbestand:
    getoond = toon_naam(naam)
    try:
        fd = os.open(naam, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InvoerFout("bestand", f"'{getoond}' bestaat niet", REGEL_FORMAAT) from None
    except IsADirectoryError:
        raise InvoerFout("bestand", f"'{getoond}' is een map, geen CSV-bestand", REGEL_FORMAAT) from None
    except PermissionError:
        raise InvoerFout("bestand", f"'{getoond}' is niet leesbaar (geen toestemming)", REGEL_FORMAAT) from None
    except (OSError, ValueError) as e:
        raise InvoerFout("bestand", f"'{getoond}' is niet te openen ({type(e).__name__})", REGEL_FORMAAT) from None
    try:
        st = os.fstat(fd)
        soort = _soort(st.st_mode)
        if soort:
            raise InvoerFout("bestand", f"'{getoond}' is {soort}; alleen een gewoon CSV-bestand kan gelezen worden", REGEL_FORMAAT)
        if st.st_size > GROOTTE_GRENS:
            raise InvoerFout("bestand", f"'{getoond}' is groter dan {GROOTTE_GRENS // 1024**3} GiB", REGEL_FORMAAT)
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return Invoerbestand(naam, fd, st.st_size)
