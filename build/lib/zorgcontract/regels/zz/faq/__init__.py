"""Zorg en Zekerheid, veelgestelde vragen (reeks zz-faq): uitspraken per periode."""
