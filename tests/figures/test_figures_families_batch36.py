"""Families from the tuning halves of blind batch 36 and ar/fr batch 14 (issue 13), with variants and the near
misses that must stay as they are."""

from __future__ import annotations

import json

import pytest

from flows.cli.contracts import figures_line


def kv_lang(text: str) -> list[tuple[str, int]]:
    out = figures_line(json.dumps({"id": "t", "text": text}, ensure_ascii=False))
    return sorted((f["kind"], f["value"]) for f in out["figures"])


@pytest.mark.parametrize(
    "text, figures",
    [
        # a place name is no proclitic and a trigger: "كفر الشيخ" is Kafr el-Sheikh, not "ك" + "فر" (fled)
        ("اعتقلت السلطات 27 شخصا في محافظة كفر الشيخ.", [("arrested", 27)]),
        ("اعتقلت الشرطة 12 شخصا في كفر الدوار.", [("arrested", 12)]),
        ("وفر 300 شخص من القرية.", [("displaced", 300)]),  # "و" + "فر": and fled
        # "they abducted" before its object
        ("قال الأهالي إن مجهولين اختطفوا طبيبين من مستشفى ودان.", [("kidnapped", 2)]),
        ("مسلحون خطفوا 5 عمال أجانب قرب أوباري.", [("kidnapped", 5)]),
        # a restatement in people after the clause of the households
        ("قالت البلدية إن 320 عائلة نزحت من الساعدية منذ الأحد، أي نحو 1600 نازح.", [("displaced", 1600)]),
        (
            "Quelque 320 familles ont fui les combats depuis dimanche, soit environ 1 600 personnes.",
            [("displaced", 1600)],
        ),
        # a part of the same kind after its count ("اثنين منهم")
        ("لقي 3 أطفال حتفهم غرقا، فيما انتشلت فرق الإنقاذ جثث اثنين منهم.", [("killed", 3)]),
        ("اعتقل 500 شخص، توفي 4 منهم في الاحتجاز.", [("arrested", 500), ("killed", 4)]),
        # arrests counted by their noun
        ("La Ligue a recensé 47 interpellations lors des heurts.", [("arrested", 47)]),
        ("Les autorités ont annoncé 120 arrestations après les émeutes.", [("arrested", 120)]),
    ],
)
def test_batch14_families(text, figures):
    assert kv_lang(text) == figures
