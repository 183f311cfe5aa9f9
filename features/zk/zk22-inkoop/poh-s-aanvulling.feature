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
      Gegeven de uren en uurkosten van de POH-S:
        | gegeven                                                | waarde  |
        | uren POH-S per week voor deze praktijk                 | 20 uur  |
        | uurkosten                                              | € 50,00 |
        | al bekostigd via Samenwerking rondom kwetsbare ouderen | 2 uur   |
        | al bekostigd via Toekomstbestendige huisartsenzorg     | 1 uur   |
        | voor patiënten in een ketenzorgprogramma               | 8 uur   |
      Als de aanvulling POH-S voor 2022 wordt berekend
      Dan zijn de nog niet bekostigde POH-S-uren 9 uur
      En is de aanvulling POH-S € 67,50 per week

    # Gedeelde POH-S: 24 uur gezamenlijk, 12 uur voor deze praktijk; alleen die 12 tellen.
    # 12 × € 45,10 = € 541,20; 15% × € 541,20 = € 81,18.
    @zk22-inkoop-pohs-samenloop
    Scenario: bij een gedeelde POH-S tellen alleen de uren voor deze praktijk
      Gegeven de uren en uurkosten van de POH-S:
        | gegeven                                | waarde  |
        | uren POH-S per week voor deze praktijk | 12 uur  |
        | uren van de gedeelde POH-S samen       | 24 uur  |
        | uurkosten                              | € 45,10 |
      Als de aanvulling POH-S voor 2022 wordt berekend
      Dan zijn de nog niet bekostigde POH-S-uren 12 uur
      En is de aanvulling POH-S € 81,18 per week

    @zk22-inkoop-pohs-samenloop
    Scenario: meer uren voor deze praktijk dan gezamenlijk gecontracteerd wordt geweigerd
      Gegeven de uren en uurkosten van de POH-S:
        | gegeven                                | waarde  |
        | uren POH-S per week voor deze praktijk | 30 uur  |
        | uren van de gedeelde POH-S samen       | 24 uur  |
        | uurkosten                              | € 50,00 |
      Als de aanvulling POH-S voor 2022 wordt berekend
      Dan wordt de invoer geweigerd voor het veld "uren"

    # 5 uur − 2 (kwetsbare ouderen) = 3; 3 − 4 (ketenzorg) = −1: de ketenzorg-aftrek gaat over de uren heen.
    @zk22-inkoop-pohs-aanvulling @I-ZK22-INKOOP-POHS-AFTREK
    Scenario: meer aftrek dan uren wordt geweigerd op het veld waar het misgaat
      Gegeven de uren en uurkosten van de POH-S:
        | gegeven                                                | waarde  |
        | uren POH-S per week voor deze praktijk                 | 5 uur   |
        | uurkosten                                              | € 50,00 |
        | al bekostigd via Samenwerking rondom kwetsbare ouderen | 2 uur   |
        | voor patiënten in een ketenzorgprogramma               | 4 uur   |
      Als de aanvulling POH-S voor 2022 wordt berekend
      Dan wordt de invoer geweigerd voor het veld "ketenzorg"
      En noemt de foutmelding "eerst andere bekostiging, dan ketenzorg"

  Regel: voorwaarden aan de POH-S

    @zk22-inkoop-pohs-voorwaarden
    Scenario: een POH-S zonder dienstverband of detachering voldoet niet
      Gegeven een POH-S met:
        | gegeven                                       | waarde |
        | dienstverband                                 | anders |
        | werkt in het HIS of KIS                       | ja     |
        | registreert volgens de NHG-richtlijn ADEPD    | ja     |
        | voldoet aan het competentieprofiel van de LHV | ja     |
      Als de voorwaarden aan de POH-S worden getoetst
      Dan is niet aan de voorwaarden voldaan
      En geeft het oordeel 1 reden
      En noemt de reden "gedetacheerd"

    @zk22-inkoop-pohs-voorwaarden
    Scenario: een gedetacheerde POH-S die registreert volgens ADEPD voldoet
      Gegeven een POH-S met:
        | gegeven                                       | waarde       |
        | dienstverband                                 | gedetacheerd |
        | werkt in het HIS of KIS                       | ja           |
        | registreert volgens de NHG-richtlijn ADEPD    | ja           |
        | voldoet aan het competentieprofiel van de LHV | ja           |
      Als de voorwaarden aan de POH-S worden getoetst
      Dan is aan de voorwaarden voldaan
