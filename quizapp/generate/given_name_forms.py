"""A given name's forms in the languages a study deck's people wrote in: 'Rudolf Lindt' for
Rodolphe Lindt, 'William Steinitz' for Wilhelm (review r574 A: the German form of a Swiss
chocolatier's name was refused), and given names that start alike but are others ('Edward
Land' for Edwin Land was taken as a form of it, r574 G).

Lower case, accents dropped; each line one name in its forms."""

from __future__ import annotations

_GROUPS = """
william wilhelm guillaume guglielmo willem guillermo vilhelm
john johann johannes jean juan ivan giovanni jan johan hans joao jens
rudolf rudolph rodolphe rodolfo rudolfo
frederick friedrich frederic federico frederik fredrik
charles karl carl carlos carlo karel
henry heinrich henri enrico enrique hendrik henrik
louis ludwig luis luigi lewis lodewijk ludvig
peter pierre pietro pedro pyotr piotr petr pieter peder
joseph josef jose giuseppe josep jozef iosif
michael michel miguel michele mikhail michal mikael
george georg georges giorgio jorge georgy yuri
nicholas nikolaus nicolas nikolai niccolo nicola nikola nicolaus klaus
paul paolo pablo pavel pal pau
anthony antoine antonio anton antonin
francis franz francois francesco francisco frantisek
leo leon lev leone leonid
alexander alexandre alessandro aleksandr alexandr alejandro
andrew andreas andre andrea andrei andres andrzej
james jacques giacomo jaime jakob jacob diego
stephen steven stefan etienne stefano esteban istvan stepan
edward eduard edouard eduardo edvard
gustav gustave gustavo gustaf
ernest ernst ernesto
albert alberto
robert roberto robrecht
richard ricardo riccardo
thomas tomas tommaso thomaz
matthew matthias mathieu matteo mateo
mark marc marco marcus marek
edwin
edmund edmond edmondo
"""
_GROUP_OF = {name: n for n, line in enumerate(_GROUPS.split("\n")) for name in line.split()}


def same_given_name(a: str, b: str) -> bool | None:
    """Whether two given names are one name's forms (True), two names (False), or, where
    either is unknown here, None."""
    ga, gb = _GROUP_OF.get(a), _GROUP_OF.get(b)
    if ga is None or gb is None:
        return None
    return ga == gb
