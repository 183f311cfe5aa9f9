// De rekenhulpen van het handboek: formulier -> zorgcontract.rekenhulp.bereken (de CLI zelf, in Pyodide) -> uitkomst.
// Deze code rekent niets: ze zet formuliervelden om in opties, geeft die aan Python en toont wat terugkomt
// (de JSON van `zorgcontract <subopdracht> ... --json`, of de foutmelding van de CLI).
// Alles wordt van de eigen origin geladen (../../_rekenhulpen/); de pagina's hebben een Content-Security-Policy.

const BASIS = new URL("../../_rekenhulpen/", import.meta.url);
const BREED = new Set(["redenen", "reden"]); // kolommen met lange tekst
const WAAR = new Set(["", "1", "ja", "true", "on", "aan"]);

let pythonBelofte = null;
// tijdstippen (ms sinds het begin van de navigatie) voor de benchmark: benchmarks/rekenhulpen.py
const fasen = (window.__rekenhulpFasen = { module: performance.now() });

function laadPython() {
  if (!pythonBelofte) {
    pythonBelofte = (async () => {
      const t0 = performance.now();
      const [{ loadPyodide }, manifest] = await Promise.all([
        import(new URL("pyodide/pyodide.mjs", BASIS).href),
        fetch(new URL("bundel.json", BASIS)).then((r) => {
          if (!r.ok) throw new Error(`bundel.json: HTTP ${r.status}`);
          return r.json();
        }),
      ]);
      // de wielen via `packages`: Pyodide haalt en installeert ze terwijl het zelf nog opstart (parallel, in
      // plaats van erna met loadPackage)
      const py = await loadPyodide({
        indexURL: new URL("pyodide/", BASIS).href, stdout: () => {}, stderr: () => {},
        packages: manifest.wielen.map((w) => new URL("wielen/" + w, BASIS).href),
      });
      fasen.wielen = performance.now();
      py.runPython("import zorgcontract.rekenhulp, zorgcontract.cli");
      const module = py.pyimport("zorgcontract.rekenhulp");
      fasen.import = performance.now();
      window.__rekenhulpLaadtijdMs = performance.now() - t0;
      return { py, bereken: module.bereken_json };
    })();
  }
  return pythonBelofte;
}

// ------------------------------------------------------------------------------------------ weergave
function element(tag, attrs = {}, ...kinderen) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined) continue;
    if (k === "class") e.className = v;
    else if (k.startsWith("data-")) e.setAttribute(k, v);
    else e[k] = v;
  }
  for (const k of kinderen) if (k !== null && k !== undefined) e.append(k);
  return e;
}

function laatsteNaam(pad) {
  const delen = pad.split(".").filter((d) => !/^\d+$/.test(d));
  return delen[delen.length - 1] || pad;
}

class Weergave {
  constructor(spec) {
    this.spec = spec;
    this.soortVan = {};
    for (const [soort, sleutels] of Object.entries(spec.soorten)) for (const s of sleutels) this.soortVan[s] = soort;
  }

  label(sleutel) {
    return this.spec.sleutels[sleutel] || sleutel.replaceAll("_", " ");
  }

  bronlink(tekst) {
    // zoals _norm in rekenhulp_paginas.py: kleine letters, geen dubbelepunt, 'lid 3c' -> 'lid 3 c'
    const n = tekst.replaceAll(":", " ").toLowerCase().replace(/\s+/g, " ").trim().replace(/\b(lid \d+)([a-z])\b/g, "$1 $2");
    // zoals bronlink() in rekenhulp_paginas.py: het langste voorvoegsel; is dat alleen het document, dan het
    // registeritem van dat document met de meeste gemeenschappelijke woorden
    for (const [voor, url] of this.spec.bronlinks) {
      if (n.startsWith(voor) && !/[0-9a-z]/.test(n.charAt(voor.length))) {
        let beste = url;
        if (!url.includes("#")) {
          const eigen = new Set(this.woorden(n.slice(voor.length)));
          let score = [0, 0];
          for (const [doc, ws, u] of this.spec.bronwoorden) {
            if (doc !== voor) continue;
            const gemeen = ws.filter((w) => eigen.has(w)).length;
            // bij gelijkspel: het item met de minste andere woorden
            const beter = gemeen > score[0] || (gemeen === score[0] && -ws.length > score[1]);
            if (beter && gemeen > 0 && (gemeen >= 2 || gemeen === eigen.size)) { beste = u; score = [gemeen, -ws.length]; }
          }
        }
        return element("a", { href: beste, class: "rekenhulp-bron" }, tekst);
      }
    }
    return document.createTextNode(tekst);
  }

