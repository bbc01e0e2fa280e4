"""Builds eval/own15/own15.jsonl: 40 gold questions on passages drawn at random (seed 15).

The passages come from a seeded random draw over the body paragraphs of the five documents,
the same draw as own12/own13 with another seed (see `draw_order()` and README.md). Questions
follow the draw order. Each quote is cut verbatim from the whitespace-collapsed document text,
from a start anchor to the first following end anchor.

Usage: python eval/own15/build_own15.py   (writes eval/own15/own15.jsonl, byte for byte the same)
"""

from __future__ import annotations

import collections
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS_DIR = ROOT / "data" / "documents"
OUT = Path(__file__).resolve().parent / "own15.jsonl"
SEED = 15

D000 = "000_23ffac28d6a1c9fd.txt"  # Jaarplan 2024
D001 = "001_d2ddd7b07eceb66e.txt"  # Jaarplan 2021
D002 = "002_68ccab70ba53b511.txt"  # Jaarverslag 2021
D003 = "003_3c9be9ba5f64d8e1.txt"  # Gemeenschappelijk Werkprogramma 2025-2028
D004 = "004_93b1f14f67b4112b.txt"  # Jaarverslag 2024
DOC_FILES = [D000, D001, D002, D003, D004]

# Body ranges by paragraph index (inclusive; None = to the end), as in own12/own13.
BODY = {"000": (75, None), "001": (0, None), "002": (15, None), "003": (15, 88), "004": (16, 200)}
EXCLUDED = {("001", 301)}  # two running page headers plus one short sentence
MIN_CHARS = 150


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, whitespace collapsed (as eval/make_probe.py does)."""
    return [" ".join(part.split()) for part in re.split(r"\n\s*\n", text)]


RAW = {f: (DOCS_DIR / f).read_text(encoding="utf-8") for f in DOC_FILES}
TEXT = {f: re.sub(r"\s+", " ", RAW[f]) for f in DOC_FILES}
PARAS = {f[:3]: paragraphs(RAW[f]) for f in DOC_FILES}


def pool() -> dict[str, list[int]]:
    out = {}
    for key, paras in sorted(PARAS.items()):
        lo, hi = BODY[key]
        hi = len(paras) - 1 if hi is None else hi
        out[key] = [
            i for i in range(lo, hi + 1) if len(paras[i]) >= MIN_CHARS and (key, i) not in EXCLUDED
        ]
    return out


def draw_order(seed: int = SEED) -> list[tuple[str, int]]:
    """Weighted choice of a document by remaining paragraphs, then a uniform paragraph of it."""
    remaining = pool()
    keys = sorted(remaining)
    rng = random.Random(seed)
    order = []
    while any(remaining.values()):
        key = rng.choices(keys, weights=[len(remaining[k]) for k in keys])[0]
        idx = rng.choice(remaining[key])
        remaining[key].remove(idx)
        order.append((key, idx))
    return order


def ev(doc: str, start: str, end: str, section: str, page: int | None) -> dict:
    return {"doc": doc, "start": start, "end": end, "section": section, "page": page}


def q(draws, question, language, qtype, evidence, answer, key_facts, history=()):
    return {
        "draws": list(draws),
        "question": question,
        "language": language,
        "history": list(history),
        "type": qtype,
        "evidence": evidence,
        "answer": answer,
        "key_facts": list(key_facts),
    }


# Section labels: 000 and 002 and 003 as numbered/printed in the table of contents, 004 as printed
# (upper case), 001 (no table of contents, page null) as printed in its running headers.
S004_VOORWOORD = "VOORWOORD VAN HET COLLEGE VAN SECRETARISSEN-GENERAAL"
S001_13 = "1.3. HANDEL, DIGITALISERING EN CIRCUL AIRE ECONOMIE"
S001_11 = "1.1. ENERGIE & KLIMA AT"
S000_PRIO = "PRIORITEITEN VAN HET BELGISCHE VOORZITTERSCHAP"

ITEMS = [
    # 000 <- draw 0 (004 p18)
    q(
        [0],
        "Waar zit volgens het voorwoord van het jaarverslag 2024 de kracht van de Benelux?",
        "nl",
        "explain",
        [
            ev(D004, "De kracht van de Benelux zit vandaag", "vernieuwing, harmonisatie en experiment.",
               S004_VOORWOORD, 4),
        ],
        "In zijn wendbaarheid en zijn vermogen om snel en doelgericht te handelen op dossiers die een "
        "concrete en pragmatische aanpak vragen. Juist waar bredere structuren tijd nodig hebben om te "
        "beslissen, kan de Benelux ruimte creëren voor vernieuwing, harmonisatie en experiment.",
        ["wendbaarheid", "pragmatische", "experiment"],
    ),
    # 001 <- draw 1 (002 p36)
    q(
        [1],
        "Hoe verliep de Benelux-samenwerking rond energie en klimaat in 2021, en waarin mondde die aan "
        "het eind van het jaar uit?",
        "nl",
        "explain",
        [
            ev(D002, "De samenwerking op het vlak van Energie en Klimaat was in 2021",
               "een Energie en een Klimaat DG overleg in Benelux-verband,", "1.1. ENERGIE & KLIMAAT", 8),
            ev(D002, "alsook het DG overleg Noordzee inclusief de Europese Commissie",
               "rond offshore wind samenwerking).", "1.1. ENERGIE & KLIMAAT", 8),
        ],
        "Buitengewoon intensief: gedreven door een heldere en ambitieuze voorzitterschapsagenda gaven "
        "high level DG-overleggen over energie, klimaat en de Noordzee (met de Europese Commissie) "
        "richting aan de standpunten en MoU's. Eind 2021 mondde dat uit in ministeriële ondertekeningen "
        "op Pentalateraal niveau (risicoparaatheid) en op Noordzee-niveau (een na de Brexit hernieuwde "
        "MoU over offshore-windsamenwerking).",
        ["intensief", "risicoparaatheid", "Brexit"],
    ),
    # 002 <- draw 2 (000 p159)
    q(
        [2],
        "Welke gemeenschappelijke kwesties rond drones willen de Benelux-landen in 2024 identificeren?",
        "nl",
        "list",
        [
            ev(D000, "Drones: de Benelux-landen zullen", "UAS-operaties in de Benelux te vergemakkelijken.",
               "2.2. DUURZAAM TRANSPORT", 18),
        ],
        "Kwesties rond de technische vereisten van UAS (Unmanned Aircraft Systems), de kwalificaties van "
        "piloten op afstand, de operationele procedures van UAS en de operationele omgeving van UAS. "
        "Daarvoor willen ze doeltreffende oplossingen uitwerken die veilige UAS-operaties in de Benelux "
        "vergemakkelijken.",
        ["technische vereisten", "kwalificaties van piloten", "operationele procedures"],
    ),
    # 003 <- draws 3 (000 p128) + 41 (000 p98)
    q(
        [3, 41],
        "Kun je samenvatten wat de Benelux in 2024 van plan is rond overname en de terugkeer van "
        "vreemdelingen?",
        "nl",
        "summary",
        [
            ev(D000, "Parallel hieraan voeren de Benelux-landen", "samenwerking met derde landen",
               "1.3. ASIEL EN MIGRATIE", 13),
            ev(D000, "Een andere prioriteit van het Belgische Benelux-voorzitterschap",
               "terugkeercodérdinator van de Europese Unie.", S000_PRIO, 8),
        ],
        "De Benelux-landen bespreken een toekomstige, meer proactieve overname-aanpak waarbij gekeken "
        "wordt naar de inzet van alternatieve juridische middelen, om nieuwe wegen te verkennen en beter "
        "samen te werken met derde landen. Daarnaast is de terugkeer van vreemdelingen die een "
        "veiligheidsprobleem vormen een prioriteit van het Belgische voorzitterschap: die vergt een "
        "specifieke aanpak, en de Benelux wil bijdragen in lijn met de roadmap van de "
        "EU-terugkeercoördinator.",
        ["proactieve", "alternatieve juridische middelen", "veiligheidsprobleem", "roadmap"],
    ),
    # 004 <- draw 4 (004 p100)
    q(
        [4],
        "Selon le rapport annuel 2024, combien de lettres de voiture numériques ont été émises en 2024, "
        "et quand le dispositif sera-t-il prolongé ?",
        "fr",
        "numeric",
        [
            ev(D004, "Ook in het conventionele transport werden belangrijke stappen gezet.",
               "nu de Europese regelgeving op zich laat wachten.", "DUURZAAM TRANSPORT", 19),
        ],
        "Plus de 1,5 million de lettres de voiture numériques ont été émises en 2024. Le dispositif sera "
        "prolongé en septembre 2025, la réglementation européenne se faisant attendre.",
        ["1,5", "2025"],
    ),
    # 005 <- draw 5 (001 p127)
    q(
        [5],
        "Wat wil de Benelux volgens het jaarplan 2021 als project in ontwikkeling doen rond afvaltransport "
        "in de circulaire economie?",
        "nl",
        "list",
        [
            ev(D001, "Onderzoeken van samenwerking binnen de waardeketens", "een regeling treffen voor ‘transit’ transporten.",
               S001_13, None),
        ],
        "Samenwerking onderzoeken binnen de waardeketens uit het Europese Actieplan Circulaire Economie, "
        "richtlijnen vaststellen om elkaars digitale systemen voor afvaltransport sneller te erkennen "
        "(European Electronic Data Interchange) en een regeling treffen voor 'transit'-transporten.",
        ["waardeketens", "European Electronic Data Interchange", "transit"],
    ),
    # 006 <- draw 6 (001 p134)
    q(
        [6],
        "Waarom biedt de Benelux volgens het jaarplan 2021 een platform voor kennisdeling over circulaire "
        "economie, en hoe verhoudt zich dat tot wat de EU doet?",
        "nl",
        "explain",
        [
            ev(D001, "Het bieden van een platform voor kennisdeling op het thema circulaire economie",
               "op het niveau van de Europese Unie lopen.", S001_13, None),
        ],
        "Het platform moet de transitie naar een circulaire economie bevorderen. Daarbij wordt "
        "complementariteit gezocht met de initiatieven die op het niveau van de Europese Unie lopen.",
        ["transitie", "complementariteit"],
    ),
    # 007 <- draw 7 (001 p88)
    q(
        [7],
        "Hoeveel energieconferenties wilde de Benelux in 2021 organiseren, en samen met welke regionale "
        "energiesamenwerkingen?",
        "nl",
        "numeric",
        [
            ev(D001, "Organiseren van twee energieconferenties", "in het kader van de Green Deal.",
               S001_11, None),
        ],
        "Twee: één met het voorzitterschap van de Penta regionale energiesamenwerking over "
        "risicoparaatheid, en één met de Noordzee regionale energiesamenwerking over de ontwikkeling van "
        "offshore-energie in het kader van de Green Deal.",
        ["twee", "Penta", "Noordzee"],
    ),
    # 008 <- draw 8 (001 p61)
    q(
        [8],
        "Welke voorbeelden geeft het jaarplan 2021 van de meer dienstverlenende rol van het "
        "Secretariaat-Generaal?",
        "nl",
        "list",
        [
            ev(D001, "Zo zal voor het eerst sinds lange tijd een heuse Benelux-dienst",
               "gebundeld in een webmodule.", "1. Economie & duurzaamheid in de interne markt", None),
        ],
        "Voor het eerst sinds lange tijd wordt een echte Benelux-dienst ingericht voor elektrisch laden "
        "en rijden; eerder werd al een digitaal Benelux-retail informatiepunt ingericht; en de "
        "veiligheidsprotocollen voor de toeristische sector in de Benelux en Noordrijn-Westfalen werden "
        "gebundeld in een webmodule.",
        ["elektrisch laden", "informatiepunt", "webmodule"],
    ),
    # 009 <- draws 9 (004 p177) + 29 (001 p269)
    q(
        [9, 29],
        "Hoe stond het in 2021 met het Benelux-verdrag tegen sociale fraude, en wat zegt het jaarverslag "
        "2024 over de ondertekening en de doelen ervan?",
        "nl",
        "cross-doc",
        [
            ev(D001, "De partners zullen de onderhandelingen voortzetten om de",
               "gegevensuitwisseling tussen de landen.", "2.2.2. Bestrijding van sociale fraude", None),
            ev(D004, "Benelux-verdrag ter bestrijding van sociale fraude en bevordering",
               "beter te beschermen tegen misbruik en uitbuiting.",
               "VERDRAG ROND SOCIALE FRAUDE EN FATSOENLIJKE ARBEIDSOMSTANDIGHEDEN", 33),
        ],
        "In 2021 werd nog onderhandeld om een ontwerpverdrag af te ronden dat een rechtsgrondslag en een "
        "gemeenschappelijk kader moet bieden voor gezamenlijke en afgestemde inspecties en "
        "gegevensuitwisseling tussen de landen. Volgens het jaarverslag 2024 wordt het verdrag naar "
        "verwachting in 2025 formeel ondertekend; het moet de grensoverschrijdende samenwerking "
        "verbeteren, oneerlijke concurrentie tegengaan en werknemers beter beschermen tegen misbruik en "
        "uitbuiting.",
        ["rechtsgrondslag", "2025", "oneerlijke concurrentie", "uitbuiting"],
    ),
    # 010 <- draw 10 (001 p112)
    q(
        [10],
        "Voor welke vaarwegen wil de Benelux volgens het jaarplan 2021 regels voor grensoverschrijdende "
        "smart shipping ontwikkelen?",
        "nl",
        "factoid",
        [
            ev(D001, "Ontwikkelen van Benelux-regelgeving voor grensoverschrij",
               "Intelligente Transport Systemen (ITS) faciliteert.", "1.2. TRANSPORT & LOGISTIEK", None),
        ],
        "Voor de Benelux-binnenwateren. Die Benelux-regelgeving kan eventueel ook toepassingen van "
        "Intelligente Transport Systemen (ITS) faciliteren.",
        ["binnenwateren", "Intelligente Transport Systemen"],
    ),
    # 011 <- draw 11 (004 p127)
    q(
        [11],
        "Hoe gaf de Benelux in 2024 verder invulling aan haar klimaatadaptatiestrategie, en op welke "
        "risico's lag de nadruk?",
        "nl",
        "explain",
        [
            ev(D004, "In 2024 gaf de Benelux verdere invulling aan haar klimaatadaptatiestrategie",
               "met name in kwetsbare stedelijke gebieden.", "KLIMAAT, KLIMAATADAPTATIE EN WATERBEHEER", 25),
        ],
        "Via grensoverschrijdende risicoanalyses en samenwerking rond weerbare infrastructuur en "
        "landgebruik. De aandacht ging uit naar droogte, overstromingen en hittestress, vooral in "
        "kwetsbare stedelijke gebieden.",
        ["risicoanalyses", "hittestress", "stedelijke"],
    ),
    # 012 <- draw 12 (001 p272): unanswerable near miss
    q(
        [12],
        "Hoeveel gevallen van misbruik van tijdelijke werkloosheid tijdens de coronacrisis hebben de "
        "Benelux-landen met hun gezamenlijk onderzoek opgespoord?",
        "nl",
        "unanswerable",
        [],
        "Dat staat niet in de documenten. Het jaarplan 2021 kondigt een gezamenlijk onderzoek aan naar "
        "nieuwe illegale praktijken rond tijdelijke werkloosheid en overheidssteun, en het jaarverslag "
        "2021 meldt een gegevensuitwisseling over tijdelijke werkloosheidsuitkeringen waarvan de analyse "
        "nog loopt, maar een aantal opgespoorde gevallen wordt nergens genoemd.",
        [],
    ),
    # 013 <- draw 13 (001 p172): follow-up
    q(
        [13],
        "En met welk ander criminaliteitsfenomeen wordt daarbij een link gelegd?",
        "nl",
        "factoid",
        [
            ev(D001, "Bijzondere aandacht voor de aanpak van de internationale",
               "en de link met de cybercriminaliteit.", "2.1.1. Politiesamenwerking", None),
        ],
        "Met de cybercriminaliteit: de bijzondere aandacht gaat naar de internationale georganiseerde "
        "handel in (synthetische) drugs via post- en koerierdiensten en de link daarvan met "
        "cybercriminaliteit.",
        ["cybercriminaliteit"],
        history=[
            "Welke vorm van drugshandel krijgt in het jaarplan 2021 bijzondere aandacht bij de "
            "politiesamenwerking?"
        ],
    ),
    # 014 <- draw 14 (001 p197) + undrawn partner 002 p212
    q(
        [14],
        "Het jaarplan 2021 wilde de oprichting van een netwerk van directeuren-generaal van de Europese "
        "crisiscentra voortzetten. Waarom, en hoe werd dat netwerk in 2021 officieel gemarkeerd?",
        "nl",
        "cross-doc",
        [
            ev(D001, "De samenwerking tussen de crisiscentra van de verschillende Europese landen",
               "Realisatie van een samenwerkingsprotocol.", "2.1.2. Crisisbeheersing", None),
            ev(D002, "Tijdens de bijeenkomst in het Egmontpaleis ondertekenden",
               "van directeuren-generaal van de Europese crisiscentra markeert.", "2.1.2. CRISISBEHEERSING", 24),
        ],
        "Omdat een sterkere samenwerking tussen de Europese crisiscentra een coherente aanpak tussen de "
        "staten mogelijk maakt en de regionale en Europese verankering van de Benelux bevordert; het plan "
        "voorzag daartoe een samenwerkingsprotocol. Volgens het jaarverslag 2021 ondertekenden 20 "
        "delegaties in het Egmontpaleis een samenwerkingsprotocol dat symbolisch het bestaan van het "
        "netwerk markeert.",
        ["coherente aanpak", "samenwerkingsprotocol", "20 delegaties", "Egmontpaleis"],
    ),
    # 015 <- draw 15 (002 p209)
    q(
        [15],
        "Waarover wisselden de communicatiedeskundigen voor crisisbeheersing in 2021 van gedachten, en in "
        "welke vorm kwamen ze samen?",
        "nl",
        "factoid",
        [
            ev(D002, "Ten slotte werd een virtuele bijeenkomst gehouden tussen de voor crisisbeheersing",
               "(uitdagingen, lessons learned, enz.).", "2.1.2. CRISISBEHEERSING", 24),
        ],
        "Ze kwamen samen in een virtuele bijeenkomst en wisselden van gedachten over de "
        "communicatieaanpak in het kader van COVID, onder meer de uitdagingen en de lessons learned.",
        ["virtuele", "communicatieaanpak", "lessons learned"],
    ),
    # 016 <- draw 16 (001 p120)
    q(
        [16],
        "Welke twee Benelux-werkgroepen zijn volgens het jaarplan 2021 samengevoegd, en wie stuurt de "
        "samenwerking rond circulaire economie aan?",
        "nl",
        "factoid",
        [
            ev(D001, "De werkgroepen Circulaire Economie en Afvalmanagement zijn samengevoegd.",
               "is bijeengekomen om de samenwerking aan te sturen.", S001_13, None),
        ],
        "De werkgroepen Circulaire Economie en Afvalmanagement. De samenwerking wordt aangestuurd door "
        "het strategisch overleg van de directeuren-generaal van de ministeries die bevoegd zijn voor "
        "circulaire economie.",
        ["Circulaire Economie", "Afvalmanagement", "directeuren-generaal"],
    ),
    # 017 <- draw 17 (004 p150): unanswerable near miss
    q(
        [17],
        "Which steel company did the Benelux energy directors-general visit during their 2024 strategic "
        "meeting in Ghent?",
        "en",
        "unanswerable",
        [],
        "The documents do not name it. The 2024 annual report only says that the strategic meeting of "
        "the Benelux directors-general for energy took place in Ghent, combined with visits to a steel "
        "company and to the cross-border North Sea Port.",
        [],
    ),
    # 018 <- draw 18 (001 p380)
    q(
        [18],
        "Welke uitvoeringsovereenkomsten bij het nieuwe Benelux-Politieverdrag stelt de bijlage met "
        "beoogde juridische instrumenten van het jaarplan 2021 in het vooruitzicht?",
        "nl",
        "list",
        [
            ev(D001, "a. Uitvoeringsovereenkomsten als bedoeld in het nieu",
               "gemengde patrouilles en gemeenschap- pelijke controles;",
               "BIJLAGE: BEOOGDE JURIDISCHE INSTRUMENTEN", None),
            ev(D001, "- Over de uitwisseling van ANPR-gegevens;", "lingenwetgeving.",
               "BIJLAGE: BEOOGDE JURIDISCHE INSTRUMENTEN", None),
        ],
        "Overeenkomsten over de raadpleging van elkaars politiedatabanken (in een gemeenschappelijke "
        "politiepost en tijdens gemengde patrouilles en gemeenschappelijke controles), over de "
        "uitwisseling van ANPR-gegevens, over de bevoegde autoriteit voor het vervoeren en dragen van "
        "wapens, en over grensoverschrijdend vervoer en begeleiding van personen in het kader van de "
        "vreemdelingenwetgeving.",
        ["politiedatabanken", "ANPR", "wapens", "vreemde"],
    ),
    # 019 <- draw 19 (004 p52): follow-up
    q(
        [19],
        "Wanneer vond dat seminarie plaats, en wanneer worden de onderhandelingen over de tweede tranche "
        "van verdragsafspraken verwacht?",
        "nl",
        "numeric",
        [
            ev(D004, "Parallel hieraan vond op 8 oktober een belangrijk seminarie plaats",
               "diende als beleidsmatig reflectiemoment.", "IMPLEMENTATIE VAN HET POLITIEVERDRAG", 9),
            ev(D004, "In aanvulling daarop startten de eerste reflecties op een tweede tranche",
               "worden in de loop van 2025 verwacht.", "IMPLEMENTATIE VAN HET POLITIEVERDRAG", 9),
        ],
        "Het seminarie, georganiseerd met ITEM en de Universiteit Maastricht, vond plaats op 8 oktober "
        "2024. De onderhandelingen over de tweede tranche (onder meer grensoverschrijdende opsporing, "
        "directe raadpleging van politiedatabanken en toegang tot bevolkingsregisters) worden in de loop "
        "van 2025 verwacht.",
        ["8 oktober", "2025"],
        history=[
            "Met welke partners organiseerde de Benelux in 2024 een seminarie over de evaluatie van het "
            "Benelux-Politieverdrag?"
        ],
    ),
    # 020 <- draws 20 (001 p4) + 39 (001 p3)
    q(
        [20, 39],
        "Vat samen hoe het jaarplan 2021 in zijn inleiding de werking van de Benelux-samenwerking wil "
        "vernieuwen.",
        "nl",
        "summary",
        [
            ev(D001, "koppeling wordt gemaakt tussen de gemeenschappelijke politieke wil", "en lopende activiteiten.",
               "INLEIDING", None),
            ev(D001, "Nieuwe, vaak virtuele werkmethoden", "het noodzakelijke economische herstel.",
               "INLEIDING", None),
        ],
        "Het plan wil de gezamenlijke politieke wil zichtbaarder koppelen aan de concrete uitvoering en "
        "onderscheidt daarom vlaggenschipprojecten (gekoppeld aan de essentiële doelstellingen), "
        "projecten in ontwikkeling en lopende activiteiten. Nieuwe, vaak virtuele werkmethoden met alle "
        "stakeholders moeten tastbare resultaten met aantoonbare meerwaarde opleveren, vooral voor "
        "arbeidsmobiliteit, veiligheid, klimaatadaptatie en het economische herstel.",
        ["vlaggenschipprojecten", "lopende activiteiten", "virtuele", "tastbare resultaten"],
    ),
    # 021 <- draw 21 (000 p304)
    q(
        [21],
        "Wanneer staat de Rijn-conferentie 2024 van Noordrijn-Westfalen gepland, en wat staat daar "
        "centraal?",
        "nl",
        "numeric",
        [
            ev(D000, "Met het oog op een intensievere samenwerking wil Noordrijn-Westfalen",
               "Alpencorridor centraal.", "5.1. Noordrijn-Westfalen (NRW)", 34),
        ],
        "In de tweede helft van 2024; Noordrijn-Westfalen wil de Benelux-partners ervoor uitnodigen. De "
        "conferentie gaat over de binnenvaart in de Duitse Rijnoeverstaten, met de Green Deal voor de "
        "Rijn-Alpencorridor centraal.",
        ["tweede helft", "Alpencorridor"],
    ),
    # 022 <- draw 22 (000 p79)
    q(
        [22],
        "Waarom wil de Benelux volgens het voorwoord van het jaarplan 2024 bekijken of de aanpak van het "
        "Politieverdrag ook in andere fases van de strafrechtketen kan?",
        "nl",
        "explain",
        [
            ev(D000, "Op het vlak van veiligheid staat de implementatie",
               "ook voor andere fases van de strafrechtketen mogelijk zal blijken.", "VOORWOORD", 6),
        ],
        "Omdat het nieuwe Benelux-Politieverdrag de politiesamenwerking de meest vooruitstrevende van "
        "heel Europa heeft gemaakt. De implementatie en uitvoering van dat verdrag staan in 2024 centraal, "
        "en er wordt bekeken of zoiets ook in andere fases van de strafrechtketen mogelijk is.",
        ["meest vooruitstrevende", "strafrechtketen"],
    ),
    # 023 <- draws 23 (001 p236) + 28 (001 p241)
    q(
        [23, 28],
        "Vat samen wat de Benelux-landen volgens het jaarplan 2021 samen met Noordrijn-Westfalen willen "
        "bereiken bij de grensoverschrijdende tenuitvoerlegging van straffen, en wat ze daarbij rond het "
        "vermogen van veroordeelden willen doen.",
        "nl",
        "summary",
        [
            ev(D001, "De Benelux-landen streven ernaar om samen met Noordrijn",
               "straffen en maatregelen over de grenzen heen.", "2.1.4. Justitie", None),
            ev(D001, "Opsporing van het vermogen van de veroordeelde in het buiten",
               "opsporing van het vermogen van ver- oordeelden.", "2.1.4. Justitie", None),
        ],
        "Samen met Noordrijn-Westfalen/Duitsland willen de Benelux-landen het EU-basisbeginsel van "
        "wederzijdse erkenning van vonnissen en rechterlijke beslissingen kracht bijzetten door diepgaand "
        "samen te werken bij de uitvoering van straffen en maatregelen over de grenzen heen. Ze willen de "
        "opsporing van het vermogen van veroordeelden in het buitenland verbeteren en de pijnpunten "
        "vaststellen bij de eerste aanzet tot een mechanisme voor grensoverschrijdende "
        "informatie-uitwisseling en opsporing van dat vermogen.",
        ["wederzijd", "vonnissen", "vermogen", "pijnpunten"],
    ),
    # 024 <- draw 24 (000 p113): unanswerable near miss
    q(
        [24],
        "Hoeveel stadionverboden uit een ander Benelux-land zijn in 2024 effectief over de grens "
        "gehandhaafd?",
        "nl",
        "unanswerable",
        [],
        "Dat staat niet in de documenten. Het jaarplan 2024 kondigt alleen aan dat de aanbevelingen over "
        "veiligheid bij sportevenementen, met de conclusies over de overdraagbaarheid van "
        "stadionverboden, worden gefinaliseerd, en jaarplan en jaarverslag 2021 beschrijven alleen de "
        "aanpak (vergelijking van regelgeving, onderzoek naar overdraagbare maatregelen). Een aantal "
        "gehandhaafde stadionverboden wordt nergens gegeven.",
        [],
    ),
    # 025 <- draw 25 (004 p106)
    q(
        [25],
        "When did the Benelux labour mobility steering group hold its 2024 consultation meeting on the "
        "problems of cross-border workers, and when was the strategic meeting that used this input?",
        "en",
        "numeric",
        [
            ev(D004, "De Stuurgroep Arbeidsmobiliteit speelde", "de strategische vergadering op 13 december.",
               "ARBEIDSMOBILITEIT EN WERKGELEGENHEID", 21),
        ],
        "The consultation meeting, where the bottlenecks that cross-border workers experience in "
        "practice were discussed, took place on 12 November 2024. Its input was taken to the strategic "
        "meeting on 13 December.",
        ["12 november", "13 december"],
    ),
    # 026 <- draw 26 (000 p269): unanswerable near miss
    q(
        [26],
        "Hoeveel dagen per jaar mag een grensarbeider volgens de Benelux-afspraken thuiswerken zonder dat "
        "dit fiscale gevolgen heeft?",
        "nl",
        "unanswerable",
        [],
        "Dat staat niet in de documenten. Het jaarplan 2024 zegt alleen dat het Secretariaat-generaal de "
        "fiscale effecten van grensoverschrijdend telewerken en de gesprekken daarover op Europees en "
        "OESO-niveau blijft monitoren, en het jaarverslag 2021 vermeldt akkoorden over thuiswerk zonder "
        "inhoud. Een toegestaan aantal thuiswerkdagen wordt nergens genoemd.",
        [],
    ),
    # 027 <- draw 27 (002 p323)
    q(
        [27],
        "Via welke kanalen moeten grenswerkers volgens het jaarverslag 2021 toegang krijgen tot de juiste "
        "informatie?",
        "nl",
        "list",
        [
            ev(D002, "De landen hebben eerder al aangegeven dat het van belang blijft",
               "diverse grensinformatiepunten en Eures-consulenten.", "2.4. WERKEN IN DE BENELUX", 36),
        ],
        "Via de Benelux-grensarbeidersbrochures, de Benelux-portal Startpunt Grensarbeid, diverse "
        "grensinformatiepunten en Eures-consulenten.",
        ["grensarbeidersbrochures", "Startpunt Grensarbeid", "grensinformatiepunten", "Eures"],
    ),
    # 028 <- draw 30 (004 p99)
    q(
        [30],
        "When was the Digital Twin study for Benelux road infrastructure managers validated, and what "
        "would such a digital twin let road managers do?",
        "en",
        "numeric",
        [
            ev(D004, "Een belangrijke mijlpaal in 2024 was de validatie op 4 november",
               "gezamenlijke digitale tweeling voor het Benelux-wegennet.", "DUURZAAM TRANSPORT", 19),
            ev(D004, "Zo'n *digital twin* biedt infrastructuurbeheerders",
               "beter kunnen onderbouwen op basis van real-time data.", "DUURZAAM TRANSPORT", 19),
        ],
        "It was validated on 4 November 2024. The study examines the feasibility of a joint digital twin "
        "of the Benelux road network: a virtual model with which infrastructure managers can simulate "
        "traffic flows, plan maintenance more efficiently and base policy decisions on real-time data.",
        ["4 november", "real-time"],
    ),
    # 029 <- draw 31 (000 p185)
    q(
        [31],
        "Wiens kandidatuur voor de Einstein-telescoop volgt het Secretariaat-generaal volgens het "
        "jaarplan 2024 op de voet?",
        "nl",
        "factoid",
        [
            ev(D000, "Einstein-telescoop: Het Secretariaat-generaal volgt", "faciliteert het project indien opportuun.",
               "2.6. OVERIGE", 21),
        ],
        "De gezamenlijke kandidatuur van Nederland, België en Noordrijn-Westfalen om de "
        "Einstein-telescoop toegewezen te krijgen. Het Secretariaat-generaal volgt de voorbereiding nauw "
        "op en faciliteert het project indien opportuun.",
        ["Nederland", "Noordrijn-Westfalen"],
    ),
    # 030 <- draw 32 (001 p320)
    q(
        [32],
        "Why does the 2021 annual plan consider Benelux cooperation on eHealth indispensable?",
        "en",
        "explain",
        [
            ev(D001, "De Benelux-beschikking inzake eHealth biedt", "de patiëntenrechten zo goed mogelijk te waarborgen.",
               "2.5. GRENSOVERSCHRIJDENDE GEZONDHEIDSZORG", None),
            ev(D001, "Aangezien de bestaande nationale infrastruc", "eHealth-samenwerking in dit verband onontbeerlijk.",
               "2.5. GRENSOVERSCHRIJDENDE GEZONDHEIDSZORG", None),
        ],
        "Because the existing national infrastructures for data exchange differ from country to country. "
        "The Benelux eHealth decision offers a new model for the cross-border exchange of electronic "
        "patient data between the Benelux countries, meant to safeguard patients' rights as well as "
        "possible, and applying it across those different infrastructures requires this cooperation.",
        ["infrastruc", "eHealth"],
    ),
    # 031 <- draw 33 (001 p215) + undrawn partner 002 p232
    q(
        [33],
        "The 2021 annual plan wanted to hold a second consular day. Who was it meant for, and did it "
        "actually take place in 2021?",
        "en",
        "cross-doc",
        [
            ev(D001, "Daartoe willen zij een tweede consulaire dag organiseren",
               "op het grondgebied van één van de Benelux-landen verblijven.", "2.1.3. Asiel en migratie", None),
            ev(D002, "Vanwege de coronapandemie is de tweede consulaire dag", "uitgesteld tot 2022.",
               "2.1.3. ASIEL EN MIGRATIE", 26),
        ],
        "It was meant for the diplomatic and consular staff of the foreign representations with which "
        "the Benelux migration services are in contact to obtain travel documents for foreigners staying "
        "illegally in a Benelux country. It did not take place in 2021: because of the coronavirus "
        "pandemic it was postponed to 2022.",
        ["consul", "2022"],
    ),
    # 032 <- draw 34 (001 p190)
    q(
        [34],
        "Welke lopende activiteiten noemt het jaarplan 2021 om de operationele politiesamenwerking te "
        "optimaliseren?",
        "nl",
        "list",
        [
            ev(D001, "Optimaliseren van de operationele politiesamenwerking • Operationele ondersteuning",
               "dingsofficieren’.", "2.1.1. Politiesamenwerking", None),
            ev(D001, "Afstemmen van een adequate communicatie intern en ex",
               "meldkameroverleg, rechercheoverleg.", "2.1.1. Politiesamenwerking", None),
        ],
        "Operationele ondersteuning (bijstand), versterking en optimalisering van het netwerk van "
        "verbindingsofficieren, afstemming van de interne en externe communicatie tussen de "
        "politiediensten en het Secretariaat-Generaal, een update en uitbreiding van de "
        "Benelux-politieapp, gezamenlijke opleidingen, landenoverleg en het verbinden van "
        "organisatieonderdelen (meldkameroverleg, rechercheoverleg).",
        ["bijstand", "politieapp", "gezamenlijke opleidingen", "meldkameroverleg"],
    ),
    # 033 <- draw 35 (003 p87): follow-up
    q(
        [35],
        "Et avec quelles présidences de la Grande Région cette coopération sera-t-elle coordonnée, et pour "
        "quelles années ?",
        "fr",
        "numeric",
        [
            ev(D003, "Verder zal de Benelux Unie de samenwerking met de Grande Région",
               "intensievere samenwerking met Nedersaksen worden onderzocht.", "DE BENELUX+ EN DAARBUITEN", 13),
        ],
        "Avec la présidence de la Grande Région exercée par la Wallonie et la Communauté germanophone en "
        "2025-2026, puis par le Luxembourg en 2027-2028. Le programme prévoit aussi d'examiner une "
        "coopération plus intensive avec la Basse-Saxe.",
        ["Wallon", "2025-2026", "Luxemb", "2027-2028"],
        history=[
            "Selon le programme de travail commun 2025-2028, le Benelux veut-il développer sa coopération "
            "avec la Grande Région ?"
        ],
    ),
    # 034 <- draw 36 (004 p186)
    q(
        [36],
        "In its cooperation with other European regions in 2024, which shared challenges did the Benelux "
        "focus on?",
        "en",
        "list",
        [
            ev(D004, "In 2024 werkte de Benelux verder aan haar samenwerking met andere regio",
               "brug tussen West-, Noord- en Oost-Europa.", "INTERREGIONALE BETREKKINGEN", 34),
        ],
        "Mobility, climate, digitalisation and education. Through regular contact with neighbouring "
        "regions and other partners, the Benelux strengthened its role as a bridge between Western, "
        "Northern and Eastern Europe.",
        ["mobili", "digitali"],
    ),
    # 035 <- draw 37 (001 p42)
    q(
        [37],
        "Welke vervoerswijzen moeten de MaaS-projecten die het Belgische voorzitterschap in 2021 wil "
        "ondersteunen grensoverschrijdend verbinden, en welke partners brengt MaaS samen?",
        "nl",
        "factoid",
        [
            ev(D001, "ondersteuning van specifieke projecten op het gebied van grensoverschrijdende multimodaliteit",
               "landen en Noordrijn-Westfalen samenbrengt.", S000_PRIO, None),
        ],
        "Particulier en openbaar vervoer over weg, spoor, lucht en water (grensoverschrijdende "
        "multimodaliteit). Mobility as a Service brengt de Benelux-landen en Noordrijn-Westfalen samen.",
        ["weg, spoor, lucht en water", "Noordrijn-Westfalen"],
    ),
    # 036 <- draw 38 (000 p290)
    q(
        [38],
        "Op welke terreinen overwegen lokale besturen in het Nederlands-Belgische grensgebied volgens het "
        "jaarplan 2024 een grensoverschrijdende rechtspersoonlijkheid op te richten?",
        "nl",
        "factoid",
        [
            ev(D000, "Een aantal lokale besturen en organisaties", "ondersteunt deze besturen hierin.",
               "4.6. TERRITORIALE GRENSOVERSCHRIJDENDE SAMENWERKING (BGTS)", 33),
        ],
        "Vooral op het terrein van de natuur- en landschapsbescherming en in het kader van de discussie "
        "rond de Nationale Parken. Het Secretariaat-generaal ondersteunt die besturen daarbij.",
        ["natuur- en landschapsbescherming", "Nationale Parken"],
    ),
    # 037 <- draw 40 (004 p172)
    q(
        [40],
        "Selon le rapport annuel 2024, dans le plan d'action de coopération avec quelle région la qualité "
        "de l'air figure-t-elle parmi les priorités ?",
        "fr",
        "factoid",
        [
            ev(D004, "De Benelux bleef in 2024 bijdragen aan de verbetering van de luchtkwaliteit",
               "normen en handavingspraktijken.", "LUCHTKWALITEIT", 31),
        ],
        "Dans le plan d'action de coopération avec la région Hauts-de-France. Par ailleurs, les trois pays "
        "ont comparé leurs politiques afin d'aligner leurs normes et leurs pratiques de contrôle.",
        ["Hauts-de-France", "norm"],
    ),
    # 038 <- draw 42 (000 p97)
    q(
        [42],
        "According to the 2024 annual plan, from when will the European Asylum and Migration Pact be made "
        "operational?",
        "en",
        "numeric",
        [
            ev(D000, "Volgend op de goedkeuring van het Europees Asiel- en Migratiepact",
               "op de rails zullen worden gezet.", S000_PRIO, 8),
        ],
        "From the second semester of 2024. In Benelux context the countries build on the preparations "
        "set in motion in the first semester, during the Belgian Presidency of the Council.",
        ["semester", "2024"],
    ),
    # 039 <- draw 43 (004 p67)
    q(
        [43],
        "Wanneer werden in 2024 de communicatiemiddelen tussen de crisiscentra getest, en wanneer vond "
        "het werkbezoek aan het crisiscentrum van Noordrijn-Westfalen plaats?",
        "nl",
        "numeric",
        [
            ev(D004, "De samenwerking kreeg verdere vorm via een testdag van communicatiemiddelen",
               "ervaringen uit te wisselen met deze belangrijke buurregio", "CRISISBEHEERSING: PARAATHEID EN VEERKRACHT", 12),
        ],
        "De testdag van communicatiemiddelen, waarbij telefonie, e-mail en videocommunicatie tussen de "
        "crisiscentra van de drie landen werden getest, vond plaats op 25 maart 2024. Het werkbezoek aan "
        "het crisiscentrum van Noordrijn-Westfalen was op 9 en 10 oktober.",
        ["25 maart", "9 en 10 oktober"],
    ),
]

WANT_TYPES = {
    "numeric": 9, "factoid": 8, "list": 7, "explain": 6, "summary": 3, "cross-doc": 3, "unanswerable": 4,
}
WANT_LANGS = {"nl": 30, "en": 7, "fr": 3}
FIELDS = ["id", "question", "language", "history", "type", "evidence", "answer", "key_facts"]


def cut(doc: str, start: str, end: str) -> str:
    text = TEXT[doc]
    assert text.count(start) == 1, (doc, start, text.count(start))
    i = text.index(start)
    j = text.find(end, i)
    assert j >= 0, (doc, start, end)
    quote = text[i : j + len(end)]
    assert 40 <= len(quote) <= 400, (doc, start, len(quote))
    return quote


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def shares_window(quote: str, paragraph: str, n: int = 40) -> bool:
    return any(quote[k : k + n] in paragraph for k in range(len(quote) - n + 1))


def build() -> list[dict]:
    order = draw_order()
    key_to_file = {f[:3]: f for f in DOC_FILES}
    out = []
    used = []
    for n, item in enumerate(ITEMS):
        qid = f"q15-{n:03d}"
        evidence = [
            {"doc": e["doc"], "quote": cut(e["doc"], e["start"], e["end"]), "section": e["section"],
             "page": e["page"]}
            for e in item["evidence"]
        ]
        used.extend(item["draws"])
        if item["type"] == "unanswerable":
            assert not evidence and not item["key_facts"], qid
        else:
            assert evidence and 1 <= len(item["key_facts"]) <= 4, qid
            quotes = " || ".join(norm(e["quote"]) for e in evidence)
            for k in item["key_facts"]:
                assert norm(k) in quotes, (qid, "key fact not in quotes", k)
                assert norm(k) in norm(item["answer"]), (qid, "key fact not in answer", k)
            # each drawn paragraph is quoted (a shared 40-character window)
            for d in item["draws"]:
                key, idx = order[d]
                para = PARAS[key][idx]
                assert any(
                    e["doc"] == key_to_file[key] and shares_window(e["quote"], para) for e in evidence
                ), (qid, "drawn paragraph not quoted", d, key, idx)
        if item["type"] == "cross-doc":
            assert len({e["doc"] for e in evidence}) == 2, qid
        if item["history"]:
            # the history question's answer must be inside the quote: checked by hand, see README
            assert item["type"] != "unanswerable", qid
        row = {
            "id": qid,
            "question": item["question"],
            "language": item["language"],
            "history": item["history"],
            "type": item["type"],
            "evidence": evidence,
            "answer": item["answer"],
            "key_facts": item["key_facts"],
        }
        assert list(row) == FIELDS
        out.append(row)
    # draws 0..N used exactly once, without gaps
    assert sorted(used) == list(range(len(used))), sorted(used)
    assert [r["id"] for r in out] == [f"q15-{n:03d}" for n in range(40)]
    assert dict(collections.Counter(r["type"] for r in out)) == WANT_TYPES, collections.Counter(
        r["type"] for r in out
    )
    assert dict(collections.Counter(r["language"] for r in out)) == WANT_LANGS, collections.Counter(
        r["language"] for r in out
    )
    assert sum(1 for r in out if r["history"]) == 3
    return out


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} items to {OUT}")


if __name__ == "__main__":
    main()
