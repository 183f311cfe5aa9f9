"""Een invoerbestand veilig openen en in stukken lezen.

Alleen een gewoon, leesbaar bestand: een FIFO (die blijft wachten), een map, een apparaat (``/dev/zero`` houdt nooit
op) of een socket wordt bij naam geweigerd, vóór er iets gelezen wordt. Een bestand boven ``GROOTTE_GRENS`` wordt
geweigerd. De inhoud moet UTF-8 zijn; de melding noemt de regel waar dat misgaat. Een bestandsnaam die zelf geen
UTF-8 is, wordt getoond met ``\\xNN`` voor de vreemde bytes (``toon_naam``), zodat ook de melding leesbaar blijft.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator

from zorgcontract.kern.fouten import InvoerFout
from zorgcontract.regels.zz.declaraties.formaat import GROOTTE_GRENS, REGEL_FORMAAT

# Bytes per stuk (``stukgrootte``). Per stuk zijn er ~35 polars-aanroepen met elk een vaste prijs, dus grotere stukken
# zijn sneller; het piekgeheugen stijgt mee, en dat telt alleen bij grote bestanden. Gemeten, 16 tegen 8 MB: lezen en
# per regel controleren gepaard 0,87-0,94 bij 10^6 regels en 0,90 bij 3*10^6; het hele proces bij 10^6 regels 0,95
# (mediaan 1,82 tegen 1,92 s), piek 494 tegen 429 MiB. Bij 10^7 regels (836 MB) gaf 16 MB een piek tot 940 MiB (8 MB:
# 846-877, 12 MB: 846-855), te dicht bij de grens van 1 GiB: daar blijft het 8 MB.
# Tot GROOT_BESTAND ook een even aantal stukken van hoogstens 16 MB: twee draden lezen elk een stuk, en bij een oneven
# aantal leest de laatste alleen (10^6 regels, 78 MiB: 6 stukken van 13 MB tegen 5 van 16, lezen gepaard 0,96; 10^5
# regels, 7,6 MiB: 2 stukken tegen 1, 0,92; 4 stukken: 1,18). Onder KLEIN_BESTAND loont een tweede stuk niet.
STUK = 8 * 1024 * 1024
STUK_TOT_GROOT = 16 * 1024 * 1024  # voor bestanden tot GROOT_BESTAND: het grootste stuk
GROOT_BESTAND = 256 * 1024 * 1024  # ~3*10^6 regels van de realistische mix
KLEIN_BESTAND = 2 * 1024 * 1024
VENSTER = 64 * 1024  # waarin het laatste regeleinde van een stuk eerst gezocht wordt (zie _lees)
LANGE_REGEL = 64 * 1024 * 1024  # een 'regel' langer dan dit wordt gesneden: geen declaratiebestand


def stukgrootte(bestandsgrootte: int) -> int:
    """Bytes per stuk voor een bestand van deze grootte (zie STUK). Een stuk eindigt bij het laatste regeleinde binnen
    zijn grootte, dus iets korter: VENSTER erbij, zodat er niet nog een klein stuk achteraan komt."""
    if bestandsgrootte > GROOT_BESTAND:
        return STUK
    if bestandsgrootte < KLEIN_BESTAND:
        return STUK_TOT_GROOT
    aantal = 2 * -(-bestandsgrootte // (2 * STUK_TOT_GROOT))  # even, en zo dat geen stuk groter is dan STUK_TOT_GROOT
    return -(-bestandsgrootte // aantal) + VENSTER


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

    def stukken(self, grootte: int | None = None, is_ascii: Callable[[bytes], bool] = bytes.isascii) -> Iterator[bytes]:
        """Het bestand in stukken van ongeveer ``grootte`` bytes (standaard ``stukgrootte``), elk tot en met een
        regeleinde (het laatste stuk tot het eind van het bestand). ``is_ascii``: de snelle route geeft een versie met
        numpy, die de GIL loslaat (dit module laadt numpy zelf niet: de referentieroute draait ook in de browser, zonder
        numpy)."""
        grootte = grootte or stukgrootte(self.grootte)
        pos = 0
        try:
            while stuk := self._lees(pos, grootte):
                if pos + len(stuk) > GROOTTE_GRENS:
                    raise InvoerFout("bestand", f"'{toon_naam(self.naam)}' is groter dan {GROOTTE_GRENS // 1024**3} GiB", REGEL_FORMAAT)
                if not is_ascii(stuk):  # het gewone geval; is_ascii maakt geen tekst aan (decode wel: 8-16 MB per stuk)
                    self._utf8(stuk, pos)
                pos += len(stuk)
                yield stuk
        finally:
            os.close(self.fd)

    def _lees(self, pos: int, grootte: int) -> bytes:
        """De bytes vanaf ``pos`` tot en met het laatste regeleinde in de eerstvolgende ``grootte`` bytes. Is daar geen
        regeleinde, dan tot en met het eerste erna (een regel van meer dan LANGE_REGEL bytes wordt toch gesneden: geen
        declaratiebestand); aan het eind van het bestand de rest.

        Waarom zo: de hoofddraad leest terwijl twee andere draden de vorige stukken controleren. Eerst het laatste
        regeleinde opzoeken in een klein venster en dan precies tot daar lezen kost geen kopie in Python (die houdt de
        GIL vast; ``os.pread`` laat haar los). Gemeten met py-spy: het aan elkaar plakken en snijden van stukken van
        8 MB was de grootste GIL-post van het lezen."""
        if grootte > VENSTER:
            venster = os.pread(self.fd, VENSTER, pos + grootte - VENSTER)
            i = venster.rfind(b"\n") if len(venster) == VENSTER else -1
            if i >= 0:
                return os.pread(self.fd, grootte - VENSTER + i + 1, pos)
        blok = os.pread(self.fd, grootte, pos)
        if len(blok) < grootte:  # het eind van het bestand
            return blok
        eind = blok.rfind(b"\n") + 1
        if eind:
            return blok[:eind]
        delen, n = [blok], len(blok)  # geen regeleinde: verder tot het eerste
        while n <= LANGE_REGEL and (verder := os.pread(self.fd, grootte, pos + n)):
            eind = verder.find(b"\n") + 1
            if eind:
                delen.append(verder[:eind])
                break
            delen.append(verder)
            n += len(verder)
        return b"".join(delen)

    def _regeleinden_voor(self, pos: int) -> int:
        """Het aantal regeleinden in het bestand vóór byte ``pos`` (alleen voor de melding bij een fout: niet per stuk
        tellen, dat hield de GIL vast terwijl de andere draden werkten)."""
        n = gelezen = 0
        while gelezen < pos:
            blok = os.pread(self.fd, min(STUK, pos - gelezen), gelezen)
            if not blok:  # pragma: no cover - het bestand werd intussen korter
                break
            n += blok.count(b"\n")
            gelezen += len(blok)
        return n

    def _utf8(self, stuk: bytes, pos: int) -> None:
        try:
            stuk.decode("utf-8")
        except UnicodeDecodeError as e:
            regel = self._regeleinden_voor(pos) + stuk.count(b"\n", 0, e.start) + 1
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
