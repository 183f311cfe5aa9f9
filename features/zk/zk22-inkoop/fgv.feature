# language: nl
# Bron: Zilveren Kruis, Inkoopbeleid huisartsenzorg 2022-2023, prestatie formulariumgericht voorschrijven (FGV).
# FGV1 = eerste voorschriften conform het formularium ÷ alle eerste voorschriften × 100%.
# Score: A 0 t/m X%, B > X t/m Y%, C > Y t/m Z%, D > Z t/m 100%. Grenswaarden zijn invoer.
Functionaliteit: Zilveren Kruis 2022-2023 - formulariumgericht voorschrijven

  Regel: de score volgt uit FGV1 en de banden; een waarde op de grens hoort bij de lagere band

    # Met 1000 eerste voorschriften is FGV1 = conform ÷ 10 procent. Grenzen X 60, Y 70, Z 80.
    # 0 → 0% A; 600 → 60% = X, 't/m X' dus A; 601 → 60,1% > X dus B; 700 → 70% = Y dus B;
    # 701 → 70,1% C; 800 → 80% = Z dus C; 801 → 80,1% D; 1000 → 100% D.
    @zk22-inkoop-fgv @I-ZK22-INKOOP-FGV-GRENS @I-ZK22-INKOOP-FGV-INDICATOR
    Abstract Scenario: FGV1 van <conform> op 1000 eerste voorschriften geeft score <score>
      Gegeven <conform> eerste voorschriften conform het formularium van 1000 eerste voorschriften
      En FGV-grenswaarden X 60%, Y 70% en Z 80%
      Als de FGV-score wordt bepaald
      Dan is FGV1 <fgv1>
      En is de FGV-score "<score>"

      Voorbeelden:
        | conform | fgv1  | score |
        | 0       | 0%    | A     |
        | 600     | 60%   | A     |
        | 601     | 60,1% | B     |
        | 700     | 70%   | B     |
        | 701     | 70,1% | C     |
        | 800     | 80%   | C     |
        | 801     | 80,1% | D     |
        | 1000    | 100%  | D     |

    # 1 ÷ 3 × 100% = 33,3333...% (repeterend). Dat is meer dan X = 33,3333%, dus B.
    # Wie eerst op 4 decimalen afrondt, krijgt 33,3333% = X en daarmee ten onrechte A.
    @zk22-inkoop-fgv @I-ZK22-INKOOP-FGV-GRENS
    Scenario: de score wordt op de exacte breuk bepaald, niet op een afgeronde FGV1
      Gegeven 1 eerste voorschriften conform het formularium van 3 eerste voorschriften
      En FGV-grenswaarden X 33,3333%, Y 50% en Z 75%
      Als de FGV-score wordt bepaald
      Dan is FGV1 precies 100/3 procent
      En is de FGV-score "B"

  Regel: ongeldige metingen en grenzen worden geweigerd

    @zk22-inkoop-fgv
    Scenario: zonder eerste voorschriften is FGV1 niet te berekenen
      Gegeven 0 eerste voorschriften conform het formularium van 0 eerste voorschriften
      En FGV-grenswaarden X 60%, Y 70% en Z 80%
      Als de FGV-score wordt bepaald
      Dan wordt de invoer geweigerd voor het veld "totaal"
      En noemt de foutmelding "groter dan 0"

    @zk22-inkoop-fgv
    Scenario: meer conforme dan totale eerste voorschriften wordt geweigerd
      Gegeven 11 eerste voorschriften conform het formularium van 10 eerste voorschriften
      En FGV-grenswaarden X 60%, Y 70% en Z 80%
      Als de FGV-score wordt bepaald
      Dan wordt de invoer geweigerd voor het veld "conform"

    @zk22-inkoop-fgv
    Abstract Scenario: grenswaarden moeten oplopen van 0 tot en met 100
      Gegeven 5 eerste voorschriften conform het formularium van 10 eerste voorschriften
      En FGV-grenswaarden X <x>, Y <y> en Z <z>
      Als de FGV-score wordt bepaald
      Dan wordt de invoer geweigerd voor het veld "grenzen"
      En noemt de foutmelding "0 ≤ X < Y < Z ≤ 100"

      Voorbeelden:
        | x   | y   | z    |
        | 70% | 60% | 80%  |
        | 60% | 60% | 80%  |
        | 60% | 70% | 101% |
        | -1% | 70% | 80%  |

  Regel: meetperiode, declaratie en indicatoren

    # 2020: eerste drie kwartalen, 1 januari t/m 30 september 2020.
    # 2021: vier kwartalen, 1 januari t/m 31 december 2021.
    @zk22-inkoop-fgv-meetperiode
    Abstract Scenario: meetperiode voor meetjaar <jaar>
      Als de FGV-meetperiode voor meetjaar <jaar> wordt opgevraagd
      Dan loopt de FGV-meetperiode van <van> tot en met <tot>

      Voorbeelden:
        | jaar | van            | tot               |
        | 2020 | 1 januari 2020 | 30 september 2020 |
        | 2021 | 1 januari 2021 | 31 december 2021  |

    # Declareren in het 2e kwartaal van het jaar na het meetjaar: 2020 → 1 april t/m 30 juni 2021;
    # 2021 → 1 april t/m 30 juni 2022.
    @zk22-inkoop-fgv-declaratie
    Abstract Scenario: declaratieperiode voor meetjaar <jaar>
      Als de declaratieperiode van FGV voor meetjaar <jaar> wordt opgevraagd
      Dan kan FGV gedeclareerd worden van <van> tot en met <tot>

      Voorbeelden:
        | jaar | van          | tot          |
        | 2020 | 1 april 2021 | 30 juni 2021 |
        | 2021 | 1 april 2022 | 30 juni 2022 |

    @zk22-inkoop-fgv-meetperiode @I-ZK22-INKOOP-FGV-MEETJAAR
    Scenario: voor meetjaar 2022 noemt het beleid geen meetperiode
      Als de FGV-meetperiode voor meetjaar 2022 wordt opgevraagd
      Dan geeft het beleid daarover geen antwoord

    # 2020: alleen FGV1 (met combinatietoets). Vanaf 2021 ook FGV2; FGV3 alleen met een longformularium.
    @zk22-inkoop-fgv-indicatoren
    Abstract Scenario: welke FGV-indicatoren gemeten worden
      Als de FGV-indicatoren voor meetjaar <jaar> worden opgevraagd voor een praktijk die <long> met een longformularium werkt
      Dan worden de FGV-indicatoren "<indicatoren>" gemeten

      Voorbeelden:
        | jaar | long | indicatoren      |
        | 2020 | wel  | FGV1             |
        | 2021 | niet | FGV1, FGV2       |
        | 2021 | wel  | FGV1, FGV2, FGV3 |

    @zk22-inkoop-fgv-deelname
    Scenario: zonder toestemming in het HIS kan Zilveren Kruis de praktijk niet beoordelen
      Als de deelname aan FGV wordt getoetst voor een praktijk die geen toestemming gaf in het HIS
      Dan is niet aan de voorwaarden voldaan
      En noemt de reden "geen toestemming"
