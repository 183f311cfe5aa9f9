"""De contractregels, één module per artikel(groep). Elke regel is een pure functie: invoer (pydantic-model)
in, uitkomst met ``Uitleg`` uit."""
