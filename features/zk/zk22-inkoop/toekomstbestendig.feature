# language: nl
# Bron: Zilveren Kruis, Inkoopbeleid huisartsenzorg 2022-2023, prestatie Toekomstbestendige huisartsenzorg, par. 2.
Functionaliteit: Zilveren Kruis 2022-2023 - Toekomstbestendige huisartsenzorg, doelstellingen A-D

  Regel: per doelstelling eigen voorwaarden, daarnaast de algemene

    @zk22-inkoop-thz-a @zk22-inkoop-thz-algemeen
    Scenario: doelstelling A met meer digitale middelen
      Gegeven de ZK-gegevens:
        | veld                  | waarde |
        | doelstellingen        | A      |
        | meer_digitale_middelen | ja    |
      Als de ZK-toets "toekomstbestendig" wordt uitgevoerd
      Dan is aan de ZK-voorwaarden voldaan

    @zk22-inkoop-thz-b
    Scenario: doelstelling B met extra tijd voor de doktersassistent voldoet niet
      Gegeven de ZK-gegevens:
        | veld           | waarde           |
        | doelstellingen | B                |
        | professional   | doktersassistent |
      Als de ZK-toets "toekomstbestendig" wordt uitgevoerd
      Dan is niet aan de ZK-voorwaarden voldaan
      En noemt het ZK-oordeel "doktersassistent"

    @zk22-inkoop-thz-b
    Abstract Scenario: welke professional komt bij doelstelling B in aanmerking: <professional>
      Gegeven de ZK-gegevens:
        | veld         | waarde         |
        | professional | <professional> |
      Als de ZK-toets "toekomstbestendig professional B" wordt uitgevoerd
      Dan is <oordeel> aan de ZK-voorwaarden voldaan

      Voorbeelden:
        | professional              | oordeel |
        | doktersassistent          | niet    |
        | physician-assistant       | wel     |
        | verpleegkundig-specialist | wel     |
        | praktijkverpleegkundige   | wel     |
        | waarnemend-huisarts       | wel     |
        | andere-medewerker         | wel     |

    @zk22-inkoop-thz-c
    Scenario: doelstelling C zonder vast concept voldoet niet
      Gegeven de ZK-gegevens:
        | veld           | waarde |
        | doelstellingen | C      |
        | vast_concept   | nee    |
      Als de ZK-toets "toekomstbestendig" wordt uitgevoerd
      Dan is niet aan de ZK-voorwaarden voldaan
      En noemt het ZK-oordeel "vast concept"

    @zk22-inkoop-thz-d @zk22-inkoop-thz-algemeen
    Scenario: doelstelling D zonder medewerking aan de analyse voldoet niet
      Gegeven de ZK-gegevens:
        | veld                          | waarde |
        | doelstellingen                | D      |
        | praktijkscan_en_verbeteringen | ja     |
        | werkt_mee_aan_analyse         | nee    |
      Als de ZK-toets "toekomstbestendig" wordt uitgevoerd
      Dan is niet aan de ZK-voorwaarden voldaan
      En geeft het ZK-oordeel 1 reden
      En noemt het ZK-oordeel "analyse"

  Regel: uitsluiting pilots en de voorkeur voor één doelstelling

    @zk22-inkoop-thz-pilot
    Scenario: een praktijk in de pilots Krachtige Basiszorg is uitgesloten
      Gegeven de ZK-gegevens:
        | veld                      | waarde |
        | doelstellingen            | C      |
        | vast_concept              | ja     |
        | pilot_krachtige_basiszorg | ja     |
      Als de ZK-toets "toekomstbestendig" wordt uitgevoerd
      Dan is niet aan de ZK-voorwaarden voldaan
      En noemt het ZK-oordeel "pilots Krachtige Basiszorg"

    @zk22-inkoop-thz-algemeen @I-ZK22-INKOOP-THZ-EEN
    Scenario: twee doelstellingen mogen, met een opmerking over de voorkeur voor één
      Gegeven de ZK-gegevens:
        | veld                          | waarde |
        | doelstellingen                | A; D   |
        | meer_digitale_middelen        | ja     |
        | praktijkscan_en_verbeteringen | ja     |
      Als de ZK-toets "toekomstbestendig" wordt uitgevoerd
      Dan is aan de ZK-voorwaarden voldaan
      En noemt het ZK-oordeel "voorkeur aan één"

    @zk22-inkoop-thz-algemeen
    Scenario: zonder gekozen doelstelling geen deelname
      Gegeven de ZK-gegevens:
        | veld           | waarde |
        | doelstellingen | geen   |
      Als de ZK-toets "toekomstbestendig" wordt uitgevoerd
      Dan is niet aan de ZK-voorwaarden voldaan
      En noemt het ZK-oordeel "geen doelstelling"
