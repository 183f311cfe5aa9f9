"""Zorg en Zekerheid, bijlage POH-S (reeks zz-pohs): één module per artikel. Het document volgt uit de datum."""
