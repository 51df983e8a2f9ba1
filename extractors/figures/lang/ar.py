# generated or vocabulary list: exempt from the size rules
# ruff: noqa: SIM905  (word lists read better as one string to split)
"""Arabic vocabulary of the shallow figure grammar: number words, triggers, qualifiers, blockers.

Words are written as in print; `Vocab.build` folds them (hamza and alef variants, ta marbuta, alef
maqsura), and lookups strip the proclitics و ف ب ل ك ال لل, so one entry covers "والقتلى", "للقتلى", ...
"""

from __future__ import annotations

from extractors.figures.lang import BOTH, POST, PRE, Vocab, forms

_UNITS = {
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثنتا": 2,
    "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6,
    "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "ثمان": 8, "تسعة": 9, "تسع": 9,
    "عشرة": 10, "عشر": 10, "أحد": 1, "إحدى": 1, "واحد": 1, "واحدة": 1,
}  # fmt: skip
_TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}  # fmt: skip
_HUNDREDS = {"مئة": 100, "مائة": 100, "مئتا": 200, "مائتا": 200, "مئتان": 200, "مئتين": 200,
             "مائتان": 200, "مائتين": 200}  # fmt: skip
for _n, _w in ((3, "ثلاث"), (4, "أربع"), (5, "خمس"), (6, "ست"), (7, "سبع"), (8, "ثمان"), (9, "تسع")):
    _HUNDREDS[_w + "مئة"] = _HUNDREDS[_w + "مائة"] = _n * 100

_SCALES = {"ألف": 1000, "آلاف": 1000, "ألفا": 1000, "مليون": 10**6, "مليونا": 10**6, "ملايين": 10**6,
           "مليار": 10**9, "مليارات": 10**9}  # fmt: skip
# Person nouns with a broken plural ("ضابط"/"ضباط"): both dual endings are unambiguous; feminines in ة
# take "تان"/"تين". Sound-plural nouns ("مهندس"/"مهندسين") keep only the nominative dual, listed below.
_BROKEN_SINGULARS = (
    "ضابط حارس تاجر سائح قائد شيخ ولد زوج ابن شرطي مسؤول أستاذ معلم رجل شاب طفل طبيب "
    "شقيق أخ عسكري مقاتل مواطن صحفي ناشط مدني مهاجر جندي عنصر موظف عامل صياد سائق مسعف بحار مهندس "
    "طيار قيادي ممرضة طفلة فتاة سيدة امرأة زوجة طالبة شقيقة ابنة"
).split()
_SOUND_PLURALS = frozenset(
    "عسكري مقاتل مواطن صحفي ناشط مدني مهاجر موظف عامل صياد سائق مسعف بحار مهندس طيار قيادي معلم مسؤول".split()
)


def _dual_forms(word: str) -> tuple[str, ...]:
    if word.endswith("ة"):
        return word[:-1] + "تان", word[:-1] + "تين"
    return (word + "ان",) if word in _SOUND_PLURALS else (word + "ان", word + "ين")


