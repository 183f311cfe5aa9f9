"""Stappen per document van Zorg en Zekerheid: ``zz26_pohs`` (bijlage POH-S 2026-2028), ``zz26_pohggz`` (bijlage
POH-GGZ 2026-2028), ``bijlagen`` (wat beide bijlagen delen: voorwaarden, coulance, afwezigheid, declaratiestart,
praktijkprofiel), ``zz26_faq`` en ``zz23_faq``."""
