"""Sphinx-extensie van het handboek (``book/_config.yml``: ``sphinx.extra_extensions``).

- Elke HTML-pagina krijgt als eerste element in ``<head>`` een Content-Security-Policy: alles alleen van de
  eigen origin (``default-src 'self'``), plus ``'wasm-unsafe-eval'`` zodat Pyodide WebAssembly mag
  compileren. Zo kan geen pagina iets buiten haar eigen origin laden of versturen, ook niet per ongeluk.
- (De CSS in ``_static/rekenhulpen/`` zet Jupyter Book zelf op elke pagina; de JavaScript heet ``.mjs`` zodat
  Jupyter Book hem niet overal toevoegt: alleen de rekenhulppagina's laden hem, als module.)
- Na de bouw: de bundel (Pyodide + wielen, zie ``zorgcontract.handboek.bundel``) naar ``<html>/_rekenhulpen/``.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval' {inline}",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
])
_INLINE = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>(.*?)</script>", re.S)


def csp_voor(html: str) -> str:
    """De policy voor één pagina: de inline scripts die Sphinx en het thema zelf schrijven, staan er met hun
    SHA-256 in (geen ``'unsafe-inline'``); alle andere scripts moeten van de eigen origin komen."""
    hashes = sorted({"'sha256-" + _b64(hashlib.sha256(m.group(1).encode("utf-8")).digest()) + "'"
                     for m in _INLINE.finditer(html)})
    return CSP.format(inline=" ".join(hashes)).replace("  ", " ").replace(" ;", ";")


def _b64(b: bytes) -> str:
    import base64

    return base64.b64encode(b).decode()


def _zet_csp(app, exception) -> None:
    """Na de bouw: de CSP als eerste element van ``<head>`` in elke HTML-pagina (met de hashes van de inline
    scripts die op die pagina staan)."""
    if exception is not None or app.builder.format != "html":
        return
    uit = Path(app.outdir)
    for pad in uit.rglob("*.html"):
        if "_rekenhulpen" in pad.parts or "_static" in pad.parts:
            continue
        tekst = pad.read_text(encoding="utf-8")
        if 'http-equiv="Content-Security-Policy"' in tekst:
            tekst = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n?', "", tekst)
        meta = f'<meta http-equiv="Content-Security-Policy" content="{csp_voor(tekst)}">'
        tekst = re.sub(r"(<head[^>]*>)", lambda m: m.group(1) + "\n    " + meta, tekst, count=1)
        pad.write_text(tekst, encoding="utf-8")


_PLURAL_OUD = """    Documentation.PLURAL_EXPR = new Function(
      "n",
      `return (${catalog.plural_expr})`
    );"""
_PLURAL_NIEUW = """    // zorgcontract: zonder new Function (de CSP staat geen 'unsafe-eval' toe); Nederlands en Engels: n != 1
    Documentation.PLURAL_EXPR = (n) => (n === 1 ? 0 : 1);"""


def _doctools_zonder_eval(app, exception) -> None:
    """Sphinx' ``doctools.js`` maakt de meervoudsregel van de vertaling met ``new Function`` - onder een CSP
    zonder ``'unsafe-eval'`` faalt dat, en dan breekt de zoekpagina. Het boek is Nederlands (meervoud: n != 1):
    die regel staat er nu vast in."""
    if exception is not None or app.builder.format != "html":
        return
    pad = Path(app.outdir) / "_static" / "doctools.js"
    if pad.is_file():
        tekst = pad.read_text(encoding="utf-8")
        if _PLURAL_OUD in tekst:
            pad.write_text(tekst.replace(_PLURAL_OUD, _PLURAL_NIEUW), encoding="utf-8")


def _bundel(app, exception) -> None:
    if exception is not None or app.builder.format != "html":
        return
    from zorgcontract.handboek.bundel import schrijf

    schrijf(Path(app.outdir))


def setup(app):
    app.connect("build-finished", _bundel)
    app.connect("build-finished", _zet_csp)
    app.connect("build-finished", _doctools_zonder_eval)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
