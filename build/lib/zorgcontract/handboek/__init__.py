"""Het handboek: genereert de bronpagina's (MyST-markdown) voor Jupyter Book uit de scenario's in
``features/``, het contractregister, het interpretatieregister en de uitslagen van de laatste run
(``reports/cucumber.json``).

Opbouw:

- ``gherkin``: leest de .feature-bestanden (met de parser van pytest-bdd) plus de ``#``-handberekeningen;
- ``uitslagen``: leest cucumber.json en koppelt elk resultaat aan scenario en voorbeeldregel;
- ``paginas``: schrijft de pagina's (per document, per artikel/vraag/module, interpretaties, dekking);
- ``weergave``: hulpfuncties voor de rekenvoorbeelden (uitlegtabellen in Nederlandse notatie);
- ``__main__``: ``python -m zorgcontract.handboek`` (zie ``--help``).

Het handboek leest alleen uit het project zelf (features/, het pakket en reports/), nooit daarbuiten.
"""
