# language: nl
# Bron: Zorg en Zekerheid, Bijlage voorwaarden POH-GGZ 2026-2028, artikel 3 en 4, en de FAQ 2026-2028
# over coulance. Niet als scenario: art. 4 lid 6 (recht van de verzekeraar om stukken op te vragen) en
# art. 3 lid 2 ('voldoende' ruimte: een oordeel). Lid 4 (afwezigheid): zie artikel 6, lid 3d.
# Artikel 1 (doel) en artikel 2 lid 1-5 (samenwerking, vastleggingen, sociaal domein, regionale
# afspraken) zijn doelen en inspanningen zonder toetsbaar criterium: bewust niet geformaliseerd; de reden
# per lid staat in het contractregister (zz26-pohggz-a1, zz26-pohggz-a2-l1 t/m l5).
Functionaliteit: POH-GGZ artikel 3 en 4 - eisen aan de praktijkondersteuner GGZ

  Regel: overeenkomst, opleiding, taakomschrijving en werkplek (art. 3 lid 1, art. 4 lid 1-3)

    @zz26-pohggz-a4-l1 @zz26-pohggz-a4-l2 @zz26-pohggz-a4-l3 @zz26-pohggz-a3-l1
    Abstract Scenario: voldoet de POH-GGZ aan de eisen
      Gegeven een POH-GGZ met opleiding "<opleiding>" en een "<overeenkomst>"
      En de taakomschrijving is <taak> vastgelegd en er is <werkplek> eigen werkplek
      Als op 1 januari 2026 wordt beoordeeld of de POH-GGZ aan artikel 3 en 4 voldoet
      Dan mag dat <uitkomst>

      Voorbeelden:
        | opleiding       | overeenkomst        | taak | werkplek | uitkomst |
        | erkende-poh-ggz | arbeidsovereenkomst | wel  | wel      | wel      |
        | basispsycholoog | detachering         | wel  | wel      | wel      |
        | spv             | arbeidsovereenkomst | wel  | wel      | wel      |
        | anders          | arbeidsovereenkomst | wel  | wel      | niet     |
        | spv             | geen                | wel  | wel      | niet     |
        | spv             | arbeidsovereenkomst | niet | wel      | niet     |
        | spv             | arbeidsovereenkomst | wel  | geen     | niet     |

  Regel: een POH-GGZ in opleiding telt mee vanaf het kwartaal na de start (art. 4 lid 5)

    @zz26-pohggz-a4-l5 @I-ZZ26-FAQ-COULANCE-KWARTAAL
    Abstract Scenario: coulance voor een POH-GGZ in opleiding
      Gegeven een POH-GGZ in opleiding sinds <start>
      Als de coulance wordt bepaald
      Dan gaat de vergoeding in op <vanaf>

      Voorbeelden:
        | start            | vanaf          |
        | 1 januari 2026   | 1 april 2026   |
        | 30 juni 2026     | 1 juli 2026    |
        | 1 juli 2026      | 1 oktober 2026 |
        | 31 december 2027 | 1 januari 2028 |

    @zz26-pohggz-a4-l5 @I-ZZ26-POHGGZ-VERKENNEND
    Scenario: geen coulance als dezelfde POH-GGZ het verkennend gesprek doet
      Gegeven een POH-GGZ in opleiding sinds 1 maart 2026
      En dezelfde POH-GGZ doet ook het verkennend gesprek
      Als de coulance wordt bepaald
      Dan is er geen coulancevergoeding

  Regel: afwezigheid melden na twee maanden (art. 4 lid 4)

    @zz26-pohggz-a4-l4 @I-ZZ26-POHS-MELDTERMIJN
    Scenario: geen oplossing na twee maanden
      Gegeven de POH is afwezig sinds 31 december 2026
      En er is nog geen oplossing
      Als op 28 februari 2027 wordt bekeken of de afwezigheid gemeld moet worden
      Dan is melden nodig
