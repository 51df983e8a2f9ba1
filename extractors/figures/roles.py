"""The role flags of a trigger phrase (where it may stand relative to the number N) and the gap marker of a
phrase: defined once, for the lexicon and for the word modules it builds on (departure_words)."""

POST = 1  # N [noun phrase] [were ...] TRIGGER: "21 people were killed"
PRE = 2  # TRIGGER [qualifier] N: "killing at least 21", "the evacuation of 300"
NOUN = 4  # the trigger is the head noun itself: "584 deaths", "8,400 IDPs"
TRANS = 8  # a transitive verb: "3 gunmen killed 5 people" makes 3 the agent, no figure
DWELL = 16  # counts homes: "85 homes were destroyed" (displacement, households)
LABEL = 32  # may label a number in a table: "IDPs total 4 310", "Number of evacuated: 871"
PLACE = 64  # a place people stay in, valid after "in", "into", "at": "staying in relief camps"
HOST = 128  # hosts only the displaced: "hosting 32,000 IDPs" (not "hosting 50,000 fans")

# In a trigger phrase, GAP stands for up to two words of a noun phrase's left edge (a determiner, an
# adjective): "taken to ~ hospital" matches "taken to hospital", "taken to a nearby hospital".
GAP = "~"
