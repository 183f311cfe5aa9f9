# language: nl
# Bron: ZZ FAQ 2026-2028, vraag over de prestatie meedenkadvies medisch specialistische zorg. De FAQ noemt geen
# prestatiecodes: de declaratiecontrole gebruikt de symbolische codes meedenkadvies, meedenkconsult, meekijkconsult.
Functionaliteit: FAQ 2026-2028 - meedenkadvies in plaats van meedenkconsulten
  Vanaf 2026 is het meedenkadvies een segment-1-prestatie; de segment-3-meedenkconsulten vervallen, behalve het
  selectief ingekochte meekijkconsult.

  Regel: meedenkadvies wel, meedenkconsult niet, meekijkconsult alleen als het ingekocht is

    @zz26-faq-meedenkadvies
    Scenario: de drie prestaties in 2026
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode  | datum      | uitvoerder | kenmerken           |
        | 1     | meedenkadvies  | 2026-02-01 | huisarts   |                     |
        | 2     | meedenkconsult | 2026-02-01 | huisarts   |                     |
        | 3     | meekijkconsult | 2026-02-01 | huisarts   |                     |
        | 4     | meekijkconsult | 2026-02-02 | huisarts   | selectief-ingekocht |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel 1 toegestaan
      En is declaratieregel 2 niet toegestaan
      En noemt het oordeel over declaratieregel 2 "vervallen"
      En is declaratieregel 3 niet toegestaan
      En is declaratieregel 4 toegestaan

    @zz26-faq-meedenkadvies
    Scenario: de uitspraak over meedenkconsulten geldt vanaf 2026
      Als de uitspraak over "meedenkconsulten" op 1 januari 2026 wordt opgezocht
      Dan komt de uitspraak uit het document "zz26-faq"
      En zegt de uitspraak "meekijkconsult"

  Regel: geen meedenkadvies voor de beoordeling van één enkel diagnostisch onderzoek

    # De FAQ: het meedenkadvies gaat niet over het laten beoordelen van enkelvoudige diagnostische onderzoeken,
    # wel over vragen aan de specialist die een verwijzing kunnen voorkomen. Regel 1: een casusvraag - toegestaan.
    # Regel 2: alleen een ECG laten beoordelen (kenmerk enkelvoudig diagnostisch onderzoek) - niet toegestaan.
    @zz26-faq-meedenkadvies @I-ZZ26-FAQ-MEEDENK-ENKELVOUDIG
    Scenario: meedenkadvies voor een casusvraag en voor één ECG
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode | datum      | uitvoerder | kenmerken                          |
        | 1     | meedenkadvies | 2026-03-02 | huisarts   |                                    |
        | 2     | meedenkadvies | 2026-03-03 | huisarts   | enkelvoudig-diagnostisch-onderzoek |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel 1 toegestaan
      En is declaratieregel 2 niet toegestaan
      En noemt het oordeel over declaratieregel 2 "één enkel diagnostisch onderzoek"

