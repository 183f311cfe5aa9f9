# language: nl
# Bron: Zilveren Kruis, Inkoopbeleid huisartsenzorg 2022-2023, vergoeding POH-S: aanvulling indirecte en
# niet-patiëntgebonden tijd, par. 2-3. De aanvulling is 15% van de kosten van de POH-S-uren die nog niet
# via andere afspraken of de ketenzorg bekostigd worden. De uurkosten noemt het beleid niet: invoer.
Functionaliteit: Zilveren Kruis 2022-2023 - aanvulling POH-S voor indirecte en niet-patiëntgebonden tijd

  Regel: eerst de al bekostigde uren eraf, dan 15% van de kosten van de rest

    # 20 uur − 2 (kwetsbare ouderen) − 1 (toekomstbestendig) − 0 (andere) − 8 (ketenzorg) = 9 uur.
    # Kosten 9 × € 50,00 = € 450,00 per week; aanvulling 15% × € 450,00 = € 67,50 per week.
    @zk22-inkoop-pohs-aanvulling @I-ZK22-INKOOP-POHS-AFTREK @I-ZK22-INKOOP-POHS-EENHEID
    Scenario: aanvulling na aftrek van ouderenzorg, toekomstbestendig en ketenzorg
      Gegeven de ZK-gegevens:
        | veld                   | waarde |
        | uren_per_week          | 20     |
        | uurkosten              | 50     |
        | uren_kwetsbare_ouderen | 2      |
        | uren_toekomstbestendig | 1      |
        | uren_ketenzorg         | 8      |
      Als de ZK-toets "POH-S aanvulling" wordt uitgevoerd
      Dan zijn de nog niet bekostigde POH-S-uren bij Zilveren Kruis 9 uur
      En is de ZK-aanvulling POH-S € 67,50 per week

    # Gedeelde POH-S: 24 uur gezamenlijk, 12 uur voor deze praktijk; alleen die 12 tellen.
    # 12 × € 45,10 = € 541,20; 15% × € 541,20 = € 81,18.
    @zk22-inkoop-pohs-samenloop
    Scenario: bij een gedeelde POH-S tellen alleen de uren voor deze praktijk
      Gegeven de ZK-gegevens:
        | veld                | waarde |
        | uren_per_week       | 12     |
        | gedeeld_totaal_uren | 24     |
        | uurkosten           | 45,10  |
      Als de ZK-toets "POH-S aanvulling" wordt uitgevoerd
      Dan zijn de nog niet bekostigde POH-S-uren bij Zilveren Kruis 12 uur
      En is de ZK-aanvulling POH-S € 81,18 per week

    @zk22-inkoop-pohs-samenloop
    Scenario: meer uren voor deze praktijk dan gezamenlijk gecontracteerd wordt geweigerd
      Gegeven de ZK-gegevens:
        | veld                | waarde |
        | uren_per_week       | 30     |
        | gedeeld_totaal_uren | 24     |
        | uurkosten           | 50     |
      Als de ZK-toets "POH-S aanvulling" wordt uitgevoerd
      Dan wordt de invoer geweigerd voor het veld "uren"

    # 5 uur − 2 (kwetsbare ouderen) = 3; 3 − 4 (ketenzorg) = −1: de ketenzorg-aftrek gaat over de uren heen.
    @zk22-inkoop-pohs-aanvulling @I-ZK22-INKOOP-POHS-AFTREK
    Scenario: meer aftrek dan uren wordt geweigerd op het veld waar het misgaat
      Gegeven de ZK-gegevens:
        | veld                   | waarde |
        | uren_per_week          | 5      |
        | uurkosten              | 50     |
        | uren_kwetsbare_ouderen | 2      |
        | uren_ketenzorg         | 4      |
      Als de ZK-toets "POH-S aanvulling" wordt uitgevoerd
      Dan wordt de invoer geweigerd voor het veld "ketenzorg"
      En noemt de foutmelding "eerst andere bekostiging, dan ketenzorg"

  Regel: voorwaarden aan de POH-S

    @zk22-inkoop-pohs-voorwaarden
    Scenario: een POH-S zonder dienstverband of detachering voldoet niet
      Gegeven de ZK-gegevens:
        | veld                     | waarde |
        | dienstverband            | anders |
        | werkt_in_his_of_kis      | ja     |
        | registreert_volgens_adepd | ja    |
        | competentieprofiel_lhv   | ja     |
      Als de ZK-toets "POH-S voorwaarden" wordt uitgevoerd
      Dan is niet aan de ZK-voorwaarden voldaan
      En geeft het ZK-oordeel 1 reden
      En noemt het ZK-oordeel "gedetacheerd"

    @zk22-inkoop-pohs-voorwaarden
    Scenario: een gedetacheerde POH-S die registreert volgens ADEPD voldoet
      Gegeven de ZK-gegevens:
        | veld                      | waarde       |
        | dienstverband             | gedetacheerd |
        | werkt_in_his_of_kis       | ja           |
        | registreert_volgens_adepd | ja           |
        | competentieprofiel_lhv    | ja           |
      Als de ZK-toets "POH-S voorwaarden" wordt uitgevoerd
      Dan is aan de ZK-voorwaarden voldaan
