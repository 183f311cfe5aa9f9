# language: nl
# Bron: Zilveren Kruis, Inkoopbeleid huisartsenzorg 2022-2023, vergoeding beschikbaarheid in bijzondere gebieden, par. 2.
Functionaliteit: Zilveren Kruis 2022-2023 - beschikbaarheid in bijzondere gebieden A-D

  Regel: A dunbevolkt of moeilijk bereikbaar gebied

    @zk22-inkoop-bg-a
    Scenario: zonder patiënt in het aangewezen gebied geen vergoeding
      Gegeven de ZK-gegevens:
        | veld                | waarde |
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
    @zk22-inkoop-bg-b
    Abstract Scenario: geïsoleerd gebied met <ingeschreven> patiënten
      Gegeven de ZK-gegevens:
        | veld                    | waarde         |
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
        | substantieel_deel_kan_niet_inschrijven | ja    |
        | gemeld_bij_regio                      | nee    |
      Als de ZK-toets "bijzonder gebied D" wordt uitgevoerd
      Dan is niet aan de ZK-voorwaarden voldaan
      En noemt het ZK-oordeel "regio-organisatie"
      En verwijst het ZK-oordeel naar "onder D"
