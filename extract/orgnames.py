"""Pure helpers for comparing organisation names, free of spaCy so the
database layer can use them without paying for its import."""
from __future__ import annotations

import re
from functools import lru_cache

from . import gazetteer as gz

COUNCIL_TYPE_WORDS = {"county", "city", "borough", "district", "metropolitan", "town", "parish"}


@lru_cache(maxsize=8192)  # a paper asks about the same few names again and again
def variant_key(name: str) -> str:
    """What two spellings of one body share: `The Wessex NHS Foundation Trust` and
    `Wessex Foundation Trust`, or `Wessex CCG` and `Wessex Clinical Commissioning Group`."""
    text = name.lower().replace("&", " and ").replace("\u2019", "'")
    text = re.sub(r"'s\b", "", text)  # `West Yorkshire's ICB` is the West Yorkshire ICB
    words = re.findall(r"[a-z0-9]+", text)
    out: list[str] = []
    for word in words:
        if word in gz.OPTIONAL_NAME_WORDS:
            continue
        out.extend(gz.EXPANSIONS.get(word, word).split())
    return " ".join(out)


def council_place(key: str) -> str:
    """`wessex county council` -> `wessex`: the place a council key names."""
    words = key.split()
    if words and words[-1] == "council":
        words = words[:-1]
    while words and words[-1] in COUNCIL_TYPE_WORDS:
        words = words[:-1]
    return " ".join(words)
