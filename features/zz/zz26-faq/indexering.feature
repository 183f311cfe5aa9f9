# language: nl
# Bron: ZZ FAQ 2026-2028, vraag over de indexering van de tarieven. Verwachte waarden met de hand.
Functionaliteit: FAQ 2026-2028 - indexering van de tarieven
  Vrije tarieven stijgen in 2026 met 6,1%. M&I-tarieven krijgen voor 2026 een nieuwe basis (Vektis-gemiddelde,
  niet in de bronnen); voor 2027 en 2028 noemt de FAQ alleen 'reguliere indexering', zonder percentage.

  Regel: een vrij tarief gaat in 2026 omhoog met 6,1%, op centen afgerond

    # 10,00 × 1,061 = 10,61 (precies)
    @zz26-faq-indexering
    Scenario: een vrij tarief van tien euro
      Als een vrij tarief van € 10,00 naar 2026 wordt geïndexeerd
      Dan is het geïndexeerde tarief € 10,61

    # 12,35 × 1,061 = 13,10335 -> half omhoog op centen: 13,10
    # 4,25 × 1,061 = 4,50925 -> 4,51
    # 0,00 × 1,061 = 0,00
    @zz26-faq-indexering @I-ZZ26-FAQ-INDEX-AFRONDING
    Abstract Scenario: afronden op hele centen, half omhoog (<oud>)
      Als een vrij tarief van <oud> naar 2026 wordt geïndexeerd
      Dan is het geïndexeerde tarief <nieuw>

      Voorbeelden:
        | oud     | nieuw   |
        | € 12,35 | € 13,10 |
        | € 4,25  | € 4,51  |
        | € 0,00  | € 0,00  |

  Regel: wat de bronnen niet noemen, geeft een foutmelding

    @zz26-faq-indexering @I-ZZ26-FAQ-INDEX-2027
    Scenario: het percentage voor 2027 staat niet in de bronnen
      Als een vrij tarief van € 10,00 naar 2027 wordt geïndexeerd
      Dan wordt de vraag geweigerd
      En noemt de foutmelding "reguliere indexering"

    @zz26-faq-indexering @I-ZZ26-FAQ-INDEX-2027
    Scenario: een M&I-tarief wordt in 2026 niet geïndexeerd maar opnieuw vastgesteld
      Als een M&I tarief van € 10,00 naar 2026 wordt geïndexeerd
      Dan wordt de vraag geweigerd
      En noemt de foutmelding "Vektis-gemiddelde"

    @zz26-faq-indexering
    Scenario: een gereguleerd tarief volgt de NZa
      Als een gereguleerd tarief van € 10,00 naar 2026 wordt geïndexeerd
      Dan wordt de vraag geweigerd
      En noemt de foutmelding "NZa-maximumtarief"

    @zz26-faq-indexering
    Scenario: een negatief tarief wordt geweigerd
      Als een vrij tarief van € -1,00 naar 2026 wordt geïndexeerd
      Dan wordt de invoer geweigerd voor het veld "tarief"
