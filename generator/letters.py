"""Latin letters folded to ASCII for ids and index letters: diacritics dropped, and the letters that
carry no combining mark to drop spelled out ("Yalçın" -> "yalcin", "Łukasz" -> "lukasz", "Đà" -> "da")."""
from __future__ import annotations

import unicodedata

_UNDECOMPOSED = str.maketrans({"đ": "d", "Đ": "D", "ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss",
                               "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ð": "d", "þ": "th"})


def fold(text: str) -> str:
    """`text` without diacritics, each letter as ASCII as it can be; case kept."""
    s = unicodedata.normalize("NFD", unicodedata.normalize("NFC", text).translate(_UNDECOMPOSED))
    return "".join(c for c in s if not unicodedata.combining(c))
