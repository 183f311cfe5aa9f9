"""De bundel van de rekenhulpen los schrijven (de boekbouw doet dit zelf, via de Sphinx-extensie
zorgcontract.handboek.sphinx_rekenhulpen): Pyodide uit npm, de vastgepinde wielen van PyPI en het eigen wiel
naar <html-map>/_rekenhulpen/.

    .venv/bin/python scripts/bundel_rekenhulpen.py [book/_build/html]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from zorgcontract.handboek.bundel import WORTEL, schrijf

if __name__ == "__main__":
    doel = Path(sys.argv[1]) if len(sys.argv) > 1 else WORTEL / "book" / "_build" / "html"
    m = schrijf(doel)
    print(json.dumps({"pyodide": m["pyodide"], "wielen": m["wielen"], "bytes": sum(m["bytes"].values())}, indent=1))