  woorden(tekst) {
    const stop = new Set(this.spec.stopwoorden);
    return [...new Set((tekst.match(/[0-9a-zà-ÿ]+/g) || []).filter((w) => w.length >= 3 && !stop.has(w)))];
  }

  tekst(pad, w) {
    const naam = laatsteNaam(pad);
    if (w === null) return "geen";
    if (typeof w === "boolean") return w ? "ja" : "nee";
    if (typeof w === "number") return String(w);
    const soort = this.soortVan[naam];
    if (soort === "bedrag" && /^-?\d+\.\d+$/.test(w)) {
      const [geheel, dec] = w.split(".");
      return "€ " + geheel.replace(/\B(?=(\d{3})+(?!\d))/g, ".") + "," + dec;
    }
    if (soort === "uren" && /^-?\d+(\.\d+)?$/.test(w)) {
      let [geheel, dec = ""] = w.split(".");
      dec = dec.replace(/0+$/, "");
      while (dec.length < 4) dec += "0";
      return `${geheel},${dec} uur`;
    }
    if (soort === "datum" && /^\d{4}-\d{2}-\d{2}$/.test(w)) {
      const [j, m, d] = w.split("-").map(Number);
      return new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })
        .format(new Date(Date.UTC(j, m - 1, d)));
    }
    return w;
  }

  // één waarde uit de JSON: blad -> <span data-sleutel data-waarde>, lijst/object -> tabel
  waarde(pad, w) {
    if (Array.isArray(w)) return this.lijst(pad, w);
    if (w !== null && typeof w === "object") return this.object(pad, w);
    const attrs = { class: "rekenhulp-waarde", "data-sleutel": pad, "data-waarde": typeof w === "string" ? w : JSON.stringify(w) };
    if (laatsteNaam(pad) === "bron" && typeof w === "string") return element("span", attrs, this.bronlink(w));
    return element("span", attrs, this.tekst(pad, w));
  }

  object(pad, obj) {
    if (this.isMatrix(obj)) return this.matrix(pad, obj);
    const tabel = element("table", { class: "rekenhulp-tabel" });
    const tbody = element("tbody");
    for (const [k, w] of Object.entries(obj)) {
      const p = pad ? `${pad}.${k}` : k;
      tbody.append(element("tr", {}, element("th", { scope: "row" }, this.label(k)), element("td", {}, this.waarde(p, w))));
    }
    tabel.append(tbody);
    return tabel;
  }

  // een object van gelijke, vlakke objecten (de samenvatting per praktijk of per prestatiecode): één tabel met een
  // rij per sleutel en een kolom per veld, in plaats van een tabel per sleutel
  isMatrix(obj) {
    const ws = Object.values(obj);
    const vlak = (x) => x !== null && typeof x === "object" && !Array.isArray(x)
      && Object.values(x).every((v) => v === null || typeof v !== "object");
    if (!ws.length || !ws.every(vlak)) return false;
    const sleutels = Object.keys(ws[0]).join("\u0000");
    return ws.every((x) => Object.keys(x).join("\u0000") === sleutels);
  }

  matrix(pad, obj) {
    const kolommen = Object.keys(Object.values(obj)[0]);
    const tabel = element("table", { class: "rekenhulp-tabel rekenhulp-matrix" });
    tabel.append(element("thead", {}, element("tr", {}, element("th", {}, ""),
      ...kolommen.map((k) => element("th", { scope: "col" }, this.label(k))))));
    const tbody = element("tbody");
    for (const [rij, x] of Object.entries(obj)) {
      tbody.append(element("tr", {}, element("th", { scope: "row" }, rij),
        ...kolommen.map((k) => element("td", {}, this.waarde(`${pad}.${rij}.${k}`, x[k])))));
    }
    tabel.append(tbody);
    return tabel;
  }

  lijst(pad, lijst, diep = 0) {
    if (lijst.length === 0) return element("span", { class: "rekenhulp-leeg", "data-sleutel": pad, "data-waarde": "[]" }, "geen");
    const objecten = lijst.every((x) => x !== null && typeof x === "object" && !Array.isArray(x));
    if (objecten && pad.split(".").length > 1) {
      // een lijst in een tabelcel (redenen bij een declaratieregel): compact, elk item op een regel
      return element("ul", { class: "rekenhulp-compact" }, ...lijst.map((x, i) => element("li", {},
        ...Object.entries(x).flatMap(([k, w], j) => [j ? " — " : null, this.waarde(`${pad}.${i}.${k}`, w)]).filter((e) => e !== null))));
    }
    if (objecten) {
      const alle = [];
      for (const x of lijst) for (const k of Object.keys(x)) if (!alle.includes(k)) alle.push(k);
      // Met hoofdkolommen (de declaratieregels: vijftien velden) staan alleen die als kolom, en alleen als ze
      // ergens een waarde hebben; de rest (ook wat dubbel is, zoals toegestaan naast oordeel) staat per rij
      // onder 'meer'. Elke waarde blijft in de DOM, met haar data-sleutel.
      // Een hoofdkolom kan een lijst van velden zijn (["redenen", "fout"]): één kolom met wat er per rij is; een
      // leeg veld staat er verborgen bij.
      const hoofd = (this.spec.hoofdkolommen || {})[pad];
      const niets = (w) => w === null || w === undefined || (Array.isArray(w) && !w.length);
      const leeg = (k) => lijst.every((x) => niets(x[k]));
      const kolommen = hoofd ? hoofd.map((h) => [h].flat().filter((k) => alle.includes(k) && !leeg(k))).filter((g) => g.length)
        : alle.map((k) => [k]);
      const gebruikt = kolommen.flat();
      const meer = alle.filter((k) => !gebruikt.includes(k));
      const cel = (x, i, groep) => {
        if (groep.length === 1) return groep[0] in x ? this.waarde(`${pad}.${i}.${groep[0]}`, x[groep[0]]) : "";
        const wel = groep.filter((k) => !niets(x[k]));
        return element("div", {}, ...groep.filter((k) => k in x).map((k) => {
          const e = this.waarde(`${pad}.${i}.${k}`, x[k]);
          if (wel.length && !wel.includes(k)) e.hidden = true;
          return e;
        }));
      };
      const tabel = element("table", { class: "rekenhulp-tabel rekenhulp-lijst" });
      // het volgnummer alleen als de rijen zelf geen id hebben (de declaratieregels hebben 'regel')
      const nummer = !hoofd;
      tabel.append(element("thead", {}, element("tr", {}, nummer ? element("th", {}, "#") : null,
        ...kolommen.map((g) => element("th", { scope: "col" }, g.map((k, j) => (j ? this.label(k).toLowerCase() : this.label(k))).join(" of "))),
        meer.length ? element("th", { scope: "col" }, "Meer") : null)));
      const tbody = element("tbody");
      lijst.forEach((x, i) => {
        const rest = meer.filter((k) => k in x);
        tbody.append(element("tr", {}, nummer ? element("td", {}, String(i + 1)) : null,
          ...kolommen.map((g) => element("td", { class: g.some((k) => BREED.has(k)) ? "rekenhulp-breed" : null }, cel(x, i, g))),
          meer.length ? element("td", {}, rest.length ? element("details", { class: "rekenhulp-meer" },
            element("summary", {}, "meer"),
            element("dl", {}, ...rest.flatMap((k) => [element("dt", {}, this.label(k)),
              element("dd", {}, this.waarde(`${pad}.${i}.${k}`, x[k]))]))) : "") : null));
      });
      tabel.append(tbody);
      return tabel;
    }
    return element("ul", {}, ...lijst.map((x, i) => element("li", {}, this.waarde(`${pad}.${i}`, x))));
  }

  uitkomst(data) {
    const deel = element("div", { class: "rekenhulp-resultaat" });
    deel.append(element("h2", {}, "Uitkomst"));
    this.deel(deel, "", data, 3);
    return deel;
  }

  // de losse waarden van een object als één tabel; elk object of elke lijst erin met een eigen kop eronder (niet
  // als tabel in een tabelcel: zo krijgt een brede tabel, zoals de samenvatting per prestatiecode, de breedte)
  deel(doel, pad, obj, niveau) {
    const los = {}, apart = [];
    for (const [k, w] of Object.entries(obj)) {
      if (w !== null && typeof w === "object") apart.push([k, w]);
      else los[k] = w;
    }
    if (Object.keys(los).length) doel.append(this.object(pad, los));
    for (const [k, w] of apart) {
      const p = pad ? `${pad}.${k}` : k;
      doel.append(element(`h${niveau}`, {}, k === "toelichting" ? "Toelichting: elke stap met zijn bron" : this.label(k)));
      const plat = !Array.isArray(w) && !this.isMatrix(w) && Object.values(w).some((x) => x !== null && typeof x === "object");
      if (plat && niveau < 4) this.deel(doel, p, w, niveau + 1);
      else doel.append(this.waarde(p, w));
    }
  }
}

