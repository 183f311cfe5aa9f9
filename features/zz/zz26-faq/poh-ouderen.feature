# language: nl
# Bron: ZZ FAQ 2026-2028, vraag over de rekentool POH-Ouderen.
Functionaliteit: FAQ 2026-2028 - normuren POH-Ouderen per staffel 75-plussers
  Alleen de staffel 10-15% 75-plussers staat in de bronnen: 6,4 normuren in 2025 en 7,68 in 2026.
  Een ander aandeel krijgt een foutmelding, geen verzonnen waarde.

  Regel: de staffel 10-15% geeft 6,4 normuren (2025) en 7,68 normuren (2026)

    # 250 / 2000 = 12,5% 75-plussers: binnen 10-15%
    @zz26-faq-poh-ouderen-normuren @I-ZZ26-FAQ-OUDEREN-EENHEID
    Abstract Scenario: 12,5% 75-plussers in <jaar>
      Gegeven een praktijk met 250 75-plussers op 2000 ingeschreven verzekerden
      Als de normuren POH-Ouderen voor <jaar> worden bepaald
      Dan zijn de normuren POH-Ouderen <normuren>
      En valt de praktijk in de staffel "10-15%"

      Voorbeelden:
        | jaar | normuren |
        | 2025 | 6,40     |
        | 2026 | 7,68     |

  Regel: 10% hoort bij de staffel, 15% niet

    # 200 / 2000 = 10% precies; 299 / 2000 = 14,95%
    @zz26-faq-poh-ouderen-normuren @I-ZZ26-FAQ-STAFFEL-GRENZEN
    Abstract Scenario: grenzen van de staffel (<plus75> van 2000)
      Gegeven een praktijk met <plus75> 75-plussers op 2000 ingeschreven verzekerden
      Als de normuren POH-Ouderen voor 2026 worden bepaald
      Dan zijn de normuren POH-Ouderen 7,68

      Voorbeelden:
        | plus75 |
        | 200    |
        | 299    |

    # 300 / 2000 = 15% precies: valt buiten de halfopen staffel; 199 / 2000 = 9,95%
    @zz26-faq-poh-ouderen-staffels @I-ZZ26-FAQ-STAFFEL-GRENZEN
    Abstract Scenario: een aandeel buiten 10-15% staat niet in de bronnen (<plus75> van 2000)
      Gegeven een praktijk met <plus75> 75-plussers op 2000 ingeschreven verzekerden
      Als de normuren POH-Ouderen voor 2026 worden bepaald
      Dan wordt de vraag geweigerd
      En noemt de foutmelding "staat niet in de brondocumenten"

      Voorbeelden:
        | plus75 |
        | 300    |
        | 199    |
        | 1000   |

    @zz26-faq-poh-ouderen-normuren @I-ZZ26-FAQ-OUDEREN-JAREN
    Scenario: voor 2027 noemt de FAQ geen normuren
      Gegeven een praktijk met 250 75-plussers op 2000 ingeschreven verzekerden
      Als de normuren POH-Ouderen voor 2027 worden bepaald
      Dan wordt de vraag geweigerd
      En noemt de foutmelding "alleen voor 2025 en 2026"

    @zz26-faq-poh-ouderen-normuren
    Scenario: meer 75-plussers dan ingeschreven verzekerden wordt geweigerd
      Gegeven een praktijk met 2001 75-plussers op 2000 ingeschreven verzekerden
      Als de normuren POH-Ouderen voor 2026 worden bepaald
      Dan wordt de invoer geweigerd voor het veld "aantal-75plus"
