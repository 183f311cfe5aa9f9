"""``zorgcontract portefeuille PRAKTIJKEN.csv``: totalen POH-S en POH-GGZ over veel praktijken, onder het contract
en onder een concept, en de budgetcurve bij het variëren van één parameter."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Optional

import typer

from zorgcontract import portefeuille as pf
from zorgcontract.cli.concept_optie import concept_optie
from zorgcontract.kern import concept as concept_kern
from zorgcontract.kern import nl
from zorgcontract.kern.fouten import ParameterOnbekend, ZorgcontractFout
from zorgcontract.portefeuille.rekenkern import centen

HELP = """Totalen van de modules POH-S en POH-GGZ (Zorg en Zekerheid) voor een portefeuille praktijken.

PRAKTIJKEN.csv: één rij per praktijk (komma of puntkomma als scheidingsteken). Kolommen heten als de opties
van 'poh-s' en 'poh-ggz' zonder streepjes: ingeschreven, dm2, cvrm, copd, astma, contracturen,
keten-dbc (groepen met '+', bijv. DM2+COPD), uren, afgesproken-uren, en optioneel praktijk (naam).
Zonder contracturen doet een rij niet mee aan POH-S, zonder uren niet aan POH-GGZ.
Een foute rij wordt gemeld (regel, veld, regel uit het contract); de andere rijen worden berekend;
de exit-status is dan 2.

Totaal per kwartaal = bedrag per verzekerde per kwartaal (de afgeronde uitkomst van de module) ×
ingeschreven verzekerden; per jaar = 4 × per kwartaal (interpretatie I-ZZ26-POHS-PRAKTIJKTOTAAL).

--varieer PARAMETER=VAN:TOT:STAP (bijv. zz26-pohs.a5.uurtarief=65:80:0,5): het totaalbudget als functie
van die parameter, als tabel, en met --plot pad.png|pad.svg als grafiek.

JSON-sleutels (--json):
  concept            null, of titel/bestand/auteur/waarschuwing/parameters/perioden van het concept
  jaar               het rekenjaar
  praktijken         per rij: praktijk (naam of 'rij N'), regel (regelnummer in het bestand),
                     ingeschreven, 'poh-s' en 'poh-ggz' (precies de sleutels van 'zorgcontract poh-s --json'
                     en 'poh-ggz --json', of null als de rij niet meedoet), totalen (per module en
                     samen: per_kwartaal, per_jaar); onder een concept ook totalen_contract en verschil
  totaal             per module: praktijken, per_kwartaal, per_jaar; samen: per_kwartaal, per_jaar
  totaal_contract, verschil   onder een concept (null als het contract voor dat jaar niet rekent: zie contract_fout)
  budgetcurve        met --varieer: parameter, waarden: [{waarde, poh-s, poh-ggz, samen}]
  niet_berekend      per module die voor het jaar niet te berekenen is: waarom (bijv. een tarief dat de bronnen niet geven)
  fouten             per foute rij: regel, praktijk, veld, bericht, bron
