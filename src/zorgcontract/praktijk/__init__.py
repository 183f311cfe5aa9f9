"""Het praktijkprofiel (``profiel``) en één praktijk door alle modules (``overzicht``)."""
