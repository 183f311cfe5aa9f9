"""Zorg en Zekerheid, bijlage POH-GGZ (reeks zz-pohggz): één module per artikel. Het document volgt uit de datum."""