_BROKEN_DUALS = [d for w in _BROKEN_SINGULARS for d in _dual_forms(w)]
_DUALS = {
    "ألفان": (2000, None), "ألفين": (2000, None), "ألفا": (2000, None), "ألفي": (2000, None),
    "مئتي": (200, None), "مائتي": (200, None), "شرطيان": (2, None), "شرطيين": (2, None),
    "مليونان": (2 * 10**6, None), "مليونين": (2 * 10**6, None),
    "شخصان": (2, None), "شخصين": (2, None), "طفلان": (2, None), "طفلين": (2, None),
    "امرأتان": (2, None), "امرأتين": (2, None), "رجلان": (2, None), "رجلين": (2, None),
    "مدنيان": (2, None), "مهاجران": (2, None), "جنديان": (2, None), "جنديين": (2, None),
    "عنصران": (2, None), "عنصرين": (2, None), "صحفيان": (2, None), "صحفيين": (2, None),
    # person nouns whose dual cannot be a plural ("طبيبين", not "*أطباء"); of the others only the nominative
    "طبيبان": (2, None), "طبيبين": (2, None), "شقيقان": (2, None), "شقيقين": (2, None),
    "شابان": (2, None), "شابين": (2, None), "فتاتان": (2, None), "فتاتين": (2, None),
    "طفلتان": (2, None), "طفلتين": (2, None), "سيدتان": (2, None), "سيدتين": (2, None),
    "ممرضتان": (2, None), "ممرضتين": (2, None), "صيادان": (2, None), "عاملان": (2, None),
    "موظفان": (2, None), "ناشطان": (2, None), "مواطنان": (2, None), "سائقان": (2, None),
    "مسعفان": (2, None), "بحاران": (2, None),
    **{w: (2, None) for w in _BROKEN_DUALS},
    "قتيلان": (2, "killed"), "قتيلين": (2, "killed"), "جريحان": (2, "injured"), "جريحين": (2, "injured"),
    "رهينتان": (2, "kidnapped"), "رهينتين": (2, "kidnapped"), "مفقودان": (2, "missing"),
    "جثتان": (2, "killed"), "جثتين": (2, "killed"), "جثمانان": (2, "killed"), "جثمانين": (2, "killed"),
}  # fmt: skip
# Vague plurals take their lower bound: two tens, two hundreds, two thousands (as English "hundreds").
_VAGUE = {
    "عشرات": (20, False), "مئات": (200, False), "آلاف": (2000, False), "ملايين": (2 * 10**6, False),
    "عشرات آلاف": (20000, False), "عشرات الآلاف": (20000, False), "مئات الآلاف": (200000, False),
    "مئات آلاف": (200000, False), "عشرات الملايين": (20 * 10**6, False),
    "بضع عشرات": (20, False), "بضع مئات": (200, False), "بضعة آلاف": (2000, False),
}  # fmt: skip


_TRIGGERS = {
    **forms(
        "killed",
        pre="قتل قتلت مقتل مصرع توفي استشهاد استشهد استشهدت بحياة غرق دفن",
        post="قتيل قتيلا قتلي حتفهم حتفه حتفهن حتفهما مصرعهم مصرعه مصرعهن مصرعهما توفوا قضوا ضحية ضحايا جثة جثث "
        "غريقا غرقي غرقا شهيدا شهيد استشهدوا",
        both="قتلى وفيات وفاة قتلوا جثة جثث جثمان جثمانا جثامين حياتهم حياته شهداء رفات",
    ),
    **forms(
        "injured",
        pre="جرح أصيب أصيبت",
        post="أصيبوا جريح جريحا بجروح مصابا مصابين مصابون إصابات",
        both="جرحى إصابة",
    ),
    **forms(
        "displaced",
        pre="نزوح تهجير تشريد إجلاء أجلت أجلي فرار هجر شرد",
        post="هجروا شردوا نزحوا نازح نازحا نازحين نازحون نازحة فروا مهجرين مهجرا مشرد مشردا مشردين مشردون مأوى "
        "لاجئ لاجئا لاجئين لاجئون",
        both="النازحين نزح نزحت فر فرت هجرت شردت",
    ),
    **forms("missing", pre="فقدان فقد اختفاء", post="مفقود مفقودا مفقودين مفقودون مفقودة اختفوا"),
    **forms(
        "arrested",
        pre="اعتقال اعتقل اعتقلت تعتقل حبس القبض ضبط احتجاز احتجز احتجزت تحتجز يحتجز توقيف إيقاف أوقف أوقفت",
        post="اعتقلوا احتجزوا أوقفوا معتقل معتقلا معتقلين محتجز محتجزا محتجزين موقوفين موقوفا",
    ),
    **forms(
        "kidnapped",
        pre="خطف اختطاف اختطف اختطفت خطفت اختطفوا خطفوا",
        post="مخطوف مخطوفا مخطوفين مختطف مختطفا مختطفين رهينة رهائن",
    ),
}

