# generated or vocabulary list: exempt from the size rules
# ruff: noqa: SIM905  (word lists read better as one string to split)
"""French vocabulary of the shallow figure grammar: number words, triggers, qualifiers, blockers.

Words are folded (lower case, no accents) by `Vocab.build`; elided articles ("l'", "d'", "qu'") are
separate tokens, so "l'enlèvement" looks up "enlevement".
"""

from __future__ import annotations

from extractors.figures.lang import BOTH, POST, PRE, Vocab, forms

_NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "quatre-vingt": 80, "quatre-vingts": 80, "cent": 100, "cents": 100,
}  # fmt: skip
_SCALES = {"mille": 1000, "mil": 1000, "million": 10**6, "millions": 10**6, "milliard": 10**9,
           "milliards": 10**9}  # fmt: skip
# Vague plurals take their lower bound; "une vingtaine" is about 20.
_VAGUE = {
    "dizaines": (20, False), "centaines": (200, False), "milliers": (2000, False), "millions": (2 * 10**6, False),
    "dizaines de milliers": (20000, False), "centaines de milliers": (200000, False),
    "dizaines de millions": (20 * 10**6, False),
    "dizaine": (10, True), "douzaine": (12, True), "quinzaine": (15, True), "vingtaine": (20, True),
    "trentaine": (30, True), "quarantaine": (40, True), "cinquantaine": (50, True),
    "soixantaine": (60, True), "centaine": (100, True), "millier": (1000, True),
}  # fmt: skip


_TRIGGERS = {
    **forms(
        "killed",
        pre="tue tuant noyade coute coutant coutait",  # "coûté la vie à sept civils"
        post="decedees tues tuees morts mortes peri peris perdu victimes corps cadavres noyes decedes deces tues",
    ),
    **forms("injured", pre="blesse blessant", post="blesses blessees"),
    **forms(
        "displaced",
        # "chassées de", "délogés", "sans abri", "mises à l'abri", "l'exode de"
        pre="deplacement evacuation evacue deplace rue chasse deloge exode exil",
        post="deplaces deplacees evacues evacuees sans-abri abri fui fuir quitter refugies refugiees sinistres "
        "chasses chassees deloges delogees",
    ),
    **forms("missing", pre="disparition", post="disparus disparues disparu introuvables introuvable"),
    **forms(
        "arrested",
        pre="arrestation interpellation arrete interpelle incarceration emprisonnement",
        both="arrestations interpellations",  # "a recensé 47 interpellations"
        post="interpelles interpellees arretes arretees detenus ecroues ecrouees incarceres incarcerees emprisonnes "
        "emprisonnees",
    ),
    **forms(
        "kidnapped",
        pre="enlevement enlevements rapt enleve kidnappe sequestre",
        post="enleves enlevees otages kidnappes sequestres sequestrees",
    ),
}
# Headline present plurals before their object ("Des hommes armés enlèvent 50 femmes"); the singulars fold
# to the participles ("enlève", "tue", "arrête").
for _w, _kind in (("tuent", "killed"), ("blessent", "injured"), ("evacuent", "displaced"), ("arretent", "arrested"),
                  ("interpellent", "arrested"), ("enlevent", "kidnapped"), ("kidnappent", "kidnapped")):  # fmt: skip
    _TRIGGERS.setdefault(_w, (_kind, PRE))
# Participles agree with their count: masculine and feminine, singular and plural ("détenu", "détenues",
# "kidnappées", "noyées"); the forms listed above keep their place (a singular "arrêté" stands before).
_PARTICIPLES = {
    "killed": "tue decede noye succombe",  # "ont succombé à leurs blessures"
    "injured": "blesse",
    "displaced": "deplace evacue chasse deloge refugie",  # not "sinistrées": struck, not displaced
    "missing": "disparu",
    "arrested": "interpelle arrete detenu ecroue incarcere emprisonne",
    "kidnapped": "enleve kidnappe sequestre",
}
for _kind, _stems in _PARTICIPLES.items():
    for _stem in _stems.split():
        for _end in ("", "e", "s", "es"):
            _TRIGGERS.setdefault(_stem + _end, (_kind, POST))
_TRIGGERS["perdu"] = ("killed", POST)  # "ont perdu la vie"
for _w in ("deces", "mort", "corps", "depouilles"):
    _TRIGGERS[_w] = ("killed", BOTH)
