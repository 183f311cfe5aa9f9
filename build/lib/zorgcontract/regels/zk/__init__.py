"""Zilveren Kruis."""
