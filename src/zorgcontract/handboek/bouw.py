"""Genereert ``book/generated/`` en de inhoudsopgave; schrijft alleen bestanden die echt veranderen
(zodat Sphinx na één gewijzigd .feature-bestand alleen de geraakte pagina's opnieuw leest)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import yaml

from zorgcontract.kern.bronnen import DOCUMENTEN
from zorgcontract.handboek.gherkin import lees_features
from zorgcontract.handboek.paginas import GEN, Handboek
from zorgcontract.handboek.praktijken import praktijken_md
from zorgcontract.handboek import rekenhulp_paginas
from zorgcontract.handboek.rekenhulpen import rekenhulpen_md
from zorgcontract.handboek.review import review_md, reviewvragen_md
from zorgcontract.handboek.uitslagen import lees_run
from zorgcontract.handboek.uitslagen import lees_run, verschil_md
from zorgcontract.kern.uitslagen import lees_bestand, vergelijk
from zorgcontract.kern.register import contractregister, interpretaties


class Schrijver:
    def __init__(self, boek: Path):
        self.boek = boek
        self.geschreven: set[Path] = set()
        self.gewijzigd = 0

    def schrijf(self, rel: str, tekst: str) -> None:
        pad = self.boek / rel
        pad.parent.mkdir(parents=True, exist_ok=True)
        if not tekst.endswith("\n"):
            tekst += "\n"
        if not pad.exists() or pad.read_text(encoding="utf-8") != tekst:
            pad.write_text(tekst, encoding="utf-8")
            self.gewijzigd += 1
        self.geschreven.add(pad.resolve())

    def ruim_op(self) -> int:
        """Verwijdert oude gegenereerde bestanden (anders klaagt Sphinx over pagina's buiten de toc)."""
        weg = 0
        gen = self.boek / GEN
        for p in sorted(gen.rglob("*"), reverse=True):
            if p.is_file() and p.resolve() not in self.geschreven:
                p.unlink()
                weg += 1
            elif p.is_dir() and not any(p.iterdir()):
                p.rmdir()
        return weg


def _pakket_vingerafdruk() -> str:
    """Hash van de broncode en gegevens van het pakket: verandert die, dan moeten de rekenvoorbeelden
    opnieuw uitgevoerd worden, ook als hun eigen tekst gelijk bleef."""
    import zorgcontract

    wortel = Path(zorgcontract.__file__).parent
    h = hashlib.sha256()
    for p in sorted(wortel.rglob("*")):
        if p.is_file() and p.suffix in (".py", ".yaml") and "__pycache__" not in p.parts:
            h.update(p.relative_to(wortel).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def genereer(boek: Path, features: Path, uitslagen: Path | None, vorige: Path | None = None) -> dict:
    """Schrijft de pagina's uit de features (de ene lezer) en het uitslagenrecord (``uitslagen``; ontbreekt het,
    dan is alles 'niet uitgevoerd'). Met ``vorige`` (een ouder record) ook de pagina 'Verschil met de vorige run'.
    Een onleesbaar feature-bestand of kapot record: LeesFout/RecordFout met Nederlandse melding."""
    feats = lees_features(features)
    run = lees_run(uitslagen)
    vergelijking = None
    if vorige is not None and Path(vorige).exists() and run.gevonden:
        vergelijking = vergelijk(lees_bestand(vorige), lees_bestand(uitslagen))
    hb = Handboek(feats, run, contractregister(), interpretaties())
    s = Schrijver(boek)

    for doc in DOCUMENTEN:
        s.schrijf(f"{GEN}/{doc[:2]}/{doc}/index.md", hb.document_md(doc))
    for p in hb.paginas:
        s.schrijf(f"{p.docname}.md", hb.pagina_md(p))
    s.schrijf(f"{GEN}/interpretaties.md", hb.interpretaties_md())
    s.schrijf(f"{GEN}/uitspraken.md", hb.uitspraken_md())
    s.schrijf(f"{GEN}/dekking.md", hb.dekking_md())
    s.schrijf(f"{GEN}/review.md", review_md(hb))
    s.schrijf(f"{GEN}/reviewvragen.md", reviewvragen_md(hb))
    s.schrijf(f"{GEN}/verschil.md", verschil_md(vergelijking, str(vorige) if vorige else None))
    if hb.los:
        s.schrijf(f"{GEN}/zonder-register.md", hb.los_md())
    s.schrijf(f"{GEN}/deel-rekenhulpen.md", rekenhulpen_md())
    s.schrijf(f"{GEN}/praktijken.md", praktijken_md(features.parent / "examples"))  # profielen uit examples/
    rekenhulpen = rekenhulp_paginas.schrijf(boek, s)  # book/rekenhulpen/<subopdracht>.md

    # rekenvoorbeelden: alle notebooks in book/rekenvoorbeelden/ (ZK verschijnt vanzelf zodra het er is)
    voorbeelden = sorted(p.relative_to(boek).with_suffix("").as_posix()
                         for p in (boek / "rekenvoorbeelden").glob("*.md"))
    toc = {
        "format": "jb-book",
        "root": "index",
        "parts": [
            {"caption": "Brondocumenten", "chapters": [
                {"file": f"{GEN}/{doc[:2]}/{doc}/index",
                 **({"sections": [{"file": p.docname} for p in hb.paginas if p.document == doc]}
                    if any(p.document == doc for p in hb.paginas) else {})}
                for doc in DOCUMENTEN]},
            {"caption": "Rekenhulpen", "chapters": [
                {"file": f"{rekenhulp_paginas.MAP}/index", "sections": [{"file": d} for d in rekenhulpen]}]},
            {"caption": "Rekenvoorbeelden", "chapters": [{"file": v} for v in voorbeelden]},
            {"caption": "Overzichten", "chapters": [
                {"file": f"{GEN}/interpretaties"}, {"file": f"{GEN}/uitspraken"}, {"file": f"{GEN}/dekking"}, {"file": f"{GEN}/verschil"},
                {"file": f"{GEN}/review"}, {"file": f"{GEN}/praktijken"},
                *([{"file": f"{GEN}/zonder-register"}] if hb.los else [])]},
            {"caption": "Bijlage", "chapters": [{"file": f"{GEN}/reviewvragen"}]},
        ],
    }
    if not voorbeelden:
        toc["parts"] = [d for d in toc["parts"] if d["chapters"]]
    s.schrijf(f"{GEN}/_toc.yml", yaml.safe_dump(toc, allow_unicode=True, sort_keys=False))

    # rekenvoorbeelden opnieuw laten uitvoeren als het pakket veranderde
    vinger = _pakket_vingerafdruk()
    stempel = boek / GEN / ".pakket"
    if not stempel.exists() or stempel.read_text().strip() != vinger:
        for v in voorbeelden:
            os.utime(boek / f"{v}.md")
    s.schrijf(f"{GEN}/.pakket", vinger)
    weg = s.ruim_op()
    return {"paginas": len(s.geschreven), "gewijzigd": s.gewijzigd, "verwijderd": weg,
            "scenarios": sum(len(f.scenarios) for f in feats), "uitslagen": run.gevonden,
            "vergeleken": vergelijking is not None}


def kopieer_boekbronnen(bron_boek: Path, doel: Path) -> Path:
    """Kopieer de vaste bronnen van het boek (config, startpagina, rekenvoorbeelden, stijl) naar ``doel/book``,
    zodat een test of meting in een tijdelijke map kan bouwen zonder book/_build aan te raken."""
    import shutil

    boek = doel / "book"
    boek.mkdir(parents=True)
    for naam in ("_config.yml", "index.md"):
        shutil.copy(bron_boek / naam, boek / naam)
    for naam in ("rekenvoorbeelden", "_static"):
        shutil.copytree(bron_boek / naam, boek / naam)
    return boek


def jupyter_book_opdracht(boek: Path) -> list[str]:
    """De bouwopdracht: HTML, elke waarschuwing een fout (-W, ook een fout in een rekenvoorbeeld via
    nb_execution_raise_on_error), maar eerst alle waarschuwingen tonen (--keep-going)."""
    jb = Path(sys.executable).parent / "jupyter-book"
    boek = boek.resolve()
    return [str(jb), "build", str(boek), "--toc", str(boek / GEN / "_toc.yml"), "--builder", "html",
            "-W", "--keep-going", "-q"]


def bouw_html(boek: Path) -> int:
    return subprocess.run(jupyter_book_opdracht(boek), check=False).returncode