_TRIGGERS["restes"] = ("killed", PRE)  # "les restes de neuf personnes" (not after: "restés", folded, stayed)
_TRIGGERS["detention"] = ("arrested", BOTH)
_TRIGGERS["retention"] = ("arrested", BOTH)  # "placés en rétention", "un centre de rétention"

_STEMS = (
    "tue tua mort deces deced rue peri perdu victime corps cadavre noy blesse deplace evacu sans-abri fui fuir quitter "
    "refugie sinistre dispar arrest arrete interpell detenu detention enlev rapt kidnapp otage sequestr introuvable "
    "ecrou incarcer emprison retention restes depouill succomb "
    "chass deloge exode exil abri coute coutant coutait bilan manqu garde jete otage refuge camps rafle ravisseur geolier preneurs abandonn partir"
).split()

# Led to custody or to an unknown place, moved to a shelter (`moves`, `destinations`; see the Arabic list).
_MOVES = {
    **dict.fromkeys("conduit conduite conduits conduites emmene emmenee emmenes emmenees emmenent".split(),
                    "arrested kidnapped"),
    **dict.fromkeys("transfere transferee transferes transferees transferent achemine achemines acheminees reloge "
                    "relogee reloges relogees".split(), "displaced kidnapped"),
}  # fmt: skip
_DESTINATIONS = {
    **dict.fromkeys("prison|commissariat|gendarmerie|poste de police|securite interieure|services de securite|"
                    "centre de detention|centres de detention".split("|"), "arrested"),
    **dict.fromkeys("destination inconnue|lieu inconnu|endroit inconnu".split("|"), "kidnapped"),
    **dict.fromkeys("centres d hebergement|centre d hebergement|centres d accueil|centre d accueil|abris|camps|camp|"
                    "refuges|ecoles|ecole".split("|"), "displaced"),
}  # fmt: skip