# Participles agree in case, number and gender: "محتجز", "محتجزا", "محتجزون", "محتجزين", "محتجزة", "محتجزات".
_PARTICIPLES = {
    "arrested": "معتقل محتجز موقوف",
    "kidnapped": "مخطوف مختطف",
    "missing": "مفقود",
    "injured": "مصاب",
    "displaced": "مهجر مشرد نازح",
}
_NOT_PARTICIPLES = {"مهجر", "معتقلات"}  # "المهجر": the diaspora; "معتقلات": detention camps
for _kind, _stems in _PARTICIPLES.items():
    for _stem in _stems.split():
        for _end in ("", "ا", "ون", "ين", "ة", "ات"):
            if _stem + _end not in _NOT_PARTICIPLES:
                _TRIGGERS.setdefault(_stem + _end, (_kind, POST))

# Present (imperfect) forms, headline style ("مسلحون يختطفون 50 امرأة", "غارة تقتل 7"): the prefix ي or ت,
# the stem, and the endings of he/she, they (m.), the two, they (f.); before their object. Not "توقف"
# (stopped); "أجلى" is weak ("يجلي", "يجلون"); "نزح" and "فر" stand either side of their subject.
_PRESENT_STEMS = {"killed": "قتل", "injured": "صيب صاب جرح", "displaced": "شرد هجر", "arrested": "عتقل حتجز ضبط",
                  "kidnapped": "ختطف خطف"}  # fmt: skip
_ENDS = ("", "ون", "ان", "ن")
_PRESENT = {p + stem + e: (kind, PRE) for kind, stems in _PRESENT_STEMS.items() for stem in stems.split()
            for p in "يت" for e in _ENDS}  # fmt: skip
_PRESENT.update({p + w: ("displaced", PRE) for p in "يت" for w in ("جلي", "جلون", "جليان")})
_PRESENT.update({p + stem + e: ("displaced", BOTH) for stem in ("نزح", "فر") for p in "يت" for e in _ENDS})
for _w, _hit in _PRESENT.items():
    _TRIGGERS.setdefault(_w, _hit)
_COMPEL = "دفع دفعت أجبر أجبرت أرغم أرغمت اضطر اضطرت اضطروا يدفع تدفع يجبر تجبر يضطر تضطر".split()
# Seizing ("ضبط") arrests people only (`seizes`); its past she and they forms stand before the object too.
_SEIZES = ["ضبط", "ضبطت", "ضبطوا", *(p + "ضبط" + e for p in "يت" for e in _ENDS)]
# "يوقف" (he arrests, he halts) arrests people only too: "يوقف 5 أشخاص", not "يوقف 3 مشاريع" (not "توقف": stopped).
_SEIZES += ["يوقف" + e for e in _ENDS]
for _w in _SEIZES:
    _TRIGGERS.setdefault(_w, ("arrested", PRE))

_STEMS = (
    "قتل مقتل استشهد دفن حبس فر ضبط حتجز ايقاف حيات اختف قتيل مصرع حتف توف وفا وفي استشهاد شهيد شهدا بحياة غرق غريق قضوا ضحي ضحايا جثث جثة جثم "
    "جرح جريح اصيب اصاب مصاب نزح نزوح نازح تهجير مهجر تشريد مشرد اجلا اجلت فرار فروا هجر ماوي لاجئ "
    "فقد مفقود اعتقل معتقل القبض احتجز احتجاز محتجز توقيف اوقف موقوف خطف مخطوف اختطف مختطف رهين رهائن "
    "حصيل مخيم مداهم خاطف مغادر هروب رحيل ترك"
).split()

