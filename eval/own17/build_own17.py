"""Builds eval/own17/own17.jsonl: the seventeenth check set (seed 17), built like own12/own13.

Passages come from a seeded random draw over the body paragraphs of the five documents; the
questions follow the draw order. Every quote is cut from the whitespace-collapsed document text
between a start anchor and the first following end anchor, so it is verbatim.

Usage: python eval/own17/build_own17.py   (writes eval/own17/own17.jsonl next to this file)
"""

from __future__ import annotations

import collections
import json
import random
import re
from pathlib import Path

SEED = 17
SS = 17
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DOCS_DIR = ROOT / "data" / "documents"
OUT = HERE / f"own{SS}.jsonl"

FILES = sorted(p.name for p in DOCS_DIR.glob("*.txt"))
BY_KEY = {f[:3]: f for f in FILES}


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, whitespace collapsed (as eval/make_probe.py)."""
    return [" ".join(part.split()) for part in re.split(r"\n\s*\n", text)]


RAW = {f: (DOCS_DIR / f).read_text(encoding="utf-8") for f in FILES}
TEXT = {f: collapse(RAW[f]) for f in FILES}
PARAS = {f: paragraphs(RAW[f]) for f in FILES}

# Body ranges by paragraph index (inclusive), as in the own12/own13 READMEs; None = to the end.
BODY = {"000": (75, None), "001": (0, None), "002": (15, None), "003": (15, 88), "004": (16, 200)}
EXCLUDE = {"001": {301}}  # page furniture: two running headers plus one short sentence
MIN_CHARS = 150


def pool() -> dict[str, list[int]]:
    out = {}
    for key in sorted(BY_KEY):
        ps = PARAS[BY_KEY[key]]
        lo, hi = BODY[key]
        hi = len(ps) - 1 if hi is None else hi
        out[key] = [
            i for i in range(lo, hi + 1) if len(ps[i]) >= MIN_CHARS and i not in EXCLUDE.get(key, set())
        ]
    return out


def draw_order(seed: int) -> list[tuple[str, int]]:
    """Weighted document choice (remaining paragraphs), then a uniform paragraph of that document."""
    rng = random.Random(seed)
    remaining = {k: list(v) for k, v in pool().items()}
    keys = sorted(remaining)
    order = []
    while any(remaining.values()):
        key = rng.choices(keys, weights=[len(remaining[k]) for k in keys])[0]
        idx = rng.choice(remaining[key])
        remaining[key].remove(idx)
        order.append((key, idx))
    return order


# --- checks of the method against the own12/own13 READMEs --------------------------------------
assert {k: len(v) for k, v in pool().items()} == {"000": 151, "001": 211, "002": 178, "003": 49, "004": 119}
_o12 = draw_order(12)
assert collections.Counter(k for k, _ in _o12[:42]) == {"000": 9, "001": 12, "002": 12, "003": 3, "004": 6}
assert _o12[:3] == [("001", 310), ("002", 198), ("000", 77)]
assert "Einstein Telescope" in PARAS[BY_KEY["001"]][310]
assert "semi-roaming radio" in PARAS[BY_KEY["002"]][198]
assert "tachtig jaar" in PARAS[BY_KEY["000"]][77]
_o13 = draw_order(13)
assert collections.Counter(k for k, _ in _o13[:44]) == {"000": 6, "001": 14, "002": 14, "003": 3, "004": 7}

ORDER = draw_order(SEED)


def cut(key: str, start: str, end: str) -> str:
    text = TEXT[BY_KEY[key]]
    assert text.count(start) == 1, (key, start, text.count(start))
    i = text.index(start)
    j = text.index(end, i) + len(end)
    quote = text[i:j]
    assert 40 <= len(quote) <= 400, (key, start, len(quote))
    return quote


# Sections: the nearest enclosing heading at the level the table of contents lists; pages from the
# table of contents (None for Jaarplan 2021, which has none).
S = {
    "000_prio": ("PRIORITEITEN VAN HET BELGISCHE VOORZITTERSCHAP", 8),
    "000_2.1": ("2.1. CONCURRENTIEVERMOGEN EN WEERBAARHEID", 16),
    "000_2.5": ("2.5. DIGITALE AGENDA", 20),
    "000_3.3": ("3.3. PENTA-SAMENWERKING", 24),
    "000_3.8": ("3.8. DUURZAME EN GEDIVERSIFIEERDE LANDBOUW", 27),
    "000_3.9": ("3.9. VOEDSELVEILIGHEID EN DIERGEZONDHEID", 28),
    "000_4.4": ("4.4. GEZONDSHEIDSZORG", 32),
    "000_5.1": ("5.1. Noordrijn-Westfalen (NRW)", 34),
    "000_5.4": ("5.4. Grande Région", 36),
    "001_intro": ("INLEIDING", None),
    "001_prio": ("PRIORITEITEN VAN HET BELGISCHE VOORZITTERSCHAP", None),
    "001_1.1": ("1.1. ENERGIE & KLIMA AT", None),
    "001_1.2": ("1.2. TRANSPORT & LOGISTIEK", None),
    "001_2.1.2": ("2.1.2. Crisisbeheersing", None),
    "001_2.2.1": ("2.2.1. Bestrijding van fiscale fraude", None),
    "001_nrw": ("2.1. SAMENWERKING MET NOORDRIJN-WESTFALEN (NRW)", None),
    "001_2.2": ("2.2. SAMENWERKING MET ANDERE STATEN, DEELSTATEN EN INTERNATIONALE ORGANISATIES", None),
    "002_1.1": ("1.1. ENERGIE & KLIMAAT", 8),
    "002_1.2": ("1.2. TRANSPORT & LOGISTIEK", 12),
    "002_2.1.1": ("2.1.1. POLITIESAMENWERKING", 18),
    "002_2.1.2": ("2.1.2. CRISISBEHEERSING", 24),
    "002_2.1.3j": ("2.1.3. JUSTITIE", 28),
    "002_2.4": ("2.4. WERKEN IN DE BENELUX", 36),
    "002_kc": ("1. BENELUX KENNISCENTRUM GRENDOVERSCHRIJDENDE SAMENWERKING", 40),
    "002_2.2": ("2.2. SAMENWERKING MET ANDERE STATEN, DEELSTATEN EN INTERNATIONALE ORGANISATIES", 43),
    "003_veil": ("Grensoverschrijdende veiligheid en criminaliteitsbestrijding", 6),
    "003_im": ("Versterking van de interne markt", 8),
    "003_kmo": ("Ondersteuning van KMO/MKB", 8),
    "003_ce": ("Circulaire economie", 12),
    "004_ov": ("OVERIGE SAMENWERKING", 14),
    "004_ime": ("INTERNE MARKT EN ECONOMIE", 16),
    "004_conc": ("CONCURRENTIEVERMOGEN EN WEERBAARHEID", 17),
    "004_exp": ("EXPORT VAN VERVUILDE BRANDSTOFFEN", 25),
    "004_penta": ("PENTA-SAMENWERKING", 27),
    "004_voed": ("VOEDSELVEILIGHEID EN DIERGEZONDHEID", 30),
}


def ev(key: str, sec: str, start: str, end: str) -> dict:
    section, page = S[sec]
    assert sec.startswith(key)
    return {"doc": BY_KEY[key], "quote": cut(key, start, end), "section": section, "page": page}


# Each spec: draws (indices into ORDER), type, language, history, question, evidence, answer,
# key facts, and for follow-ups the answer to the history question (must lie inside a quote).
SPECS = [
    dict(
        draws=[0], type="list", lang="nl",
        q="Welke acties rond wederzijdse politiebijstand vermeldt het jaarverslag 2021 onder de operationele politiesamenwerking?",
        ev=[ev("002", "002_2.1.1", "Ontwikkelen en verfijnen van politieke aanspreekpunten", "nieuw formulier “bijstandsaanvraag”.")],
        a="Het gaat om het ontwikkelen en verfijnen van aanspreekpunten van de bestuurlijke politie op nationaal en regionaal niveau voor grensoverschrijdende bijstand, het in bruikleen geven van materiaal, een draaiboek voor grootschalige evenementen en een geactualiseerd, nieuw formulier ‘bijstandsaanvraag’.",
        kf=["aanspreekpunten", "bruikleen", "draaiboek", "bijstandsaanvraag"],
    ),
    dict(
        draws=[1], type="summary", lang="nl",
        q="Kun je kort samenvatten waar de Benelux in 2024 op inzette voor interne markt en economie, en met wie daarvoor werd samengewerkt?",
        ev=[
            ev("004", "004_ime", "In een snel veranderende wereld met toenemende digitale", "het versnellen van digitale integratie."),
            ev("004", "004_ime", "Omdat deze complexe uitdagingen niet langer door overheden alleen", "kennisinstellingen en andere partners."),
        ],
        a="De Benelux zette in 2024 in op een groter concurrentievermogen, duurzame mobiliteit, betere arbeidsmobiliteit en snellere digitale integratie. Omdat overheden die uitdagingen niet alleen kunnen oplossen, werd nadrukkelijk samengewerkt met sectororganisaties, werkgeverskoepels, kennisinstellingen en andere partners.",
        kf=["concurrentievermogen", "arbeidsmobiliteit", "werkgeverskoepels"],
    ),
    dict(
        draws=[2], type="factoid", lang="en",
        q="NRW wants to invite the Benelux partners to a Rhine conference in 2024. What is that conference about?",
        ev=[ev("000", "000_5.1", "de Benelux-partners uitnodigen voor de Rijn-conferentie 2024", "Alpencorridor centraal.")],
        a="It is a conference on inland navigation in the German Rhine riparian states, planned for the second half of 2024, with the Green Deal for the Rhine-Alpine corridor at its centre.",
        kf=["Green Deal"],
    ),
    dict(
        draws=[3, 26], type="cross-doc", lang="nl",
        q="Het jaarplan 2021 wilde tussen de Penta-landen een bijstandsovereenkomst voor crisissen in de elektriciteitsvoorziening uitwerken. Wat is daar volgens het jaarverslag 2021 van terechtgekomen?",
        ev=[
            ev("001", "001_1.1", "Uitbouwen van de regionale plannen inzake risicoparaatheid en uitwerken", "elektriciteit (EU) 2019/941."),
            ev("002", "002_1.1", "Organiseren van twee energieconferenties", "in tijden van elektriciteitsschaarste."),
            ev("002", "002_1.1", "Na een intens traject van bilaterale", "over risicoparaatheid in de elektriciteitssector."),
        ],
        a="Het jaarplan 2021 wilde de regionale plannen voor risicoparaatheid uitbouwen en een bijstandsovereenkomst tussen de Penta-landen uitwerken, ter uitvoering van Verordening (EU) 2019/941. Volgens het jaarverslag legden de Penta-ministers op 1 februari 2021 de krijtlijnen vast voor een solidariteitsakkoord en bereikten ze op 1 december een memorandum van overeenstemming over risicoparaatheid in de elektriciteitssector.",
        kf=["2019/941", "1 december", "memorandum van overeenstemming"],
    ),
    dict(
        draws=[4], type="factoid", lang="nl",
        history=["Welk systeem moet volgens het jaarverslag 2024 letsel en schade door vuurwerkmisbruik voorkomen?"],
        history_answer="Pyro-pass",
        q="En hoe ver staan de drie landen met de invoering ervan?",
        ev=[ev("004", "004_ov", "verdere implementatie van het Pyro-pass-systeem", "in de afrondende fase bevindt.")],
        a="België en Nederland hebben de implementatie van het Pyro-pass-systeem afgerond; Luxemburg bevindt zich in de afrondende fase. Via nationale webportalen kunnen economische actoren nagaan of gebruikers van pyrotechniek de vereiste certificering hebben.",
        kf=["afgerond", "Luxemburg", "afrondende fase"],
    ),
    dict(
        draws=[5, 32], type="summary", lang="nl",
        q="Vat samen wat het jaarplan 2021 zegt over smart shipping op de binnenwateren.",
        ev=[
            ev("001", "001_nrw", "NRW is ook betrokken bij de proefprojecten Documentloos", "economisch ren- dabel te maken."),
            ev("001", "001_1.2", "Ontwikkelen van Benelux-regelgeving voor grensoverschrij", "Intelligente Transport Systemen (ITS) faciliteert."),
        ],
        a="De Benelux wil regelgeving ontwikkelen voor grensoverschrijdende smart shipping op de Benelux-binnenwateren, wat eventueel toepassingen van Intelligente Transport Systemen (ITS) mogelijk maakt. NRW is betrokken bij de proefprojecten Documentloos varen en Smart Shipping, die de binnenvaart op kleinere schepen en waterwegen economisch rendabel moeten maken.",
        kf=["regelgeving", "Intelligente Transport Systemen", "Documentloos", "kleinere schepen"],
    ),
    dict(
        draws=[6], type="explain", lang="nl",
        q="Waarom willen de landen bij crisisbeheersing regelmatig van gedachten wisselen over dossiers die in Europa behandeld worden, en in welke fase?",
        ev=[ev("001", "001_2.1.2", "Regelmatige uitwisseling over vraagstukken die op Europees niveau", "veiligheid in het algemeen.")],
        a="Om te zorgen voor een gedegen samenhang in de aanpak tussen buurlanden, wat zinvol is voor crisisbeheersing en veiligheid in het algemeen. Die uitwisseling gebeurt zowel in de ontwerpfase van de richtlijnen als tijdens de tenuitvoerlegging ervan.",
        kf=["samenhang", "ontwerpfase", "tenuitvoerlegging"],
    ),
    dict(
        draws=[7], type="explain", lang="nl",
        q="Waarom vindt het werkprogramma 2025-2028 een sterkere circulaire industrie belangrijk, en welke rol kan het Benelux-recht daarbij spelen?",
        ev=[ev("003", "003_ce", "De Benelux-samenwerking richt zich op innovatieve oplossingen", "behulpzaam kan zijn.")],
        a="Een sterkere circulaire industrie draagt niet alleen bij aan de milieudoelstellingen, maar ook aan het behoud van economische groei. De Benelux zet in op innovatieve oplossingen en technologieën en onderzoekt of het Benelux-juridisch instrumentarium daarbij behulpzaam kan zijn.",
        kf=["milieudoelstellingen", "economische groei", "juridisch instrumentarium"],
    ),
    dict(
        draws=[8], type="list", lang="nl",
        q="Welke thema's rond diergezondheid en voedsel kregen in 2024 nadrukkelijk aandacht, en volgens welk principe werden ze aangepakt?",
        ev=[
            ev("004", "004_voed", "Ook antibioticaresistentie en de traceerbaarheid", "'One Health'-principe"),
            ev("004", "004_voed", "In het verlengde van de Benelux-samenwerking op het gebied van interne markt en productvereisten", "dossier voedselcontactmaterialen voortgezet."),
        ],
        a="Antibioticaresistentie en de traceerbaarheid van diervoeders, die om een gezamenlijke aanpak volgens het 'One Health'-principe vragen. Daarnaast werd het dossier voedselcontactmaterialen voortgezet.",
        kf=["antibioticaresistentie", "diervoeders", "One Health", "voedselcontactmaterialen"],
    ),
    dict(
        draws=[9], type="factoid", lang="nl",
        q="Hoe wil men in de strijd tegen fiscale fraude de administratieve samenwerking bij het delen van gegevens versterken (jaarplan 2021)?",
        ev=[ev("001", "001_2.2.1", "Versterking van de administratieve samenwerking bij de uitwisseling", "kaders van digitale projecten.")],
        a="Door een procedure te ontwikkelen voor de automatische uitwisseling van gegevens, en door kennis en ervaringen uit te wisselen over nationale, Europese en internationale ontwikkelingen in de operationele en juridische kaders van digitale projecten.",
        kf=["automatische uitwisseling", "digitale projecten"],
    ),
    dict(
        draws=[10, 36], type="cross-doc", lang="nl",
        q="Hoe willen het jaarplan 2024 en het werkprogramma 2025-2028 kleine en middelgrote ondernemingen vooruit helpen?",
        ev=[
            ev("000", "000_2.1", "Bijzondere aandacht is er voor micro-", "de skills-agenda en betalingsachterstanden."),
            ev("003", "003_kmo", "De Benelux Unie biedt KMO", "te waarborgen."),
        ],
        a="Het jaarplan 2024 wil de administratieve lasten voor micro-, kleine en middelgrote ondernemingen in Benelux-verband verlagen, in aansluiting op het SME-relief package van de EU (administratieve lasten, financiering, skills-agenda en betalingsachterstanden). Het werkprogramma 2025-2028 wil KMO's/MKB's optimaal laten profiteren van de gezamenlijke markt, met aandacht voor talent en vaardigheden, en noemt toegang tot betaalbare energie essentieel voor hun concurrentiekracht.",
        kf=["administratieve lasten", "SME-relief", "talent", "betaalbare energie"],
    ),
    dict(
        draws=[11], type="list", lang="nl",
        q="Wat wil NRW in 2024 samen met de Benelux doen rond fietsbeleid?",
        ev=[ev("000", "000_5.1", "samenwerken rondom fietsbeleid:", "zoals hierboven vermeld.")],
        a="Verdergaan met de uitvoering van de Fiets Roadmap (die ook onder Duurzaam Transport aan bod komt) en deelnemen aan de VeloCity-conferentie die in 2024 in Gent wordt gehouden.",
        kf=["Fiets Roadmap", "VeloCity", "Gent"],
    ),
    dict(
        draws=[12], type="factoid", lang="en",
        q="Why did representatives of the Nordic Council get in touch with the Benelux Secretariat-General in 2021?",
        ev=[ev("002", "002_2.2", "Voorts werden contacten gelegd met vertegenwoordigers van de Nordic Council", "het opzetten van COVID-platforms.")],
        a="The Nordic Council representatives wanted to draw on the Secretariat-General's experience in setting up COVID platforms.",
        kf=["Nordic Council", "COVID"],
    ),
    dict(
        draws=[13], type="unanswerable", lang="en",
        q="How many start-ups take part in the Euregio Meuse-Rhine start-up cooperation that NRW wants to extend to the whole Benelux-NRW region?",
        ev=[],
        a="The documents do not say. The 2024 annual plan only states that NRW proposes to extend the already effective cross-border cooperation on start-up ecosystems in the Euregio Meuse-Rhine to the whole Benelux-North Rhine-Westphalia region; no number of start-ups is given.",
        kf=[],
    ),
    dict(
        draws=[14], type="explain", lang="nl",
        q="Waarom maakt het Belgische Benelux-voorzitterschap in 2024 werk van de terugkeer van vreemdelingen die een veiligheidsrisico vormen?",
        ev=[ev("000", "000_prio", "Een andere prioriteit van het Belgische Benelux-voorzitterschap", "van de Europese Unie.")],
        a="Omdat dit vraagstuk hoog op de agenda van de Europese Commissie staat en een specifieke aanpak vergt. De Benelux wil daaraan bijdragen, in lijn met de roadmap van de terugkeercoördinator van de Europese Unie.",
        kf=["Europese Commissie", "specifieke aanpak", "roadmap"],
    ),
    dict(
        draws=[15], type="factoid", lang="nl",
        q="Welke rol ziet het Belgische voorzitterschap van 2021 voor de permanente vertegenwoordigingen van de drie landen bij de EU?",
        ev=[ev("001", "001_prio", "Om de banden tussen de Benelux Unie en de Europese Unie te ver", "en de duurzame economie.")],
        a="Het voorzitterschap waakt erover dat de permanente vertegenwoordigingen van de drie landen bij de EU nauwer samenwerken aan de Benelux-projecten ter versterking van de interne markt en de duurzame economie, om de banden tussen de Benelux Unie en de EU te versterken.",
        kf=["nauwer samenwerken", "interne markt", "duurzame economie"],
    ),
    dict(
        draws=[16], type="factoid", lang="nl",
        q="Wie stuurt volgens het jaarplan 2021 de Benelux-samenwerking rond crisisbeheersing aan?",
        ev=[ev("001", "001_2.1.2", "Het strategisch overleg waarbij de directeuren-generaal van de crisiscentra", "is daarbij mede het doel.")],
        a="Het strategisch overleg waarin de directeuren-generaal van de crisiscentra bijeenkomen. Het stuurt de structurele en operationele samenwerking aan en wil ook de samenwerking tussen alle partners in de crisisbeheersing bevorderen.",
        kf=["strategisch overleg", "directeuren-generaal", "crisiscentra"],
    ),
    dict(
        draws=[17, 41], type="cross-doc", lang="nl",
        q="Sinds wanneer is het Benelux-verdrag over grensoverschrijdende en interterritoriale samenwerking van kracht, en kunnen ook buurlanden als Duitsland of Frankrijk erbij aansluiten?",
        ev=[
            ev("002", "002_kc", "Het Benelux-Verdrag Grensoverschrijdende en Interterritoriale Samenwerking zorgt", "tussen de drie landen in werking."),
            ev("001", "001_2.2", "Het Benelux-Verdrag Grensoverschrijdende en Interterritoriale Samenwerking biedt", "rechtspersoon- lijkheid als BGTS kunnen worden opgericht."),
        ],
        a="Het verdrag, dat partners een stevige juridische basis voor hun samenwerking geeft, werd op 20 februari 2014 in Den Haag ondertekend en is sinds 1 januari 2019 tussen de drie landen in werking. Volgens het jaarplan 2021 kunnen buurlanden zoals Duitsland en Frankrijk bij het verdrag aansluiten, zodat ook aan de buitengrenzen van de Benelux BGTS'en met rechtspersoonlijkheid kunnen worden opgericht.",
        kf=["1 januari 2019", "Duitsland", "Frankrijk", "BGTS"],
    ),
    dict(
        draws=[18, 24], type="summary", lang="nl",
        q="Geef een korte samenvatting van wat het jaarplan 2024 wil bereiken voor duurzame landbouw en voedselveiligheid.",
        ev=[
            ev("000", "000_3.8", "Met steun van het Secretariaat-generaal zullen de drie Benelux-landen werken", "op keten- en sectorniveau aanpakken."),
            ev("000", "000_3.8", "Het doel zal zijn om te werken aan verduurzaming", "eerlijk worden beloond voor hun inspanningen."),
            ev("000", "000_3.9", "De samenwerking en het overleg tussen de bevoegde overheden binnen de Benelux", "de controle op de voedselketen."),
        ],
        a="Met steun van het Secretariaat-generaal werken de drie landen aan een duurzame en veerkrachtige landbouw- en voedingssector, met een aanpak op keten- en sectorniveau, en aan een duurzamere, meer gediversifieerde voedselproductie met behoud van hoge voedselveiligheid, dier- en plantgezondheid en energie-efficiëntie, terwijl landbouwers eerlijk worden beloond. Daarnaast wordt het overleg tussen de bevoegde overheden versterkt, met nadruk op voedselveiligheid in de bedrijven en nieuwe technologieën voor toezicht en controle op de voedselketen.",
        kf=["keten- en sectorniveau", "eerlijk worden beloond", "voedselketen"],
    ),
    dict(
        draws=[19], type="list", lang="nl",
        q="Waar legt het werkprogramma 2025-2028 de nadruk bij het wegnemen van obstakels voor het vrije verkeer binnen de Benelux?",
        ev=[ev("003", "003_im", "Het doel is om de obstakels voor het vrije verkeer", "tussen de drie landen.")],
        a="Op harmonisatie van regelgeving waar passend, vermindering van administratieve lasten, vereenvoudiging van regelgeving, gelijke concurrentievoorwaarden en versterking van de marktinterconnectie tussen de drie landen.",
        kf=["harmonisatie", "administratieve lasten", "gelijke concurrentievoorwaarden", "marktinterconnectie"],
    ),
    dict(
        draws=[20], type="unanswerable", lang="nl",
        q="Welke grenswaarde voor teerhoudend afval willen de drie landen onder de EVOA gezamenlijk gaan hanteren?",
        ev=[],
        a="Dat staat niet in de documenten. Het jaarplan 2024 zegt alleen dat het Secretariaat-generaal onderzoekt of de drie landen bereid zijn de grenswaarde voor teerhoudend afval in het kader van de EVOA gezamenlijk aan te scherpen; een concrete waarde wordt niet genoemd.",
        kf=[],
    ),
    dict(
        draws=[21], type="explain", lang="nl",
        q="Wat leverden de vergaderingen van het Crise-COVID-platform in 2021 op, en wat was de bedoeling ervan?",
        ev=[
            ev("002", "002_2.1.2", "Dankzij deze vergaderingen kon tussen de partners", "tussen de vaccinatiecampagnes."),
            ev("002", "002_2.1.2", "Doel is te komen tot een zekere harmonisatie", "van een aantal maatregelen."),
        ],
        a="De partners konden regelmatig informatie uitwisselen over de COVID-19-crisis, vooral via informatiefiches met de epidemiologische stand van zaken en de genomen maatregelen, en ze konden de vaccinatiecampagnes vergelijken. Het doel is een zekere harmonisatie van een aantal maatregelen.",
        kf=["informatiefiches", "vaccinatiecampagnes", "harmonisatie"],
    ),
    dict(
        draws=[22], type="numeric", lang="en",
        q="From which year is the Benelux decision on e-health, and which EU regulation do its pilot projects have to take into account?",
        ev=[ev("000", "000_4.4", "De Benelux-Beschikking uit 2020 inzake E-health", "gezondheidsgegevens (EHDS).")],
        a="The Benelux decision on e-health dates from 2020. It is applied through pilot projects that must also take into account the EU regulation on the European Health Data Space (EHDS).",
        kf=["2020", "EHDS"],
    ),
    dict(
        draws=[23], type="numeric", lang="fr",
        q="Depuis quand le Benelux et la France explorent-ils ensemble de nouvelles pistes de coopération transfrontalière, et quelle coopération antidrogue pourrait être renforcée ?",
        ev=[
            ev("001", "001_2.2", "Sinds de ondertekening van de intentieverklaring", "innovatie en digitalisering."),
            ev("001", "001_2.2", "Tevens wordt bekeken of de landen de samenwerking met Frankrijk", "kunnen versterken."),
        ],
        a="Depuis la signature de la déclaration d'intention du 11 décembre 2018, notamment autour de projets de développement durable, d'innovation et de numérisation. On examine aussi si la coopération « Hazeldonk », l'approche commune du tourisme de la drogue et de la criminalité qui y est liée, peut être renforcée avec la France.",
        kf=["2018", "Hazeldonk"],
    ),
    dict(
        draws=[25], type="list", lang="nl",
        q="Over welke regels moet de praktische gids voor de paardensector een overzicht geven?",
        ev=[ev("001", "001_2.2.1", "Verdiepen van de multidisciplinaire samenwerking in de paardensector", "de veterinaire voorschriften.")],
        a="Over de geldende regelgeving op het vlak van fiscaliteit, douane, voedselveiligheid en veterinaire voorschriften. De gids moet de multidisciplinaire samenwerking in de paardensector verdiepen.",
        kf=["fiscaliteit", "douane", "voedselveiligheid", "veterinaire"],
    ),
    dict(
        draws=[27], type="numeric", lang="nl",
        history=["Waar kwam het netwerk van directeuren-generaal van de Europese crisiscentra in september 2021 bijeen?"],
        history_answer="Egmontpaleis",
        q="Hoeveel delegaties hebben daar het samenwerkingsprotocol ondertekend?",
        ev=[ev("002", "002_2.1.2", "op 14 september in het Egmontpaleis", "Europese crisiscentra markeert.")],
        a="Twintig: tijdens de bijeenkomst van 14 september in het Egmontpaleis ondertekenden 20 delegaties een samenwerkingsprotocol dat symbolisch het bestaan van het netwerk markeert.",
        kf=["20", "Egmontpaleis"],
    ),
    dict(
        draws=[28], type="numeric", lang="nl",
        q="Vanaf wanneer wordt het Europese Asiel- en Migratiepact geoperationaliseerd, en op welke voorbereiding bouwt de Benelux daarbij voort?",
        ev=[ev("000", "000_prio", "Volgend op de goedkeuring van het Europees Asiel- en Migratiepact", "op de rails zullen worden gezet.")],
        a="Vanaf het tweede semester van 2024. De Benelux bouwt daarbij voort op de voorbereidingen die in het eerste semester tijdens het Belgische voorzitterschap van de Raad van de EU op de rails worden gezet.",
        kf=["tweede semester van 2024", "eerste semester"],
    ),
    dict(
        draws=[29], type="explain", lang="nl",
        q="Wat wordt in het werkprogramma 2025-2028 verstaan onder de grensoverschrijdende integrale aanpak van criminaliteit?",
        ev=[
            ev("003", "003_veil", "De grensoverschrijdende integrale aanpak houdt in", "complexe fenomeen in te kunnen spelen."),
            ev("003", "003_veil", "Deze aanpak zorgt voor een uitwisseling van informatie", "gericht te verstoren."),
        ],
        a="Verschillende instanties, organisaties en partners werken over de grens samen en gebruiken zoveel mogelijk elkaars middelen en mandaten om snel op dit complexe fenomeen te kunnen inspelen. Dat levert informatie-uitwisseling en een gecoördineerde inzet van middelen op, met als doel grensoverschrijdende criminele netwerken gericht te verstoren.",
        kf=["mandaten", "gecoördineerde inzet", "criminele netwerken"],
    ),
    dict(
        draws=[30], type="numeric", lang="nl",
        history=["Hoeveel grensarbeiders pendelen er volgens het jaarverslag 2021 tussen België, Nederland en Luxemburg?"],
        history_answer="80.000",
        q="En in hoeveel versies zijn de bijgewerkte infobrochures voor hen online gezet?",
        ev=[ev("002", "002_2.4", "De zeven versies van de brochures", "bestemd voor professionals in de sector.")],
        a="In zeven versies, te vinden op de Benelux-website, op de portal Grensarbeid en via de distributiekanalen van de partners. Ze moeten de mobiliteit van de 80.000 grensarbeiders vergemakkelijken.",
        kf=["zeven", "Grensarbeid"],
    ),
    dict(
        draws=[31], type="explain", lang="nl",
        q="Waarom liep de aanbesteding voor de eerste fase van het MaaS living lab vertraging op?",
        ev=[ev("002", "002_1.2", "het bezien wat daar nog aan moet worden toegevoegd", "elektronische ticketing grotendeels weggenomen.")],
        a="Onder meer omdat Luxemburg zich uit het project terugtrok: doordat het openbaar vervoer in heel Luxemburg gratis is, was de noodzaak van elektronische ticketing daar grotendeels weggevallen.",
        kf=["Luxemburg", "gratis", "ticketing"],
    ),
    dict(
        draws=[33], type="numeric", lang="nl",
        q="Hoeveel concrete handels- en werkbelemmeringen brengen de PME-papers van de brancheorganisaties in kaart?",
        ev=[ev("004", "004_conc", "Deze identificeren in totaal twaalf", "gerecycleerde materialen en bedrijfsoverdracht.")],
        a="Twaalf. De papers doen onder meer aanbevelingen over de erkenning van beroepskwalificaties, accijnsharmonisatie, administratieve lasten, gerecycleerde materialen en bedrijfsoverdracht.",
        kf=["twaalf", "accijnsharmonisatie"],
    ),
    dict(
        draws=[34], type="unanswerable", lang="en",
        q="On what date in 2024 were the Benelux recommendations on safety at football matches finally adopted?",
        ev=[],
        a="The documents do not give that date. The 2024 annual plan only says that the recommendations on safety at sports events, especially football matches, will be finalised, including conclusions on the information-sharing platform and the transferability of stadium bans; the 2024 annual report does not report on them.",
        kf=[],
    ),
    dict(
        draws=[35], type="factoid", lang="fr",
        q="Quel nouvel exercice de crise a été organisé en 2024 dans le cadre Penta pour donner suite aux recommandations de « Pentex The Hague » ?",
        ev=[ev("004", "004_penta", "De aanbevelingen uit de eerdere crisisoefening", "(zie ook ‘Crisisbeheersing’).")],
        a="« Pentex BXL », un exercice de deux jours au niveau des directeurs généraux (DG), qui a apporté des enseignements précieux sur les interdépendances en cas de panne d'électricité à grande échelle.",
        kf=["Pentex BXL", "DG"],
    ),
    dict(
        draws=[37], type="numeric", lang="en",
        q="In the Penta section of the 2024 annual plan, when is the ministerial meeting planned, and which other meetings are on the 2024 calendar?",
        ev=[ev("000", "000_3.3", "Geplande evenementen voor 2024 zijn: een DG-vergadering in het eerste kwartaal", "(Transport, Telecommunicatie en Energie).")],
        a="The ministerial meeting is planned for December 2024, on the margins of the EU TTE Council (Transport, Telecommunications and Energy). Also planned are a DG meeting in the first quarter, bimonthly meetings of the structural coordinators and a DG meeting in the summer.",
        kf=["December", "TTE", "DG"],
    ),
    dict(
        draws=[38], type="factoid", lang="nl",
        q="Wat zet de Benelux in 2024 op omdat digitalisering inmiddels een strategisch speerpunt is geworden?",
        ev=[ev("000", "000_2.5", "De digitale agenda is een strategische focus geworden", "digitale aangelegenheden worden opgezet.")],
        a="Er wordt in 2024 een strategisch overleg op hoog niveau over digitale aangelegenheden opgezet, omdat de digitale agenda een strategische focus van de Benelux is geworden met een impact op vele werkgebieden.",
        kf=["strategisch overleg op hoog niveau", "digitale aangelegenheden"],
    ),
    dict(
        draws=[39], type="numeric", lang="en",
        q="In which year does Belgium chair the Benelux Committee of Ministers according to the 2021 annual plan, and which multi-annual work programme does it want to endorse?",
        ev=[ev("001", "001_intro", "België zal in 2021 het Comité van Ministers", "werkprogramma 2021-2024 te onderschrijven.")],
        a="Belgium chairs the Benelux Committee of Ministers in 2021. It wants to support the projects of the 2021 Benelux annual plan and to endorse the 2021-2024 work programme.",
        kf=["2021", "2021-2024"],
    ),
    dict(
        draws=[40], type="unanswerable", lang="nl",
        q="Bij welke overeenkomsten over informatie-uitwisseling in de politiesamenwerking is Luxemburg volgens het jaarverslag 2021 nog niet betrokken?",
        ev=[],
        a="Dat vermeldt het jaarverslag niet. Het zegt alleen dat men bij de informatie-uitwisseling alert moet zijn omdat Luxemburg momenteel niet bij alle overeenkomsten en afspraken ter zake betrokken is; welke dat zijn, wordt niet genoemd.",
        kf=[],
    ),
    dict(
        draws=[42], type="numeric", lang="fr",
        q="Quand les pays du Benelux ont-ils adopté leur recommandation sur l'exportation de carburants vers des pays tiers, quelle est sa référence et quel organisme de l'ONU y a contribué ?",
        ev=[ev("004", "004_exp", "In november 2024 namen de Benelux-landen", "roept op tot strengere normen en handhaving")],
        a="En novembre 2024 : il s'agit de la recommandation Benelux M(2024)4, élaborée avec la participation du Programme des Nations unies pour l'environnement (UNEP). Elle appelle à des normes et à un contrôle plus stricts.",
        kf=["2024", "M(2024)4", "UNEP"],
    ),
    dict(
        draws=[43], type="list", lang="nl",
        q="Welke gebieden vallen onder de Grande Région, en op welke thema's wil de Benelux de samenwerking daarmee versterken?",
        ev=[
            ev("000", "000_5.4", "Sinds enkele jaren werkt de Benelux samen met de Grande Région", "Rijnland-Palts en Saarland omvat."),
            ev("000", "000_5.4", "Versterking van deze samenwerking focust zich met name op", "mobiliteit en grensarbeiders."),
        ],
        a="De Grande Région omvat Luxemburg, Wallonië, de Federatie Wallonië-Brussel, de Duitstalige Gemeenschap van België, Lotharingen, Rijnland-Palts en Saarland. De samenwerking wordt versterkt rond veiligheid en crisisbeheer; klimaatverandering, biodiversiteit en luchtkwaliteit; de industriële, digitale en energietransitie; en mobiliteit en grensarbeiders.",
        kf=["Rijnland-Palts", "Saarland", "crisisbeheer", "grensarbeiders"],
    ),
    dict(
        draws=[44], type="list", lang="nl",
        q="Welke justitieprojecten noemt het jaarverslag 2021 als voorbeelden van bestaande en nieuwe Benelux-samenwerking?",
        ev=[ev("002", "002_2.1.3j", "Op het gebied van justitie hebben de Benelux-landen", "tenuitvoerlegging van straffen en maatregelen.")],
        a="Als lang verankerd project de bestrijding van mensenhandel; als nieuwe, kansrijke projecten pre-employment screening en samenwerking bij de grensoverschrijdende tenuitvoerlegging van straffen en maatregelen.",
        kf=["mensenhandel", "pre-employment screening", "tenuitvoerlegging"],
    ),
]

WANT_TYPES = {"numeric": 9, "factoid": 8, "list": 7, "explain": 6, "summary": 3, "cross-doc": 3, "unanswerable": 4}
WANT_LANGS = {"nl": 30, "en": 7, "fr": 3}


def norm(s: str) -> str:
    return collapse(s).lower()


def windows(s: str, n: int = 40) -> set[str]:
    return {s[i : i + n] for i in range(max(0, len(s) - n + 1))}


def build() -> list[dict]:
    items = []
    used_draws = []
    for n, spec in enumerate(SPECS):
        qid = f"q{SS}-{n:03d}"
        draws = spec["draws"]
        used_draws += draws
        evidence = spec["ev"]
        answer = spec["a"]
        if spec["type"] == "unanswerable":
            assert not evidence and not spec["kf"], qid
        else:
            assert evidence and 1 <= len(spec["kf"]) <= 4, qid
            quotes = " || ".join(norm(e["quote"]) for e in evidence)
            for k in spec["kf"]:
                assert norm(k) in quotes, (qid, "key fact not in quotes", k)
                assert norm(k) in norm(answer), (qid, "key fact not in answer", k)
            # every drawn paragraph is quoted: a shared 40-character window
            for d in draws:
                key, idx = ORDER[d]
                para = PARAS[BY_KEY[key]][idx]
                assert any(
                    e["doc"] == BY_KEY[key] and windows(e["quote"]) & windows(para) for e in evidence
                ), (qid, "drawn paragraph not quoted", d, key, idx)
            for e in evidence:
                assert e["quote"] in TEXT[e["doc"]]
        if spec["type"] == "cross-doc":
            assert len({e["doc"] for e in evidence}) == 2, qid
        history = spec.get("history", [])
        if history:
            assert any(spec["history_answer"] in e["quote"] for e in evidence), (qid, "history answer")
        items.append(
            {
                "id": qid,
                "question": spec["q"],
                "language": spec["lang"],
                "history": history,
                "type": spec["type"],
                "evidence": evidence,
                "answer": answer,
                "key_facts": spec["kf"],
            }
        )
    # draws 0..N used exactly once, without gaps
    assert sorted(used_draws) == list(range(len(used_draws))), sorted(used_draws)
    assert [o["id"] for o in items] == [f"q{SS}-{i:03d}" for i in range(40)]
    assert dict(collections.Counter(o["type"] for o in items)) == WANT_TYPES
    assert dict(collections.Counter(o["language"] for o in items)) == WANT_LANGS
    assert sum(1 for o in items if o["history"]) == 3
    # start anchors unique across the whole set as well (no quote cut twice)
    all_quotes = [e["quote"] for o in items for e in o["evidence"]]
    assert len(all_quotes) == len(set(all_quotes))
    return items


def main() -> None:
    items = build()
    with OUT.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(items)} items")


if __name__ == "__main__":
    main()
