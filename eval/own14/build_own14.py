"""Builds own14.jsonl: 40 gold questions on passages picked by a seeded random draw (seed 14).

The draw is own12/own13's: blank-line paragraphs, whitespace-collapsed as eval/make_probe.py does,
of at least 150 characters, inside each document's body range (001 paragraph 301 left out as page
furniture). At each step rng.choices picks a document weighted by its remaining paragraphs and
rng.choice picks one of them, which leaves the pool. Questions follow the draw order.

Each quote is cut verbatim from the whitespace-collapsed document text, from a start anchor to the
first end anchor after it. Running this script regenerates own14.jsonl byte for byte.

Usage: python eval/own14/build_own14.py
"""

from __future__ import annotations

import collections
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DOC_DIR = ROOT / "data" / "documents"
OUT = HERE / "own14.jsonl"

D000 = "000_23ffac28d6a1c9fd.txt"  # Jaarplan 2024
D001 = "001_d2ddd7b07eceb66e.txt"  # Jaarplan 2021
D002 = "002_68ccab70ba53b511.txt"  # Jaarverslag 2021
D003 = "003_3c9be9ba5f64d8e1.txt"  # Werkprogramma 2025-2028
D004 = "004_93b1f14f67b4112b.txt"  # Jaarverslag 2024
FILES = [D000, D001, D002, D003, D004]

# Body ranges by paragraph index (inclusive; None = to the end), as in own12/own13.
BODY = {D000: (75, None), D001: (0, None), D002: (15, None), D003: (15, 88), D004: (16, 200)}
EXCLUDED = {(D001, 301)}  # two running page headers plus one short sentence
MIN_CHARS = 150
SEED = 14
POOL_SIZES = {D000: 151, D001: 211, D002: 178, D003: 49, D004: 119}

FIELDS = ["id", "question", "language", "history", "type", "evidence", "answer", "key_facts"]
WANT_TYPES = {
    "numeric": 9,
    "factoid": 8,
    "list": 7,
    "explain": 6,
    "summary": 3,
    "cross-doc": 3,
    "unanswerable": 4,
}
WANT_LANGS = {"nl": 30, "en": 7, "fr": 3}
WANT_FOLLOW_UPS = 3


