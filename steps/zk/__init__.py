"""Stappen per document van Zilveren Kruis: ``zk22_inkoop`` (inkoopbeleid huisartsenzorg 2022-2023)."""
