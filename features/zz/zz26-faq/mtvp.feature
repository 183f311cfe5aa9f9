# language: nl
# Bron: ZZ FAQ 2026-2028, vraag over Meer tijd voor de patiënt (MTVP). Symbolische code 'mtvp'.
Functionaliteit: FAQ 2026-2028 - Meer tijd voor de patiënt
  De segment-1-vergoeding MTVP blijft; aanspraak via aanmelding bij de regio-organisatie. De inhoudelijke
  verplichtingen (leidraad, interventies, intervisie) zijn niet formaliseerbaar.

  Regel: alleen na aanmelding bij de regio-organisatie

    @zz26-faq-mtvp
    Scenario: met en zonder aanmelding
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode | datum      | uitvoerder | kenmerken       |
        | 1     | mtvp          | 2026-01-15 | praktijk   | aangemeld-regio |
        | 2     | mtvp          | 2026-01-15 | praktijk   |                 |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel 1 toegestaan
      En is declaratieregel 2 niet toegestaan
      En noemt het oordeel over declaratieregel 2 "regio-organisatie"
