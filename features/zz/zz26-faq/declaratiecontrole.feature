# language: nl
# Bron: de FAQ 2026-2028 samen met de bijlagen POH-S (31080) en POH-GGZ (11201, 31343, 12116).
# Deze scenario's toetsen de declaratiecontrole als geheel: codes uit de bijlagen en foute regels.
Functionaliteit: FAQ 2026-2028 - de declaratiecontrole brengt de regels samen
  Per regel: toegestaan of niet, met reden en bron. Een foute regel krijgt een foutmelding; de andere regels
  worden gewoon beoordeeld.

  Regel: codes uit de bijlagen

    # start overeenkomst 10 februari 2026 -> eerste kwartaalstart na februari: 1 april 2026
    @zz26-faq-dm-copd @zz26-faq-poh-consulten
    Scenario: de module POH-S eens per kwartaal, vanaf de declaratiestart
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode | datum      | uitvoerder | context                       |
        | m1    | 31080         | 2026-03-01 | praktijk   | start-overeenkomst=2026-02-10 |
        | m2    | 31080         | 2026-04-01 | praktijk   | start-overeenkomst=2026-02-10 |
        | m3    | 31080         | 2026-05-01 | praktijk   | start-overeenkomst=2026-02-10 |
        | dm    | 13029         | 2026-05-02 | huisarts   | poh-s-module                  |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel m1 niet toegestaan
      En noemt het oordeel over declaratieregel m1 "pas vanaf 2026-04-01"
      En is declaratieregel m2 toegestaan
      En is declaratieregel m3 niet toegestaan
      En is declaratieregel dm toegestaan

    # 12116: ten hoogste 8 deelnemers, alleen met toestemming (bijlage POH-GGZ art. 6 lid 5)
    @zz26-faq-poh-consulten
    Scenario: POH-GGZ-module, aanvullend moduletarief en groepsconsult
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode | datum      | uitvoerder | context     | deelnemers |
        | g1    | 11201         | 2026-04-01 | praktijk   |             |            |
        | g2    | 31343         | 2026-04-01 | praktijk   | toestemming |            |
        | g3    | 31343         | 2026-07-01 | praktijk   | toestemming |            |
        | g4    | 12116         | 2026-05-01 | poh-ggz    | toestemming | 8          |
        | g5    | 12116         | 2026-05-08 | poh-ggz    | toestemming | 9          |
        | g6    | 12116         | 2026-05-15 | poh-ggz    |             | 6          |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel g1 toegestaan
      En is declaratieregel g2 toegestaan
      En is declaratieregel g3 niet toegestaan
      En noemt het oordeel over declaratieregel g3 "eerst 11201"
      En is declaratieregel g4 toegestaan
      En is declaratieregel g5 niet toegestaan
      En citeert het oordeel over declaratieregel g5 "ZZ POH-GGZ 2026-2028, art. 6, lid 5e"
      En is declaratieregel g6 niet toegestaan

  Regel: een foute regel stopt de rest niet

    @zz26-faq-scen @zz26-faq-dm-copd
    Scenario: onbekende code, foute datum, onbekend kenmerk, buiten de periode
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode | datum      | uitvoerder | context      |
        | x1    | 99999         | 2026-01-05 | huisarts   |              |
        | x2    | 13029         | 2026-02-30 | huisarts   |              |
        | x3    | 13029         | 2026-03-01 | huisarts   | spoed        |
        | x4    | 13029         | 2025-03-01 | huisarts   |              |
        | x5    | 12116         | 2026-03-01 | poh-ggz    | toestemming  |
        | ok    | 12815         | 2026-03-01 | scen-arts  | huisartsenovereenkomst |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan geeft declaratieregel x1 de fout "'99999' is geen prestatiecode"
      En geeft declaratieregel x2 de fout "'2026-02-30' is geen geldige datum"
      En geeft declaratieregel x3 de fout "'spoed' is geen bekend kenmerk"
      En geeft declaratieregel x4 de fout "valt buiten 2026-2028"
      En geeft declaratieregel x5 de fout "deelnemers"
      En is declaratieregel ok toegestaan
