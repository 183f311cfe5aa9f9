# language: nl
# Bron: ZZ FAQ 2026-2028, vraag wanneer een (vervolg)behandelwensgesprek en wanneer een regulier consult.
# De FAQ noemt geen prestatiecode: de declaratiecontrole gebruikt de symbolische code 'behandelwensgesprek'.
Functionaliteit: FAQ 2026-2028 - behandelwensgesprek of regulier consult
  Apart declarabel (segment 3) als de huisarts het nodig vindt en de (na)scholing van de regio-organisatie
  volgde; ook bij kwetsbare patiënten met een levensverwachting van meer dan een jaar. Anders een regulier consult.

  Regel: nodig én nascholing

    @zz26-faq-behandelwensgesprek
    Abstract Scenario: behandelwensgesprek met kenmerken "<kenmerken>"
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode       | datum      | uitvoerder | kenmerken   |
        | 1     | behandelwensgesprek | 2026-03-03 | huisarts   | <kenmerken> |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel 1 <oordeel>
      En noemt het oordeel over declaratieregel 1 "<reden>"

      Voorbeelden:
        | kenmerken        | oordeel         | reden                                          |
        | nascholing nodig | toegestaan      | de huisarts acht het behandelwensgesprek nodig |
        | nodig            | niet toegestaan | (na)scholing van de regio-organisatie          |
        | nascholing       | niet toegestaan | het valt binnen het reguliere consult          |

    # de levensverwachting is geen voorwaarde: een kwetsbare patiënt met meer dan een jaar te leven telt ook,
    # als de huisarts het gesprek nodig vindt; de invoer kent daarom geen veld voor de levensverwachting
    @zz26-faq-behandelwensgesprek
    Scenario: een niet-kwetsbare patiënt vraagt zelf om het gesprek: regulier consult
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode       | datum      | uitvoerder | kenmerken  |
        | 1     | behandelwensgesprek | 2026-03-03 | huisarts   | nascholing |
        | 2     | consult             | 2026-03-04 | huisarts   |            |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel 1 niet toegestaan
      En is declaratieregel 2 toegestaan

    @zz26-faq-behandelwensgesprek
    Scenario: het behandelwensgesprek is van de huisarts
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode       | datum      | uitvoerder  | kenmerken        |
        | 1     | behandelwensgesprek | 2026-03-03 | poh-ouderen | nascholing nodig |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel 1 niet toegestaan
