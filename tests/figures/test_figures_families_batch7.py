"""extractors.figures: the families blind batch 7 (evaluation/BLIND.md) found missing, each tried with
wordings written here, and the near misses that must stay no figure."""

from __future__ import annotations

import pytest

from extractors.figures import extract_figures


def kv(text: str) -> list[tuple[str, int]]:
    return [(f.kind, f.value) for f in extract_figures(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The number of people killed in the 6.8-magnitude quake has climbed to 126.", [("killed", 126)]),
        ("The death toll from Friday's magnitude 7.7 earthquake jumped to 2,719.", [("killed", 2719)]),
        ("The toll from the 3 May attack rose to 30.", [("killed", 30)]),
        (
            "The number of people killed in the strike on a playground in the city rose overnight to 20.",
            [("killed", 20)],
        ),
        ("Another 32 people were admitted with injuries.", [("injured", 32)]),
        ("Four officers suffered gunshot wounds during the raid.", [("injured", 4)]),
        ("Five soldiers sustained serious injuries.", [("injured", 5)]),
        ("Gunmen who stormed a seminary overnight are holding three students.", [("kidnapped", 3)]),
        ("Armed men kidnap pharmacist and two relatives", [("kidnapped", 2)]),
        ("Refugee arrivals pass 95,000", [("displaced", 95000)]),
        ("Fighting drives hundreds of families from their homes", [("displaced", 200)]),
        ("Roughly 800 migrants are being held at the Ganfouda facility.", [("arrested", 800)]),
        ("Officials ordered 27,000 residents of the northern suburbs to leave.", [("displaced", 27000)]),
        ("By Sunday night some 9,000 remained in emergency shelters.", [("displaced", 9000)]),
        ("About 2,000 are still living in temporary shelters.", [("displaced", 2000)]),
        ("Some 1,300 remained in temporary accommodation on Monday.", [("displaced", 1300)]),
        ("The agency recorded 45.8 million internal displacements in 2024.", [("displaced", 45800000)]),
        ("Nearly 1,000 families whose homes were swept away are still renting.", [("displaced", 1000)]),
        ("Around 800 people whose homes were washed away are housed in tents.", [("displaced", 800)]),
        (
            "Some 14,900 new arrivals were registered in November, the majority fleeing attacks.",
            [("displaced", 14900)],
        ),
        (
            "About 18,000 Rohingya have entered the district since January, fleeing the fighting.",
            [("displaced", 18000)],
        ),
    ],
)
def test_batch_7_families(text, expected):
    assert kv(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He said the number of dead was likely to exceed 3,000.",
        "Officials fear the toll could top 500.",
        "Tourist arrivals pass 1 million for the first time.",
        "The number of migrant arrivals rose to 5,000.",
        "The company drives 30 trucks from the port.",
        "The 12 players remained in the camp.",
        "The 3 men whose car was destroyed were unhurt.",
        "The survey covered 361 IDP sites in the region.",
        "He suffered 3 stab wounds.",
    ],
)
def test_batch_7_near_misses_are_no_figure(text):
    assert kv(text) == []


def test_a_bare_noun_after_the_verb_ends_the_first_conjunct_only_right_after_it():
    text = "Two people were killed in flooding and close to 1,000 were evacuated."
    assert kv(text) == [("killed", 2), ("displaced", 1000)]


# --- families from blind batch 8 ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Households displaced by the floods (Kalehe territory): 2,615", [("displaced", 2615)]),
        ("IDPs (individuals): 48,320", [("displaced", 48320)]),
        ("Persons evacuated as of 6 PM: 18,205", [("displaced", 18205)]),
        (
            "A total of 312 families (1,487 individuals) were evicted from the settlement.",
            [("displaced", 1487)],
        ),
        ("Some 62,000 people have been forcibly evicted from their homes.", [("displaced", 62000)]),
        ("About 2,300 residents had been moved out of low-lying areas.", [("displaced", 2300)]),
        (
            "Raiders displaced 15,000 people and burned 210 houses.",
            [("displaced", 15000), ("displaced", 210)],
        ),
        ("About 21,000 people remain in displacement sites.", [("displaced", 21000)]),
        (
            "Residents of 12 villages, around 40,000 people, were told to leave their homes.",
            [("displaced", 40000)],
        ),
        ("Some 6,000 of the 8,400 people evacuated have since gone back.", [("displaced", 8400)]),
    ],
)
def test_batch_8_families(text, expected):
    assert kv(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The club will be without three injured defenders for the derby.",
        "The floods left more than 1,800 houses destroyed or damaged.",
        "The new wing has room for 20,000 more refugees.",
    ],
)
def test_batch_8_near_misses_are_no_figure(text):
    assert kv(text) == []


# --- families from batch 10 ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("14 arrested over fuel smuggling in the south", [("arrested", 14)]),
        ("Police Raids Net 17", [("arrested", 17)]),
        ("Thousands held arbitrarily in the east, rights group says", [("arrested", 2000)]),
        ("Some 40 activists are held without charge.", [("arrested", 40)]),
        ("Gang violence drives out 5,000 from the suburb", [("displaced", 5000)]),
        (
            "Officials moved 12,500 residents of coastal huts into concrete cyclone shelters.",
            [("displaced", 12500)],
        ),
        ("3 gunmen killed over 20 people.", [("killed", 20)]),
    ],
)
def test_batch_10_families(text, expected):
    assert kv(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The company netted $5 million.",
        "The firm moved 30 trucks into the camp.",
        "Talks were held without result for 3 days.",
    ],
)
def test_batch_10_near_misses_are_no_figure(text):
    assert kv(text) == []