def read(name: str) -> str:
    return (DOC_DIR / name).read_text(encoding="utf-8")


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, whitespace collapsed (as eval/make_probe.py)."""
    return [" ".join(part.split()) for part in re.split(r"\n\s*\n", text)]


PARAS = {name: paragraphs(read(name)) for name in FILES}
COLLAPSED = {name: re.sub(r"\s+", " ", read(name)) for name in FILES}


def pool() -> dict[str, list[int]]:
    out = {}
    for name in FILES:
        paras = PARAS[name]
        first, last = BODY[name]
        last = len(paras) - 1 if last is None else last
        out[name] = [
            i
            for i in range(first, last + 1)
            if len(paras[i]) >= MIN_CHARS and (name, i) not in EXCLUDED
        ]
    return out


def draw_order(seed: int = SEED) -> list[tuple[str, int]]:
    """Weighted document choice, then a uniform paragraph of that document, without replacement."""
    rng = random.Random(seed)
    remaining = pool()
    order = []
    while any(remaining.values()):
        docs = [name for name in FILES if remaining[name]]
        doc = rng.choices(docs, weights=[len(remaining[name]) for name in docs])[0]
        idx = rng.choice(remaining[doc])
        remaining[doc].remove(idx)
        order.append((doc, idx))
    return order


def cut(doc: str, start: str, end: str) -> str:
    """Verbatim quote: from the (unique) start anchor to the first end anchor after it."""
    text = COLLAPSED[doc]
    assert text.count(start) == 1, (doc, start, text.count(start))
    i = text.index(start)
    j = text.find(end, i + len(start))
    assert j >= 0, (doc, start, end)
    quote = text[i : j + len(end)]
    assert 40 <= len(quote) <= 400, (doc, start, len(quote))
    return quote


def ev(doc: str, start: str, end: str, section: str, page: int | None) -> dict:
    return {"doc": doc, "quote": cut(doc, start, end), "section": section, "page": page}


# Section labels (table-of-contents level) and pages (table of contents; null for 001).
S000_PRIO = ("PRIORITEITEN VAN HET BELGISCHE VOORZITTERSCHAP", 8)
S000_1_1 = ("1.1. SAMENWERKING IN DE VEILIGHEIDSKETEN", 10)
S000_2_3 = ("2.3. ARBEIDSMOBILITEIT EN WERKGELEGENHEID", 19)
S000_3_2 = ("3.2. WATERSTOF", 23)
S000_3_7 = ("3.7. KLIMAAT EN KLIMAATADAPTATIE", 26)
S000_3_9 = ("3.9. VOEDSELVEILIGHEID EN DIERGEZONDHEID", 28)
S000_5_1 = ("5.1. Noordrijn-Westfalen (NRW)", 34)
S001_PRIO = ("PRIORITEITEN VAN HET BELGISCHE VOORZITTERSCHAP", None)
S001_1_1 = ("1.1. ENERGIE & KLIMA AT", None)
S001_1_2 = ("1.2. TRANSPORT & LOGISTIEK", None)
S001_1_3 = ("1.3. HANDEL, DIGITALISERING EN CIRCUL AIRE ECONOMIE", None)
S001_2_1_1 = ("2.1.1. Politiesamenwerking", None)
S001_2_1_3 = ("2.1.3. Asiel en migratie", None)
S001_2_4 = ("2.4. WERKEN IN DE BENELUX", None)
S001_EXT = ("2. Externe betrekkingen", None)
S001_NRW = ("2.1. SAMENWERKING MET NOORDRIJN-WESTFALEN (NRW)", None)
S002_1_1 = ("1.1. ENERGIE & KLIMAAT", 8)
S002_1_2 = ("1.2. TRANSPORT & LOGISTIEK", 12)
S002_1_3 = ("1.3. HANDEL, DIGITALISERING EN CIRCULAIRE ECONOMIE", 15)
S002_2_1_1 = ("2.1.1. POLITIESAMENWERKING", 18)
S002_2_1_2 = ("2.1.2. CRISISBEHEERSING", 24)
S002_2_1_3J = ("2.1.3. JUSTITIE", 28)
S002_2_3 = ("2.3. DUURZAME SAMENLEVING", 33)
S002_2_5 = ("2.5. Grensoverschrijdende Gezondheidszorg", 38)
S002_NRW = ("2.1. SAMENWERKING MET NOORDRIJN-WESTFALEN (NRW)", 42)
S004_POL = ("IMPLEMENTATIE VAN HET POLITIEVERDRAG", 9)
S004_INT = ("Grensoverschrijdende integrale aanpak en gezamenlijke controleacties", 10)
S004_OVER = ("OVERIGE SAMENWERKING", 14)
S004_PENTA = ("PENTA-SAMENWERKING", 27)
S004_LANDB = ("DUURZAME EN GEDIVERSIFIEERDE LANDBOUW", 29)


def q(draws, question, language, history, qtype, evidence, answer, key_facts):
    return {
        "draws": draws,
        "item": {
            "question": question,
            "language": language,
            "history": history,
            "type": qtype,
            "evidence": evidence,
            "answer": answer,
            "key_facts": key_facts,
        },
    }


def questions() -> list[dict]:
    return [
        # draw 0: 000 p296, NRW partnership (follow-up)
        q(
            [0],
            "En hoe lang bestond dat partnerschap in 2023 al, en wanneer werd de politieke verklaring "
            "waarop het steunt vernieuwd?",
            "nl",
            ["Op welke gebieden wil de Benelux de samenwerking met Noordrijn-Westfalen in 2024 verdiepen?"],
            "numeric",
            [
                ev(
                    D000,
                    "In 2023, het vijftiende jaar van het partnerschap",
                    "crisisbeheersing en volksgezondheid.",
                    *S000_5_1,
                )
            ],
            "2023 was het vijftiende jaar van het partnerschap tussen de Benelux en NRW. De gezamenlijke "
            "politieke verklaring waarop de samenwerking steunt, werd in 2019 vernieuwd.",
            ["vijftiende", "2019"],
        ),
        # draw 1: 004 p82, fireworks preparatory meetings
        q(
            [1],
            "Hoeveel voorbereidende overleggen waren er in 2024 voor de implementatie van de "
            "Benelux-vuurwerkaanpak, en hoe waren die verdeeld?",
            "nl",
            [],
            "numeric",
            [ev(D004, "Tien voorbereidende overleggen", "aanslagen met zwaar vuurwerk.", *S004_OVER)],
            "Tien: twee grootschalige bijeenkomsten met Noordrijn-Westfalen en de Europese Commissie, vijf "
            "gespecialiseerde sessies over juridische en technische uitvoering en drie gerichte "
            "besprekingen over aanslagen met zwaar vuurwerk.",
            ["tien", "vijf", "drie"],
        ),
        # draw 2: 002 p168, ZZDGO course (near miss: number of trained officers)
        q(
            [2],
            "Hoeveel politiemensen in de grensstreek België-Nederland zijn al opgeleid via de "
            "Benelux-cursus 'zonder zorgen de grens over'?",
            "nl",
            [],
            "unanswerable",
            [],
            "Dat aantal staat niet in de documenten. Het jaarverslag 2021 vermeldt alleen dat een aantal "
            "trainers via een 'train the trainer'-programma werd opgeleid en dat een aantal politiemensen "
            "in de grensstreek België-Nederland de ZZDGO-opleiding volgde, zonder cijfers.",
            [],
        ),
        # draw 3: 002 p376, NRW and cybercrime (Osint)
        q(
            [3],
            "Dans la coopération Benelux contre la cybercriminalité, quel domaine la Rhénanie-du-Nord-"
            "Westphalie s'est-elle déclarée prête à gérer, et quel service a-t-elle associé à sa délégation ?",
            "fr",
            [],
            "factoid",
            [
                ev(
                    D002,
                    "samenwerking op het gebied van cybercriminaliteit als een groot voordeel.",
                    "domein over te nemen.",
                    *S002_NRW,
                )
            ],
            "Elle s'est déclarée prête à reprendre la gestion du domaine Open Source Information (Osint). "
            "Elle a aussi associé la douane à sa délégation, créant ainsi un lien avec l'État fédéral pour "
            "obtenir une valeur ajoutée maximale.",
            ["Osint", "douane"],
        ),
        # draws 4 + 43 (001 p185-186, one sentence) + 17 (004 p56): Hazeldonk, plan 2021 -> report 2024
        q(
            [4, 43, 17],
            "Het jaarplan 2021 wilde de Hazeldonk-samenwerking met Frankrijk tegen drugscriminaliteit een "
            "impuls geven. Wat was daarvoor gepland, en hoe zag die samenwerking er in 2024 operationeel uit?",
            "nl",
            [],
            "cross-doc",
            [
                ev(
                    D001,
                    "Bevorderen van de Hazeldonk-samenwerking",
                    "een impuls kan krijgen.",
                    *S001_2_1_1,
                ),
                ev(
                    D004,
                    "de operationele samenwerking onder de Hazeldonkstructuur.",
                    "inspectiediensten en openbare aanklagers",
                    *S004_INT,
                ),
            ],
            "Het jaarplan 2021 voorzag een strategisch Hazeldonk-overleg met ondersteuning van het "
            "Secretariaat-Generaal, op verzoek van het Strategisch overleg Politie en de Centrale "
            "overleggroep Senningen, om na te gaan of de samenwerking een impuls kon krijgen. In 2024 "
            "vonden onder de Hazeldonkstructuur vijf grote Étoile-controleacties en diverse kleinere acties "
            "plaats, samen met Frankrijk en uitgevoerd door onder meer politie, douane, inspectiediensten "
            "en openbare aanklagers.",
            ["strategisch Hazeldonk-overleg", "vijf", "Étoile"],
        ),
        # draw 5: 002 p224, NIS2 and CER
        q(
            [5],
            "Which two EU directives were the Benelux crisis-management experts working on in 2021, and at "
            "what level did they meet?",
            "en",
            [],
            "list",
            [ev(D002, "De werkzaamheden rond de herziening van de NIS2", "op het niveau van de Raad, getroffen.", *S002_2_1_2)],
            "The revision of the NIS2 Directive (cybersecurity) and the CER Directive (critical "
            "infrastructure). The national experts met each other at the negotiating table at Council level.",
            ["NIS2", "CER"],
        ),
        # draw 6: 001 p33, AI study day
        q(
            [6],
            "Voor welke sectoren wil het Belgische voorzitterschap in 2021 een studiedag over de "
            "grensoverschrijdende impact van artificiële intelligentie ondersteunen?",
            "nl",
            [],
            "list",
            [ev(D001, "Het ondersteunt ook de organisatie van een studiedag", "handel en landbouw.", *S001_PRIO)],
            "Voor een aantal belangrijke gemeenschappelijke sectoren, zoals transport, energie, handel en "
            "landbouw.",
            ["transport", "energie", "handel", "landbouw"],
        ),
        # draw 7: 001 p117-118, customs cooperation
        q(
            [7],
            "Wie stuurt volgens het jaarplan 2021 de douanesamenwerking in de Benelux aan, en uit wie "
            "bestaat dat overleg?",
            "nl",
            [],
            "factoid",
            [
                ev(
                    D001,
                    "Regionale samenwerking als incubator voor de heropstart",
                    "stuurt de douanesamenwerking aan.",
                    *S001_1_3,
                )
            ],
            "Het Strategisch overleg Douane. Dat bestaat uit de administrateurs-generaal en "
            "directeuren-generaal van de ministeries van Financiën van de Benelux-landen.",
            ["Strategisch overleg Douane", "Financiën"],
        ),
        # draws 8 (001 p88) + 36 (002 p65): Penta risk preparedness, plan 2021 -> report 2021
        q(
            [8, 36],
            "The 2021 annual plan wanted to organise energy conferences with the Penta presidency on risk "
            "preparedness. What was actually signed at Penta level on this in 2021, and on what date?",
            "en",
            [],
            "cross-doc",
            [
                ev(
                    D001,
                    "Organiseren van twee energieconferenties",
                    "in het kader van de Green Deal.",
                    *S001_1_1,
                ),
                ev(
                    D002,
                    "Uitbouwen van de regionale plannen inzake risicoparaatheid",
                    "vergadering van het Pentalateraal Energie Forum.",
                    *S002_1_1,
                ),
            ],
            "On 1 December 2021, after intensive preparation at expert level, the competent ministers signed "
            "the MoU on crisis management at the ministerial meeting of the Pentalateral Energy Forum (Penta), "
            "under Belgian presidency. The 2021 plan had foreseen two energy conferences: one with Penta on "
            "risk preparedness and one with the North Sea energy cooperation on offshore development.",
            ["1 december", "MoU"],
        ),
        # draw 9: 001 p306-307, labour mobility
        q(
            [9],
            "Hoe wil de Benelux in 2021 de grensoverschrijdende arbeidsmobiliteit verder stimuleren, en "
            "welke plaats krijgen coronagerelateerde vraagstukken daarbij?",
            "nl",
            [],
            "explain",
            [
                ev(
                    D001,
                    "Verdere stimulering van de grensoverschrijdende arbeidsmobiliteit",
                    "horizontale aandacht naar coronagerelateerde vraagstukken.",
                    *S001_2_4,
                )
            ],
            "Via een analyse van de gevolgen. Binnen de bestaande samenwerkingsplatforms gaat naast de "
            "thema's rond arbeidsmobiliteit, zoals het toegenomen gebruik van telewerk, ook horizontale "
            "aandacht naar coronagerelateerde vraagstukken.",
            ["analyse van de gevolgen", "telewerk", "coronagerelateerde"],
        ),
        # draw 10: 002 p91-92, heavier zero-emission trucks
        q(
            [10],
            "In 2021 nam het Benelux strategisch overleg een principebesluit over een hoger maximumgewicht "
            "voor grensoverschrijdend vrachtverkeer. Met welke uitzonderingen houdt de ontwerpbeschikking "
            "rekening, en welk gewicht wordt daarbij als voorbeeld genoemd?",
            "nl",
            [],
            "numeric",
            [
                ev(
                    D002,
                    "Dit deed het door het nemen van een principebesluit",
                    "maximale gewicht voor grensoverschrijdend vrachtverkeer.",
                    *S002_1_2,
                ),
                ev(
                    D002,
                    "Een belangrijke bijkomende aanpassing waarover een akkoord bereikt is",
                    "voertuigcombinaties met een hoger gewicht.",
                    *S002_1_2,
                ),
                ev(D002, "Dat geldt bijvoorbeeld ook voor de mogelijkheid", "van 50 ton te rijden.", *S002_1_2),
            ],
            "Er is een bepaling over de maximaal toegestane massa toegevoegd, om rekening te houden met "
            "uitzonderingen die in het binnenlands vervoer van de Benelux-landen gelden voor speciale "
            "voertuigen of voertuigcombinaties met een hoger gewicht. Als voorbeeld geldt de mogelijkheid "
            "om in bepaalde regio's en onder bepaalde voorwaarden met voertuigen of combinaties van 50 ton "
            "te rijden.",
            ["maximaal toegestane massa", "50 ton"],
        ),
        # draw 11: 000 p169, diploma treaty with the Baltic states
        q(
            [11],
            "In which year does the Benelux-Baltic treaty on automatic recognition of higher-education "
            "diplomas enter into force, and what will the countries involved do afterwards to widen it?",
            "en",
            [],
            "numeric",
            [ev(D000, "toetreding van andere landen uit de Europese Hogeronderwijsruimte", "tot het Verdrag te laten toetreden.", *S000_2_3)],
            "In 2024. With support from the Secretariat-General, the countries and partners involved will "
            "keep promoting the treaty and try to get other countries of the European Higher Education Area "
            "to accede to it.",
            ["2024"],
        ),
        # draw 12: 000 p98, return of foreigners posing a security problem
        q(
            [12],
            "Waarom wil het Belgische Benelux-voorzitterschap in 2024 werk maken van de terugkeer van "
            "vreemdelingen die een veiligheidsprobleem vormen?",
            "nl",
            [],
            "explain",
            [ev(D000, "Een andere prioriteit van het Belgische Benelux-voorzitterschap", "de Europese Unie.", *S000_PRIO)],
            "Omdat die kwestie hoog op de agenda van de Europese Commissie staat en een specifieke aanpak "
            "vergt. De Benelux wil daaraan bijdragen, in lijn met de roadmap van de terugkeercoördinator van "
            "de Europese Unie.",
            ["Europese Commissie", "specifieke aanpak", "roadmap"],
        ),
        # draw 13: 000 p204, hydrogen
        q(
            [13],
            "Kun je samenvatten wat de Benelux in 2024 op het vlak van waterstof wil bereiken?",
            "nl",
            [],
            "summary",
            [
                ev(
                    D000,
                    "Voortbouwend op de resultaten van de Benelux-studie rond waterstof",
                    "een grote rol voor de zeehavens.",
                    *S000_3_2,
                ),
                ev(
                    D000,
                    "Meer specifiek draait het dan enerzijds",
                    "een positiebepaling op het vlak van certificering.",
                    *S000_3_2,
                ),
            ],
            "Voortbouwend op de Benelux-waterstofstudie wil men de Benelux positioneren als draaischijf in de "
            "toekomstige EU-waterstofeconomie, met een grote rol voor de zeehavens. Concreet gaat het om de "
            "gecoördineerde invoer van hernieuwbare waterstof en derivaten, de certificering van groene "
            "waterstof en grensoverschrijdende waterstofinfrastructuur; over certificering werken de landen "
            "aan een gezamenlijke positiebepaling.",
            ["draaischijf", "zeehavens", "certificering"],
        ),
        # draw 14: 000 p171, information for frontier workers, telework
        q(
            [14],
            "Vat samen hoe de Benelux grensarbeiders in 2024 wil informeren en wat er rond telewerken "
            "gepland is.",
            "nl",
            [],
            "summary",
            [
                ev(D000, "Passende informatie zal blijvend worden verstrekt", "thematische digitale brochures.", *S000_2_3),
                ev(D000, "ingezet op coherent beleid rond telewerken", "op de voet te volgen.", *S000_2_3),
            ],
            "Grensarbeiders blijven passende informatie krijgen via het bestaande webportaal over de geldende "
            "regelgeving, dat wordt geactualiseerd en gemoderniseerd, en via thematische digitale brochures. "
            "Voor een coherent beleid rond telewerken/thuiswerken volgt de Benelux de bilaterale, OESO- en "
            "Europese initiatieven op het gebied van sociale zekerheid en belastingen op de voet.",
            ["webportaal", "brochures", "OESO"],
        ),
        # draw 15: 000 p228, regional climate cooperation after COP28
        q(
            [15],
            "Sur la base de quels enseignements la coopération climatique régionale du Benelux sera-t-elle "
            "développée en 2024 ?",
            "fr",
            [],
            "factoid",
            [ev(D000, "Regionale klimaatsamenwerking zal verder worden vormgegeven", "goede regionale afstemming te faciliteren is eveneens voorzien.", *S000_3_7)],
            "Sur la base des enseignements tirés de la COP28. Elle s'appuiera sur la plateforme climat "
            "Benelux et ses membres, et un nouvel échange des plans énergie-climat définitifs est prévu pour "
            "faciliter une bonne coordination régionale.",
            ["COP28"],
        ),
        # draw 16: 001 p178-179, PNR units
        q(
            [16],
            "Welke evaluatie willen de Benelux-landen bespreken om de operationele samenwerking tussen hun "
            "PNR-eenheden te versterken?",
            "nl",
            [],
            "factoid",
            [ev(D001, "Versterken van de operationele samenwerking tussen de eenheden", "(Passenger Information Units).", *S001_2_1_1)],
            "De conclusies van de evaluatie van de PNR-richtlijn door de Europese Commissie, en de gevolgen "
            "daarvan voor de PIU's (Passenger Information Units).",
            ["PNR-richtlijn", "Europese Commissie", "PIU"],
        ),
        # draw 18: 004 p156, Right to Repair -> ecodesign and product passports
        q(
            [18],
            "Wat startten de drie Benelux-landen in 2024 naar aanleiding van het Europese "
            "Right to Repair-initiatief, en waarover moet dat transparantie bieden?",
            "nl",
            [],
            "list",
            [ev(D004, "gereflecteerd op het Europese", "herstelopties van producten.", *S004_LANDB)],
            "Ze begonnen met de voorbereiding van een gezamenlijk Benelux-kader voor ecodesign en "
            "productpaspoorten. Dat kader moet transparantie bieden over de herkomst, de samenstelling en de "
            "herstelopties van producten.",
            ["ecodesign", "productpaspoorten", "herkomst", "herstelopties"],
        ),
        # draw 19: 004 p138, Penta meetings (follow-up)
        q(
            [19],
            "And through which group did the Benelux feed input into security-of-supply analyses and "
            "market models?",
            "en",
            ["What was agreed at the Penta ministerial meeting in 2024?"],
            "factoid",
            [
                ev(D004, "Tijdens de ministeriële bijeenkomst werden afspraken", "veerkrachtig elektriciteitssysteem.", *S004_PENTA),
                ev(D004, "De Benelux leverde een actieve bijdrage aan de discussie", "leveringszekerheidsanalyses en marktmodellen.", *S004_PENTA),
            ],
            "Through a sounding-board group (klankbordgroep) with the European Commission and ENTSO-E. The "
            "Benelux also contributed actively to the discussion on reforming the European electricity "
            "market design.",
            ["ENTSO-E"],
        ),
        # draw 20: 002 p371, NRW and MaaS (near miss: NRW's financial contribution)
        q(
            [20],
            "Hoeveel draagt Noordrijn-Westfalen financieel bij aan het MaaS-project van de Benelux?",
            "nl",
            [],
            "unanswerable",
            [],
            "Dat staat niet in de documenten. Ze vermelden wel dat NRW meewerkt aan het MaaS-project rond "
            "digitale technologieën voor grensoverschrijdende interoperabiliteit in de mobiliteitssector, "
            "maar noemen geen bedrag of financiële bijdrage van NRW.",
            [],
        ),
        # draw 21: 001 p27, parallel imports study
        q(
            [21],
            "Welke studie van de Europese Commissie wil het Belgische voorzitterschap in 2021 binnen de "
            "Benelux onderzoeken?",
            "nl",
            [],
            "factoid",
            [ev(D001, "Het Belgische voorzitterschap zal binnen de Benelux de impact", "belemmeringen hiervoor onderzoeken.", *S001_PRIO)],
            "De studie van de Europese Commissie over de parallelle invoer in de detailhandel en de "
            "belangrijkste belemmeringen daarvoor; het voorzitterschap wil de impact ervan binnen de "
            "Benelux onderzoeken.",
            ["parallelle invoer", "detailhandel"],
        ),
        # draws 22 (002 p293) + 29 (000 p242): Animal Health Law, report 2021 -> plan 2024
        q(
            [22, 29],
            "Wat deden de Chief Veterinary Officers in 2021 rond de nieuwe EU-diergezondheidswetgeving, en "
            "hoe wil het jaarplan 2024 de gezondheid van dieren verder beschermen?",
            "nl",
            [],
            "cross-doc",
            [
                ev(D002, "De Chief Veterinary Officers (CVO's) van de drie", "('Animal Health Law') te bespreken.", *S002_2_3),
                ev(D000, "De gezondheid van dieren wordt beter beschermd", "bij epizodtieén", *S000_3_9),
            ],
            "In 2021 kwamen de CVO's van de drie Benelux-landen, Frankrijk en Duitsland twee keer bijeen om "
            "de nieuwe Animal Health Law te bespreken. Het jaarplan 2024 wil het grensoverschrijdend verkeer "
            "van landbouw- en huisdieren vergemakkelijken, met oog voor dierenwelzijn, en vaccinatiestrategieën "
            "stimuleren als preventieve maatregel tegen het massaal slachten van landbouwhuisdieren bij "
            "epizoötieën.",
            ["twee keer", "huisdieren", "vaccinatiestrategie"],
        ),
        # draw 23: 002 p119, foreign subsidies regulation (follow-up)
        q(
            [23],
            "En wanneer vonden die expertvergaderingen plaats, en op welke eerdere vergadering volgden ze?",
            "nl",
            ["Over welk voorstel van de Europese Commissie vergaderden de experts van de ministeries van "
             "Economische Zaken in 2021?"],
            "numeric",
            [ev(D002, "In mei en oktober vonden expertvergaderingen plaats", "mededingingsbeleid in november 2020.", *S002_1_3)],
            "In mei en oktober 2021. Ze waren een follow-up op de vergadering van de ministeries van "
            "Economische Zaken over mededingingsbeleid in november 2020.",
            ["mei", "oktober", "november 2020"],
        ),
        # draw 24: 001 p308, green jobs study
        q(
            [24],
            "Welke studie over de veranderende arbeidsmarkt wil de Benelux in 2021 afstemmen, en in welk "
            "kader?",
            "nl",
            [],
            "factoid",
            [ev(D001, "Start van de afstemming van de uitvoeringen", "in het kader van ’just transition’.", *S001_2_4)],
            "Een studie naar groene banen en nieuwe curricula binnen de veranderende arbeidsmarkt. De "
            "afstemming van de uitvoering ervan start ook in het kader van de 'just transition'.",
            ["groene banen", "curricula", "just transition"],
        ),
        # draw 25: 001 p103, safety certificates in coastal shipping
        q(
            [25],
            "Waarom wil de Benelux volgens het jaarplan 2021 werken aan een beschikking over de wederzijdse "
            "erkenning van veiligheidscertificaten in de kustvaart?",
            "nl",
            [],
            "explain",
            [ev(D001, "Mogelijk maken van wederzijdse erkenning veiligheidscertifi", "voor de sector en de overheid.", *S001_1_2)],
            "Om de administratieve lasten voor de sector en de overheid te verlichten. De Benelux-beschikking "
            "moet de nationale veiligheidscertificaten van schepen in de near coastal vaart wederzijds laten "
            "erkennen.",
            ["administratieve lasten", "near coastal"],
        ),
        # draw 26: 001 p30, VBER
        q(
            [26],
            "Which EU regulation did the Belgian presidency in 2021 want the Benelux countries to take a "
            "common position on? Give its number.",
            "en",
            [],
            "numeric",
            [ev(D001, "Het Belgische voorzitterschap zal ervoor ijveren", "contracten in Europa structureert.", *S001_PRIO)],
            "Regulation (EU) No 330/2010 on vertical agreements (VBER), which structures all distribution, "
            "supply and delivery contracts in Europe. The presidency wanted a common Benelux position on its "
            "revision.",
            ["330/2010", "VBER"],
        ),
        # draw 27: 000 p110, meeting on the integral approach
        q(
            [27],
            "Wanneer wil de Benelux een bijeenkomst over de integrale aanpak organiseren, en waarop bouwt "
            "die voort?",
            "nl",
            [],
            "numeric",
            [ev(D000, "De focus wordt gericht op de volgende punten:", "onder Nederlands voorzitterschap in gang werd gezet;", *S000_1_1)],
            "In 2024. De bijeenkomst bouwt voort op wat in 2023 onder Nederlands voorzitterschap in gang werd "
            "gezet.",
            ["2024", "2023", "Nederlands voorzitterschap"],
        ),
        # draw 28: 001 p36, second priority of the Belgian presidency
        q(
            [28],
            "Welke drie thema's wil het Belgische voorzitterschap in 2021 bevorderen via de projecten uit "
            "het jaarplan?",
            "nl",
            [],
            "list",
            [ev(D001, "Het Belgische voorzitterschap zal de circulaire economie", "opgenomen in het jaarplan voor 2021:", *S001_PRIO)],
            "De circulaire economie, de duurzame mobiliteit en de energie-innovatie.",
            ["circulaire economie", "duurzame mobiliteit", "energie-innovatie"],
        ),
        # draw 30: 000 p312-313, NRW police cooperation
        q(
            [30],
            "Which police cooperation formats does North Rhine-Westphalia want to continue and intensify with "
            "the Benelux, according to the 2024 annual plan?",
            "en",
            [],
            "list",
            [ev(D000, "Noordrijn-Westfalen wil de volgende samenwerking", "als nieuw thema zal worden opgenomen.", *S000_5_1)],
            "SENN-RECHERCHE (taking account of phenomena related to organised crime), cooperation in the "
            "SENN-POST working group, and the POL-CYBER working group, where IT developments in forensic "
            "investigation with a focus on AI will be added as a new theme.",
            ["SENN-RECHERCHE", "SENN-POST", "POL-CYBER"],
        ),
        # draw 31: 002 p253, CrossBES
        q(
            [31],
            "Op welk project steunt de samenwerking met NRW over de grensoverschrijdende uitvoering van "
            "straffen, en welk land heeft daarin de lead?",
            "nl",
            [],
            "factoid",
            [
                ev(D002, "De Benelux-landen streven ernaar om samen met Noordrijn-Westfalen/Duitsland het EU-basisbeginsel", "maatregelen over de grenzen heen.", *S002_2_1_3J),
                ev(D002, "De basis van deze samenwerking is het CrossBES-project.", "strafstelsels van de landen.", *S002_2_1_3J),
            ],
            "Op het CrossBES-project; Nederland heeft de lead. In 2021 werd overleg gepleegd, werden best "
            "practices gedeeld, het netwerk versterkt en knelpunten besproken, en werd gewerkt aan een "
            "vergelijkend overzicht van de strafstelsels.",
            ["CrossBES", "Nederland"],
        ),
        # draw 32: 001 p354, Grande Région
        q(
            [32],
            "Waarom konden de contacten met de aan de Benelux grenzende deelentiteiten van de Grande Région "
            "worden geïntensiveerd, en wat zou dat mogelijk maken?",
            "nl",
            [],
            "explain",
            [ev(D001, "Vanwege de coronacrisis konden ook de contacten", "zouden kunnen worden verkend.", *S001_EXT)],
            "Vanwege de coronacrisis konden de contacten met die deelentiteiten van de Grande Région worden "
            "geïntensiveerd. Daarmee zouden de mogelijkheden tot samenwerking op andere terreinen kunnen "
            "worden verkend.",
            ["coronacrisis", "andere terreinen"],
        ),
        # draw 33: 000 p231, Meuse and Scheldt commissions (near miss: moving date)
        q(
            [33],
            "Quand les secrétariats de la Commission internationale de la Meuse et de la Commission "
            "internationale de l'Escaut doivent-ils s'installer dans les locaux du Secrétariat général "
            "Benelux ?",
            "fr",
            [],
            "unanswerable",
            [],
            "Les documents ne donnent aucune date. Le plan annuel 2024 annonce seulement que le Secrétariat "
            "général lancera une étude sur la possibilité d'héberger à terme ces secrétariats dans ses "
            "locaux ; aucun déménagement n'est daté ni rapporté.",
            [],
        ),
        # draw 34: 001 p226-228, joint approach to migration
        q(
            [34],
            "Wat omvat de gezamenlijke aanpak inzake migratie die de Benelux in 2021 wil volgen?",
            "nl",
            [],
            "list",
            [ev(D001, "Volgen van een gezamenlijke aanpak inzake migratie", "gemeenschappelijke benaderingen binnen de Benelux.", *S001_2_1_3)],
            "Een analyse van de verschillende nationale trends in de migratiestromen, met het oog op nieuwe "
            "samenwerkingsinitiatieven, en het in overweging nemen van Europese ontwikkelingen door mogelijke "
            "gemeenschappelijke benaderingen binnen de Benelux te onderzoeken.",
            ["nationale trends", "Europese ontwikkelingen", "gemeenschappelijke benaderingen"],
        ),
        # draw 35: 001 p173, information exchange on priority phenomena
        q(
            [35],
            "Waarom zoekt de Benelux-politiesamenwerking een methodiek om informatie over prioritaire "
            "fenomenen uit te wisselen, en hoe moet die uitwisseling bij voorkeur verlopen?",
            "nl",
            [],
            "explain",
            [ev(D001, "Met het oog op een continu proces van informatiedeling", "fenomenen (indien mogelijk geautomatiseerd) uit te wisselen.", *S001_2_1_1)],
            "Met het oog op een continu proces van informatiedeling. Die uitwisseling van informatie over "
            "prioritaire fenomenen moet indien mogelijk geautomatiseerd gebeuren.",
            ["continu", "geautomatiseerd"],
        ),
        # draw 37: 001 p158, liaison officers (near miss: how many)
        q(
            [37],
            "How many liaison officers are currently part of the Benelux network of police liaison officers?",
            "en",
            [],
            "unanswerable",
            [],
            "The documents do not give that number. They mention an implementing arrangement on the joint use "
            "of liaison officers and work to strengthen and optimise the liaison-officer network, but no count "
            "of officers.",
            [],
        ),
        # draw 38: 001 p315-316, frontier-worker portal and brochures
        q(
            [38],
            "Voor wie zijn de grensarbeiderbrochures bedoeld die de Benelux in 2021 wil bijwerken en "
            "publiceren?",
            "nl",
            [],
            "list",
            [ev(D001, "Voortzetting van de activiteiten met betrekking tot het Benelux-Portal", "alsook aan werkgevers en grenswerkers.", *S001_2_4)],
            "Ze dienen als basis voor algemene, juridische informatie aan professionals in de sector en aan "
            "werkgevers en grenswerkers. Daarnaast lopen de activiteiten rond het Benelux-Portal Grensarbeid "
            "door.",
            ["professionals", "werkgevers", "grenswerkers"],
        ),
        # draw 39: 004 p50-51, police chiefs and targeted training
        q(
            [39],
            "Wanneer kwamen de Benelux-politiechefs in 2024 strategisch samen, en voor welke politiediensten "
            "werden daarna gerichte opleidingen georganiseerd?",
            "nl",
            [],
            "numeric",
            [ev(D004, "Een strategisch overleg van de Benelux-politiefchefs", "verkeers- en zeevaartpolitie.", *S004_POL)],
            "In april 2024; dat overleg benadrukte de noodzaak van een gezamenlijke, toekomstgerichte "
            "strategie. In het verlengde daarvan werden gezamenlijke acties en controles opgezet en gerichte "
            "opleidingen georganiseerd, onder meer voor de verkeers- en zeevaartpolitie.",
            ["april", "zeevaartpolitie"],
        ),
        # draw 40: 002 p301-302, education for sustainable development
        q(
            [40],
            "Wanneer vond de online conferentie over educatie voor duurzame ontwikkeling plaats, hoeveel "
            "deelnemers waren er, en waarom vindt de Benelux zulke educatie nodig?",
            "nl",
            [],
            "numeric",
            [
                ev(D002, "Voor de Benelux-landen, met een zeer hoge bevolkingsdichtheid", "hefboomen voor verandering!", *S002_2_3),
                ev(D002, "Het Benelux Secretariaat-Generaal en het Vlaams Gewest hebben samen", "duurzaam ruimtegebruik kan vorm krijgen.", *S002_2_3),
            ],
            "Op 18 en 19 november 2021, met meer dan 100 deelnemers; het Secretariaat-Generaal organiseerde ze "
            "samen met het Vlaams Gewest. In de dichtbevolkte Benelux vraagt duurzame ruimtelijke ontwikkeling "
            "dat iedereen zijn gedrag en levensstijl verandert, en die inzet berust op voorlichting en educatie.",
            ["18 en 19 november", "100", "gedrag en levensstijl"],
        ),
        # draw 41: 002 p346, ambulance agreements and BENEKO
        q(
            [41],
            "Vat samen welke knelpunten rond grensoverschrijdende ambulancehulp via BENEKO werden aangekaart "
            "en wat daaruit bleek.",
            "nl",
            [],
            "summary",
            [
                ev(D002, "Een Benelux-werkgroep volgt de toepassing van deze overeenkomsten", "als gevolg van veranderende wetgeving.", *S002_2_5),
                ev(D002, "In dat verband is aandacht geschonken", "terugbetalingen via de zorgverzekeraars.", *S002_2_5),
                ev(D002, "In alle gevallen bleek het juridische instrumentarium", "voor de vermeende knelpunten.", *S002_2_5),
            ],
            "Via het Nederlands-Belgische samenwerkingsverband BENEKO werden onduidelijkheden aangedragen over "
            "de erkenning van Nederlandse ziekenhuizen in het Belgische 100-systeem, de inzet van een MUG-arts "
            "en terugbetalingen via de zorgverzekeraars. De Benelux-werkgroep die de bilaterale "
            "ambulanceovereenkomsten opvolgt, stelde vast dat het juridische instrumentarium van de Benelux in "
            "alle gevallen volstond voor lokale oplossingen op maat.",
            ["100-systeem", "MUG-arts", "juridische instrumentarium"],
        ),
        # draw 42: 001 p367, air quality with NRW
        q(
            [42],
            "Waarom staat grensoverschrijdende samenwerking met NRW centraal bij de bestrijding van "
            "luchtverontreiniging?",
            "nl",
            [],
            "explain",
            [ev(D001, "De relatie tussen luchtkwaliteit en volksgezondheid", "samenwerking hierbij centraal staat.", *S001_NRW)],
            "Omdat de relatie tussen luchtkwaliteit en volksgezondheid een belangrijke rol speelt, niet alleen "
            "in stedelijke gebieden maar ook door de 'deken van verontreinigende stoffen' die zich over de "
            "Benelux en NRW uitstrekt.",
            ["volksgezondheid", "deken van verontreinigende stoffen"],
        ),
    ]


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def shares_window(quote: str, paragraph: str, n: int = 40) -> bool:
    return any(quote[i : i + n] in paragraph for i in range(max(0, len(quote) - n + 1)))


def build() -> list[dict]:
    sizes = {name: len(v) for name, v in pool().items()}
    assert sizes == POOL_SIZES, sizes
    order = draw_order()
    specs = questions()
    assert len(specs) == 40

    used = [d for spec in specs for d in spec["draws"]]
    assert len(used) == len(set(used)), "a draw is used twice"
    assert sorted(used) == list(range(len(used))), "draws 0..N must be used without gaps"
    heads = [spec["draws"][0] for spec in specs]
    assert heads == sorted(heads), "questions must follow the draw order"

    items = []
    for n, spec in enumerate(specs):
        item = {"id": f"q14-{n:03d}", **spec["item"]}
        item = {k: item[k] for k in FIELDS}
        qid = item["id"]
        if item["type"] == "unanswerable":
            assert not item["evidence"] and not item["key_facts"], qid
        else:
            assert item["evidence"] and 1 <= len(item["key_facts"]) <= 4, qid
            quotes = " || ".join(norm(e["quote"]) for e in item["evidence"])
            for k in item["key_facts"]:
                assert norm(k) in quotes, (qid, "key fact not in quotes", k)
                assert norm(k) in norm(item["answer"]), (qid, "key fact not in answer", k)
            for d in spec["draws"]:
                doc, idx = order[d]
                para = PARAS[doc][idx]
                assert any(
                    e["doc"] == doc and shares_window(e["quote"], para) for e in item["evidence"]
                ), (qid, "drawn paragraph not quoted", d, doc, idx)
            for e in item["evidence"]:
                assert e["quote"] in COLLAPSED[e["doc"]], qid
        if item["type"] == "cross-doc":
            assert len({e["doc"] for e in item["evidence"]}) == 2, qid
        if item["history"]:
            assert all(h.strip() for h in item["history"]), qid
        items.append(item)

    types = collections.Counter(i["type"] for i in items)
    langs = collections.Counter(i["language"] for i in items)
    follow_ups = sum(1 for i in items if i["history"])
    assert dict(types) == WANT_TYPES, types
    assert dict(langs) == WANT_LANGS, langs
    assert follow_ups == WANT_FOLLOW_UPS, follow_ups
    assert [i["id"] for i in items] == [f"q14-{n:03d}" for n in range(40)]
    return items


def main() -> None:
    items = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items to {OUT}")


if __name__ == "__main__":
    main()
