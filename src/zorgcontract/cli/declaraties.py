"""De subopdracht ``declaraties``: een bestand met voorgenomen declaraties van veel verzekerden en praktijken."""

from __future__ import annotations

import functools
import os
import sys
from typing import Optional

import typer

from zorgcontract.cli.gemeenschappelijk import JSON_OPTIE, opdracht
from zorgcontract.kern import nl
from zorgcontract.kern.fouten import InvoerFout
from zorgcontract.regels.zz.declaraties.formaat import (CODES, CONTEXTEN_GRENS, DEELNEMERS_GRENS, DUUR_GRENS,
                                                        GROOTTE_GRENS, KENMERKEN, LIJN_GRENS, REGEL_FORMAAT, UITVOERDERS,
                                                        VELD_GRENS)

HULP = (
    "Controleer voorgenomen declaraties - van één verzekerde of van duizenden verzekerden en praktijken - tegen de "
    "bijlagen POH-S en POH-GGZ en de FAQ van Zorg en Zekerheid, en zeg per regel of ze mag, waarom (redencode en reden) "
    "en op grond van welke bron. Elke regel zoekt het document op dat op haar eigen declaratiedatum geldt; een datum "
    "waarvoor de bronnen geen regels geven is een fout op die regel.\n\n"
    "CSV (UTF-8, scheidingsteken komma of puntkomma), kopregel verplicht, kolommen in willekeurige volgorde: "
    "regel,praktijk,verzekerde,prestatiecode,datum,uitvoerder,context,deelnemers,zorgverlener,duur_minuten,tarief. "
    "Verplicht: prestatiecode, datum, uitvoerder; praktijk en verzekerde staan er samen in (dan verplicht per regel) "
    "of samen niet (dan is het bestand van één verzekerde bij één praktijk).\n\n"
    "regel: eigen id (leeg: het regelnummer, de eerste regel na de kopregel is 1). "
    "praktijk: AGB-code of naam. verzekerde: een pseudoniem - nooit een BSN: negen cijfers die de elfproef halen "
    "worden geweigerd (en niet getoond).\n\n"
    f"prestatiecode: {', '.join(CODES)}. De FAQ noemt voor behandelwensgesprek, consult, meedenkadvies, "
    "meedenkconsult, meekijkconsult en mtvp geen nummer: dat zijn symbolische codes.\n\n"
    "datum: JJJJ-MM-DD. "
    f"uitvoerder: {', '.join(UITVOERDERS)}.\n\n"
    f"context (gescheiden door spatie of +): {', '.join(KENMERKEN)}, en start-overeenkomst=JJJJ-MM-DD "
    "(31080, 11201, 31343: declareren vanaf de eerste kwartaalstart na de startmaand).\n\n"
    f"deelnemers: aantal deelnemers bij 12116 (verplicht daar, 1-{DEELNEMERS_GRENS}). zorgverlener: naam/AGB (SCEN: na 12822 "
    f"een andere SCEN-arts). duur_minuten: verplicht bij 12822 (tarief per 15 minuten; een begonnen kwartier telt, "
    f"1-{DUUR_GRENS}). tarief: tarief per eenheid in euro (12,34 of 12.34; bij een puntkomma-bestand mag de komma, "
    "bij een komma-bestand tussen aanhalingstekens) - dan telt de samenvatting bedragen.\n\n"
    "Per verzekerde over het hele bestand, in welke volgorde de regels ook staan: 13029/13031 eens per kalenderjaar, "
    "13030 eens, 31080/11201 eens per kwartaal, na een 12822-advies een andere SCEN-arts. Per verzekerde bij dezelfde "
    "praktijk: 31343 naast een toegestane 11201 in hetzelfde kwartaal, een consult op de dag van een "
    "behandelwensgesprek.\n\n"
    f"Grenzen: bestand tot {GROOTTE_GRENS // 1024**3} GiB, een regel tot {LIJN_GRENS} bytes, een veld tot {VELD_GRENS} "
    "tekens, een veld loopt niet over meer dan één regel; in de snelle route hoogstens "
    + nl.getal(CONTEXTEN_GRENS, 0) + " verschillende goede "
    "contexten per bestand (foute tellen niet mee). Alleen een gewoon bestand (geen FIFO, map of apparaat). Bij "
    "veel foute regels (honderdduizenden) houdt de snelle route ze tot het schrijven in tijdelijke bestanden "
    "(TMPDIR), niet in het geheugen.\n\n"
    "Een foute regel krijgt een eigen foutmelding, de andere regels worden beoordeeld. Exit 0 als het bestand beoordeeld "
    "is (ook met geweigerde of foute regels), 2 als het bestand onleesbaar is of geen geldige kopregel heeft "
    "(met --json dan {\"fout\": ...}).\n\n"
    "Uitvoer: tekst; --json: JSON-regels, één object per declaratie (regel, praktijk, verzekerde, prestatiecode, datum, "
    "uitvoerder, toegestaan [true/false/null bij een fout], oordeel, redencode, reden, bron, redenen [code, tekst, "
    "bron], eenheden, bedrag, fout) en als laatste regel {\"bestand\", \"samenvatting\"}; --csv: dezelfde kolommen "
    "als CSV (zonder redenen), de samenvatting op stderr. --uitvoer PAD schrijft de regels naar een bestand; de "
    "samenvatting komt dan op stdout."
)


