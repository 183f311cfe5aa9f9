"""De systematische review (issue 11) en de reviewvragen voor de contractauteur, als handboekpagina's.

Gegevens: ``data/<verzekeraar>/<document>/review.yaml`` - per clausule van het contractregister de interpretaties
die bij die clausule gevonden zijn, of ``geen`` (met eventueel een toelichting). De soorten dubbelzinnigheid waarop
elke clausule is nagelezen staan in ``kern.register.CATEGORIEEN``; elke interpretatie noemt haar soort(en).

- ``review_md``: per document het aantal nagelezen clausules en gevonden gevallen, en de tabel clausule → gevallen;
- ``reviewvragen_md``: per document elke lezing met status *ter bevestiging* (een eigen keuze van het project), met
  vraag, gekozen lezing, elk alternatief en het gevolg - de lijst die een contractauteur mee naar een overleg neemt
  (in de PDF een bijlage).
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from zorgcontract.kern.bronnen import DOCUMENTEN
from zorgcontract.kern.documenten import documentmappen
from zorgcontract.kern.register import CATEGORIEEN, Interpretatie
from zorgcontract.kern.yaml_lezen import laad as laad_yaml
from zorgcontract.handboek.opmaak import code, md, statuslabel, tabel

STATUS_TEKST = {
    "ter-bevestiging": "ter bevestiging",
    "door-tekst-bepaald": "door de tekst bepaald",
    "door-issue-bepaald": "bevestigd",
}


class ReviewRegel(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    clausule: str = Field(min_length=2)
    register_id: str
    gevallen: list[str] | Literal["geen"]
    toelichting: str | None = None

    @property
    def ids(self) -> list[str]:
        return [] if self.gevallen == "geen" else list(self.gevallen)


@cache
def review() -> dict[str, list[ReviewRegel]]:
    """Per documentsleutel de reviewregels, in de volgorde van het bestand (leeg als er geen review.yaml is)."""
    uit: dict[str, list[ReviewRegel]] = {}
    for sleutel, map_ in sorted(documentmappen().items()):
        f = map_ / "review.yaml"
        if f.is_file():
            uit[sleutel] = [ReviewRegel(**r) for r in laad_yaml(f.read_text(encoding="utf-8")) or []]
    return uit


def problemen(register: dict, interpretaties: dict[str, Interpretatie]) -> list[str]:
    """Samenhang: elke clausule van een document precies één keer in zijn review, en elk genoemd geval bestaat en
    hoort bij die clausule. (Een lezing die ná de review werd geregistreerd en nog in geen review.yaml staat, is geen
    fout: de reviewpagina toont haar apart, zie ``niet_in_review``.)"""
    fouten: list[str] = []
    rev = review()
    for doc in DOCUMENTEN:
        regels = rev.get(doc)
        if regels is None:
            fouten.append(f"{doc}: review.yaml ontbreekt")
            continue
        ids = [r.register_id for r in regels]
        verwacht = {i for i, item in register.items() if item.document == doc}
        for rid in sorted(verwacht - set(ids)):
            fouten.append(f"{doc}: clausule {rid} staat niet in review.yaml")
        for rid in sorted({i for i in ids if ids.count(i) > 1}):
            fouten.append(f"{doc}: clausule {rid} staat meer dan eens in review.yaml")
        for r in regels:
            if r.register_id not in verwacht:
                fouten.append(f"{doc}: review.yaml noemt {r.register_id}, geen clausule van dit document")
            for i in r.ids:
                if i not in interpretaties:
                    fouten.append(f"{doc}: {r.register_id} noemt onbekende interpretatie {i}")
                elif r.register_id not in interpretaties[i].register_ids:
                    fouten.append(f"{doc}: {r.register_id} noemt {i}, maar {i} noemt die clausule niet")
    return fouten


def in_review() -> set[str]:
    return {i for regels in review().values() for r in regels for i in r.ids}


def niet_in_review(interpretaties: dict[str, Interpretatie]) -> list[Interpretatie]:
    """Lezingen die in het register staan maar (nog) bij geen clausule van een review.yaml."""
    gezien = in_review()
    return [i for iid, i in sorted(interpretaties.items()) if iid not in gezien]


def extra_lezing_md(i: Interpretatie) -> list[str]:
    """Regels voor de interpretatiepagina: verdere alternatieven, gevolg, status en niet-formaliseerbaar."""
    uit: list[str] = []
    if i.alternatieven:
        uit += ["**Verdere andere lezingen.**", ""] + [f"- {md(a)}" for a in i.alternatieven] + [""]
    if i.gevolg:
        uit += [f"**Gevolg.** {md(i.gevolg)}", ""]
    soorten = f" Soort: {md(', '.join(i.categorieen))}." if i.categorieen else ""
    uit += [f"**Status.** {md(STATUS_TEKST[i.status])}.{soorten}", ""]
    if i.niet_formaliseerbaar:
        uit += [f"**Niet formaliseerbaar.** {md(i.niet_formaliseerbaar)}", ""]
    return uit


def _int_ref(hb, iid: str) -> str:
    from zorgcontract.handboek.paginas import int_label, ref

    return ref(int_label(iid), iid) if iid in hb.interpretaties else code(iid)


def _per_document(interpretaties: dict[str, Interpretatie]) -> dict[str, list[Interpretatie]]:
    uit: dict[str, list[Interpretatie]] = {d: [] for d in DOCUMENTEN}
    for i in sorted(interpretaties.values(), key=lambda x: x.id):
        uit.setdefault(i.bron.document, []).append(i)
    return uit


def review_md(hb) -> str:
    rev = review()
    per_doc = _per_document(hb.interpretaties)
    uit = ["(review)=", "# Systematische review", "",
           "Alle vijf brondocumenten zijn clausule voor clausule nagelezen: elk artikel en lid, elke veelgestelde vraag en "
           "elke module of paragraaf uit het contractregister. Bij elke clausule is gekeken naar deze soorten "
           "dubbelzinnigheid:", ""]
    for sleutel, tekst in CATEGORIEEN.items():
        uit.append(f"- **{md(sleutel)}** - {md(tekst)}")
    uit += ["", "Elk gevonden geval staat in het interpretatieregister met vraag, gekozen lezing, alle andere lezingen, het "
            "gevolg en de scenario's die de keuze vastpinnen (of de reden waarom dat niet kan). Lezingen die een eigen "
            "keuze van het project zijn, staan *ter bevestiging* op de {ref}`reviewvragen <reviewvragen>`.", "",
            "## Samenvatting per document", ""]
    rijen = []
    for doc in DOCUMENTEN:
        regels = rev.get(doc, [])
        met = sum(1 for r in regels if r.ids)
        eigen = per_doc.get(doc, [])
        rijen.append([md(DOCUMENTEN[doc]["kort"]), str(len(regels)), str(met), str(len(eigen)),
                      str(sum(1 for i in eigen if i.ter_bevestiging))])
    uit.append(tabel(["Document", "Clausules nagelezen", "Clausules met een geval", "Gevallen in het register",
                      "Ter bevestiging"], rijen))
    uit += ["", "*Clausules met een geval* telt de clausules waarbij ten minste één lezing hoort (ook een lezing die in een "
            "ander document is geregistreerd); *gevallen in het register* telt de lezingen die bij dit document zijn "
            "vastgelegd."]
    uit.append("")
    for doc in DOCUMENTEN:
        regels = rev.get(doc, [])
        uit += [f"## {md(DOCUMENTEN[doc]['titel'])}", ""]
        rijen = []
        for r in regels:
            gev = ", ".join(_int_ref(hb, i) for i in r.ids) if r.ids else "geen"
            soorten = sorted({c for i in r.ids if i in hb.interpretaties for c in hb.interpretaties[i].categorieen})
            clausule = hb.item_ref(r.register_id, r.clausule) if r.register_id in hb.register else md(r.clausule)
            rijen.append([clausule, gev, md(", ".join(soorten)) if soorten else "", md(r.toelichting or "")])
        uit.append(tabel(["Clausule", "Gevonden gevallen", "Soort", "Toelichting"], rijen))
        uit.append("")
    later = niet_in_review(hb.interpretaties)
    if later:
        uit += ["## Na de review geregistreerd", "",
                "Deze lezingen staan in het interpretatieregister maar nog bij geen clausule in een review.yaml "
                "(bijvoorbeeld omdat ze later zijn toegevoegd); ze staan wel in het register en bij de reviewvragen:", ""]
        for i in later:
            uit.append(f"- {_int_ref(hb, i.id)} ({md(str(i.bron))}): {md(i.vraag)}")
        uit.append("")
    return "\n".join(uit)


def reviewvragen_md(hb) -> str:
    per_doc = _per_document(hb.interpretaties)
    totaal = sum(1 for i in hb.interpretaties.values() if i.ter_bevestiging)
    uit = ["(reviewvragen)=", "# Reviewvragen voor de contractauteur", "",
           f"Op {totaal} plaatsen laat de tekst meer dan één lezing toe en heeft dit project zelf gekozen (ook waar een "
           "projectissue de keuze voorschreef): de tekst dwingt die lezing niet af. Hieronder per document de vraag, de "
           "gekozen lezing, elk alternatief en wat het verschil uitmaakt. Bevestigt de contractauteur een lezing, dan "
           "krijgt zij de status *bevestigd*; kiest zij een alternatief, dan wijzigen regel en scenario's mee.", ""]
    for doc in DOCUMENTEN:
        vragen = [i for i in per_doc.get(doc, []) if i.ter_bevestiging]
        uit += [f"## {md(DOCUMENTEN[doc]['titel'])}", ""]
        if not vragen:
            uit += ["*Geen lezingen ter bevestiging.*", ""]
            continue
        for n, i in enumerate(vragen, 1):
            uit.append(f"### {n}. {md(i.id)}")
            uit.append("")
            soorten = f" - {md(', '.join(i.categorieen))}" if i.categorieen else ""
            uit.append(f"*{md(str(i.bron))}*{soorten} - {_int_ref(hb, i.id)}")
            uit.append("")
            uit.append(f"**Vraag.** {md(i.vraag)}")
            uit.append("")
            uit.append(f"**Gekozen.** {md(i.gekozen)}")
            uit.append("")
            uit.append("**Alternatieven.**")
            uit.append("")
            for a in i.alle_alternatieven:
                uit.append(f"- {md(a)}")
            uit.append("")
            if i.gevolg:
                uit.append(f"**Gevolg.** {md(i.gevolg)}")
                uit.append("")
            scen = hb.per_tag.get(i.id, [])
            if scen:
                uit.append("**Vastgepind door:** " + "; ".join(f"{statuslabel(hb.run.totaal(s))} {hb.scenario_ref(s)}" for s in scen))
            elif i.niet_formaliseerbaar:
                uit.append(f"**Niet formaliseerbaar.** {md(i.niet_formaliseerbaar)}")
            uit.append("")
    uit += ["## Door de tekst bepaald", "",
            "Deze gevallen zijn geregistreerd omdat een lezer erover kan struikelen, maar de tekst (of een openbaar feit "
            "zoals de NZa-tarieflijst) laat maar één uitkomst toe:", ""]
    for i in sorted(hb.interpretaties.values(), key=lambda x: x.id):
        if not i.ter_bevestiging:
            uit.append(f"- {_int_ref(hb, i.id)} ({md(STATUS_TEKST[i.status])}): {md(i.gekozen)}")
    uit.append("")
    return "\n".join(uit)
