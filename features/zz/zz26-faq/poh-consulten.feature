# language: nl
# Bron: ZZ FAQ 2026-2028, vraag of POH-Somatiek en POH-Ouderen consulten mogen declareren; ZZ POH-S art. 5 lid 2.
Functionaliteit: FAQ 2026-2028 - consulten door POH-S en POH-Ouderen
  De opslag betaalt de uren uit de rekentool volledig. Alleen voor uren daarboven, aantoonbaar in de
  administratie, mag de POH een consult declareren.

  Regel: alleen boven de opslaguren en aantoonbaar

    @zz26-faq-poh-consulten @I-ZZ26-FAQ-POH-CONSULT
    Abstract Scenario: consult door de <functie> met kenmerken "<kenmerken>"
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode | datum      | uitvoerder | kenmerken   |
        | 1     | consult       | 2026-09-01 | <functie>  | <kenmerken> |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel 1 <oordeel>

      Voorbeelden:
        | functie     | kenmerken                    | oordeel         |
        | poh-s       | boven-opslaguren aantoonbaar | toegestaan      |
        | poh-s       | boven-opslaguren             | niet toegestaan |
        | poh-s       |                              | niet toegestaan |
        | poh-ouderen | boven-opslaguren aantoonbaar | toegestaan      |
        | poh-ouderen | aantoonbaar                  | niet toegestaan |

    @zz26-faq-poh-consulten @I-ZZ26-FAQ-POH-CONSULT
    Scenario: een POH-S-consult binnen de opslaguren is ook volgens de bijlage dubbele bekostiging
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode | datum      | uitvoerder | kenmerken    |
        | 1     | consult       | 2026-09-01 | poh-s      | poh-s-module |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel 1 niet toegestaan
      En noemt het oordeel over declaratieregel 1 "volledig betaald door de opslag"
      En citeert het oordeel over declaratieregel 1 "ZZ POH-S 2026-2028, art. 5, lid 2"