// ------------------------------------------------------------------------------------------ de pagina
class Rekenhulp {
  constructor(wortel) {
    this.wortel = wortel;
    this.spec = JSON.parse(wortel.querySelector("script.rekenhulp-spec").textContent);
    this.sub = this.spec.subopdracht;
    this.form = wortel.querySelector("form.rekenhulp-formulier");
    this.uit = wortel.querySelector(".rekenhulp-uitkomst");
    this.melding = wortel.querySelector(".rekenhulp-melding");
    this.weergave = new Weergave(this.spec);
    this.velden = this.spec.velden;
    this.bestand = null; // {naam, bytes}
    this.teller = 0;
    this.gevraagd = false;
  }

  veld(naam) {
    return this.form.elements.namedItem(naam);
  }

  // URL -> formulier; true als er iets in stond
  vulUitUrl() {
    const q = new URLSearchParams(location.search);
    let iets = false;
    for (const v of this.velden) {
      if (v.soort === "bestand" || !q.has(v.naam)) continue;
      iets = true;
      const el = this.veld(v.naam);
      if (v.soort === "vlag") el.checked = WAAR.has(q.get(v.naam).trim().toLowerCase());
      else if (v.soort === "lijst") el.value = q.getAll(v.naam).join("\n");
      else el.value = q.get(v.naam);
    }
    return iets;
  }

