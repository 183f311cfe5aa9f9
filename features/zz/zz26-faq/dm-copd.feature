# language: nl
# Bron: ZZ FAQ 2026-2028, vraag over de prestaties 13029, 13030 en 13031.
Functionaliteit: FAQ 2026-2028 - DM- en COPD-prestaties 13029, 13030, 13031
  Alleen als de huisarts de zorg zelf doet: 13029 en 13031 per jaar per verzekerde, 13030 eenmalig. Doet de
  POH-S het, dan valt het onder de module POH-S (dubbele bekostiging).

  Regel: per jaar, eenmalig, en alleen door de huisarts

    @zz26-faq-dm-copd @I-ZZ26-FAQ-DM-JAAR
    Scenario: 13029 en 13031 één keer per kalenderjaar
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode | datum      | uitvoerder | kenmerken    |
        | 1     | 13029         | 2026-02-10 | huisarts   | poh-s-module |
        | 2     | 13029         | 2026-11-03 | huisarts   | poh-s-module |
        | 3     | 13029         | 2027-01-05 | huisarts   | poh-s-module |
        | 4     | 13031         | 2026-12-31 | huisarts   |              |
        | 5     | 13031         | 2027-01-01 | huisarts   |              |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel 1 toegestaan
      En is declaratieregel 2 niet toegestaan
      En noemt het oordeel over declaratieregel 2 "één keer per kalenderjaar"
      En is declaratieregel 3 toegestaan
      En is declaratieregel 4 toegestaan
      En is declaratieregel 5 toegestaan

    @zz26-faq-dm-copd @I-ZZ26-FAQ-DM-EENMALIG
    Scenario: 13030 eenmalig per verzekerde, ook in een ander jaar
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode | datum      | uitvoerder |
        | 1     | 13030         | 2026-04-01 | huisarts   |
        | 2     | 13030         | 2028-04-01 | huisarts   |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel 1 toegestaan
      En is declaratieregel 2 niet toegestaan

    @zz26-faq-dm-copd
    Abstract Scenario: <code> uitgevoerd door <uitvoerder>
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode | datum      | uitvoerder   | kenmerken    |
        | 1     | <code>        | 2026-04-01 | <uitvoerder> | poh-s-module |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel 1 niet toegestaan
      En noemt het oordeel over declaratieregel 1 "<reden>"

      Voorbeelden:
        | code  | uitvoerder  | reden                  |
        | 13029 | poh-s       | dubbele bekostiging    |
        | 13031 | poh-s       | dubbele bekostiging    |
        | 13030 | poh-s       | dubbele bekostiging    |
        | 13029 | poh-ouderen | de huisarts het zelf   |

    @zz26-faq-dm-copd
    Scenario: een geweigerde declaratie telt niet mee voor het jaar
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode | datum      | uitvoerder |
        | 1     | 13029         | 2026-02-10 | poh-s      |
        | 2     | 13029         | 2026-03-10 | huisarts   |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel 1 niet toegestaan
      En is declaratieregel 2 toegestaan
