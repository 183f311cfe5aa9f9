# language: nl
# Bron: Zilveren Kruis, Inkoopbeleid huisartsenzorg 2022-2023, vergoeding beschikbaarheid in bijzondere gebieden, par. 2.
Functionaliteit: Zilveren Kruis 2022-2023 - beschikbaarheid in bijzondere gebieden A-D

  Regel: alleen waar Zilveren Kruis preferent verzekeraar is (par. 1)

    # Par. 1: extra vergoeding alleen in de gebieden waar Zilveren Kruis preferent verzekeraar is. De praktijk
    # verklaart dat; zonder die verklaring geen vergoeding, ook als verder alles klopt.
    @zk22-inkoop-bg-preferent @I-ZK22-INKOOP-BG-PREFERENT
    Abstract Scenario: bijzonder gebied met of zonder preferente positie van Zilveren Kruis
      Gegeven een praktijk in een bijzonder gebied met:
        | gegeven                                         | waarde      |
        | Zilveren Kruis preferent verzekeraar            | <preferent> |
        | patiënten die in het aangewezen gebied wonen    | 3           |
        | ingeschreven patiënten                          | 1200        |
        | geen andere groeimogelijkheden                  | ja          |
        | jaar van overname of vestiging                  | 2022        |
        | in een krimp- of anticipeerregio                | ja          |
        | een substantieel deel kan zich niet inschrijven | ja          |
        | gemeld bij de regio-organisatie                 | ja          |
      Als de vergoeding voor bijzonder gebied <gebied> voor 2022 wordt getoetst
      Dan is <oordeel> aan de voorwaarden voldaan

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
      Gegeven een praktijk in een bijzonder gebied met:
        | gegeven                                      | waarde |
        | Zilveren Kruis preferent verzekeraar         | nee    |
        | patiënten die in het aangewezen gebied wonen | 3      |
      Als de vergoeding voor bijzonder gebied A voor 2022 wordt getoetst
      Dan is niet aan de voorwaarden voldaan
      En geeft het oordeel 1 reden
      En noemt de reden "geen preferent verzekeraar"
      En verwijst het oordeel naar "par. 1"

    @zk22-inkoop-bg-preferent
    Scenario: zonder verklaring over de preferente positie wordt de toets geweigerd
      Gegeven een praktijk in een bijzonder gebied met:
        | gegeven                                      | waarde |
        | patiënten die in het aangewezen gebied wonen | 3      |
      Als de vergoeding voor bijzonder gebied A voor 2022 wordt getoetst
      Dan wordt de invoer geweigerd voor het veld "Zilveren Kruis preferent verzekeraar"

  Regel: A dunbevolkt of moeilijk bereikbaar gebied

    @zk22-inkoop-bg-a
    Scenario: zonder patiënt in het aangewezen gebied geen vergoeding
      Gegeven een praktijk in een bijzonder gebied met:
        | gegeven                                      | waarde |
        | Zilveren Kruis preferent verzekeraar         | ja     |
        | patiënten die in het aangewezen gebied wonen | 0      |
      Als de vergoeding voor bijzonder gebied A voor 2022 wordt getoetst
      Dan is niet aan de voorwaarden voldaan
      En noemt de reden "aangewezen gebied"

    @zk22-inkoop-bg-a
    Abstract Scenario: declareren voor een patiënt uit <woonplaats>
      Als voor een patiënt uit <woonplaats> in 2022 de vergoeding voor gebied A wordt gedeclareerd
      Dan is <oordeel> aan de voorwaarden voldaan

      Voorbeelden:
        | woonplaats         | oordeel |
        | Marken             | wel     |
        | Broek in Waterland | wel     |
        | Monnickendam       | niet    |

  Regel: B geïsoleerd gebied - structureel minder dan 1750 patiënten

    # 'minder dan 1750': 1749 wel, 1750 niet.
    @zk22-inkoop-bg-b @I-ZK22-INKOOP-BG-B-1750
    Abstract Scenario: geïsoleerd gebied met <ingeschreven> patiënten
      Gegeven een praktijk in een bijzonder gebied met:
        | gegeven                              | waarde         |
        | Zilveren Kruis preferent verzekeraar | ja             |
        | ingeschreven patiënten               | <ingeschreven> |
        | geen andere groeimogelijkheden       | ja             |
      Als de vergoeding voor bijzonder gebied B voor 2022 wordt getoetst
      Dan is <oordeel> aan de voorwaarden voldaan

      Voorbeelden:
        | ingeschreven | oordeel |
        | 1749         | wel     |
        | 1750         | niet    |

    @zk22-inkoop-bg-b
    Scenario: een nieuw startende huisarts komt niet in aanmerking
      Gegeven een praktijk in een bijzonder gebied met:
        | gegeven                              | waarde |
        | Zilveren Kruis preferent verzekeraar | ja     |
        | ingeschreven patiënten               | 1200   |
        | geen andere groeimogelijkheden       | ja     |
        | nieuw startende huisarts             | ja     |
      Als de vergoeding voor bijzonder gebied B voor 2022 wordt getoetst
      Dan is niet aan de voorwaarden voldaan
      En geeft het oordeel 1 reden
      En noemt de reden "nieuw startende huisarts"

    @zk22-inkoop-bg-b
    Scenario: een praktijk die nog op een andere manier kan groeien komt niet in aanmerking
      Gegeven een praktijk in een bijzonder gebied met:
        | gegeven                              | waarde |
        | Zilveren Kruis preferent verzekeraar | ja     |
        | ingeschreven patiënten               | 1200   |
        | geen andere groeimogelijkheden       | nee    |
      Als de vergoeding voor bijzonder gebied B voor 2022 wordt getoetst
      Dan is niet aan de voorwaarden voldaan
      En geeft het oordeel 1 reden
      En noemt de reden "andere mogelijkheden om het aantal patiënten te vergroten"

  Regel: C krimpgebied en D huisartsentekort

    @zk22-inkoop-bg-c
    Abstract Scenario: krimpgebied, praktijk overgenomen in <jaar>
      Gegeven een praktijk in een bijzonder gebied met:
        | gegeven                              | waarde |
        | Zilveren Kruis preferent verzekeraar | ja     |
        | jaar van overname of vestiging       | <jaar> |
        | in een krimp- of anticipeerregio     | ja     |
      Als de vergoeding voor bijzonder gebied C voor 2022 wordt getoetst
      Dan is <oordeel> aan de voorwaarden voldaan

      Voorbeelden:
        | jaar | oordeel |
        | 2021 | niet    |
        | 2022 | wel     |
        | 2023 | wel     |

    @zk22-inkoop-bg-d
    Scenario: een tekort dat niet bij de regio-organisatie is gemeld
      Gegeven een praktijk in een bijzonder gebied met:
        | gegeven                                         | waarde |
        | Zilveren Kruis preferent verzekeraar            | ja     |
        | een substantieel deel kan zich niet inschrijven | ja     |
        | gemeld bij de regio-organisatie                 | nee    |
      Als de vergoeding voor bijzonder gebied D voor 2022 wordt getoetst
      Dan is niet aan de voorwaarden voldaan
      En noemt de reden "regio-organisatie"
      En verwijst het oordeel naar "onder D"

  Regel: C - de vergoeding loopt hooguit tot het einde van de looptijd van de overeenkomst

    # Par. 2 onder C: toegekend tot maximaal het einde van de looptijd van de huisartsenovereenkomst 2022-2023.
    # Looptijd 1 januari 2022 t/m 31 december 2023: 31 december 2023 telt nog mee, 1 januari 2024 niet.
    @zk22-inkoop-bg-c @I-ZK22-INKOOP-BG-C-EINDE
    Abstract Scenario: krimpgebied-vergoeding op <datum>
      Als de vergoeding voor een krimpgebied op <datum> wordt getoetst
      Dan is <oordeel> aan de voorwaarden voldaan

      Voorbeelden:
        | datum            | oordeel |
        | 1 januari 2022   | wel     |
        | 31 december 2023 | wel     |
        | 1 januari 2024   | niet    |
        | 1 juli 2024      | niet    |

    # Een overeenkomst die eerder eindigt (bijv. 30 juni 2023) begrenst de vergoeding op die dag.
    @zk22-inkoop-bg-c @I-ZK22-INKOOP-BG-C-EINDE
    Scenario: een overeenkomst die op 30 juni 2023 eindigt
      Als de vergoeding voor een krimpgebied op 1 juli 2023 wordt getoetst bij een overeenkomst tot en met 30 juni 2023
      Dan is niet aan de voorwaarden voldaan
      En noemt de reden "30 juni 2023"
      En verwijst het oordeel naar "onder C"

    @zk22-inkoop-bg-c
    Scenario: een overeenkomst na 2023 staat niet in de bronnen
      Als de vergoeding voor een krimpgebied op 1 juli 2023 wordt getoetst bij een overeenkomst tot en met 31 december 2024
      Dan wordt de invoer geweigerd voor het veld "einde overeenkomst"
