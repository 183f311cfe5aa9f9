# language: nl
# Bron: Zorg en Zekerheid, Bijlage voorwaarden POH-GGZ 2026-2028, artikel 5 (E-mental health).
# Lid 1 (uitgangspunten: binnen het pakket, blended, voortgang zichtbaar) is kwalitatief: niet geformaliseerd.
Functionaliteit: POH-GGZ artikel 5 - keuze van e-mental health en beslisondersteuning
  Zonder regionale afspraak kiest de praktijk uit de lijsten van de bijlage; met een regionale afspraak
  sluit zij daarbij aan.

  @zz26-pohggz-a5-l2
  Abstract Scenario: zonder regionale afspraak geldt de lijst
    Gegeven er is geen regionale afspraak over e-mental health
    Als de praktijk de <soort> "<naam>" kiest
    Dan mag dat <uitkomst>

    Voorbeelden:
      | soort              | naam             | uitkomst |
      | interventie        | Therapieland     | wel      |
      | interventie        | Evie             | wel      |
      | interventie        | Mentalshare      | wel      |
      | interventie        | MindDistrict     | wel      |
      | interventie        | Transparant Next | niet     |
      | beslisondersteuner | Transparant Next | wel      |
      | beslisondersteuner | Evie Triage      | wel      |
      | beslisondersteuner | Mirro            | wel      |
      | beslisondersteuner | Ksyos            | wel      |
      | beslisondersteuner | Therapieland     | niet     |

  @zz26-pohggz-a5-l2
  Scenario: met een regionale afspraak sluit de praktijk daarbij aan
    Gegeven in de regio is "Evie" als e-mental health afgesproken
    Als de praktijk de interventie "Therapieland" kiest
    Dan mag dat niet
    En noemt de reden "Evie"
