"""CLI in-proces aanroepen (snel) en de uitvoer vangen; subprocess alleen waar de start zelf getest wordt."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass


@dataclass
class Uitvoer:
    code: int
    stdout: str
    stderr: str

    @property
    def json(self):
        return json.loads(self.stdout)


def draai(capsys, *args: str) -> Uitvoer:
    from zorgcontract.cli import main

    oud = sys.argv
    sys.argv = ["zorgcontract", *args]
    try:
        try:
            main()
            code = 0
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else 0
    finally:
        sys.argv = oud
    vangst = capsys.readouterr()
    return Uitvoer(code, vangst.out, vangst.err)
