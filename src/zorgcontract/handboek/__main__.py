"""``python -m zorgcontract.handboek``: genereert book/generated/ (pagina's en inhoudsopgave)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    a = argparse.ArgumentParser(prog="python -m zorgcontract.handboek",
                                description="Genereert de pagina's van het handboek in <boek>/generated/.")
    a.add_argument("--boek", type=Path, default=Path("book"), help="map van het boek (standaard: book)")
    a.add_argument("--features", type=Path, default=Path("features"), help="map met .feature-bestanden")
    a.add_argument("--uitslagen", type=Path, default=Path("reports/uitslagen.json"),
                   help="uitslagenrecord van de laatste run (standaard: reports/uitslagen.json)")
    a.add_argument("--vorige", type=Path, default=None,
                   help="uitslagenrecord van de vorige run, voor de pagina 'Verschil met de vorige run'")
    a.add_argument("--html", action="store_true", help="daarna het boek bouwen met jupyter-book (-W --keep-going)")
    args = a.parse_args(argv)
    from zorgcontract.handboek.bouw import bouw_html, genereer
    from zorgcontract.kern.fouten import ZorgcontractFout

    try:
        r = genereer(args.boek, args.features.resolve(), args.uitslagen, args.vorige)
    except ZorgcontractFout as e:
        print(f"handboek: fout: {e}", file=sys.stderr)
        return 2
    print(f"handboek: {r['scenarios']} scenario's, {r['paginas']} gegenereerde bestanden "
          f"({r['gewijzigd']} gewijzigd, {r['verwijderd']} verwijderd)"
          + ("" if r["uitslagen"] else f"; geen uitslagenrecord in {args.uitslagen}: alles 'niet uitgevoerd'"))
    if args.html:
        return bouw_html(args.boek)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
