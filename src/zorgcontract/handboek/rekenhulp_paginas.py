"""Het hoofdstuk Rekenhulpen: één pagina per rekenhulp (``book/rekenhulpen/<subopdracht>.md`` →
``rekenhulpen/<subopdracht>.html``), die in de browser van de lezer rekent met het pakket zelf (Pyodide).

De velden van elk formulier komen uit de typer-app (``zorgcontract.cli.app``): optienamen, standaardwaarden,
vlaggen, herhaalbare opties en de hulpteksten van de CLI. Wat hier met de hand staat, is alleen wat de app niet
weet: een Nederlands label per optie, een extra hulptekst waar de CLI er geen heeft, de labels van de
JSON-sleutels in de uitkomst en de alinea "zo rekent het contract". Een optie die de app kent maar die hier geen
label heeft, krijgt de optienaam als label (en een test faalt), zodat formulier en CLI niet uit de pas lopen.

De pagina rekent niets zelf: ``_static/rekenhulpen/rekenhulp.js`` geeft de formuliervelden aan
``zorgcontract.rekenhulp.bereken`` (de CLI in hetzelfde proces, met ``--json``) en toont wat terugkomt.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import typer

from zorgcontract.handboek.opmaak import code, md
from zorgcontract.handboek.paginas import GEN, _LID, int_label, reg_label
from zorgcontract.kern.documenten import documenten
from zorgcontract.kern.register import contractregister, interpretaties

MAP = "rekenhulpen"  # book/rekenhulpen/*.md, gegenereerd (niet in git)
JS = "../_static/rekenhulpen/rekenhulp.mjs"  # .mjs: Jupyter Book zet elk .js uit _static op elke pagina


@dataclass
class Rekenhulp:
    subopdracht: str
    titel: str
    inleiding: str
    zo_rekent: str  # eigen woorden; [[reg:<id>]] en [[int:<id>]] worden links
    voorbeeld: dict[str, object] = field(default_factory=dict)  # voorbeeldlink (URL-query) op de overzichtspagina
    labels: dict[str, str] = field(default_factory=dict)  # per optie, boven de algemene LABELS
    hulp: dict[str, str] = field(default_factory=dict)  # extra hulptekst waar de CLI er geen heeft


NIET_IN_FORMULIER = {"--json", "--concept", "--uitvoer", "--route", "--voortgang", "--geen-voortgang", "--csv"}

LABELS = {
    "ingeschreven": "Ingeschreven verzekerden",
    "dm2": "Verzekerden met diabetes mellitus type 2 (DM2)",
    "cvrm": "Verzekerden in cardiovasculair risicomanagement (CVRM)",
    "copd": "Verzekerden met COPD",
    "astma": "Verzekerden met astma",
    "contracturen": "Contracturen POH-S per week",
    "keten-dbc": "Groepen onder een keten-dbc",
    "jaar": "Jaar",
    "uren": "Uren POH-GGZ per week",
    "afgesproken-uren": "Afgesproken maximum uren per week",
    "start-overeenkomst": "Start van de samenwerkingsovereenkomst",
    "functie": "Functie",
    "start-opleiding": "Start van de opleiding",
    "opleidingsduur-maanden": "Duur van de opleiding in maanden",
    "verkennend-gesprek": "Dezelfde persoon doet het verkennend gesprek",
    "incompany-opleiding": "Incompany-opleiding van de regio-organisatie",
    "hbo-v": "Afgeronde HBO-V",
    "spreekuur": "Wekelijkse OAW-spreekuren",
    "weken": "Weken per jaar met OAW-spreekuren",
    "niet-digitaal-en-fysiek": "Het spreekuur is niet zowel digitaal als fysiek te gebruiken",
    "geen-vaste-momenten": "Het spreekuur is niet op vaste momenten in de week",
    "niet-in-eigen-praktijk": "Het spreekuur is niet in de eigen praktijk",
    "bestand": "CSV-bestand met voorgenomen declaraties",
}

HULP = {
    "dm2": "Alleen verzekerden die programmatische zorg van de POH-S krijgen.",
    "cvrm": "Alleen verzekerden die programmatische zorg van de POH-S krijgen.",
    "copd": "Alleen verzekerden die programmatische zorg van de POH-S krijgen.",
    "astma": "Alleen verzekerden die programmatische zorg van de POH-S krijgen.",
    "keten-dbc": "Eén groep per regel: DM2, CVRM, COPD of Astma. Leeg: geen.",
    "jaar": "Leeg: het standaardjaar van de CLI.",
    "afgesproken-uren": "Leeg: geen afspraak, dan geldt het normaantal uren.",
    "start-overeenkomst": "Als JJJJ-MM-DD, bijv. 2026-04-01.",
    "spreekuur": "Eén spreekuur per regel, bijv. di 17:00-19:00 of za 09:00-11:00 x2 (twee huisartsen).",
    "opleidingsduur-maanden": "Bijv. 12 (verkorte opleiding) of 24 (reguliere opleiding POH-S).",
}

REKENHULPEN: list[Rekenhulp] = [
    Rekenhulp(
        "poh-s", "POH-S: uren en vergoeding (Zorg en Zekerheid)",
        "Het maximum aantal uren POH-S, de vergoede uren, het jaarbedrag en het kwartaaltarief per "
        "verzekerde voor de module POH-S van Zorg en Zekerheid.",
        "Het maximum aan uren per jaar is een vast aantal uren per ingeschreven verzekerde plus, per chronische "
        "groep, minuten per verzekerde in die groep, opgehoogd met een vaste factor; per week is dat het "
        "jaartotaal gedeeld door 46 weken ([[reg:zz26-pohs-a5-l6]], [[reg:zz26-pohs-a5-l7]]). Vergoed worden de "
        "werkelijke contracturen, maar nooit meer dan dat maximum ([[reg:zz26-pohs-a5-l8]]). Het jaarbedrag is "
        "vergoede uren × 46 × het uurtarief; het kwartaaltarief is het jaarbedrag per verzekerde per kwartaal, "
        "één keer afgerond op hele centen ([[reg:zz26-pohs-a5-l9]], [[int:I-ZZ26-POHS-TARIEF]]). Groepen die al "
        "via een keten-dbc betaald worden, tellen niet mee.",
        {"ingeschreven": "2350", "dm2": "150", "cvrm": "200", "copd": "40", "astma": "60", "contracturen": "16"},
    ),
    Rekenhulp(
        "poh-ggz", "POH-GGZ: opslag en verdeling (Zorg en Zekerheid)",
        "De opslag POH-GGZ per verzekerde per kwartaal en de verdeling over de prestaties 11201 en 31343.",
        "Een normpraktijk van 2350 verzekerden krijgt voor 16 uur POH-GGZ per week een vast maximum per "
        "verzekerde per kwartaal; de normuren van een praktijk schalen mee met het aantal ingeschrevenen "
        "([[reg:zz26-pohggz-a6-l2]], [[int:I-ZZ26-POHGGZ-OPSLAG]]). Meer uren tellen alleen als ze met Zorg en "
        "Zekerheid zijn afgesproken. De opslag is dat maximum × meegetelde uren ÷ normuren, naar boven afgerond; "
        "tot de grens gaat het bedrag op 11201, het meerdere op 31343 ([[reg:zz26-pohggz-a6-l3]], "
        "[[int:I-ZZ26-POHGGZ-514]]).",
        {"ingeschreven": "2350", "uren": "16", "afgesproken-uren": "20", "jaar": "2026"},
    ),
    Rekenhulp(
        "declaratiestart", "Declaratiestart POH-S en POH-GGZ (Zorg en Zekerheid)",
        "Vanaf welke datum de module POH-S of de opslag POH-GGZ gedeclareerd mag worden.",
        "Declareren mag vanaf de eerste dag van het kwartaal dat volgt op de maand waarin de "
        "samenwerkingsovereenkomst begint: 1 januari, 1 april, 1 juli of 1 oktober. Het project leest dat als de "
        "eerste van die data ná de startmaand, zodat een start op 1 april pas vanaf 1 juli declareert "
        "([[reg:zz26-pohs-a6-l2]], [[int:I-ZZ26-POHS-DECLARATIESTART]]).",
        {"start-overeenkomst": "2026-04-01"},
    ),
    Rekenhulp(
        "coulance", "Coulance voor een POH in opleiding (Zorg en Zekerheid)",
        "Vanaf wanneer een praktijkondersteuner die nog in opleiding is, toch vergoed wordt.",
        "Voor een POH-S met een verkorte opleiding begint de vergoeding in het kwartaal na het kwartaal waarin de "
        "opleiding begon; bij de reguliere opleiding van 24 maanden in het kwartaal na het kwartaal waarin de helft "
        "van de opleiding valt ([[reg:zz26-pohs-a4-l5]]). Voor de POH-GGZ geldt de verkorte regel, behalve als "
        "dezelfde persoon het verkennend gesprek doet ([[reg:zz26-pohggz-a4-l5]]); voor de POH-Ouderen alleen na "
        "een incompany-opleiding of met een afgeronde HBO-V. De vergoeding begint altijd op de eerste dag van een "
        "kwartaal ([[int:I-ZZ26-FAQ-COULANCE-KWARTAAL]]).",
        {"functie": "poh-s", "start-opleiding": "2026-02-15", "opleidingsduur-maanden": "24"},
    ),
    Rekenhulp(
        "zk-poh-ggz", "POH-GGZ: uren per week (Zilveren Kruis)",
        "Het aantal uren POH-GGZ per week dat Zilveren Kruis vergoedt, en de verdeling over patiëntcontact, "
        "externe consultatie en eHealth.",
        "Zilveren Kruis kent 12 uur POH-GGZ per week toe per 2350 ingeschreven patiënten; het project laat dat naar "
        "rato meeschalen met de praktijkgrootte, zonder afronding ([[reg:zk22-inkoop-ggz-uren]], "
        "[[int:I-ZK22-INKOOP-GGZ-NORM]]). Die uren worden verdeeld als 10 uur patiëntcontact, 1 uur externe "
        "consultatie en 1 uur eHealth (ook naar rato). Meer uren dan de norm kunnen, maar worden individueel "
        "beoordeeld, en voor die extra uren is de verdeling vrij.",
        {"ingeschreven": "3000", "uren": "16", "jaar": "2022"},
        labels={"uren": "Gevraagde uren POH-GGZ per week"},
        hulp={"uren": "Leeg: alleen de normuren."},
    ),
    Rekenhulp(
        "oaw-uren", "OAW-spreekuur: minimum uren (Zilveren Kruis)",
        "Het minimum aantal uren extra (online) spreekuur buiten kantoortijd per week voor module C van de "
        "prestatie service en bereikbaarheid.",
        "Een praktijk met minder dan 2400 ingeschreven patiënten houdt minstens 2 uur per week OAW-spreekuur; "
        "daarboven komt er een half uur bij per volle 600 patiënten boven 2400 ([[reg:zk22-inkoop-oaw]], "
        "[[int:I-ZK22-INKOOP-OAW-2400]], [[int:I-ZK22-INKOOP-OAW-600]]).",
        {"ingeschreven": "3000", "jaar": "2022"},
    ),
    Rekenhulp(
        "zk-oaw-toets", "OAW-spreekuur: rooster toetsen (Zilveren Kruis)",
        "Toetst het rooster van OAW-spreekuren van een praktijk aan module C: genoeg uren binnen de vensters, "
        "genoeg weken, en de voorwaarden.",
        "Van elk spreekuur telt alleen het deel binnen de vensters: op werkdagen 7-8 uur en 17-22 uur, in het "
        "weekend 9-16 uur ([[int:I-ZK22-INKOOP-OAW-VENSTER]]). Een aaneengesloten uur met twee huisartsen telt "
        "dubbel ([[int:I-ZK22-INKOOP-OAW-DUBBEL]]). De tellende uren moeten minstens het minimum van de praktijk "
        "halen, minstens 45 weken per jaar, en het spreekuur moet digitaal én fysiek, op vaste momenten en in de "
        "eigen praktijk zijn ([[reg:zk22-inkoop-sb-c]]).",
        {"ingeschreven": "3000", "spreekuur": ["di 17:00-19:00", "za 09:00-10:00"], "weken": "46", "jaar": "2022"},
    ),
    Rekenhulp(
        "declaraties", "Declaraties controleren (Zorg en Zekerheid)",
        "Controleert een lijst voorgenomen declaraties, van één verzekerde of van veel verzekerden en praktijken: per "
        "regel mag het of niet, waarom, en op grond van welke bron. Het bestand wordt in uw eigen browser gelezen en "
        "gaat nooit het netwerk op; het staat daarom ook niet in de link van deze pagina.",
        "Per regel kijkt het pakket welke regels uit de bijlagen en de veelgestelde vragen voor die prestatiecode "
        "gelden (bijvoorbeeld of een consult naast de module POH-S mag, en vanaf wanneer 31080 en 11201 "
        "gedeclareerd mogen worden). Een regel met een fout (een onbekende code, een datum buiten 2026-2028) krijgt "
        "een melding; de andere regels worden gewoon beoordeeld. Per verzekerde telt het hele bestand mee: een "
        "13029 eens per kalenderjaar, een 11201 eens per kwartaal, een 31343 alleen naast een toegestane 11201 bij "
        "dezelfde praktijk in hetzelfde kwartaal. In de browser rekent de leesbare route per verzekerde (de optie "
        "`--route referentie`); die geeft per regel dezelfde uitkomst als de snelle route van de opdrachtregel.",
    ),
]

# Lijsten met veel velden per rij: deze velden als kolom (als ze ergens een waarde hebben; een lijst van velden is
# één kolom met wat er per rij is), de rest per rij onder 'meer' (rekenhulp.mjs). Alleen de weergave; elke waarde staat in de DOM met haar data-sleutel.
HOOFDKOLOMMEN = {
    "declaraties": {"regels": ["regel", "praktijk", "verzekerde", "prestatiecode", "datum", "uitvoerder", "oordeel",
                               ["redenen", "fout"], "bedrag"]},
}

SLEUTELS = {
    "max_uren_per_jaar": "Maximum uren per jaar",
    "max_uren_per_week": "Maximum uren per week",
    "vergoede_uren_per_week": "Vergoede uren per week",
    "jaarbedrag": "Jaarbedrag",
    "kwartaaltarief_per_verzekerde": "Kwartaaltarief per verzekerde",
    "prestatiecode": "Prestatiecode",
    "normuren_per_week": "Normuren per week",
    "ingezette_uren_per_week": "Meegetelde uren per week",
    "kwartaalopslag_per_verzekerde": "Opslag per verzekerde per kwartaal",
    "declaratie": "Declareren",
    "bedrag": "Bedrag",
    "declaratie_vanaf": "Declareren vanaf",
    "vergoeding_vanaf": "Vergoeding vanaf",
    "reden": "Reden",
    "verzekeraar": "Verzekeraar",
    "periode": "Contractperiode",
    "uren_per_week": "Uren per week",
    "patientcontact": "Patiëntcontact per week",
    "consultatie": "Externe consultatie per week",
    "ehealth": "eHealth per week",
    "individuele_beoordeling": "Individuele beoordeling nodig",
    "extra_uren": "Extra uren (verdeling vrij)",
    "voldaan": "Voldaan",
    "vereiste_uren": "Vereist per week",
    "tellende_uren": "Tellend per week",
    "oordeel": "Oordeel",
    "toegestaan": "Toegestaan",
    "redenen": "Redenen",
    "bestand": "Bestand",
    "regels": "Regels",
    "regel": "Regel",
    "datum": "Datum",
    "uitvoerder": "Uitvoerder",
    "fout": "Fout",
    "samenvatting": "Samenvatting",
    "geweigerd": "Niet toegestaan",
    "fouten": "Met een fout",
    "toelichting": "Toelichting",
    "tekst": "Tekst",
    "bron": "Bron",
    "jaar": "Jaar",
    "stap": "Stap",
    "berekening": "Berekening",
    "uitkomst": "Uitkomst",
    "eenheden": "Eenheden",
    "zonder_tarief": "Toegestaan zonder tarief",
    "per_praktijk": "Per praktijk",
    "per_prestatiecode": "Per prestatiecode",
    "per_redencode": "Per redencode",
    "redencode": "Redencode",
    "praktijk": "Praktijk",
    "verzekerde": "Verzekerde",
}
# hoe de pagina een waarde toont (de data-waarde blijft de JSON van de CLI)
SOORT_SLEUTEL = {
    "bedrag": ["jaarbedrag", "kwartaaltarief_per_verzekerde", "kwartaalopslag_per_verzekerde", "bedrag"],
    "uren": ["max_uren_per_jaar", "max_uren_per_week", "vergoede_uren_per_week", "normuren_per_week",
             "ingezette_uren_per_week", "uren_per_week", "patientcontact", "consultatie", "ehealth", "extra_uren",
             "vereiste_uren", "tellende_uren"],
    "datum": ["declaratie_vanaf", "vergoeding_vanaf", "datum"],
}


def rekenhulp(sub: str) -> Rekenhulp:
    for r in REKENHULPEN:
        if r.subopdracht == sub:
            return r
    raise KeyError(sub)


# ---------------------------------------------------------------------------------------------- de velden
def velden(r: Rekenhulp) -> list[dict]:
    """De velden van de subopdracht zoals de typer-app ze kent (zonder ``--json``)."""
    from zorgcontract.cli import app

    groep = typer.main.get_command(app)
    if r.subopdracht not in groep.commands:
        raise KeyError(f"de CLI kent geen subopdracht {r.subopdracht}")
    cmd = groep.commands[r.subopdracht]
    uit = []
    for p in cmd.params:
        if getattr(p, "param_type_name", "") == "argument":
            naam = p.name
            uit.append({"naam": naam, "soort": "bestand", "label": r.labels.get(naam) or LABELS.get(naam, naam),
                        "hulp": getattr(p, "help", None) or r.hulp.get(naam) or HULP.get(naam, ""), "standaard": None})
            continue
        lang = [o for o in p.opts if o.startswith("--")]
        # --json zet de pagina zelf; een concept, een uitvoerbestand, de route en de voortgangsbalk horen niet in een
        # formulier voor de praktijk (die rekent onder het contract, in de browser, zonder bestanden te schrijven).
        if not lang or lang[0] in NIET_IN_FORMULIER:
            continue
        naam = lang[0][2:]
        soort = "vlag" if getattr(p, "is_flag", False) else ("lijst" if getattr(p, "multiple", False) else "tekst")
        standaard = p.default if soort == "tekst" and isinstance(p.default, str) else None
        hulp = _zinnen((p.help or "").strip(), r.hulp.get(naam) or HULP.get(naam, ""))
        uit.append({"naam": naam, "soort": soort, "label": r.labels.get(naam) or LABELS.get(naam, naam),
                    "hulp": hulp, "standaard": standaard})
    return uit


def _zinnen(*delen: str) -> str:
    uit = []
    for d in delen:
        if d:
            uit.append(d if d[-1] in ".!?)" else d + ".")
    return " ".join(uit)


def cli_hulp(r: Rekenhulp) -> str:
    from zorgcontract.cli import app

    return (typer.main.get_command(app).commands[r.subopdracht].help or "").strip()


# ---------------------------------------------------------------------------------------------- bronlinks
def _norm(tekst: str) -> str:
    """Kleine letters, geen dubbelepunt, enkele spaties, en een sublid los van zijn lid ('lid 3c' → 'lid 3 c'),
    zodat 'lid 3' wel en 'lid 30' niet bij 'lid 3c' past. (Dezelfde stappen staan in rekenhulp.mjs.)"""
    tekst = re.sub(r"\s+", " ", tekst.replace(":", " ").lower()).strip()
    return re.sub(r"\b(lid \d+)([a-z])\b", r"\1 \2", tekst)


def bronlinks() -> list[list[str]]:
    """[voorvoegsel, url] voor elke bronverwijzing die naar een registeritem kan wijzen, langste eerst.

    Een bron in de uitleg luidt ``<document> <periode>, art. 5, lid 7a`` of ``<document> <periode>, <plaats>``;
    het voorvoegsel is genormaliseerd (kleine letters, zonder dubbelepunt). De pagina kiest het langste
    voorvoegsel dat past (gevolgd door iets anders dan een letter of cijfer); anders het document."""
    docs = documenten()
    paren: dict[str, str] = {}
    for item in contractregister().values():
        doc = docs[item.document]
        m = _LID.match(item.id)
        pagina = m.group("basis") if m else item.id
        url = f"../{GEN}/{item.document[:2]}/{item.document}/{pagina}.html#{reg_label(item.id)}"
        loc = item.locatie.strip()
        a = re.match(r"^artikel\s+(\d+)(?:\s+lid\s+([0-9a-z]+))?$", loc, re.I)
        if a:
            plekken = [f"art. {a.group(1)}" + (f", lid {a.group(2)}" if a.group(2) else "")]
        else:
            haakjes = re.search(r"\s*\(([^)]*)\)\s*$", loc)
            # 'module C (aantal uren)' → 'module C'; 'inleiding (Algemeen)' → ook 'Algemeen'
            plekken = [loc[:haakjes.start()] if haakjes else loc] + ([haakjes.group(1)] if haakjes else [])
        for plek in plekken:
            paren.setdefault(_norm(f"{doc.naam}, {plek}"), url)
    for sleutel, doc in docs.items():
        paren.setdefault(_norm(doc.naam), f"../{GEN}/{sleutel[:2]}/{sleutel}/index.html")
    return sorted(([k, v] for k, v in paren.items()), key=lambda kv: -len(kv[0]))


def _woorden(tekst: str) -> list[str]:
    return sorted({w for w in re.findall(r"[0-9a-zà-ÿ]+", _norm(tekst)) if len(w) >= 3 and w not in _STOP})


_STOP = {"vraag", "het", "een", "van", "voor", "naast", "met", "over", "art", "lid", "par", "en", "of"}


def bronwoorden() -> list[list]:
    """Voor bronnen die geen voorvoegsel van een registeritem zijn (de FAQ noemt haar vragen in de uitleg korter
    dan het register): [document (genormaliseerd), woorden van de plaats, url] per item. De pagina kiest het item
    van dat document met de meeste gemeenschappelijke woorden (minstens twee, of alle woorden van de bron)."""
    docs = documenten()
    uit = []
    for item in contractregister().values():
        m = _LID.match(item.id)
        pagina = m.group("basis") if m else item.id
        uit.append([_norm(docs[item.document].naam), _woorden(item.locatie),
                    f"../{GEN}/{item.document[:2]}/{item.document}/{pagina}.html#{reg_label(item.id)}"])
    return uit


def bronlink(bron: str, links: list[list[str]], woorden: list[list]) -> str | None:
    """Dezelfde keuze als ``Weergave.bronlink`` in rekenhulp.mjs (voor tests en voor wie zonder browser kijkt)."""
    n = _norm(bron)
    gevonden = None
    for voor, url in links:
        if n.startswith(voor) and not n[len(voor):len(voor) + 1].isalnum():
            gevonden = (voor, url)
            break
    if gevonden is None:
        return None
    voor, url = gevonden
    if "#" in url:
        return url
    eigen = set(_woorden(n[len(voor):]))
    beste, score = url, (0, 0)
    for doc, ws, u in woorden:
        if doc != voor:
            continue
        gemeen = len(eigen & set(ws))
        # bij gelijkspel: het item met de minste andere woorden
        if (gemeen, -len(ws)) > score and (gemeen >= 2 or gemeen == len(eigen)) and gemeen > 0:
            beste, score = u, (gemeen, -len(ws))
    return beste


# ---------------------------------------------------------------------------------------------- pagina's
def _links(tekst: str) -> str:
    register, ints = contractregister(), interpretaties()

    def vervang(m: re.Match) -> str:
        soort, id_ = m.group(1), m.group(2)
        if soort == "reg" and id_ in register:
            item = register[id_]
            return f"{{ref}}`{md(item.locatie)} <{reg_label(id_)}>`"
        if soort == "int" and id_ in ints:
            return f"{{ref}}`{id_} <{int_label(id_)}>`"
        return code(id_)

    return re.sub(r"\[\[(reg|int):([^\]]+)\]\]", vervang, tekst)


def _veld_html(v: dict) -> str:
    e = html.escape
    naam = v["naam"]
    id_ = f"veld-{naam}"
    hulp = f'<small class="rekenhulp-hulp" id="{id_}-hulp">{e(v["hulp"])}</small>' if v["hulp"] else ""
    fout = f'<p class="rekenhulp-veldfout" data-fout-veld="{e(naam)}" role="alert" hidden></p>'
    beschreven = f' aria-describedby="{id_}-hulp"' if v["hulp"] else ""
    if v["soort"] == "vlag":
        return (f'<div class="rekenhulp-veld rekenhulp-vlag"><label><input type="checkbox" id="{id_}" name="{e(naam)}"'
                f'{beschreven}> {e(v["label"])}</label>{hulp}{fout}</div>')
    if v["soort"] == "lijst":
        invoer = f'<textarea id="{id_}" name="{e(naam)}" rows="3"{beschreven}></textarea>'
    elif v["soort"] == "bestand":
        invoer = f'<input type="file" id="{id_}" name="{e(naam)}" accept=".csv,text/csv,text/plain"{beschreven}>'
    else:
        plaats = f' placeholder="{e(v["standaard"])}"' if v["standaard"] is not None else ""
        invoer = (f'<input type="text" id="{id_}" name="{e(naam)}" autocomplete="off" spellcheck="false"'
                  f'{plaats}{beschreven}>')
    return (f'<div class="rekenhulp-veld"><label for="{id_}">{e(v["label"])}</label>{invoer}{hulp}{fout}</div>')


def pagina_md(r: Rekenhulp, links: list[list[str]]) -> str:
    vs = velden(r)
    spec = {
        "subopdracht": r.subopdracht,
        "velden": [{k: v[k] for k in ("naam", "soort", "label")} for v in vs],
        "sleutels": SLEUTELS,
        "soorten": SOORT_SLEUTEL,
        "bronlinks": links,
        "bronwoorden": bronwoorden(),
        "stopwoorden": sorted(_STOP),
        "hoofdkolommen": HOOFDKOLOMMEN.get(r.subopdracht, {}),
    }
    spec_json = json.dumps(spec, ensure_ascii=False).replace("</", "<\\/")
    formulier = "\n".join(_veld_html(v) for v in vs)
    from zorgcontract.rekenhulp import VAST

    vast = "".join(f" --{k} {w}" for k, w in VAST.get(r.subopdracht, {}).items())
    opdracht = "zorgcontract " + r.subopdracht + (" BESTAND.csv" if r.subopdracht == "declaraties" else " …") + vast + " --json"
    uit = [
        # zonder de rechterkolom (inhoud van de pagina): de uitkomst (tabellen met veel kolommen) krijgt de breedte
        "---",
        "html_theme.sidebar_secondary.remove: true",
        "---",
        "",
        f"(rekenhulp-{r.subopdracht})=",
        f"# {md(r.titel)}",
        "",
        md(r.inleiding),
        "",
        f"Deze pagina rekent in uw browser met hetzelfde pakket dat de scenario's van dit handboek toetst: de "
        f"velden gaan als opties naar de opdracht {code(opdracht)}, en wat die teruggeeft staat hieronder. Er gaat "
        f"niets over het netwerk. Zonder JavaScript: zie de rekenvoorbeelden.",
        "",
        "```{raw} html",
        f'<div class="rekenhulp" data-subopdracht="{r.subopdracht}" data-status="laden">',
        f'<script type="application/json" class="rekenhulp-spec">{spec_json}</script>',
        '<p class="rekenhulp-laden" role="status">De rekenhulp wordt geladen (Python in uw browser, eenmalig enkele '
        'seconden)…</p>',
        '<noscript><p>Deze rekenhulp heeft JavaScript nodig. De rekenvoorbeelden in dit handboek tonen dezelfde '
        'berekeningen zonder.</p></noscript>',
        f'<form class="rekenhulp-formulier" novalidate autocomplete="off">\n{formulier}\n</form>',
        '<div class="rekenhulp-melding" data-fout-veld="" role="alert" hidden></div>',
        '<div class="rekenhulp-uitkomst" aria-live="polite"></div>',
        "</div>",
        f'<script type="module" async src="{JS}"></script>',
        "```",
        "",
        "## Zo rekent het contract",
        "",
        _links(r.zo_rekent),
        "",
        "## De velden",
        "",
        f"De opties van {code('zorgcontract ' + r.subopdracht)} (uit de CLI: {md(cli_hulp(r).splitlines()[0])}):",
        "",
    ]
    for v in vs:
        naam = v["naam"] if v["soort"] == "bestand" else f"--{v['naam']}"
        extra = f" Standaard: {code(v['standaard'])}." if v["standaard"] not in (None, "") else ""
        uit.append(f"- {code(naam)} — {md(v['label'])}. {md(v['hulp'])}{extra}".rstrip())
    if r.subopdracht == "declaraties":
        uit += ["", "Het formaat van het bestand (uit de hulp van de CLI):", "", "```text",
                cli_hulp(r), "```"]
    else:
        uit += ["", "Elk veld staat ook in de link van deze pagina, onder de optienaam zonder streepjes "
                f"(bijv. {code('?' + _query(r.voorbeeld))}); wie die link opent, ziet dezelfde berekening."]
    return "\n".join(uit)


def _query(opties: dict) -> str:
    from urllib.parse import urlencode

    paren = []
    for k, w in opties.items():
        for een in (w if isinstance(w, list) else [w]):
            paren.append((k, een))
    return urlencode(paren)


def index_md() -> str:
    uit = [
        "(rekenhulpen)=",
        "# Rekenhulpen",
        "",
        "Op deze pagina's rekent u uw eigen praktijk door, in uw browser, met het pakket van dit handboek: dezelfde "
        "code die de scenario's toetst en die de opdrachtregel `zorgcontract` gebruikt. Er gaat niets over het "
        "netwerk, ook niet het declaratiebestand. De eerste keer laadt de pagina Python in de browser (enkele "
        "seconden); daarna rekent ze bij elke wijziging meteen opnieuw. Elke invoer staat in de link van de pagina, "
        "zodat u een berekening kunt bewaren of delen.",
        "",
        "| Rekenhulp | Wat | Voorbeeld |",
        "|---|---|---|",
    ]
    for r in REKENHULPEN:
        # als HTML: een link met een query is voor MyST geen documentverwijzing
        vb = (f'<a href="{html.escape(r.subopdracht + ".html?" + _query(r.voorbeeld))}">voorbeeld</a>'
              if r.voorbeeld else "")
        uit.append(f"| {{doc}}`{md(r.titel)} <{r.subopdracht}>` | {md(r.inleiding.split('. ')[0].rstrip('.'))}. | {vb} |")
    uit += ["", "Zonder JavaScript tonen de rekenvoorbeelden dezelfde berekeningen, uitgevoerd toen het handboek "
            "gebouwd werd."]
    return "\n".join(uit)


def schrijf(boek: Path, schrijver) -> list[str]:
    """Schrijf ``<boek>/rekenhulpen/*.md`` (via de ``Schrijver`` van bouw.py); geeft de docnames voor de toc."""
    links = bronlinks()
    docnames = []
    schrijver.schrijf(f"{MAP}/index.md", index_md())
    for r in REKENHULPEN:
        schrijver.schrijf(f"{MAP}/{r.subopdracht}.md", pagina_md(r, links))
        docnames.append(f"{MAP}/{r.subopdracht}")
    bekend = {f"{r.subopdracht}.md" for r in REKENHULPEN} | {"index.md"}
    for oud in (boek / MAP).glob("*.md"):
        if oud.name not in bekend:
            oud.unlink()
    return docnames
