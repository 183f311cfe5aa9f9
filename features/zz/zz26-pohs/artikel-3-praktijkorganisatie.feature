# language: nl
# Bron: Zorg en Zekerheid, Bijlage voorwaarden POH-S 2026-2028, artikel 3 (Voorwaarden praktijkorganisatie).
# Lid 2 en 3 ('voldoende' assistentie en ruimte naar de normen van de beroepsgroep) zijn een oordeel,
# geen toetsbaar feit: niet geformaliseerd (zie het contractregister).
# Artikel 1 (definitie zorgprogramma) en artikel 2 lid 1-4 (doel, werkwijze, samenwerking, regionale
# afspraken) zijn doelen en inspanningen zonder toetsbaar criterium: bewust niet geformaliseerd; de reden
# per lid staat in het contractregister (zz26-pohs-a1, zz26-pohs-a2-l1 t/m l4).
Functionaliteit: POH-S artikel 3 - de praktijk biedt de POH-S een eigen werkplek

  Regel: de praktijk biedt de POH-S een eigen werkplek (lid 1)

    @zz26-pohs-a3-l1
    Scenario: zonder eigen werkplek voldoet de praktijk niet
      Gegeven een POH-S met opleiding "hbo-v" en een "arbeidsovereenkomst"
      En de POH-S heeft geen eigen werkplek in de praktijk
      Als op 1 januari 2026 wordt beoordeeld of de POH-S aan artikel 3 en 4 voldoet
      Dan mag dat niet
      En noemt de reden "eigen werkplek"