Bedragen als tekst met punt en twee decimalen."""


def _bedrag(c: int) -> str:
    return nl.bedrag(centen(c))


def _tekst(c: int) -> str:
    return str(centen(c))


def _praktijk_totalen(d: dict) -> dict[str, int]:
    uit = {m: d["centen"].get(m, {}).get("per_kwartaal", 0) for m in pf.MODULES}
    uit["samen"] = sum(uit.values())
    return uit


def _totalen_json(t: dict[str, int]) -> dict:
    return {m: {"per_kwartaal": _tekst(v), "per_jaar": _tekst(4 * v)} for m, v in t.items()}


def registreer(app: typer.Typer) -> None:
    @app.command("portefeuille", help=HELP)
    def portefeuille(
        praktijken: Optional[str] = typer.Argument(None, metavar="PRAKTIJKEN.csv", help="CSV met één rij per praktijk."),
        jaar: Optional[str] = typer.Option("2026", "--jaar", help="Rekenjaar (het document dat op 1 januari geldt)."),
        concept: Optional[str] = concept_optie(),
        varieer: Optional[str] = typer.Option(None, "--varieer", metavar="PARAMETER=VAN:TOT:STAP",
                                              help="Totaalbudget als functie van één parameter (volle naam, bijv. zz26-pohs.a5.uurtarief)."),
        plot: Optional[str] = typer.Option(None, "--plot", metavar="pad.png|pad.svg", help="Grafiek van de budgetcurve (met --varieer)."),
        als_json: bool = typer.Option(False, "--json", help="Uitvoer als JSON (sleutels: zie boven)."),
    ):
        c = None
        concept = concept or concept_kern.pad_uit_omgeving()  # een concept uit de omgeving wordt ook gemeld

        def fout(bericht: str):
            print(f"fout: {bericht}", file=sys.stderr)
            if als_json:
                print(json.dumps({"concept": c.als_json() if c else None, "fout": bericht}, ensure_ascii=False))
            raise typer.Exit(2)

        try:
            if not praktijken:
                raise ZorgcontractFout("ongeldige waarde voor 'PRAKTIJKEN': geef een CSV-bestand met één rij per praktijk")
            try:
                j = int(str(jaar).strip())
            except ValueError:
                raise ZorgcontractFout(f"ongeldige waarde voor 'jaar': '{jaar}' is geen geheel getal") from None
            if plot and not varieer:
                raise ZorgcontractFout("ongeldige waarde voor 'plot': een grafiek hoort bij --varieer PARAMETER=VAN:TOT:STAP")
            if plot and Path(plot).suffix.lower() not in (".png", ".svg"):
                raise ZorgcontractFout(f"ongeldige waarde voor 'plot': '{plot}' eindigt niet op .png of .svg")
            with (concept_kern.actief(concept) if concept else _niets()) as c:
                data, regels, fouten = _bereken(Path(praktijken), j, c, varieer, plot)
        except ParameterOnbekend as e:
            fout(f"ongeldige waarde voor 'jaar': {e}")
        except ZorgcontractFout as e:
            tekst = str(e)
            if concept and isinstance(e, concept_kern.ConceptFout):
                tekst = f"ongeldige waarde voor 'concept': {tekst}"
            fout(tekst)
        if als_json:
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            from rich.console import Console

            console = Console(width=None if sys.stdout.isatty() else 200, highlight=False)
            for r in regels:
                console.print(r) if not isinstance(r, str) else console.print(r, markup=False)
        for f in fouten:
            print(f"fout: {f}", file=sys.stderr)
        if fouten:
            raise typer.Exit(2)


class _niets:
    def __enter__(self):
        return None

    def __exit__(self, *a):
        return False


def _bereken(pad: Path, jaar: int, c, varieer: str | None, plot: str | None):
    from rich.table import Table

    data: dict = {"concept": c.als_json() if c else None, "jaar": jaar}
    regels: list = [c.kop] if c else []
    if varieer:
        naam, waarden = pf.lees_varieer(varieer, jaar)
        curve, fouten = pf.curve(pad, jaar, naam, waarden)
        data["budgetcurve"] = {"parameter": naam, "waarden": [
            {"waarde": str(w), **{k: v for k, v in t.als_json().items()}} for w, t in zip(waarden, curve)]}
        data["fouten"] = [f.als_json() for f in fouten]
        tabel = Table(title=f"Budgetcurve {jaar}: totaal per jaar als functie van {naam}" + (" (concept)" if c else ""))
        for kop in (naam, "POH-S per jaar", "POH-GGZ per jaar", "samen per jaar"):
            tabel.add_column(kop, justify="right")
        for w, t in zip(waarden, curve):
            tabel.add_row(nl.getal(w, max(0, -w.as_tuple().exponent)), _bedrag(4 * t.per_kwartaal["poh-s"]),
                          _bedrag(4 * t.per_kwartaal["poh-ggz"]), _bedrag(4 * sum(t.per_kwartaal.values())))
        regels.append(tabel)
        if plot:
            _teken(plot, naam, waarden, curve, jaar, c)
            regels.append(f"Grafiek geschreven naar {plot}")
        return data, regels, fouten

    uit = pf.bereken(pad, jaar)
    contract = contract_fout = None
    if c is not None:
        try:
            with concept_kern.zonder():
                contract = pf.bereken(pad, jaar, toelichting=False)
        except ZorgcontractFout as e:
            contract_fout = f"onder het geldende contract niet te berekenen: {e}"
        if contract is not None:
            ontbreekt = {m: w for m, w in contract.niet_berekend.items() if m not in uit.niet_berekend}
            if ontbreekt:  # geen vergelijking met een contract dat deze module niet kan berekenen
                contract = None
                contract_fout = "onder het geldende contract niet te berekenen: " + "; ".join(f"{m}: {w}" for m, w in ontbreekt.items())
    per_contract = {d["regel"]: _praktijk_totalen(d) for d in contract.praktijken} if contract else {}
    lijst = []
    for d in uit.praktijken:
        t = _praktijk_totalen(d)
        rij = {"praktijk": d["praktijk"], "regel": d["regel"], "ingeschreven": d["ingeschreven"],
               "poh-s": d["modules"].get("poh-s"), "poh-ggz": d["modules"].get("poh-ggz"), "totalen": _totalen_json(t)}
        if c is not None:
            tc = per_contract.get(d["regel"])
            rij["totalen_contract"] = _totalen_json(tc) if tc else None
            rij["verschil"] = _totalen_json({m: t[m] - tc[m] for m in t}) if tc else None
        lijst.append(rij)
    data["praktijken"] = lijst
    data["totaal"] = uit.totalen.als_json()
    if c is not None:
        data["totaal_contract"] = contract.totalen.als_json() if contract else None
        tot_c = {m: contract.totalen.per_kwartaal[m] for m in pf.MODULES} if contract else None
        tot = dict(uit.totalen.per_kwartaal)
        if tot_c:
            tot_c["samen"], tot["samen"] = sum(tot_c.values()), sum(tot.values())
        data["verschil"] = _totalen_json({m: tot[m] - tot_c[m] for m in tot}) if tot_c else None
        data["contract_fout"] = contract_fout
    data["fouten"] = [f.als_json() for f in uit.fouten]
    data["niet_berekend"] = uit.niet_berekend

    tabel = Table(title=f"Portefeuille {jaar}, Zorg en Zekerheid: POH-S en POH-GGZ" + (" (CONCEPT)" if c else ""))
    koppen = ["praktijk", "ingeschreven", "POH-S p.v./kw", "POH-S per kwartaal", "POH-GGZ p.v./kw", "POH-GGZ per kwartaal", "samen per jaar"]
    if c is not None:
        koppen += ["contract per jaar", "verschil per jaar"]
    for k in koppen:
        tabel.add_column(k, justify="left" if k == "praktijk" else "right")
    for d, rij in zip(uit.praktijken, lijst):
        t = _praktijk_totalen(d)
        cel = []
        for m in pf.MODULES:
            if m in d["centen"]:
                cel += [_bedrag(d["centen"][m]["per_verzekerde"]), _bedrag(d["centen"][m]["per_kwartaal"])]
            else:
                cel += ["-", "-"]
        extra = []
        if c is not None:
            tc = per_contract.get(d["regel"])
            extra = [_bedrag(4 * tc["samen"]) if tc else "?", _bedrag(4 * (t["samen"] - tc["samen"])) if tc else "?"]
        tabel.add_row(d["praktijk"], str(d["ingeschreven"]), *cel, _bedrag(4 * t["samen"]), *extra)
    tk = uit.totalen.per_kwartaal
    totaalrij = ["totaal", "", "", _bedrag(tk["poh-s"]), "", _bedrag(tk["poh-ggz"]), _bedrag(4 * sum(tk.values()))]
    if c is not None:
        if contract:
            sc = sum(contract.totalen.per_kwartaal.values())
            totaalrij += [_bedrag(4 * sc), _bedrag(4 * (sum(tk.values()) - sc))]
        else:
            totaalrij += ["?", "?"]
    tabel.add_row(*totaalrij, style="bold")
    regels.append(tabel)
    regels.append("Totaal per kwartaal = bedrag per verzekerde per kwartaal × ingeschreven verzekerden; per jaar = 4 × per kwartaal "
                  "(I-ZZ26-POHS-PRAKTIJKTOTAAL).")
    for m, waarom in uit.niet_berekend.items():
        regels.append(f"{m.upper()} niet berekend: {waarom}")
    if contract_fout:
        regels.append(f"Contract: {contract_fout}")
    return data, regels, uit.fouten


def _teken(pad: str, naam: str, waarden: list[Decimal], curve: list, jaar: int, c) -> None:
    """De budgetcurve als grafiek. Bedragen worden pas hier (alleen voor de assen) naar float omgezet."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    # alleen plotcoördinaten (matplotlib rekent in floats); de bedragen zelf blijven exact
    x = [float(w) for w in waarden]
    fig, ax = plt.subplots(figsize=(8, 4.5), dpi=120)
    for module, kleur in (("poh-s", "#1f77b4"), ("poh-ggz", "#2ca02c")):
        y = [4 * t.per_kwartaal[module] / 100 for t in curve]
        if any(y):
            ax.plot(x, y, label=module.upper(), color=kleur, linewidth=1.6)
    ax.plot(x, [4 * sum(t.per_kwartaal.values()) / 100 for t in curve], label="samen", color="black", linewidth=2.2)
    try:  # de waarde die nu geldt (contract of concept), als verticale lijn
        from datetime import date

        from zorgcontract.kern.parameters import waarde

        nu = waarde(naam, date(jaar, 1, 1)).waarde
        ax.axvline(float(Decimal(str(nu))), color="grey", linestyle="--", linewidth=1,
                   label=("concept" if c is not None else "contract") + f": {nl.getal(Decimal(str(nu)), max(0, -Decimal(str(nu)).as_tuple().exponent))}")
    except ZorgcontractFout:
        pass
    ax.set_xlabel(naam)
    ax.set_ylabel(f"totaalbudget per jaar {jaar} (€)")
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: "€ " + f"{v:,.0f}".replace(",", ".")))
    titel = f"Budgetcurve {jaar}: {naam}"
    if c is not None:
        titel = f"CONCEPT '{c.titel}'\n" + titel
    ax.set_title(titel, fontsize=10)
    ax.grid(True, alpha=0.3)
    ax.legend()
    fig.tight_layout()
    Path(pad).parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(pad)
    plt.close(fig)
