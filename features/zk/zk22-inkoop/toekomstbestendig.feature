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

  Regel: doelstelling B - vanaf 2022 consulten voor het patiëntgebonden zorgdeel

    # Inleiding (belangrijkste wijzigingen t.o.v. 2021): bij B gaan de gelden naar het organisatiedeel; voor het
    # patiëntgebonden zorgdeel mogen de professionals vanaf 2022 consulten declareren.
    @zk22-inkoop-thz-b-consult @I-ZK22-INKOOP-THZ-B-CONSULT
    Abstract Scenario: consult door de <professional> voor <soort tijd> tijd op <datum>
      Gegeven de ZK-gegevens:
        | veld         | waarde         |
        | professional | <professional> |
        | soort tijd   | <soort tijd>   |
        | datum        | <datum>        |
      Als de ZK-toets "toekomstbestendig consult B" wordt uitgevoerd
      Dan is <oordeel> aan de ZK-voorwaarden voldaan

      Voorbeelden:
        | professional              | soort tijd      | datum            | oordeel |
        | praktijkverpleegkundige   | patiëntgebonden | 3 januari 2022   | wel     |
        | physician-assistant       | patiëntgebonden | 31 december 2023 | wel     |
        | praktijkverpleegkundige   | organisatie     | 1 maart 2022     | niet    |
        | doktersassistent          | patiëntgebonden | 1 maart 2022     | niet    |

    @zk22-inkoop-thz-b-consult
    Scenario: organisatietijd is geen consult
      Gegeven de ZK-gegevens:
        | veld         | waarde                    |
        | professional | verpleegkundig-specialist |
        | soort tijd   | organisatie               |
        | datum        | 1 juni 2023               |
      Als de ZK-toets "toekomstbestendig consult B" wordt uitgevoerd
      Dan is niet aan de ZK-voorwaarden voldaan
      En noemt het ZK-oordeel "organisatietijd"
      En verwijst het ZK-oordeel naar "belangrijkste wijzigingen"

    # 'Vanaf 2022' in een beleid voor 2022-2023: over 2021 en 2024 zeggen de bronnen niets.
    @zk22-inkoop-thz-b-consult @I-ZK22-INKOOP-THZ-B-CONSULT
    Abstract Scenario: consult bij doelstelling B op <datum> valt buiten het beleid
      Gegeven de ZK-gegevens:
        | veld         | waarde                  |
        | professional | praktijkverpleegkundige |
        | soort tijd   | patiëntgebonden         |
        | datum        | <datum>                 |
      Als de ZK-toets "toekomstbestendig consult B" wordt uitgevoerd
      Dan wordt de invoer geweigerd voor het veld "datum"

      Voorbeelden:
        | datum            |
        | 31 december 2021 |
        | 1 januari 2024   |
