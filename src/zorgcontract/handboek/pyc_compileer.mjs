// Bytecode (.pyc) maken met de Python van Pyodide zelf (node, bij het bouwen van het handboek), zodat de browser
// de bronbestanden niet bij elke lading hoeft te compileren. Zelfde Pyodide als in de bundel, dus hetzelfde
// magische getal en dezelfde cache-tag.
//
//     node pyc_compileer.mjs <node_modules/pyodide> <werkmap> [proef.json]
//
// Met proef.json ({"wielen": [pad, ...], "proef": "<python>"}) worden eerst die wielen geladen en draait de proef
// (de rekenhulpen met hun voorbeelden); daarna krijgen alleen de modules die toen geïmporteerd waren een .pyc. Een
// module zonder .pyc werkt gewoon (Python compileert haar dan in de browser), maar de bundel blijft kleiner.
//
// <werkmap>/<naam>/... bevat de .py-bestanden van één archief. Voor een wiel (<naam> eindigt niet op .zip) komt
// naast elk x.py een __pycache__/x.<tag>.pyc (zoals Python het in site-packages zoekt); voor de stdlib-zip
// (<naam> eindigt op .zip) een x.pyc naast x.py (zoals zipimport het zoekt), met als bestandsnaam in de code het
// pad in de zip. Alle .pyc zijn 'unchecked-hash' (PEP 552): Python vergelijkt ze niet met de bron (uitpakken
// geeft de bronbestanden een nieuwe tijd). Een bestand dat niet compileert, krijgt geen .pyc (en wordt gemeld).
import fs from "node:fs";
import path from "node:path";

const [pyodideMap, werk, proefPad] = process.argv.slice(2);
const { loadPyodide } = await import(path.resolve(pyodideMap, "pyodide.mjs"));
const py = await loadPyodide({ indexURL: path.resolve(pyodideMap) + "/", stdout: (s) => console.log(s), stderr: (s) => console.error(s) });
let gebruikt = null;
if (proefPad) {
  const proef = JSON.parse(fs.readFileSync(proefPad, "utf-8"));
  await py.loadPackage(proef.wielen.map((w) => path.resolve(w)), { messageCallback: () => {} });
  py.runPython(proef.proef);
  gebruikt = py.runPython(`
import json, sys
_voren = [p.rstrip("/") + "/" for p in sys.path if p.endswith((".zip", "site-packages"))]
_uit = set()
for _m in list(sys.modules.values()):
    _f = getattr(_m, "__file__", None) or ""
    for _voor in _voren:
        if _f.startswith(_voor) and _f.endswith(".py"):
            _uit.add(_f[len(_voor):])
json.dumps(sorted(_uit))
`);
}
py.globals.set("gebruikt_json", gebruikt);
py.FS.mkdirTree("/werk");
py.FS.mount(py.FS.filesystems.NODEFS, { root: path.resolve(werk) }, "/werk");
py.runPython(`
import json, os, py_compile, sys
tag = sys.implementation.cache_tag
zip_pad = next(p for p in sys.path if p.endswith(".zip"))
modus = py_compile.PycInvalidationMode.UNCHECKED_HASH
gebruikt = None if gebruikt_json is None else set(json.loads(gebruikt_json))
n = mislukt = overgeslagen = 0
for naam in sorted(os.listdir("/werk")):
    wortel = f"/werk/{naam}"
    for map_, _, bestanden in os.walk(wortel):
        for b in bestanden:
            if not b.endswith(".py"):
                continue
            bron = f"{map_}/{b}"
            rel = os.path.relpath(bron, wortel)
            if gebruikt is not None and rel not in gebruikt:
                overgeslagen += 1
                continue
            if naam.endswith(".zip"):
                doel, getoond = bron + "c", f"{zip_pad}/{rel}"
            else:
                doel, getoond = f"{map_}/__pycache__/{b[:-3]}.{tag}.pyc", None
            try:
                py_compile.compile(bron, cfile=doel, dfile=getoond, doraise=True, invalidation_mode=modus)
                n += 1
            except py_compile.PyCompileError as e:
                mislukt += 1
                print(f"geen pyc voor {naam}/{rel}: {e.msg.splitlines()[-1] if e.msg else e}", file=sys.stderr)
print(f"{n} pyc gemaakt ({tag}), {mislukt} niet te compileren, {overgeslagen} niet gebruikt in de proef")
`);