# Led to custody or to an unknown place, moved to a shelter (`moves`, `destinations`): "اقتيد 6 صحفيين إلى مقر
# جهاز الأمن", "اقتاد مسلحون أربعة ... إلى جهة مجهولة", "نقل 46 عائلة ... إلى مدارس المدينة". A transfer is no
# arrest ("نقل 20 سجينا إلى سجن آخر"); schools shelter households only (`household_shelters`).
_MOVES = {
    **dict.fromkeys("اقتيد اقتيدت اقتيدوا اقتيدا اقتاد اقتادت اقتادوا يقتاد تقتاد يقتادون اقتياد".split(), "arrested kidnapped"),
    **dict.fromkeys("نقل نقلت نقلوا ينقل تنقل ينقلون".split(), "displaced kidnapped"),
}  # fmt: skip
_DESTINATIONS = {
    **dict.fromkeys("سجن|معتقل|مركز الشرطة|مركز شرطة|قسم الشرطة|مديرية الأمن|جهاز الأمن|الأمن الداخلي|مقر أمني|"
                    "جهة أمنية|مركز احتجاز|مركز الاحتجاز|مراكز احتجاز|مراكز الاحتجاز|النيابة|المخابرات|الاستخبارات|"
                    "التحقيق".split("|"), "arrested"),
    **dict.fromkeys("جهة مجهولة|مكان مجهول|وجهة مجهولة|مكان غير معروف|جهة غير معروفة|جهة غير معلومة".split("|"),
                    "kidnapped"),
    **dict.fromkeys("مراكز الإيواء|مراكز إيواء|مركز إيواء|مركز الإيواء|مخيمات|مخيم|ملاجئ|ملجأ|مدارس|مدرسة".split("|"),
                    "displaced"),
}  # fmt: skip

