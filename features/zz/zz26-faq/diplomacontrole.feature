# language: nl
# Bron: ZZ FAQ 2026-2028, vraag waarom geen diploma's en arbeidsovereenkomsten meer worden opgevraagd.
Functionaliteit: FAQ 2026-2028 - diplomacontrole van vooraf naar achteraf
  In 2023-2025 werden diploma's en arbeidsovereenkomsten vooraf gecontroleerd; vanaf 2026 niet meer vooraf.
  De FAQ 2026-2028 levert de uitspraak voor beide perioden.

  Regel: de controle verschuift per 2026

    @zz26-faq-diplomacontrole @I-ZZ26-FAQ-DIPLOMA-PERIODE
    Abstract Scenario: diplomacontrole op <datum>
      Als de uitspraak over "diplomacontrole" op <datum> wordt opgezocht
      Dan komt de uitspraak uit het document "zz26-faq"
      En is de controle volgens de uitspraak <moment>

      Voorbeelden:
        | datum            | moment   |
        | 1 januari 2023   | vooraf   |
        | 31 december 2025 | vooraf   |
        | 1 januari 2026   | achteraf |
        | 31 december 2028 | achteraf |

    @zz26-faq-diplomacontrole
    Scenario: na 2028 zeggen de bronnen niets
      Als de uitspraak over "diplomacontrole" op 1 januari 2029 wordt opgezocht
      Dan wordt de vraag geweigerd
      En noemt de foutmelding "1 januari 2029"
