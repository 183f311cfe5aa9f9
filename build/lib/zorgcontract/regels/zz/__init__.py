"""Zorg en Zekerheid: regels per reeks (pohs, pohggz, faq) en de regels die over bijlagen heen gaan."""
