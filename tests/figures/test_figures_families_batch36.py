"""Families from the tuning halves of blind batch 36 and ar/fr batch 14 (issue 13), with variants and the near
misses that must stay as they are."""

from __future__ import annotations

import pytest

from tests.figures.probes import kv_lang


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


@pytest.mark.parametrize(
    "text, figures",
    [
        # French: "ont trouvé la mort", "ont succombé à leurs blessures"
        (
            "Selon le Croissant-Rouge, 14 migrants ont trouvé la mort et 9 sont portés disparus.",
            [("killed", 14), ("missing", 9)],
        ),
        ("Trois personnes ont trouvé la mort dans l'accident.", [("killed", 3)]),
        (
            "Sept soldats ont succombé à leurs blessures, portant le bilan à 24 morts.",
            [("killed", 7), ("killed", 24)],
        ),
        # a part named by a casualty word of another kind
        (
            "Près de 1 200 migrants ont été interpellés, dont 35 blessés lors de l'intervention.",
            [("arrested", 1200), ("injured", 35)],
        ),
        ("Au moins 34 morts, dont 12 enfants, ont été recensés.", [("killed", 34)]),
        # Arabic: the part of the injured who died; remains; detained (plural)
        (
            "ارتفعت الحصيلة إلى 58 قتيلا، بعد وفاة 4 من المصابين متأثرين بجروحهم.",
            [("killed", 4), ("killed", 58)],
        ),
        ("أصيب 12 من عناصر الشرطة في الهجوم.", [("injured", 12)]),
        ("أعلنت الهيئة انتشال رفات 28 شخصا من مقبرة جماعية في سرت.", [("killed", 28)]),
        ("قال محامون إن 22 ناشطا احتُجزوا في سجن الجديدة منذ مايو.", [("arrested", 22)]),
    ],
)
def test_batch15_families(text, figures):
    assert kv_lang(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # a part of the same kind as any whole before it is no figure of its own
        (
            "بلغت الحصيلة 112 شهيدا و340 مصابا، بينهم 19 شهيدا انتشلت جثامينهم من تحت الأنقاض.",
            [("injured", 340), ("killed", 112)],
        ),
        (
            "Le bilan fait état de 40 morts et 120 blessés, dont 9 morts parmi les secouristes.",
            [("injured", 120), ("killed", 40)],
        ),
        # a killed with its own subject is not paired with the injured count after it
        ("قالت الوزارة إن عنصرا أمنيا قُتل وأُصيب 3 آخرون خلال مداهمة.", [("injured", 3)]),
        ("أسفر القصف عن مقتل وجرح العشرات.", []),  # killed and wounded together: neither
    ],
)
def test_parts_and_pairs(text, figures):
    assert kv_lang(text) == figures