VOCAB = Vocab.build(
    "ar",
    trigger_stems=_STEMS,
    numbers={**_UNITS, **_TENS, **_HUNDREDS},
    scales=_SCALES,
    duals=_DUALS,
    vague=_VAGUE,
    triggers=_TRIGGERS,
    tolls={"حصيلة": "killed", "عدد": None, "إجمالي": None},
    qualifiers_before={
        "ما لا يقل عن": "at_least",
        "لا يقل عن": "at_least",
        "على الأقل": "at_least",
        "أكثر من": "more_than",
        "ما يزيد عن": "more_than",
        "ما يزيد على": "more_than",
        "يزيد عن": "more_than",
        "يزيد على": "more_than",
        "ما يربو على": "more_than",
        "يربو على": "more_than",
        "ما يفوق": "more_than",
        "يفوق": "more_than",
        "أزيد من": "more_than",
        "ما يتجاوز": "more_than",
        "يتجاوز": "more_than",
        "تجاوز": "more_than",
        "أقل من": "fewer_than",
        "نحو": "about",
        "حوالي": "about",
        "حوالى": "about",
        "قرابة": "about",
        "زهاء": "about",
        "ما يقارب": "about",
        "يقارب": "about",
        "ما يناهز": "about",
        "يناهز": "about",
        "ما يقرب من": "about",
        "ما يصل إلى": "up_to",
        "يصل إلى": "up_to",
        "حتى": "up_to",
    },  # fmt: skip
    qualifiers_after={"على الأقل": "at_least", "على الاقل": "at_least", "تقريبا": "about"},
    households="عائلة عائلات أسرة أسر عوائل".split(),
    persons="شخص أشخاص شخصا مدني مدنيا مدنيين مهاجر مهاجرا مهاجرين طفل طفلا أطفال امرأة نساء رجل رجلا "
    "عامل عاملا عمال جندي جنديا جنود عنصر عنصرا عناصر لاجئ مواطن مواطنا مواطنين ساكن نسمة فرد أفراد "
    "تاجر تاجرا تجار صحفي صحفيا صحفيين ناشط ناشطا ناشطين نشطاء طالب طالبا طلاب موظف موظفا موظفين صياد صيادا "
    "صيادين سائق سائقا سائقين شاب شابا شباب شبان رجال فتاة فتيات طفلة مهرب مهربا مهربين معارض معارضا معارضين".split()
    # the people of crime news, in every case and gender ("ضبط 14 متهما", "ضبطت 3 مشتبها بهم")
    + [w + e for w in "متهم مشتبه مطلوب مجرم أجنبي وافد".split() for e in ("", "ا", "ين", "ون", "ة", "ات")]
    + "لص لصوص أجانب".split()
    # officers, police and soldiers, in every case ("أصيب 7 شرطيين و3 مدنيين")
    + [w + e for w in "شرطي عسكري ضابط حارس".split() for e in ("", "ا", "ين", "ون")]
    + "مسلحا مسلحين مسلحون".split()  # gunmen counted ("قتل 12 مسلحا و4 جنود"), not "مسلح واحد"
    + "ضباط حراس".split(),
    seizes=_SEIZES,
    moves=_MOVES,
    move_links="إلى نحو".split(),
    destinations=_DESTINATIONS,
    household_shelters="مدارس مدرسة".split(),
    reaches="طال طالت شمل شملت استهدف استهدفت".split(),
    compel=_COMPEL,
    leaving="مغادرة ترك هروب هرب رحيل".split(),  # (and every displaced trigger: shallow_clause._leaving)
    undergo="تعرض تعرضت تعرضوا تعرضن يتعرض تتعرض يتعرضون يتعرضن".split(),
    undergo_clitic="ل",
    modals="يتوقع المتوقع يحتمل المحتمل يخشى مهدد مهددة مهددون مهددين مهددات".split()
    # plans before a verbal noun: "تعتزم إجلاء 500 لاجئ", "تخطط لترحيل", "من المقرر إجلاء"
    + "تعتزم يعتزم تنوي ينوي تخطط يخطط تستعد يستعد المقرر".split(),
    hedges=["قد"],
    presents=[*_PRESENT, *"يؤدي تؤدي يتسبب تتسبب".split(), *(w for w in _COMPEL if w[0] in "يت")],
    holds={"في قبضة": True, "لدى": True, "بيد": True, "بأيدي": True},
    events={"اعتقالات": "arrested", "مداهمات": "arrested", "اختطافات": "kidnapped"},
    blockers_after="دينار دينارا دنانير دولار دولارا دولارات يورو جنيه برميل براميل عام عاما أعوام سنة سنوات "
    "عمره عمرها يوم يوما أيام ساعة ساعات دقيقة دقائق شهر شهرا أشهر أسبوع أسابيع كيلومتر كيلومترا كلم كم "
    "متر مترا أمتار طن طنا مقعد مقعدا مقاعد صوت صوتا أصوات % بالمئة بالمائة المئة المائة ميغاواط "
    "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان "
    "أيار حزيران تموز آب أيلول تشرين هكتار ميل رحلة سيارة سيارات منزل منازل مبنى مباني "
    # objects counted next to a casualty word ("5 مستشفيات", "3000 وحدة سكنية للنازحين")
    "بيت بيوت شقة شقق وحدة وحدات خيمة خيام مستشفى مستشفيات مدرسة مدارس مركز مراكز مخيم مخيمات قارب قوارب "
    "مركب مراكب شاحنة شاحنات عربة عربات آلية آليات طائرة طائرات مسيرة مسيرات صاروخ صواريخ قذيفة قذائف "
    "سلة سلال طرد طرود "
    # the affected, and places ("ونحو 1.7 مليون متضرر", "لإجلاء سكان 3 أحياء")
    "متضرر متضررا متضررين متضررون أحياء قرى قرية بلدات بلدة مناطق مدن مرات مرة".split(),
    # and a crowd: "شارك آلاف المواطنين في تشييع جثامين الضحايا"
    blockers_before="عام العام سنة الساعة رقم المادة القرار عمر العمر "
    "شارك شاركت حضر حضرت احتشد احتشدت تجمع تجمعت".split(),
    # a vessel's or a vehicle's load: "غرق قارب يقل 60 مهاجرا ... ولقي 8 منهم حتفهم" (the sinking kills not
    # all it carried), but "سيارات إسعاف تحمل 12 جريحا", "فقد الاتصال بقارب يقل 45 مهاجرا"
    carriers="يقل تقل يحمل تحمل يقلان تقلان".split(),
    subgroup="بينهم بينهن منهم منهن".split(),
    release="الإفراج أفرج أفرجت سراح سراحهم سراحه سراحهن سراحهما تحرير تحريرهم حرر حررت حرروا عودة أنقذ أنقذت "
    "أنقذوا ناجين ناجيا ناجون ناجيين نجا نجت نجوا".split(),  # survivors: "ونجا 25 آخرون"
    returns="عاد عادت عادوا يعود تعود يعودون رجع رجعت رجعوا أعاد أعادت عودة العائدين عائدين عائدون".split(),
    disjunctions=["أو"],
    toll_links=["إلى"],
    alive={"أحياء": True, "حيا": True, "على قيد الحياة": True},
    # living in camps: "آلاف الأسر تعيش في مخيمات", "300 عائلة يقيمون في مخيمات النزوح"
    idioms={
        f"{verb} في {camp}": ("displaced", POST)
        for verb in "يعيش يعيشون تعيش يقيم يقيمون تقيم يسكن يسكنون تسكن".split()
        for camp in ("مخيمات", "مخيم")
    },
    ones="واحد واحدة".split(),
    compel_links="إلى على".split(),
    prepositions="من في إلى على عن نحو باتجاه بسبب جراء هربا خارج داخل".split(),
    auxiliaries="تم تمت".split(),
    light=["قد"],
    demands="ينتظر ينتظرون تنتظر طالب طالبت طالبوا يطالب تطالب يطالبون دعا دعت دعوا يدعو تدعو مطالبة مطالبات ناشد ناشدت".split(),
    origins="من".split(),
    searches="بحث يبحث يبحثون تبحث يبحثان بحثا تفتيش يفتش يفتشون تمشيط".split(),
    captors=[
        # not militias: in Libya they run detention centres, and what they hold is labelled detention
        *"مسلحون مسلحين عصابة عصابات خاطفون خاطفين خاطفيهم مجهولون مجهولين".split(),
        *("مجموعة مسلحة", "مجموعات مسلحة", "جماعة مسلحة", "جماعات مسلحة", "كتيبة مسلحة"),
    ],
    conjunctions=["و"],
    clause_breaks="فيما بينما حين".split(),
    range_open=["بين"],
    range_join=["و", "إلى", "-"],
    articles="أحد إحدى واحد واحدة".split(),
    cumulative="حصيلة ارتفعت ارتفع ليرتفع لترتفع بلغ بلغت إجمالي منذ الآن".split(),
    incident="هجوم هجمات قصف غارة انفجار اشتباكات اشتباك مواجهات كمين حادث غرق انقلاب مداهمة".split(),
    places={
        "طرابلس": "Tripoli",
        "مصراتة": "Misrata",
        "سرت": "Sirte",
        "بنغازي": "Benghazi",
        "ترهونة": "Tarhuna",
        "درنة": "Derna",
        "سبها": "Sabha",
        "زاوية": "Zawiya",
        "الزاوية": "Zawiya",
        "غريان": "Gharyan",
        "أجدابيا": "Ajdabiya",
        "طبرق": "Tobruk",
        "البيضاء": "Bayda",
        "زليتن": "Zliten",
        "الخمس": "Khoms",
        "صبراتة": "Sabratha",
        "زوارة": "Zuwara",
        "غدامس": "Ghadames",
        "الكفرة": "Kufra",
        "كفرة": "Kufra",
        "أوباري": "Ubari",
        "مرزق": "Murzuq",
        "البريقة": "Brega",
        "تاجوراء": "Tajoura",
        "جنزور": "Janzour",
        "الزنتان": "Zintan",
        "نالوت": "Nalut",
        "ليبيا": "Libya",
    },  # fmt: skip
    country="Libya",
    space_groups=True,  # "أكثر من 1 500 لاجئ": one number, as in French
    bearings="غرب شرق جنوب شمال غربي شرقي جنوبي شمالي قرب ضواحي".split(),
    arabic=True,
)
