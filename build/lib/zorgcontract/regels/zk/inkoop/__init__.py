"""Zilveren Kruis, inkoopbeleid huisartsenzorg (reeks zk-inkoop): één module per module/prestatie."""
