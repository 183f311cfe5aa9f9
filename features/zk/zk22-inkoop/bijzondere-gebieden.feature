# language: nl
# Bron: Zilveren Kruis, Inkoopbeleid huisartsenzorg 2022-2023, vergoeding beschikbaarheid in bijzondere gebieden, par. 2.
Functionaliteit: Zilveren Kruis 2022-2023 - beschikbaarheid in bijzondere gebieden A-D

  Regel: alleen waar Zilveren Kruis preferent verzekeraar is (par. 1)

    # Par. 1: extra vergoeding alleen in de gebieden waar Zilveren Kruis preferent verzekeraar is. De praktijk
    # verklaart dat; zonder die verklaring geen vergoeding, ook als verder alles klopt.
    @zk22-inkoop-bg-preferent @I-ZK22-INKOOP-BG-PREFERENT
    Abstract Scenario: bijzonder gebied met of zonder preferente positie van Zilveren Kruis
      Gegeven de ZK-gegevens:
        | veld                                   | waarde       |
        | Zilveren Kruis preferent verzekeraar   | <preferent>  |
        | patienten_in_gebied                    | 3            |
        | ingeschreven                           | 1200         |
        | geen_groeimogelijkheden                | ja           |
        | overname_of_vestiging_jaar             | 2022         |
        | krimp_of_anticipeerregio               | ja           |
        | substantieel_deel_kan_niet_inschrijven | ja           |
        | gemeld_bij_regio                       | ja           |
      Als de ZK-toets "bijzonder gebied <gebied>" wordt uitgevoerd
      Dan is <oordeel> aan de ZK-voorwaarden voldaan

      Voorbeelden:
        | gebied | preferent | oordeel |
        | A      | ja        | wel     |
        | A      | nee       | niet    |
        | B      | nee       | niet    |
        | C      | nee       | niet    |
        | D      | ja        | wel     |
        | D      | nee       | niet    |

    @zk22-inkoop-bg-preferent @I-ZK22-INKOOP-BG-PREFERENT
    Scenario: zonder preferente positie noemt het oordeel de reden en paragraaf 1
      Gegeven de ZK-gegevens:
        | veld                                 | waarde |
        | Zilveren Kruis preferent verzekeraar | nee    |
        | patienten_in_gebied                  | 3      |
      Als de ZK-toets "bijzonder gebied A" wordt uitgevoerd
      Dan is niet aan de ZK-voorwaarden voldaan
      En geeft het ZK-oordeel 1 reden
      En noemt het ZK-oordeel "geen preferent verzekeraar"
      En verwijst het ZK-oordeel naar "par. 1"

    @zk22-inkoop-bg-preferent
    Scenario: zonder verklaring over de preferente positie wordt de toets geweigerd
      Gegeven de ZK-gegevens:
        | veld                | waarde |
        | patienten_in_gebied | 3      |
      Als de ZK-toets "bijzonder gebied A" wordt uitgevoerd
      Dan wordt de invoer geweigerd voor het veld "Zilveren Kruis preferent verzekeraar"

  Regel: A dunbevolkt of moeilijk bereikbaar gebied

    @zk22-inkoop-bg-a
    Scenario: zonder patiënt in het aangewezen gebied geen vergoeding
      Gegeven de ZK-gegevens:
        | veld                | waarde |
        | Zilveren Kruis preferent verzekeraar | ja |
        | patienten_in_gebied | 0      |
      Als de ZK-toets "bijzonder gebied A" wordt uitgevoerd
      Dan is niet aan de ZK-voorwaarden voldaan
      En noemt het ZK-oordeel "aangewezen gebied"

    @zk22-inkoop-bg-a
    Abstract Scenario: declareren voor een patiënt uit <woonplaats>
      Gegeven de ZK-gegevens:
        | veld       | waarde       |
        | woonplaats | <woonplaats> |
      Als de ZK-toets "bijzonder gebied A declaratie" wordt uitgevoerd
      Dan is <oordeel> aan de ZK-voorwaarden voldaan

      Voorbeelden:
        | woonplaats         | oordeel |
        | Marken             | wel     |
        | Broek in Waterland | wel     |
        | Monnickendam       | niet    |

  Regel: B geïsoleerd gebied - structureel minder dan 1750 patiënten

    # 'minder dan 1750': 1749 wel, 1750 niet.
    @zk22-inkoop-bg-b @I-ZK22-INKOOP-BG-B-1750
    Abstract Scenario: geïsoleerd gebied met <ingeschreven> patiënten
      Gegeven de ZK-gegevens:
        | veld                    | waarde         |
        | Zilveren Kruis preferent verzekeraar | ja |
        | ingeschreven            | <ingeschreven> |
        | geen_groeimogelijkheden | ja             |
      Als de ZK-toets "bijzonder gebied B" wordt uitgevoerd
      Dan is <oordeel> aan de ZK-voorwaarden voldaan

      Voorbeelden:
        | ingeschreven | oordeel |
        | 1749         | wel     |
        | 1750         | niet    |

    @zk22-inkoop-bg-b
    Scenario: een nieuw startende huisarts zonder groeibeperking komt niet in aanmerking
      Gegeven de ZK-gegevens:
        | veld                    | waarde |
        | Zilveren Kruis preferent verzekeraar | ja |
        | ingeschreven            | 1200   |
        | geen_groeimogelijkheden | nee    |
        | nieuw_startend          | ja     |
      Als de ZK-toets "bijzonder gebied B" wordt uitgevoerd
      Dan is niet aan de ZK-voorwaarden voldaan
      En geeft het ZK-oordeel 2 redenen
      En noemt het ZK-oordeel "nieuw startende huisarts"

  Regel: C krimpgebied en D huisartsentekort

    @zk22-inkoop-bg-c
    Abstract Scenario: krimpgebied, praktijk overgenomen in <jaar>
      Gegeven de ZK-gegevens:
        | veld                       | waarde |
        | Zilveren Kruis preferent verzekeraar | ja |
        | overname_of_vestiging_jaar | <jaar> |
        | krimp_of_anticipeerregio   | ja     |
      Als de ZK-toets "bijzonder gebied C" wordt uitgevoerd
      Dan is <oordeel> aan de ZK-voorwaarden voldaan

      Voorbeelden:
        | jaar | oordeel |
        | 2021 | niet    |
        | 2022 | wel     |
        | 2023 | wel     |

    @zk22-inkoop-bg-d
    Scenario: een tekort dat niet bij de regio-organisatie is gemeld
      Gegeven de ZK-gegevens:
        | veld                                  | waarde |
        | Zilveren Kruis preferent verzekeraar | ja |
        | substantieel_deel_kan_niet_inschrijven | ja    |
        | gemeld_bij_regio                      | nee    |
      Als de ZK-toets "bijzonder gebied D" wordt uitgevoerd
      Dan is niet aan de ZK-voorwaarden voldaan
      En noemt het ZK-oordeel "regio-organisatie"
      En verwijst het ZK-oordeel naar "onder D"

  Regel: C - de vergoeding loopt hooguit tot het einde van de looptijd van de overeenkomst

    # Par. 2 onder C: toegekend tot maximaal het einde van de looptijd van de huisartsenovereenkomst 2022-2023.
    # Looptijd 1 januari 2022 t/m 31 december 2023: 31 december 2023 telt nog mee, 1 januari 2024 niet.
    @zk22-inkoop-bg-c @I-ZK22-INKOOP-BG-C-EINDE
    Abstract Scenario: krimpgebied-vergoeding op <datum>
      Als de ZK-vergoeding voor een krimpgebied op <datum> wordt getoetst
      Dan is <oordeel> aan de ZK-voorwaarden voldaan

      Voorbeelden:
        | datum            | oordeel |
        | 1 januari 2022   | wel     |
        | 31 december 2023 | wel     |
        | 1 januari 2024   | niet    |
        | 1 juli 2024      | niet    |

    # Een overeenkomst die eerder eindigt (bijv. 30 juni 2023) begrenst de vergoeding op die dag.
    @zk22-inkoop-bg-c @I-ZK22-INKOOP-BG-C-EINDE
    Scenario: een overeenkomst die op 30 juni 2023 eindigt
      Als de ZK-vergoeding voor een krimpgebied op 1 juli 2023 wordt getoetst bij een overeenkomst tot en met 30 juni 2023
      Dan is niet aan de ZK-voorwaarden voldaan
      En noemt het ZK-oordeel "30 juni 2023"
      En verwijst het ZK-oordeel naar "onder C"

    @zk22-inkoop-bg-c
    Scenario: een overeenkomst na 2023 staat niet in de bronnen
      Als de ZK-vergoeding voor een krimpgebied op 1 juli 2023 wordt getoetst bij een overeenkomst tot en met 31 december 2024
      Dan wordt de invoer geweigerd voor het veld "einde overeenkomst"
