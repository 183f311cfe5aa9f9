"""Stapdefinities voor de Nederlandse scenario's. Dun: Nederlandse waarden lezen, het pakket aanroepen,
uitkomst vergelijken. Geen contractlogica hier."""