  opties() {
    const opties = {};
    for (const v of this.velden) {
      const el = this.veld(v.naam);
      if (v.soort === "vlag") opties[v.naam] = el.checked;
      else if (v.soort === "lijst") opties[v.naam] = el.value.split(/\r?\n/).filter((r) => r.trim() !== "");
      else if (v.soort === "bestand") opties[v.naam] = this.bestand ? this.bestand.naam : "";
      else opties[v.naam] = el.value;
    }
    return opties;
  }

  query() {
    const q = new URLSearchParams();
    const o = this.opties();
    for (const v of this.velden) {
      const w = o[v.naam];
      if (v.soort === "bestand") continue; // het declaratiebestand blijft op de schijf van de lezer
      if (v.soort === "vlag") { if (w) q.append(v.naam, "ja"); }
      else if (v.soort === "lijst") w.forEach((x) => q.append(v.naam, x));
      else if (w !== "") q.append(v.naam, w);
    }
    return q.toString();
  }

  werkUrlBij() {
    const q = this.query();
    const url = location.pathname + (q ? "?" + q : "") + location.hash;
    history.replaceState(null, "", url);
    return q;
  }

  wisFouten() {
    for (const p of this.form.querySelectorAll(".rekenhulp-veldfout")) { p.hidden = true; p.textContent = ""; }
    for (const d of this.form.querySelectorAll(".rekenhulp-veld")) d.classList.remove("rekenhulp-fout");
    this.melding.hidden = true;
    this.melding.replaceChildren();
    this.melding.setAttribute("data-fout-veld", "");
  }

  toonInvoerfout(r) {
    const plek = r.veld ? this.form.querySelector(`.rekenhulp-veldfout[data-fout-veld="${CSS.escape(r.veld)}"]`) : null;
    const doel = plek || this.melding;
    doel.textContent = r.fout;
    doel.setAttribute("data-fout", r.fout);
    doel.hidden = false;
    if (plek) {
      plek.closest(".rekenhulp-veld").classList.add("rekenhulp-fout");
    }
  }

