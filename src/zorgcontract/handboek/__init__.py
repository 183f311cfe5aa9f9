"""Het handboek: genereert de bronpagina's (MyST-markdown) voor Jupyter Book uit de scenario's in
``features/``, het contractregister, het interpretatieregister en de uitslagen van de laatste run
(het uitslagenrecord ``reports/uitslagen.json``, geschreven door ``steps/uitslagen_plugin.py``).

Opbouw:

- ``gherkin``: de ene lezer ``zorgcontract.kern.gherkin`` (gherkin-official), met de ``#``-handberekeningen;
- ``uitslagen``: leest het uitslagenrecord (per scenario en voorbeeldrij, op bestand en regelnummer) en
  schrijft de sectie 'Verschil met de vorige run';
- ``paginas``: schrijft de pagina's (per document, per artikel/vraag/module, interpretaties, dekking);
- ``weergave``: hulpfuncties voor de rekenvoorbeelden (uitlegtabellen in Nederlandse notatie);
- ``__main__``: ``python -m zorgcontract.handboek`` (zie ``--help``).

Het handboek leest alleen uit het project zelf (features/, het pakket en reports/), nooit daarbuiten.
"""