def registreer(app: typer.Typer) -> None:
    @app.command("declaraties", help=HULP)
    @opdracht
    def declaraties(
        bestand: Optional[str] = typer.Argument(None, help="CSV-bestand met de voorgenomen declaraties."),
        als_json: bool = JSON_OPTIE,
        als_csv: bool = typer.Option(False, "--csv", help="Uitvoer per regel als CSV."),
        uitvoer: Optional[str] = typer.Option(None, "--uitvoer", help="Schrijf de uitkomst per regel naar dit bestand."),
        route: str = typer.Option("snel", "--route", help="snel (kolomsgewijs, standaard) of referentie (per verzekerde, klein en leesbaar)."),
        voortgang: Optional[bool] = typer.Option(None, "--voortgang/--geen-voortgang",
                                                 help="Voortgangsbalk op stderr (standaard: bij grote bestanden naar een terminal)."),
    ):
        # (de instelling van polars' allocator staat in regels/zz/declaraties/formaat.py)
        from zorgcontract.regels.zz.declaraties import bestand as bestanden

        if bestand is None or not bestand.strip():
            raise InvoerFout("bestand", "ontbreekt: geef een CSV-bestand", REGEL_FORMAAT)
        if route not in ("snel", "referentie"):
            raise InvoerFout("route", f"'{route}' is geen route (kies uit snel, referentie)", REGEL_FORMAAT)
        if als_json and als_csv:
            raise InvoerFout("csv", "--json en --csv gaan niet samen: kies één uitvoervorm", REGEL_FORMAAT)
        invoer = bestanden.open_veilig(bestand)
        naam = bestanden.toon_naam(bestand)
        toon_balk = voortgang if voortgang is not None else (sys.stderr.isatty() and invoer.grootte > 8 * 1024 * 1024)
        balk = _Balk(toon_balk, invoer.grootte)
        with balk:
            if route == "referentie":
                # polars-vrij tot en met de uitvoer (zo draait deze route ook in de browser, zonder polars)
                from zorgcontract.regels.zz.declaraties import referentie
                from zorgcontract.regels.zz.declaraties import uitvoer_referentie as uit_

                tekst = b"".join(invoer.stukken()).decode("utf-8")
                beoordelingen = referentie.controleer(tekst)
                schrijf = functools.partial(uit_.schrijf, beoordelingen)
                aantal = len(beoordelingen)
            else:
                from zorgcontract.regels.zz.declaraties import snel
                from zorgcontract.regels.zz.declaraties import uitvoer as uit_

                res = snel.lees_bytes_stukken(invoer.stukken(is_ascii=snel.is_ascii), voortgang=balk.gelezen)
                schrijf = functools.partial(uit_.schrijf, res.delen(), res.oordelen, som=uit_.samenvatting_later(res))
                aantal = res.height
            balk.schrijven(aantal)
            vorm = "json" if als_json else "csv" if als_csv else "tekst"
            if uitvoer:
                try:
                    doel = open(uitvoer, "wb")
                except OSError as e:
                    raise InvoerFout("uitvoer", f"'{bestanden.toon_naam(uitvoer)}' is niet te schrijven ({type(e).__name__})", REGEL_FORMAAT) from None
            else:
                doel = _stdout_bytes()
            try:
                if vorm == "tekst" and not uitvoer:
                    doel.write(f"Declaratiecontrole {naam}\n\n".encode("utf-8", "backslashreplace"))
                som = schrijf(doel, vorm, na_stuk=balk.geschreven)
            finally:
                doel.flush()
                if uitvoer:
                    doel.close()
        samenvatting = som.als_json()
        if vorm == "json" and not uitvoer:
            _stdout_bytes().write(uit_.json_regel({"bestand": naam, "samenvatting": samenvatting}))
        elif vorm == "json" or (uitvoer and vorm == "csv"):
            _stdout_bytes().write(uit_.json_regel({"bestand": naam, "uitvoer": bestanden.toon_naam(uitvoer),
                                                     "samenvatting": samenvatting}))
        elif vorm == "csv":
            sys.stderr.write("\n".join(som.als_tekst()).strip() + "\n")
        else:
            doel = _stdout_bytes()
            doel.write(("\n".join(som.als_tekst()) + "\n").encode("utf-8", "backslashreplace"))
        sys.stdout.flush()



class _TekstAlsBytes:
    """Een binaire schrijver boven een tekststroom zonder ``.buffer`` (bijv. de uitvoer die de rekenhulp in de
    browser of een test in het proces opvangt)."""

    def __init__(self, stroom):
        self.stroom = stroom

    def write(self, b: bytes) -> int:
        self.stroom.write(b.decode("utf-8", "backslashreplace"))
        return len(b)

    def flush(self) -> None:
        self.stroom.flush()


def _stdout_bytes():
    return getattr(sys.stdout, "buffer", None) or _TekstAlsBytes(sys.stdout)


class _Balk:
    """Een voortgangsbalk (rich) op stderr: eerst het lezen (bytes), dan het schrijven (regels)."""

    def __init__(self, aan: bool, grootte: int):
        self.aan, self.grootte = aan, grootte
        self.voortgang = None

    def __enter__(self):
        if self.aan:
            from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn
            from rich.console import Console

            self.voortgang = Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
                                      TimeRemainingColumn(), console=Console(stderr=True), transient=True)
            self.voortgang.start()
            self.lezen = self.voortgang.add_task("lezen en beoordelen", total=max(self.grootte, 1))
        return self

    def gelezen(self, n: int) -> None:
        if self.voortgang:
            self.voortgang.advance(self.lezen, n)

    def schrijven(self, totaal: int | None) -> None:
        if self.voortgang:
            self.voortgang.update(self.lezen, completed=self.grootte)
            self.schrijf = self.voortgang.add_task("uitvoer schrijven", total=totaal or 1)

    def geschreven(self, n: int) -> None:
        if self.voortgang:
            self.voortgang.advance(self.schrijf, n)

    def __exit__(self, *a):
        if self.voortgang:
            self.voortgang.stop()
        return False