  toonIntern(fout, detail) {
    this.melding.replaceChildren(
      element("p", { class: "rekenhulp-intern", "data-fout": fout }, "Er ging iets mis: de rekenhulp kon dit niet uitrekenen. "
        + "Dat ligt niet aan uw invoer."),
      element("details", {}, element("summary", {}, "Details voor de ontwikkelaars"), element("pre", {}, detail || "")),
    );
    this.melding.hidden = false;
  }

  async bereken() {
    const q = this.werkUrlBij();
    this.wortel.dataset.status = "bezig";
    let python;
    try {
      python = await laadPython();
    } catch (e) {
      this.wisFouten();
      this.uit.replaceChildren();
      this.toonIntern("er ging iets mis", `Python kon niet geladen worden: ${e && e.stack ? e.stack : e}`);
      this.klaar("intern", q, 0);
      return;
    }
    // alleen de laatste stand van het formulier telt
    const opties = this.opties();
    const qNu = this.query();
    const t0 = performance.now();
    let r;
    try {
      if (this.bestand) {
        python.py.FS.writeFile(`/home/pyodide/${this.bestand.naam}`, this.bestand.bytes);
      }
      const vlaggen = this.velden.filter((v) => v.soort === "vlag").map((v) => v.naam);
      const namen = this.velden.map((v) => v.naam);
      r = JSON.parse(python.bereken(this.sub, JSON.stringify(opties), JSON.stringify(vlaggen), JSON.stringify(namen)));
    } catch (e) {
      r = { status: "intern", fout: "er ging iets mis", detail: String(e && e.stack ? e.stack : e) };
    }
    this.wisFouten();
    if (r.status === "ok") {
      this.uit.replaceChildren(this.weergave.uitkomst(r.uitkomst));
    } else if (r.status === "invoerfout") {
      this.uit.replaceChildren();
      this.toonInvoerfout(r);
    } else {
      this.uit.replaceChildren();
      this.toonIntern(r.fout, r.detail);
    }
    if (fasen.eerste === undefined) fasen.eerste = performance.now();
    this.klaar(r.status, qNu, performance.now() - t0);
  }

  klaar(status, q, duur) {
    this.teller += 1;
    this.wortel.dataset.status = status;
    this.wortel.dataset.query = q;
    this.wortel.dataset.berekening = String(this.teller);
    this.wortel.dataset.duurMs = duur.toFixed(1);
    this.wortel.dataset.bestand = this.bestand ? this.bestand.naam : "";
  }

  async leesBestand(el) {
    const f = el.files && el.files[0];
    if (!f) { this.bestand = null; return; }
    const naam = f.name.replace(/[\/\\]/g, "_") || "declaraties.csv";
    this.bestand = { naam, bytes: new Uint8Array(await f.arrayBuffer()) };
  }

  async start() {
    const uitUrl = this.vulUitUrl();
    const opnieuw = async (ev) => {
      if (ev && ev.target && ev.target.type === "file") await this.leesBestand(ev.target);
      this.gevraagd = true;
      await this.bereken();
    };
    this.form.addEventListener("input", (ev) => { if (ev.target.type !== "file") opnieuw(ev); });
    this.form.addEventListener("change", (ev) => { if (ev.target.type === "file" || ev.target.type === "checkbox") opnieuw(ev); });
    this.form.addEventListener("submit", (ev) => { ev.preventDefault(); opnieuw(); });
    // een bestand dat al gekozen was voor dit script liep (de pagina laadde nog): meteen meenemen
    const bestandVeld = this.form.querySelector('input[type="file"]');
    if (bestandVeld && bestandVeld.files && bestandVeld.files.length) opnieuw({ target: bestandVeld });
    const laden = this.wortel.querySelector(".rekenhulp-laden");
    try {
      await laadPython();
      if (laden) laden.hidden = true;
    } catch (e) {
      if (laden) laden.textContent = "De rekenhulp kon niet geladen worden.";
    }
    if (uitUrl && !this.gevraagd) await this.bereken();
    else if (!this.gevraagd) this.wortel.dataset.status = "klaar";
  }
}

// voor tests en metingen: dezelfde Python die de pagina gebruikt
window.zorgcontractRekenhulp = { laadPython };

for (const wortel of document.querySelectorAll(".rekenhulp[data-subopdracht]")) {
  const r = new Rekenhulp(wortel);
  wortel.rekenhulp = r;
  r.start();
}
