# language: nl
# Bron: Zilveren Kruis, Inkoopbeleid huisartsenzorg 2022-2023, vergoeding POH-GGZ, par. 2 en 4.
# 12 uur POH-GGZ per week per praktijk van 2350 patiënten, uitgaande van 10 uur patiëntcontact, 1 uur
# externe consultatie en 1 uur eHealth; meer dan 12 uur (per 2350) wordt individueel beoordeeld.
Functionaliteit: Zilveren Kruis 2022-2023 - uren en voorwaarden POH-GGZ

  Regel: de normuren schalen met de praktijkgrootte, de verdeling 10/1/1 schaalt mee

    # uren = 12 × N ÷ 2350.
    # 2350: 12.   4700: 24.   1175: 6.   3000: 36000 ÷ 2350 = 15,31914...
    @zk22-inkoop-ggz-uren @I-ZK22-INKOOP-GGZ-NORM
    Abstract Scenario: normuren POH-GGZ voor <ingeschreven> patiënten
      Gegeven een praktijk met <ingeschreven> ingeschreven patiënten
      Als de uren POH-GGZ voor 2022 worden berekend
      Dan zijn de normuren POH-GGZ per week <uren>

      Voorbeelden:
        | ingeschreven | uren        |
        | 2350         | 12 uur      |
        | 4700         | 24 uur      |
        | 1175         | 6 uur       |
        | 3000         | 15,3191 uur |

    # patiëntcontact = 10 × N ÷ 2350; consultatie = eHealth = 1 × N ÷ 2350.
    # 2350: 10; 1; 1.   4700: 20; 2; 2.   1175: 5; 0,5; 0,5.
    # 3000: 30000 ÷ 2350 = 12,76595...; 3000 ÷ 2350 = 1,276595...
    @zk22-inkoop-ggz-uren @I-ZK22-INKOOP-GGZ-VERDELING
    Abstract Scenario: verdeling 10/1/1 van de normuren POH-GGZ voor <ingeschreven> patiënten
      Gegeven een praktijk met <ingeschreven> ingeschreven patiënten
      Als de uren POH-GGZ voor 2022 worden berekend
      Dan is het patiëntcontact <contact>
      En is de externe consultatie <consultatie>
      En is de eHealth-tijd <ehealth>

      Voorbeelden:
        | ingeschreven | contact     | consultatie | ehealth    |
        | 2350         | 10 uur      | 1 uur       | 1 uur      |
        | 4700         | 20 uur      | 2 uur       | 2 uur      |
        | 1175         | 5 uur       | 0,5 uur     | 0,5 uur    |
        | 3000         | 12,7660 uur | 1,2766 uur  | 1,2766 uur |

    # 2350 patiënten: norm 12 uur. Gevraagd 14 uur: 14 − 12 = 2 uur extra, individueel beoordeeld.
    @zk22-inkoop-ggz-uren
    Scenario: meer uren dan de norm worden individueel beoordeeld
      Gegeven een praktijk met 2350 ingeschreven patiënten
      En de praktijk vraagt 14 uur POH-GGZ per week
      Als de uren POH-GGZ voor 2023 worden berekend
      Dan wordt 2 uur extra POH-GGZ individueel beoordeeld

    # 2350 patiënten: norm 12 uur; gevraagd precies 12 uur: niets boven de norm.
    @zk22-inkoop-ggz-uren
    Scenario: precies de normuren vragen vraagt geen individuele beoordeling
      Gegeven een praktijk met 2350 ingeschreven patiënten
      En de praktijk vraagt 12 uur POH-GGZ per week
      Als de uren POH-GGZ voor 2022 worden berekend
      Dan is er geen individuele beoordeling POH-GGZ nodig

    @zk22-inkoop-ggz-uren
    Scenario: een jaar buiten de contractperiode wordt geweigerd
      Gegeven een praktijk met 2350 ingeschreven patiënten
      Als de uren POH-GGZ voor 2024 worden berekend
      Dan wordt de invoer geweigerd voor het veld "jaar"
      En noemt de foutmelding "contractperiode 2022-2023"

    @zk22-inkoop-ggz-uren
    Scenario: een praktijk zonder ingeschreven patiënten wordt geweigerd
      Gegeven een praktijk met 0 ingeschreven patiënten
      Als de uren POH-GGZ voor 2022 worden berekend
      Dan wordt de invoer geweigerd voor het veld "ingeschreven"

  Regel: voorwaarden aan de POH-GGZ

    @zk22-inkoop-ggz-voorwaarden
    Scenario: een POH-GGZ zonder werkruimte in de praktijk voldoet niet
      Gegeven een POH-GGZ met:
        | gegeven                                             | waarde |
        | opleiding en competenties van de eigen beroepsgroep | ja     |
        | werkruimte in de praktijk                           | nee    |
        | werkt in het HIS of KIS                             | ja     |
      Als de voorwaarden aan de POH-GGZ worden getoetst
      Dan is niet aan de voorwaarden voldaan
      En geeft het oordeel 1 reden
      En noemt de reden "geen werkruimte of spreekkamer in de praktijk"
      En verwijst het oordeel naar "vergoeding POH-GGZ, par. 2"

    @zk22-inkoop-ggz-voorwaarden
    Scenario: een POH-GGZ die aan alle voorwaarden voldoet
      Gegeven een POH-GGZ met:
        | gegeven                                             | waarde |
        | opleiding en competenties van de eigen beroepsgroep | ja     |
        | werkruimte in de praktijk                           | ja     |
        | werkt in het HIS of KIS                             | ja     |
      Als de voorwaarden aan de POH-GGZ worden getoetst
      Dan is aan de voorwaarden voldaan
