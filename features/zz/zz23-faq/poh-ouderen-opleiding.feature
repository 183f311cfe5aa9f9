# language: nl
# Bron: ZZ FAQ 2023-2025, vraag of een POH-S-opleiding met een module ouderenzorg volstaat voor de POH-Ouderen.
Functionaliteit: FAQ 2023-2025 - opleiding POH-Ouderen
  Een module ouderenzorg in de POH-S-opleiding is niet genoeg; een gespecialiseerde vervolgopleiding is vereist.

  Regel: een vervolgopleiding tot POH-Ouderen is vereist

    @zz23-faq-poh-ouderen-opleiding @I-ZZ23-FAQ-OUDEREN-VEREIST
    Scenario: de eis in 2025
      Als de uitspraak over "poh-ouderen-opleiding" op 30 juni 2025 wordt opgezocht
      Dan komt de uitspraak uit het document "zz23-faq"
      En vereist de uitspraak een vervolgopleiding tot POH-Ouderen
      En zegt de uitspraak "niet genoeg"