VOCAB = Vocab.build(
    "fr",
    trigger_stems=_STEMS,
    numbers=_NUMBERS,
    scales=_SCALES,
    duals={},
    vague=_VAGUE,
    triggers=_TRIGGERS,
    tolls={"bilan": "killed", "nombre": None, "total": None},
    qualifiers_before={
        "au moins": "at_least",
        "pas moins de": "at_least",
        "pas moins d": "at_least",
        "au minimum": "at_least",
        "plus de": "more_than",
        "plus d": "more_than",
        "davantage de": "more_than",
        "au-dela de": "more_than",
        "moins de": "fewer_than",
        "moins d": "fewer_than",
        "environ": "about",
        "pres de": "about",
        "pres d": "about",
        "quelque": "about",
        "approximativement": "about",
        "autour de": "about",
        "jusqu a": "up_to",
        "jusqu'a": "up_to",
        "pourrait atteindre": "up_to",
        "pourrait depasser": "more_than",
        "depasse": "more_than",
        "depasse les": "more_than",
    },  # fmt: skip
    qualifiers_after={"au moins": "at_least", "environ": "about"},
    households="familles famille menages menage foyers".split(),
    persons="personnes civils migrants enfants femmes hommes soldats militaires combattants habitants "
    "refugies victimes agents policiers membres ressortissants pecheurs ouvriers commercants journalistes "
    "militants opposants etudiants employes travailleurs jeunes manifestants passeurs trafiquants complices "
    "suspects gendarmes gardes chauffeurs marins medecins infirmiers passants eleves enseignants fideles "
    "pelerins".split(),
    reaches="touche vise concerne cible frappe".split(),
    moves=_MOVES,
    move_links="vers au aux a dans".split(),
    destinations=_DESTINATIONS,
    household_shelters="ecoles ecole".split(),
    compel="pousse contraint force oblige poussent contraignent forcent obligent".split(),
    compel_links=["a"],
    leaving="abandonner partir".split(),  # (and every displaced trigger: shallow_clause._leaving)
    modals="pourrait pourraient devrait devraient risque risquent menace menacent menaces menacees".split()
    # a feared event, in the subjunctive: "craint que jusqu'à 100 000 personnes ne soient déplacées"
    + "soient craint craignent".split()
    # plans and obligations before an infinitive: "prévoit d'évacuer 500 réfugiés", "doivent être évacués"
    + "prevoit prevoient prevoyait prevoyaient envisage envisagent envisageait envisageaient projette projettent "
    "projetait apprete appretent appretait doit doivent".split(),
    planned="evacuer deplacer reloger transferer rapatrier reinstaller expulser accueillir heberger".split(),
    holds={
        p: True
        for p in (
            "aux mains",
            "entre les mains",
            "detenus par",
            "detenues par",
            "retenus par",
            "retenues par",
        )
    },
    events={"rafle": "arrested", "rafles": "arrested"},
    blockers_after="dinars dinar dollars dollar euros euro barils baril ans an annees annee jours jour heures "
    "heure minutes mois semaines km kilometres kilometre metres metre tonnes tonne sieges siege voix % "
    "pour janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre hectares "
    "milles vehicules maisons batiments megawatts places "
    # objects counted next to a casualty word ("5 000 logements pour les sinistrés", "3 hôpitaux")
    "logements habitations appartements tentes abris hopitaux ecoles centres camps bateaux embarcations navires "
    "camions voitures drones avions obus roquettes missiles armes kits lits colis repas".split(),
    blockers_before="en annee article resolution age agee ages agees".split(),
    subgroup="dont parmi".split(),
    release="liberation libere liberes liberees relaches relache relachees liberer secouru secourus sauve "
    "sauves rescapes survivants vivants liberte".split(),
    returns="rentres rentrees rentre revenus revenues revenu retournes retournees regagne rapatrie rapatries "
    "rentrent reviennent retournent regagnent "
    "rapatriees retour".split(),
    disjunctions=["ou"],
    toll_links=["a"],
    idioms={
        **{f"{verb} a l appel": ("missing", POST) for verb in "manque manquent manquait manquaient".split()},
        "garde a vue": ("arrested", BOTH),  # "placé en garde à vue 6 personnes", "6 personnes en garde à vue"
        **{f"{p} sur les routes": ("displaced", BOTH) for p in "jete jetes jetee jetees".split()},
        **{
            f"{p} en otage": ("kidnapped", POST)  # "pris en otage", "retenues en otage"
            for p in "pris prise prises retenu retenue retenus retenues".split()
        },
        **{
            f"{p} refuge": ("displaced", POST) for p in "trouve trouvent trouvaient cherche cherchent".split()
        },
        # living in camps: "des centaines de familles vivent (toujours) dans des camps (de déplacés)"
        **{
            f"{p} dans des camps": ("displaced", POST)
            for p in "vivent vivaient vit heberges hebergees installes installees entasses entassees".split()
        },
    },
    alive={
        p: True for p in ("vivants", "vivantes", "vivant", "sains et saufs", "saines et sauves", "en vie")
    },
    # auxiliaries and copulas: "ont été enlevés", "sont portés disparus", "restent introuvables"
    auxiliaries="a ont est sont ete etaient etait avait avaient sera seront aurait auraient portes portees porte "
    "portee retrouves retrouvees restent reste demeurent".split(),
    light="de d du des la le les l ne n y toujours deja trouve trouvee trouves trouvees".split(),  # "ont trouvé la mort"
    demands="attend attendent attendaient reclame reclament reclamer exige exigent exiger demande demandent demander appelle appellent appeler plaide plaident".split(),
    origins="de d du des".split(),
    searches="recherche recherches rechercher recherchent recherchaient cherchent chercher fouillent fouiller "
    "ratissent".split(),
    captors=[
        *"ravisseurs kidnappeurs geoliers preneurs gang gangs".split(),  # not militias, as in Arabic
        *("hommes armes", "individus armes", "groupe arme", "groupes armes", "bande armee", "bandes armees"),
    ],
    conjunctions=["et"],
    clause_breaks="tandis alors".split(),
    definite="la le".split(),  # "14 migrants ont trouvé la mort et 9 ..."
    range_open=["entre"],
    range_join=["et", "a", "-"],
    articles=["un", "une"],
    cumulative="bilan alourdi alourdit eleve total depuis jusqu'ici present atteint cumule".split(),
    incident="attaque frappe explosion bombardement affrontements embuscade naufrage accident heurts attentat "
    "combats chavirage".split(),
    places={
        "tripoli": "Tripoli",
        "misrata": "Misrata",
        "syrte": "Sirte",
        "benghazi": "Benghazi",
        "tarhouna": "Tarhuna",
        "derna": "Derna",
        "sebha": "Sabha",
        "zaouia": "Zawiya",
        "zawiya": "Zawiya",
        "gharyan": "Gharyan",
        "ajdabiya": "Ajdabiya",
        "tobrouk": "Tobruk",
        "al-bayda": "Bayda",
        "koufra": "Kufra",
        "sabratha": "Sabratha",
        "zouara": "Zuwara",
        "mourzouq": "Murzuq",
        "libye": "Libya",
    },  # fmt: skip
    country="Libya",
    bearings="ouest est sud nord pres proximite".split(),
    space_groups=True,
)
