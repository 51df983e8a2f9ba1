"""Stories written for the dedup tests (fictional events, own words) and the copies made from them.

The transformations mirror the ones the pipeline must recognise: a wire copy, a light edit, an
excerpt, an added intro line and an update with a new toll.
"""

from __future__ import annotations

import re

FLOOD = """\
Floodwaters swept through the eastern port town of Marsa Qasr overnight after two dams upstream gave \
way under days of torrential rain, local officials said on Tuesday.

At least 42 people were killed and more than 300 are missing, according to the mayor, who described \
entire streets near the river mouth being washed into the sea. Rescue teams from neighbouring towns \
arrived at dawn but said heavy machinery was needed to reach collapsed buildings.

The town's only hospital was operating on generator power and had run out of blood supplies by \
midday, a doctor told reporters by satellite phone. Mobile networks were down across the district.

Residents said warnings to leave low-lying areas came too late. "The water came like a wall, there was \
no time to carry the children upstairs," said Salma Idris, a teacher who lost her home.

The interior ministry said 6,000 people had been moved to schools and mosques on higher ground and \
appealed for tents, blankets and drinking water. Aid agencies warned of a risk of cholera if clean \
water could not be delivered within days.
"""

PORT_STRIKE = """\
Dock workers at the country's largest container terminal walked off the job on Monday, halting the \
loading of ships for the first time in a decade and leaving dozens of vessels waiting at anchor.

The union said the strike would continue until the port authority agreed to restore night-shift \
allowances that were cut in March. Managers called the stoppage illegal and said they would seek a \
court order to end it.

Importers warned that fuel and flour deliveries could be delayed within a week. A spokesman for the \
chamber of commerce said traders were already diverting cargo to smaller harbours further along the \
coast, where fees are higher and cranes are older.

Talks between the two sides broke down on Friday after eleven hours, according to people present. \
The labour minister said she would invite both delegations to her office on Wednesday.
"""

ELECTION = """\
Election officials began counting ballots on Sunday evening after a municipal vote that drew long \
queues in the capital but a thin turnout in the southern provinces, where polling stations opened \
late because of fuel shortages.

The electoral commission said preliminary results for the 58 councils would be announced within \
three days. Observers from a regional monitoring group reported isolated cases of ballot boxes \
arriving without seals but said the vote was generally orderly.

Independent candidates were expected to do well in the coastal cities, where the established parties \
have been blamed for power cuts and unpaid public salaries. In several districts, women made up a \
third of the candidates, a record for local elections.

The commission's chairman urged candidates to accept the results and to file any complaints through \
the courts rather than in the street.
"""

# A background paragraph two unrelated stories both carry.
BACKGROUND = (
    "The country has been split between rival administrations in the east and the west since 2014, "
    "and a United Nations process to unify its institutions and hold national elections has stalled "
    "repeatedly, leaving public services and infrastructure badly neglected."
)

# Two outlets' own stories about the flood in FLOOD: same facts, own words. Not duplicates.
FLOOD_OTHER_OUTLET = """\
Rescuers were still digging through mud and debris in Marsa Qasr on Tuesday, a day after the collapse \
of two dams sent a torrent through the coastal town. The mayor put the death toll at 42, with more than \
300 people unaccounted for.

Survivors described being woken by a roar and climbing onto rooftops as the river burst its banks. \
Many said they had received no evacuation order. The regional hospital is overwhelmed and relying on a \
generator, staff said, while phone lines across the area remain cut.

The government has opened schools and mosques to roughly 6,000 displaced residents and asked for \
international help with shelter and clean water, amid fears of disease.
"""


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def syndicated(text: str) -> str:
    return (
        f"MARSA QASR (Reuters) - {text}\n\n(Reporting by Ahmed Salem; Writing by Jane Roe; "
        "Editing by Mark Doe)"
    )


def light_edit(text: str) -> str:
    edited = text.replace("said on", "stated on").replace("according to", "per").replace(" the ", " this ", 2)
    return edited.replace("\u201c", '"').replace("\u201d", '"').replace(" were ", " had been ", 1)


def excerpt(text: str) -> str:
    return "\n\n".join(paragraphs(text)[:2]) + "\n\nRead more at https://example.org/world/2024/flood-story"


def with_intro(text: str) -> str:
    return (
        "This story was first published by our partner newsroom and is republished with permission.\n\n"
        + text
    )


def updated(text: str) -> str:
    """The same story later in the day: a higher toll, a new closing paragraph."""
    newer = re.sub(r"At least 42 people were killed", "At least 97 people were killed", text)
    return newer + "\n\nThe toll rose sharply on Tuesday evening as divers recovered bodies from the harbour."


def with_background(text: str) -> str:
    parts = paragraphs(text)
    return "\n\n".join(parts[:2] + [BACKGROUND] + parts[2:])
