"""Schrijft de gegenereerde pagina's van het handboek (MyST-markdown, niet uitgevoerd).

Per brondocument een hoofdstuk; per artikel (ZZ-bijlagen: één pagina per artikel met een sectie per lid),
per FAQ-vraag of per ZK-module een pagina. Daarnaast: interpretaties, uitspraken per periode, dekking,
en scenario's waarvan de tags (nog) niet in het register staan.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from zorgcontract.kern.bronnen import DOCUMENTEN
from zorgcontract.handboek.gherkin import Functionaliteit, Scenario
from zorgcontract.handboek.implementatie import uitvoering_md
from zorgcontract.handboek.opmaak import code, hoofdletter, md, registerlabel, statuslabel, staptekst, tabel
from zorgcontract.handboek.uitslagen import (FOUT_AFBOUW, FOUT_OPZET, GESLAAGD, MISLUKT, NIET_UITGEVOERD, OVERGESLAGEN,
                                            Run, niet_geslaagd_md)
from zorgcontract.kern.uitslagen import slechtste
from zorgcontract.kern.register import Interpretatie, RegisterItem
from zorgcontract.handboek.review import extra_lezing_md

GEN = "generated"
_LID = re.compile(r"^(?P<basis>.+-a\d+)-l[0-9a-z]+$")


def natuurlijk(tekst: str):
    """'zz26-pohs-a10' na 'zz26-pohs-a9'; 'algemeen' vooraan."""
    return (0 if tekst.endswith("algemeen") else 1,
            [(0, int(d), "") if d.isdigit() else (1, 0, d) for d in re.split(r"(\d+)", tekst) if d])


def ref(label: str, tekst: str) -> str:
    schoon = re.sub(r"[<>`]", "", tekst).replace("\u00a0", " ").strip() or label
    return f"{{ref}}`{schoon} <{label}>`"


def reg_label(item_id: str) -> str:
    return f"reg-{item_id}"


def int_label(int_id: str) -> str:
    return f"int-{int_id.lower()}"


@dataclass
class Pagina:
    document: str
    sleutel: str
    items: list[RegisterItem]

    @property
    def docname(self) -> str:
        return f"{GEN}/{self.document[:2]}/{self.document}/{self.sleutel}"

    @property
    def gegroepeerd(self) -> bool:
        return len(self.items) > 1 or self.items[0].id != self.sleutel

    @property
    def titel(self) -> str:
        eerste = self.items[0]
        if self.gegroepeerd:
            m = re.match(r"^\s*(artikel\s+\d+)", eerste.locatie, re.I)
            if m:
                return hoofdletter(m.group(1).lower())
            m = re.search(r"-a(\d+)$", self.sleutel)
            if m:
                return f"Artikel {m.group(1)}"
        return hoofdletter(eerste.locatie)


@dataclass
class Handboek:
    features: list[Functionaliteit]
    run: Run
    register: dict[str, RegisterItem]
    interpretaties: dict[str, Interpretatie]
    paginas: list[Pagina] = field(default_factory=list)
    pagina_van: dict[str, Pagina] = field(default_factory=dict)
    per_tag: dict[str, list[Scenario]] = field(default_factory=lambda: defaultdict(list))
    plek: dict[tuple[str, int], str] = field(default_factory=dict)  # scenario -> label waar het voluit staat
    los: list[Scenario] = field(default_factory=list)  # scenario's zonder bekend register-id

    def __post_init__(self):
        per_doc: dict[str, dict[str, list[RegisterItem]]] = defaultdict(lambda: defaultdict(list))
        for item in self.register.values():
            m = _LID.match(item.id)
            per_doc[item.document][m.group("basis") if m else item.id].append(item)
        for doc in DOCUMENTEN:
            for sleutel in sorted(per_doc.get(doc, {}), key=natuurlijk):
                items = sorted(per_doc[doc][sleutel], key=lambda i: natuurlijk(i.id))
                p = Pagina(doc, sleutel, items)
                self.paginas.append(p)
                for i in items:
                    self.pagina_van[i.id] = p
        for f in self.features:
            for s in f.scenarios:
                for t in s.tags:
                    self.per_tag[t].append(s)
                if not any(t in self.register for t in s.register_tags):
                    self.los.append(s)
        # waar staat elk scenario voluit? eerste pagina in boekvolgorde
        for p in self.paginas:
            n = 0
            for item in p.items:
                for s in self.per_tag.get(item.id, []):
                    if s.sleutel not in self.plek:
                        n += 1
                        self.plek[s.sleutel] = f"sc-{p.sleutel}-{n}"
        for n, s in enumerate(self.los, 1):
            self.plek.setdefault(s.sleutel, f"sc-los-{n}")

    # ------------------------------------------------------------------ hulpjes
    def item_ref(self, item_id: str, tekst: str | None = None) -> str:
        if item_id in self.register:
            item = self.register[item_id]
            return ref(reg_label(item_id), tekst or f"{item.locatie} ({DOCUMENTEN[item.document]['kort']})")
        return f"{code(item_id)} (niet in het register)"

    def scenario_ref(self, s: Scenario) -> str:
        return ref(self.plek[s.sleutel], s.naam)

    def interpretaties_bij(self, item: RegisterItem) -> list[Interpretatie]:
        ids = {i.id for i in self.interpretaties.values() if item.id in i.register_ids}
        for s in self.per_tag.get(item.id, []):
            ids.update(t for t in s.interpretatie_tags if t in self.interpretaties)
        return [self.interpretaties[i] for i in sorted(ids)]

    def verwijzers(self, item_id: str, veld: str) -> list[str]:
        return sorted((i.id for i in self.register.values() if item_id in getattr(i, veld)), key=natuurlijk)

    # ------------------------------------------------------------------ scenario's
    def scenario_md(self, s: Scenario, niveau: int, label: str | None) -> str:
        uit: list[str] = []
        if label:
            uit.append(f"({label})=")
        uitslagen = self.run.per_rij(s)
        totaal = self.run.totaal(s)
        soort = "Abstract scenario" if s.is_sjabloon else "Scenario"
        uit.append(f"{'#' * niveau} {md(hoofdletter(s.naam))}")
        uit.append("")
        tags = " ".join(self._tag_md(t) for t in s.tags)
        uit.append(f"{statuslabel(totaal)} {soort} · {code('features/' + s.bestand)}, regel {s.regel}"
                   + (f" · {tags}" if tags else ""))
        uit.append("")
        if s.regel_naam:
            uit.append(f"*Regel:* {md(s.regel_naam)}")
            uit.append("")
        if s.commentaar:
            uit.append(":::{admonition} Handberekening")
            uit.append(":class: note")
            uit.append("```text")
            uit.extend(c.replace("```", "'''") for c in s.commentaar)
            uit.append("```")
            uit.append(":::")
            uit.append("")
        stappen = ([("Achtergrond", s.achtergrond)] if s.achtergrond else []) + [("", s.stappen)]
        for kop, lijst in stappen:
            if kop:
                uit.append(f"*{kop}:*")
                uit.append("")
            for st in lijst:
                inspring = "&emsp;" if st.sleutelwoord in ("En", "Maar", "*") else ""
                uit.append(f"{inspring}**{md(st.sleutelwoord)}** {staptekst(st.tekst)}\\")
                if st.tabel:
                    uit[-1] = uit[-1].rstrip("\\")
                    uit.append("")
                    uit.append(tabel([md(c) for c in st.tabel[0]], [[md(c) for c in r] for r in st.tabel[1:]]))
                    uit.append("")
                if st.docstring:
                    uit[-1] = uit[-1].rstrip("\\")
                    uit.append("")
                    uit.append("```text")
                    uit.append(st.docstring)
                    uit.append("```")
                    uit.append("")
            if uit and uit[-1].endswith("\\"):
                uit[-1] = uit[-1][:-1]
            uit.append("")
        if s.is_sjabloon:
            i = 0
            for v in s.voorbeelden:
                titel = "Voorbeelden" + (f": {md(v.naam)}" if v.naam else "")
                uit.append(f"**{titel}**")
                uit.append("")
                rijen = []
                for rij in v.rijen:
                    u = uitslagen[i] if i < len(uitslagen) else None
                    i += 1
                    rijen.append([md(c) for c in rij.cellen] + [statuslabel(u.status if u else NIET_UITGEVOERD)])
                uit.append(tabel([md(k) for k in v.kolommen] + ["Uitslag"], rijen))
                uit.append("")
        if totaal != GESLAAGD and any(u.status != NIET_UITGEVOERD for u in uitslagen):
            uit.append(niet_geslaagd_md(s, uitslagen))
            uit.append("")
        elif totaal == NIET_UITGEVOERD:
            uit.append("*Van dit scenario is geen uitslag: het is in de laatste run niet uitgevoerd.*")
            uit.append("")
        return "\n".join(uit)

    def _tag_md(self, tag: str) -> str:
        if tag in self.register:
            return ref(reg_label(tag), "@" + tag)
        if tag in self.interpretaties:
            return ref(int_label(tag), "@" + tag)
        return code("@" + tag)

    # ------------------------------------------------------------------ registeritems
    def item_md(self, p: Pagina, item: RegisterItem, niveau: int) -> str:
        uit = [f"({reg_label(item.id)})="]
        if p.gegroepeerd:
            kop = item.locatie.strip()
            if kop.lower().startswith(p.titel.lower()) and kop[len(p.titel):].strip():
                kop = kop[len(p.titel):].strip()  # 'artikel 5 lid 7' op de pagina 'Artikel 5': 'Lid 7'
            uit.append(f"{'#' * niveau} {md(hoofdletter(kop))}")
            uit.append("")
            sub = niveau + 1
        else:
            sub = niveau
        doc = DOCUMENTEN[item.document]
        uit.append(f"{registerlabel(item.status)} · {code(item.id)} · {md(doc['kort'])}, {md(item.locatie)}")
        uit.append("")
        uit.append(f"**In eigen woorden.** {md(item.samenvatting.strip())}")
        uit.append("")
        if item.reden:
            wat = {"open": "Waarom nog open", "niet-formaliseerbaar": "Waarom niet formaliseerbaar"}.get(item.status, "Toelichting")
            uit.append(f"**{wat}.** {md(item.reden.strip())}")
            uit.append("")
        relaties = []
        zie = sorted(set(item.zie_ook) | set(self.verwijzers(item.id, "zie_ook")), key=natuurlijk)
        if zie:
            relaties.append("**Zie ook:** " + ", ".join(self.item_ref(z) for z in zie))
        if item.vervangt:
            relaties.append("**Vervangt:** " + ", ".join(self.item_ref(z) for z in item.vervangt))
        door = self.verwijzers(item.id, "vervangt")
        if door:
            relaties.append("**Vervangen door:** " + ", ".join(self.item_ref(z) for z in door))
        if relaties:
            uit.append("\\\n".join(relaties))
            uit.append("")
        inter = self.interpretaties_bij(item)
        if inter:
            uit.append("**Interpretaties en tegenstrijdigheden:**")
            uit.append("")
            for i in inter:
                uit.append(f"- {ref(int_label(i.id), i.id)} ({i.soort}): {md(i.vraag)} *Gekozen:* {md(i.gekozen)}")
            uit.append("")
        uitvoering = uitvoering_md(item)  # regel(s), subopdracht(en) en parameterwaarden (handboek/implementatie.py)
        if uitvoering:
            uit.append(uitvoering)
        scen = self.per_tag.get(item.id, [])
        if not scen:
            if item.status == "getoetst":
                uit.append(":::{warning}\nDit item heeft de status *getoetst*, maar geen scenario draagt de tag "
                           f"{code('@' + item.id)}.\n:::")
            else:
                uit.append("*Geen scenario's met deze tag.*")
            uit.append("")
        else:
            uit.append(f"**Scenario's ({len(scen)})**")
            uit.append("")
            for s in scen:
                label = self.plek[s.sleutel]
                if label.startswith(f"sc-{p.sleutel}-") and not self._al_getoond(p, item, s):
                    uit.append(self.scenario_md(s, sub, label))
                else:
                    uit.append(f"- {statuslabel(self.run.totaal(s))} {self.scenario_ref(s)} (staat voluit bij "
                               f"{self._eerste_item_ref(s)})")
                    uit.append("")
        return "\n".join(uit)

    def _al_getoond(self, p: Pagina, item: RegisterItem, s: Scenario) -> bool:
        """Staat het scenario op deze pagina al bij een eerder item?"""
        for eerder in p.items:
            if eerder.id == item.id:
                return False
            if s in self.per_tag.get(eerder.id, []):
                return True
        return False

    def _eerste_item_ref(self, s: Scenario) -> str:
        for p in self.paginas:
            for item in p.items:
                if s in self.per_tag.get(item.id, []):
                    return self.item_ref(item.id)
        return "de lijst zonder registeritem"

    def pagina_md(self, p: Pagina) -> str:
        doc = DOCUMENTEN[p.document]
        uit = [f"# {md(p.titel)}", "", f"*{md(doc['titel'])}*", ""]
        if p.gegroepeerd:
            tel = defaultdict(int)
            for i in p.items:
                tel[i.status] += 1
            uit.append(", ".join(f"{n} × {registerlabel(s)}" for s, n in sorted(tel.items())))
            uit.append("")
        for item in p.items:
            uit.append(self.item_md(p, item, 2))
        return "\n".join(uit)

    # ------------------------------------------------------------------ documenthoofdstukken
    def _geldigheid_md(self, sleutel: str) -> list[str]:
        """Wanneer dit document geldt, wat het vervangt en wat het vervangt: de regels zoeken het op hun datum op."""
        from zorgcontract.kern import nl
        from zorgcontract.kern.documenten import document, documenten

        d = document(sleutel)
        later = [x.sleutel for x in documenten().values() if sleutel in x.vervangt]
        regels = [f"Geldt van {nl.datum(d.eerste_dag)} tot en met {nl.datum(d.laatste_dag)} (sleutel {code(d.sleutel)}, "
                  f"reeks {code(d.reeks)}). Een regel van dit document antwoordt alleen voor een datum in die periode; "
                  "daarbuiten geeft het pakket een foutmelding met de bekende perioden."]
        if d.vervangt:
            regels.append("Vervangt voor zijn eigen periode: " + ", ".join(code(v) for v in d.vervangt) + ".")
        if later:
            regels.append("Wordt voor een latere periode vervangen door: " + ", ".join(code(v) for v in later) + ".")
        return regels

    def document_md(self, doc: str) -> str:
        info = DOCUMENTEN[doc]
        paginas = [p for p in self.paginas if p.document == doc]
        items = [i for p in paginas for i in p.items]
        uit = [f"# {md(info['kort'])}", "", f"**{md(info['titel'])}** · {md(info['verzekeraar'])}, periode {md(info['periode'])}", ""]
        uit += [*self._geldigheid_md(doc), ""]
        if not items:
            uit.append("*Voor dit document staan nog geen items in het contractregister.*")
            uit.append("")
            return "\n".join(uit)
        tel = defaultdict(int)
        for i in items:
            tel[i.status] += 1
        uit.append(f"{len(items)} registeritems: " + ", ".join(f"{tel[s]} {s}" for s in ("getoetst", "niet-formaliseerbaar", "open")) + ".")
        uit.append("")
        rijen = []
        for i in items:
            scen = self.per_tag.get(i.id, [])
            totalen = [self.run.totaal(s) for s in scen]
            if not scen:
                uitslag = "–"
            else:
                uitslag = statuslabel(slechtste(totalen))
            rijen.append([self.item_ref(i.id, i.locatie), code(i.id), registerlabel(i.status), str(len(scen)), uitslag])
        uit.append(tabel(["Vindplaats", "Id", "Status", "Scenario's", "Laatste run"], rijen))
        uit.append("")
        return "\n".join(uit)

    # ------------------------------------------------------------------ overzichten
    def interpretaties_md(self) -> str:
        uit = ["# Interpretaties en tegenstrijdigheden", "",
               "Waar een contracttekst meer dan één lezing toelaat, zichzelf tegenspreekt of een gat laat, kiest dit "
               "project één lezing. Hieronder per geval de vraag, de gekozen en de andere lezing, en de scenario's die "
               "de gekozen lezing vastpinnen (tag `@I-…`) met hun uitslag in de laatste run.", ""]
        if not self.interpretaties:
            uit.append("*Het interpretatieregister is leeg.*")
        for i in sorted(self.interpretaties.values(), key=lambda x: natuurlijk(x.id)):
            uit.append(f"({int_label(i.id)})=")
            uit.append(f"## {md(i.id)}: {md(i.soort)}")
            uit.append("")
            uit.append(f"**Bron:** {md(str(i.bron))}")
            uit.append("")
            uit.append(f"**Vraag.** {md(i.vraag)}")
            uit.append("")
            uit.append(f"**Gekozen lezing.** {md(i.gekozen)}")
            uit.append("")
            uit.append(f"**Andere lezing.** {md(i.alternatief)}")
            uit.append("")
            uit.extend(extra_lezing_md(i))  # handboek/review.py: verdere alternatieven, gevolg, status
            if i.reden:
                uit.append(f"**Waarom.** {md(i.reden)}")
                uit.append("")
            if i.gevolg:
                uit.append(f"**Gevolg.** {md(i.gevolg)}")
                uit.append("")
            if i.register_ids:
                uit.append("**Registeritems:** " + ", ".join(self.item_ref(r) for r in i.register_ids))
                uit.append("")
            scen = self.per_tag.get(i.id, [])
            if scen:
                uit.append("**Vastgepind door:**")
                uit.append("")
                for s in scen:
                    uit.append(f"- {statuslabel(self.run.totaal(s))} {self.scenario_ref(s)}")
            else:
                uit.append("*Nog geen scenario pint deze lezing vast.*")
            uit.append("")
        onbekend = sorted({t for tags in self.per_tag for t in [tags] if t.startswith("I-") and t not in self.interpretaties})
        if onbekend:
            uit.append("## Interpretatie-tags zonder registeritem")
            uit.append("")
            for t in onbekend:
                uit.append(f"- {code('@' + t)}: " + ", ".join(self.scenario_ref(s) for s in self.per_tag[t]))
            uit.append("")
        return "\n".join(uit)

    def uitspraken_md(self) -> str:
        uit = ["# Uitspraken per periode", "",
               "De veelgestelde vragen van Zorg en Zekerheid per contractperiode. Waar de vragen van 2026-2028 iets "
               "anders beslissen dan die van 2023-2025, geldt voor 2026-2028 de nieuwe uitspraak; de oude beschrijft "
               "nog steeds 2023-2025. Welke uitspraak welke vervangt, staat in het register (`vervangt`).", ""]
        relaties = [(i, v) for i in self.register.values() for v in i.vervangt]
        uit.append("## Welke uitspraak vervangt welke")
        uit.append("")
        if relaties:
            rijen = [[self.item_ref(i.id), DOCUMENTEN[i.document]["periode"], self.item_ref(v),
                      DOCUMENTEN[self.register[v].document]["periode"] if v in self.register else "?"]
                     for i, v in sorted(relaties, key=lambda r: natuurlijk(r[0].id))]
            uit.append(tabel(["Nieuwe uitspraak", "Periode", "Vervangt", "Periode"], rijen))
        else:
            uit.append("*Het register noemt (nog) geen vervangen uitspraken.*")
        uit.append("")
        faq_docs = [d for d in DOCUMENTEN if "faq" in d]
        for doc in sorted(faq_docs, key=lambda d: DOCUMENTEN[d]["periode"], reverse=True):
            info = DOCUMENTEN[doc]
            uit.append(f"## {md(info['kort'])}")
            uit.append("")
            items = sorted((i for i in self.register.values() if i.document == doc), key=lambda i: natuurlijk(i.id))
            if not items:
                uit.append("*Nog geen vragen in het register.*")
                uit.append("")
                continue
            rijen = []
            for i in items:
                noten = []
                if i.vervangt:
                    noten.append("vervangt " + ", ".join(self.item_ref(v, v) for v in i.vervangt))
                door = self.verwijzers(i.id, "vervangt")
                if door:
                    noten.append("vervangen door " + ", ".join(self.item_ref(v, v) for v in door))
                rijen.append([self.item_ref(i.id, i.locatie), md(i.samenvatting), registerlabel(i.status), "; ".join(noten) or "–"])
            uit.append(tabel(["Vraag", "Uitspraak (eigen woorden)", "Status", "Verhouding"], rijen))
            uit.append("")
        return "\n".join(uit)

    def dekking_md(self) -> str:
        uit = ["# Dekking", "",
               "Per brondocument: hoeveel registeritems getoetst zijn (er zijn scenario's), niet formaliseerbaar "
               "(met reden) of nog open, en hoe de scenario's het in de laatste run deden.", ""]
        if not self.run.gevonden:
            uit.append(":::{warning}\nEr is geen uitslagenrecord (`reports/uitslagen.json`): alle scenario's staan op "
                       "*niet uitgevoerd*.\n:::")
            uit.append("")
        else:
            r = self.run.run
            uit.append(f"Laatste run: {md(str(r.get('begin') or '?'))}, commit {code(str(r.get('commit') or '?')[:12])}"
                       + (" (met niet-gecommitte wijzigingen)" if r.get("gewijzigd") else "")
                       + ("" if r.get("volledig") else "; **niet alle scenario's zijn uitgevoerd**") + ".")
            uit.append("")
        rijen = []
        tot = defaultdict(int)
        for doc, info in DOCUMENTEN.items():
            items = [i for i in self.register.values() if i.document == doc]
            c = defaultdict(int)
            for i in items:
                c[i.status] += 1
            scen = {s.sleutel: s for i in items for s in self.per_tag.get(i.id, [])}
            rij_uitslagen = [u.status for s in scen.values() for u in self.run.per_rij(s)]
            waarden = [c["getoetst"], c["niet-formaliseerbaar"], c["open"], len(items), len(scen),
                       rij_uitslagen.count(GESLAAGD), rij_uitslagen.count(MISLUKT),
                       rij_uitslagen.count(FOUT_OPZET) + rij_uitslagen.count(FOUT_AFBOUW),
                       rij_uitslagen.count(OVERGESLAGEN), rij_uitslagen.count(NIET_UITGEVOERD)]
            for k, w in enumerate(waarden):
                tot[k] += w
            rijen.append([md(info["kort"])] + [str(w) for w in waarden])
        rijen.append(["**Totaal**"] + [f"**{tot[k]}**" for k in range(len(waarden))])
        uit.append(tabel(["Document", "getoetst", "niet-formaliseerbaar", "open", "items", "scenario's",
                          "geslaagd", "mislukt", "fout in opzet/afbouw", "overgeslagen", "niet uitgevoerd"],
                         rijen))
        uit.append("")
        uit.append("*De uitslagen tellen uitvoeringen: een Abstract Scenario telt per voorbeeldregel.*")
        uit.append("")
        uit.append("## Open items")
        uit.append("")
        open_ = sorted((i for i in self.register.values() if i.status == "open"), key=lambda i: natuurlijk(i.id))
        if open_:
            for i in open_:
                uit.append(f"- {self.item_ref(i.id)}: {md(i.reden or '')}")
        else:
            uit.append("*Geen open items.*")
        uit.append("")
        uit.append("## Niet geslaagde scenario's")
        uit.append("")
        mislukt = [s for f in self.features for s in f.scenarios
                   if self.run.totaal(s) not in (GESLAAGD, NIET_UITGEVOERD)]
        if mislukt:
            for s in mislukt:
                per_rij = self.run.per_rij(s)
                n = sum(1 for u in per_rij if u.status != GESLAAGD)
                extra = f" ({n} van {len(per_rij)} voorbeeldregels)" if s.is_sjabloon else ""
                uit.append(f"- {statuslabel(self.run.totaal(s))} {self.scenario_ref(s)}{extra}, {code('features/' + s.bestand)}")
        else:
            uit.append("*Geen mislukte, overgeslagen of foute scenario's in de laatste run.*")
        uit.append("")
        niet = [s for f in self.features for s in f.scenarios if self.run.totaal(s) == NIET_UITGEVOERD]
        if niet:
            uit.append("## Niet uitgevoerde scenario's")
            uit.append("")
            for s in niet:
                uit.append(f"- {statuslabel(NIET_UITGEVOERD)} {self.scenario_ref(s)}, {code('features/' + s.bestand)}")
            uit.append("")
        zonder = sorted((i for i in self.register.values() if i.status == "getoetst" and not self.per_tag.get(i.id)),
                        key=lambda i: natuurlijk(i.id))
        if zonder:
            uit.append("## Getoetst zonder scenario")
            uit.append("")
            for i in zonder:
                uit.append(f"- {self.item_ref(i.id)}")
            uit.append("")
        if self.los:
            uit.append("## Scenario's zonder registeritem")
            uit.append("")
            uit.append(f"{len(self.los)} scenario's dragen geen tag die in het register staat; zie "
                       f"{ref('los', 'Scenarios zonder registeritem')}.")
            uit.append("")
        return "\n".join(uit)

    def los_md(self) -> str:
        uit = ["(los)=", "# Scenario's zonder registeritem", "",
               "Deze scenario's dragen geen tag die (nog) in het contractregister staat. Ze worden wel uitgevoerd; "
               "zodra het register het item kent, verschijnen ze bij dat artikel.", ""]
        per_bestand: dict[str, list[Scenario]] = defaultdict(list)
        for s in self.los:
            per_bestand[s.bestand].append(s)
        for bestand, lijst in per_bestand.items():
            uit.append(f"## {md(lijst[0].functionaliteit)}")
            uit.append("")
            uit.append(code("features/" + bestand))
            uit.append("")
            for s in lijst:
                uit.append(self.scenario_md(s, 3, self.plek[s.sleutel]))
        return "\n".join(uit)
