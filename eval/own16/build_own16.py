"""Builds eval/own16/own16.jsonl: the sixteenth check set (seed 16), 40 questions.

Passages come from a seeded random draw over the body paragraphs of the five documents
(the same pool and procedure as own12/own13, seed 16). Each quote is cut from the
whitespace-collapsed document text between a start anchor and the first end anchor after it,
so every quote is verbatim. Run from anywhere: `python eval/own16/build_own16.py`.
"""

from __future__ import annotations

import collections
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS_DIR = ROOT / "data" / "documents"
OUT = Path(__file__).resolve().parent / "own16.jsonl"
SEED = 16
SS = 16

FILES = {
    "000": "000_23ffac28d6a1c9fd.txt",  # Jaarplan 2024
    "001": "001_d2ddd7b07eceb66e.txt",  # Jaarplan 2021
    "002": "002_68ccab70ba53b511.txt",  # Jaarverslag 2021
    "003": "003_3c9be9ba5f64d8e1.txt",  # Werkprogramma 2025-2028
    "004": "004_93b1f14f67b4112b.txt",  # Jaarverslag 2024
}
RAW = {k: (DOCS_DIR / f).read_text(encoding="utf-8") for k, f in FILES.items()}
TEXT = {k: re.sub(r"\s+", " ", t).strip() for k, t in RAW.items()}  # as the validator collapses


# ---------------------------------------------------------------- the draw
def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, whitespace collapsed (as eval/make_probe.py)."""
    return [" ".join(part.split()) for part in re.split(r"\n\s*\n", text)]


PARAS = {k: paragraphs(t) for k, t in RAW.items()}
# body ranges by paragraph index (inclusive), as in the own12/own13 READMEs
BODY = {"000": (75, None), "001": (0, None), "002": (15, None), "003": (15, 88), "004": (16, 200)}
EXCLUDE = {"001": {301}}  # page furniture: two running headers plus one short sentence
MIN_CHARS = 150


def pool() -> dict[str, list[int]]:
    out = {}
    for k in sorted(FILES):
        lo, hi = BODY[k]
        hi = len(PARAS[k]) - 1 if hi is None else hi
        out[k] = [
            i
            for i in range(lo, hi + 1)
            if len(PARAS[k][i]) >= MIN_CHARS and i not in EXCLUDE.get(k, set())
        ]
    return out


def draw_order(seed: int, n: int) -> list[tuple[str, int]]:
    """rng.choices picks a document weighted by its undrawn paragraphs, rng.choice a paragraph."""
    rng = random.Random(seed)
    remaining = pool()
    keys = sorted(remaining)
    order = []
    for _ in range(n):
        k = rng.choices(keys, weights=[len(remaining[x]) for x in keys])[0]
        i = rng.choice(remaining[k])
        remaining[k].remove(i)
        order.append((k, i))
    return order


# sanity: the pool and the draws of own12 (seed 12) and own13 (seed 13)
_sizes = {k: len(v) for k, v in pool().items()}
assert _sizes == {"000": 151, "001": 211, "002": 178, "003": 49, "004": 119}, _sizes
_o12 = draw_order(12, 42)
assert _o12[:3] == [("001", 310), ("002", 198), ("000", 77)], _o12[:3]
assert collections.Counter(k for k, _ in _o12) == {"000": 9, "001": 12, "002": 12, "003": 3, "004": 6}
_o13 = draw_order(13, 44)
assert collections.Counter(k for k, _ in _o13) == {"000": 6, "001": 14, "002": 14, "003": 3, "004": 7}

N_DRAWS = 46  # draws 0..45 are used, none skipped
ORDER = draw_order(SEED, N_DRAWS)


# ---------------------------------------------------------------- quotes
def cut(doc: str, start: str, end: str) -> str:
    text = TEXT[doc]
    assert text.count(start) == 1, (doc, start, text.count(start))
    s = text.index(start)
    e = text.find(end, s)
    assert e >= 0, (doc, end)
    quote = text[s : e + len(end)]
    assert 40 <= len(quote) <= 400, (doc, start, len(quote))
    return quote


def ev(doc, start, end, section, page):
    return {"doc": FILES[doc], "quote": cut(doc, start, end), "section": section, "page": page}


PR21 = "PRIORITEITEN VAN HET BELGISCHE VOORZITTERSCHAP"
POL21 = "2.1.1. Politiesamenwerking"
WERK21 = "2.4. WERKEN IN DE BENELUX"

# Each item: draws (indices into ORDER), then the gold fields.
ITEMS = [
    # q16-000  draws 0 + 25
    dict(
        draws=[0, 25],
        question="Kun je samenvatten wat het jaarplan 2021 onder crisisbeheersing wil doen met de lessen uit corona, en met de samenwerking tussen crisispartners over de grens heen?",
        language="nl",
        history=[],
        type="summary",
        evidence=[
            ev("001", "Gekeken wordt naar een evaluatie van de aanpak van de", "met mogelijke grensoverschrijdende gevolgen.", "2.1.2. Crisisbeheersing", None),
            ev("001", "Crisisbeheersing is gebaseerd op samenwerking van een", "ondersteunen die waar nodig.", "2.1.2. Crisisbeheersing", None),
        ],
        answer="Het plan kijkt naar een evaluatie van de aanpak van de COVID-19-crisis en van de Benelux-samenwerking daarin, omdat dat essentieel is voor verdere samenwerkingsmechanismen, een betere informatie-uitwisseling tussen de crisiscentra en een geharmoniseerde respons op crisissen met grensoverschrijdende gevolgen. Omdat crisisbeheersing steunt op veel crisispartners, ook over de grens en vaak op (brede) regionale schaal, hebben de Benelux-partners oog voor die samenwerking en ondersteunen ze die waar nodig.",
        key_facts=["evaluatie", "crisiscentra", "regionale schaal"],
    ),
    # q16-001  draw 1
    dict(
        draws=[1],
        question="Wat wil de Benelux in 2021 doen met de rol van steden bij klimaatadaptatie? En staan er ook afspraken over water op het programma?",
        language="nl",
        history=[],
        type="factoid",
        evidence=[ev("001", "In de kijker zetten van de rol van steden", "water- en droogtemanagement.", "1.1. ENERGIE & KLIMA AT", None)],
        answer="Het jaarplan 2021 wil de rol van steden in klimaatadaptatie en een duurzaam leefmilieu in de kijker zetten. Daarnaast wil het afspraken maken over grensoverschrijdend water- en droogtemanagement.",
        key_facts=["steden", "droogtemanagement"],
    ),
    # q16-002  draws 2 + 35 (cross-doc)
    dict(
        draws=[2, 35],
        question="Welke tekortkomingen van het oude politieverdrag moest het nieuwe Benelux-Politieverdrag volgens het jaarplan 2021 verhelpen, en wanneer is het nieuwe verdrag uiteindelijk in werking getreden?",
        language="nl",
        history=[],
        type="cross-doc",
        evidence=[
            ev("001", "Het verdrag remedieert niet alleen", "binnen de Europese Unie maken.", POL21, None),
            ev("004", "De inwerkingtreding van het nieuwe Benelux-Politieverdrag", "België, Nederland en Luxemburg.", "IMPLEMENTATIE VAN HET POLITIEVERDRAG", 9),
        ],
        answer="Het verdrag verhelpt tekortkomingen van het verdrag uit 2004, vooral wat betreft de bevoegdheden van politieambtenaren bij de verschillende vormen van grensoverschrijdend optreden, en voegt innovatieve elementen toe die de Benelux opnieuw tot proeftuin voor politiesamenwerking in de EU maken. Volgens het jaarverslag 2024 trad het aan het einde van 2023 in werking, een mijlpaal voor de politiediensten van de drie landen.",
        key_facts=["2004", "bevoegdheden", "einde van 2023"],
    ),
    # q16-003  draw 3 (follow-up)
    dict(
        draws=[3],
        question="En in welke regio's wordt daar in de praktijk mee geëxperimenteerd?",
        language="nl",
        history=["Over welke landbouwthema's werd in 2024 in Benelux-verband inhoudelijk gepraat?"],
        history_fact="nieuwe teeltmethoden, alternatieve eiwitbronnen",
        type="list",
        evidence=[ev("004", "Gedurende het jaar vonden inhoudelijke gesprekken plaats", "Noord-Nederland en Zuid-Luxemburg.", "DUURZAME EN GEDIVERSIFIEERDE LANDBOUW", 29)],
        answer="In Vlaanderen, Noord-Nederland en Zuid-Luxemburg: de experimentele focusregio's van het Benelux-brede 'Living Lab'-model, waarop de gesprekken over onder meer nieuwe teeltmethoden, alternatieve eiwitbronnen en bodemverbetering voortbouwden.",
        key_facts=["Vlaanderen", "Noord-Nederland", "Zuid-Luxemburg"],
    ),
    # q16-004  draw 4
    dict(
        draws=[4],
        question="Naast arbeidsmobiliteit zelf: welk soort vraagstukken komt in 2021 overkoepelend aan bod in de bestaande samenwerkingsplatforms? En welk voorbeeld van een arbeidsmobiliteitsthema geeft het plan?",
        language="nl",
        history=[],
        type="factoid",
        evidence=[ev("001", "Binnen de bestaande samenwerkingsplatforms gaat naast", "coronagerelateerde vraagstukken.", WERK21, None)],
        answer="Coronagerelateerde vraagstukken krijgen er horizontale aandacht. Als voorbeeld van een arbeidsmobiliteitsthema noemt het plan het toegenomen of uitgebreidere gebruik van telewerk.",
        key_facts=["coronagerelateerde", "telewerk"],
    ),
    # q16-005  draw 5
    dict(
        draws=[5],
        question="Waarom wil de Benelux na corona een analyse maken van de grensoverschrijdende afspraken rond supply chains?",
        language="nl",
        history=[],
        type="explain",
        evidence=[ev("001", "Lessen trekken uit de crisis door het opstellen", "ver- gelijkbare situaties?", "1.2. TRANSPORT & LOGISTIEK", None)],
        answer="Om lessen te trekken uit de crisis: nagaan wat de coronacrisis leert op het gebied van transport en logistiek, en welke afspraken, checklists of draaiboeken grensoverschrijdend gemaakt kunnen worden voor eventuele toekomstige, vergelijkbare situaties.",
        key_facts=["transport en logistiek", "draaiboeken"],
    ),
    # q16-006  draw 6 (unanswerable)
    dict(
        draws=[6],
        question="Welke gezamenlijke remedies tegen de gevolgen van de Brexit voor de Benelux-economie zijn uit het besloten overleg gekomen?",
        language="nl",
        history=[],
        type="unanswerable",
        evidence=[],
        answer="Dat staat niet in de documenten. Het jaarplan 2021 plant alleen, afhankelijk van de onderhandelingen tussen de EU en het VK, een besloten overleg over de gevolgen van de Brexit en eventuele gezamenlijke remedies; het jaarverslag 2021 meldt dat de Brexit vooral merkbaar was in het douane- en het Noordzee-overleg, maar noemt geen remedies.",
        key_facts=[],
    ),
    # q16-007  draw 7
    dict(
        draws=[7],
        question="Bij ambulancezorg over de grens: in welk Belgisch systeem was de erkenning van Nederlandse ziekenhuizen onduidelijk, en welke andere knelpunten kwamen via BENEKO op tafel?",
        language="nl",
        history=[],
        type="numeric",
        evidence=[ev("002", "In dat verband is aandacht geschonken aan een aantal onduidelijkheden", "terugbetalingen via de zorgverzekeraars.", "2.5. GRENDOVERSCHRIJDENDE GEZONDHEIDSZORG", 38)],
        answer="In het Belgische 100-systeem. De andere onduidelijkheden die via BENEKO werden aangedragen, gingen over de inzet van een MUG-arts en over terugbetalingen via de zorgverzekeraars.",
        key_facts=["100-systeem", "MUG-arts", "terugbetalingen"],
    ),
    # q16-008  draw 8
    dict(
        draws=[8],
        question="Speelt het Benelux Comité van Ministers een rol bij nieuwe overname- en visumakkoorden met derde landen? Wat zegt de bijlage van het jaarplan 2021 daarover?",
        language="nl",
        history=[],
        type="factoid",
        evidence=[ev("001", "Nieuwe overname- en visumovereenkomsten met", "als dusda- nig.", "BIJLAGE: BEOOGDE JURIDISCHE INSTRUMENTEN", None)],
        answer="Nee, niet als zodanig. Volgens de bijlage komen die nieuwe overname- en visumovereenkomsten rechtstreeks tot stand tussen de betrokken partijen, zonder rol voor het Benelux Comité van Ministers.",
        key_facts=["rechtstreeks", "betrokken partijen"],
    ),
    # q16-009  draw 9
    dict(
        draws=[9],
        question="What topics is the AIR-HEALTH conference in the 2021 annual plan supposed to cover?",
        language="en",
        history=[],
        type="list",
        evidence=[ev("001", "Deze conferentie zal de volgende onderwerpen behandelen", "de Europese Ecodesign-richtlijn.", "2.3. DUURZAME SAMENLEVING", None)],
        answer="Non road mobile machinery (NRMM), national air quality plans, air quality reporting (modelling, citizen science/low-cost sensors) and biofuels (wood burning) versus the European Ecodesign Directive.",
        key_facts=["non road mobile machinery", "citizen science", "Ecodesign"],
    ),
    # q16-010  draw 10
    dict(
        draws=[10],
        question="Belgium's 2021 Benelux presidency wanted to carry out a work programme tied to a Pentalateral hydrogen declaration. What year is that declaration from, and what does it lay down?",
        language="en",
        history=[],
        type="numeric",
        evidence=[ev("001", "uitvoering van een werkprogramma rond de Pentalaterale", "koolstofvrij maken van het energiesysteem;", PR21, None)],
        answer="It is the Pentalateral political hydrogen declaration of 2020. It lays down a number of common principles on the role hydrogen can play in decarbonising (making carbon-free) the energy system.",
        key_facts=["2020", "Pentalateral"],
    ),
    # q16-011  draw 11
    dict(
        draws=[11],
        question="Waarom werkt de Benelux in het werkprogramma 2025-2028 verder aan een regionale Wateragenda?",
        language="nl",
        history=[],
        type="explain",
        evidence=[ev("003", "Zoals reeds vermeld hebben de Benelux-landen vele gemeenschappelijke uitdagingen", "verder gewerkt aan een regionale Wateragenda.", "Weerbaarheid tegen natuurrampen en waterbeheer", 12)],
        answer="Omdat de Benelux-landen door klimaatverandering veel gemeenschappelijke uitdagingen hebben, en waterbeheer van vitaal belang is voor de veiligheid en welvaart van de Benelux. Daarom wordt verder gewerkt aan een regionale Wateragenda.",
        key_facts=["klimaatverandering", "veiligheid en welvaart"],
    ),
    # q16-012  draw 12
    dict(
        draws=[12],
        question="Hoeveel uitwisselingsrondes heeft het HESTIA-project inmiddels achter de rug, en wat ging er in de laatste ronde beter?",
        language="nl",
        history=[],
        type="numeric",
        evidence=[ev("002", "Het HESTIA-project is nu goed uitgebouwd", "op soortgelijke wijze aan de criteria voldaan.", "2.2.1. BESTRIJDING VAN FISCALE FRAUDE", 30)],
        answer="Twee: na de eerste uitwisseling volgde een tweede reeks (HESTIA2). Waar bij de eerste ronde elk land op een andere manier aan de selectiecriteria voldeed, voldeden bij de tweede alle drie de landen er op soortgelijke wijze aan.",
        key_facts=["HESTIA2", "tweede", "selectiecriteria"],
    ),
    # q16-013  draw 13
    dict(
        draws=[13],
        question="Where does the 2021 annual plan want to look at hosting the Einstein Telescope, and who should team up to investigate it?",
        language="en",
        history=[],
        type="factoid",
        evidence=[ev("001", "Het is nodig om een politiek gesteund", "als locatie van de Einstein Telescope.", WERK21, None)],
        answer="In the Euregio Maas-Rijn (Meuse-Rhine Euroregion). A politically backed Belgian-Dutch-German partnership should be formed to examine the possibilities of that region as the location of the telescope.",
        key_facts=["Euregio Maas-Rijn"],
    ),
    # q16-014  draw 14
    dict(
        draws=[14],
        question="Hoe komt het dat de vuurwerkbeschikking over oneigenlijk gebruik in 2021 nog niet getekend was, en wat moet ze regelen?",
        language="nl",
        history=[],
        type="explain",
        evidence=[ev("002", "Verwacht was de beschikking over 'oneigenlijk gebruik'", "meer tijd te kosten dan verwacht.", "1.3. HANDEL, DIGITALISERING EN CIRCULAIRE ECONOMIE", 15)],
        answer="De beschikking moet de juridische gaten dichten die oneigenlijk gebruik van vuurwerk mogelijk maken. Omdat dat de nodige zorgvuldigheid vraagt, kostte het meer tijd dan verwacht, zodat de voor 2021 geplande ondertekening er niet kwam.",
        key_facts=["juridische gaten", "zorgvuldigheid"],
    ),
    # q16-015  draw 15
    dict(
        draws=[15],
        question="Waarom zet de Benelux in het nieuwe werkprogramma in op een stabiele energievoorziening, juist met het oog op het mkb?",
        language="nl",
        history=[],
        type="explain",
        evidence=[ev("003", "Toegang tot betaalbare energie is essentieel", "kunnen blijven groeien en innoveren.", "Ondersteuning van KMO/MKB", 8)],
        answer="Omdat toegang tot betaalbare energie essentieel is voor de concurrentiekracht van kmo's/mkb's. Een betrouwbare en stabiele energievoorziening moet de kosten verlagen, zodat die bedrijven kunnen blijven groeien en innoveren.",
        key_facts=["betaalbare energie", "concurrentiekracht", "groeien en innoveren"],
    ),
    # q16-016  draws 16 + 41 (summary)
    dict(
        draws=[16, 41],
        question="Geef een korte samenvatting: hoe kijkt het Belgische voorzitterschap in het jaarplan 2021 aan tegen territoriale leveringsbeperkingen, en welke studie wil het steunen?",
        language="nl",
        history=[],
        type="summary",
        evidence=[
            ev("001", "Het bestaan van territoriale leveringsbeperkingen", "geïntegreerde Europese interne markt.", PR21, None),
            ev("001", "Het Belgische voorzitterschap zal steun verlenen aan een", "voor die invoer worden geïdentificeerd.", PR21, None),
        ],
        answer="Territoriale leveringsbeperkingen in de detailhandel zijn volgens het voorzitterschap een inconsistentie met het doel van een geïntegreerde Europese interne markt. Het wil daarom een studie op Benelux-niveau steunen die de parallelle invoer in de detailhandel analyseert en de belangrijkste belemmeringen daarvoor in kaart brengt.",
        key_facts=["inconsistentie", "parallelle invoer", "belemmeringen"],
    ),
    # q16-017  draw 17
    dict(
        draws=[17],
        question="What's the point of the 'manhunt' cooperation the police want to set up under the 2021 plan?",
        language="en",
        history=[],
        type="explain",
        evidence=[ev("001", "Definiëren en organiseren van een samenwerking inzake", "via afstemming tussen de partners.", POL21, None)],
        answer="The aim is to define and organise cooperation on manhunts so that, in (terrorist) incidents, the partners can act quickly and effectively, remove the threat and track down the perpetrators by coordinating with each other.",
        key_facts=["manhunt", "terroris"],
    ),
    # q16-018  draw 18
    dict(
        draws=[18],
        question="Wat was volgens het jaarverslag 2021 de belangrijkste doorbraak in het Scheldeoverleg dat jaar?",
        language="nl",
        history=[],
        type="factoid",
        evidence=[ev("002", "Het belangrijkste resultaat van 2021 was echter", "Natura 2000 - Schelde-estuarium toegelicht en besproken.", "1.2. TRANSPORT & LOGISTIEK", 12)],
        answer="Dat de besprekingen over het Lange Termijn Perspectief Natuur succesvol werden vlotgetrokken. In dat kader werden ook de resultaten besproken van de studie die de Schelderaad liet uitvoeren over het juridisch kader Natura 2000 - Schelde-estuarium.",
        key_facts=["Lange Termijn Perspectief Natuur", "Natura 2000"],
    ),
    # q16-019  draw 19
    dict(
        draws=[19],
        question="Met welke soorten partners zocht de Benelux in 2024 nadrukkelijk samenwerking om de interne markt te versterken, en waarom?",
        language="nl",
        history=[],
        type="list",
        evidence=[ev("004", "Omdat deze complexe uitdagingen niet langer", "kennisinstellingen en andere partners.", "INTERNE MARKT EN ECONOMIE", 16)],
        answer="Met sectororganisaties, werkgeverskoepels, kennisinstellingen en andere partners. De reden is dat de complexe uitdagingen niet langer door overheden alleen kunnen worden opgelost.",
        key_facts=["sectororganisaties", "werkgeverskoepels", "kennisinstellingen"],
    ),
    # q16-020  draw 20 (follow-up)
    dict(
        draws=[20],
        question="En hoe zijn de trainers voor die cursus zelf opgeleid?",
        language="nl",
        history=["Welke Benelux-opleiding hebben politiemensen in de grensstreek tussen België en Nederland gevolgd?"],
        history_fact="zonder zorgen de grens over",
        type="factoid",
        evidence=[ev("002", "Een aantal trainers in België en Nederland", "deze Benelux-opleiding ZZDGO.", "2.1.1. POLITIESAMENWERKING", 18)],
        answer="Via een 'train the trainer'-programma: zo werd een aantal trainers in België en Nederland opgeleid om de cursus 'zonder zorgen de grens over' (ZZDGO) te geven, op basis van het huidige Benelux-politiesamenwerkingsverdrag.",
        key_facts=["train the trainer"],
    ),
    # q16-021  draw 21
    dict(
        draws=[21],
        question="Is er in 2024 in Benelux-verband ook gesproken over de digitale rapportageplichten die uit EU-regels voortvloeien? Wat kwam daaruit?",
        language="nl",
        history=[],
        type="factoid",
        evidence=[ev("004", "In 2024 werden ook gesprekken gevoerd over de digitale rapportageverplichtingen", "juridische knelpunten in kaart brachten.", "SAMENWERKING OP FISCAAL GEBIED", 33)],
        answer="Ja. De Benelux-landen wisselden hun ervaringen uit over de digitale rapportageverplichtingen in het kader van EU-wetgeving en brachten de juridische knelpunten in kaart.",
        key_facts=["ervaringen", "juridische knelpunten"],
    ),
    # q16-022  draws 22 + 43 (cross-doc)
    dict(
        draws=[22, 43],
        question="Benelux cooperation turned 80 in 2024. What did the 2024 annual plan announce for the anniversary, and how does the 2024 annual report look back on it?",
        language="en",
        history=[],
        type="cross-doc",
        evidence=[
            ev("000", "De Benelux-samenwerking bestaat in 2024 tachtig jaar.", "in de verf zal zetten.", "VOORWOORD", 6),
            ev("004", "80 jaar Benelux-samenwerking en de eerste officiële Benelux-dag.", "maar een instrument.", "VOORWOORD VAN HET COLLEGE VAN SECRETARISSEN-GENERAAL", 4),
        ],
        answer="The plan announced activities and festivities and a formal, yearly Benelux Day on 5 September that would highlight the cultural ties between the three countries. The report says 80 years of cooperation and the first official Benelux Day were marked with former prime ministers, students, policymakers and partners, looking forward more than back, because the Benelux is 'not a monument but an instrument'.",
        key_facts=["5 september", "80", "instrument"],
    ),
    # q16-023  draw 23
    dict(
        draws=[23],
        question="Which implementing agreements for the Benelux Police Treaty were the partners working on in 2021, so that they could take effect together with the treaty?",
        language="en",
        history=[],
        type="list",
        evidence=[
            ev("002", "Raadpleging van elkaars politiedatabanken in een gemeenschappelijke politiepost;", "automatic number plate recognition (ANPR);", "2.1.1. POLITIESAMENWERKING", 18),
            ev("002", "Grensoverschrijdend vervoer en begeleiding van personen in het kader van de vreemdelingenwetgeving;", "Grensoverschrijdende achtervolging.", "2.1.1. POLITIESAMENWERKING", 18),
        ],
        answer="Agreements or arrangements on consulting each other's police databases in a joint police station and during mixed patrols and joint checks, on exchanging reference data for automatic number plate recognition (ANPR), on the authority that may exceptionally allow weapons and ammunition to be carried, on cross-border transport and escort of persons under aliens law, on the joint use of liaison officers and on cross-border pursuit.",
        key_facts=["ANPR", "automatic number plate recognition"],
    ),
    # q16-024  draw 24
    dict(
        draws=[24],
        question="Wie stuurt in 2021 de Benelux-samenwerking op het gebied van circulaire economie aan?",
        language="nl",
        history=[],
        type="factoid",
        evidence=[ev("001", "De werkgroepen Circulaire Economie en Afvalmanagement", "om de samenwerking aan te sturen.", "1.3. HANDEL, DIGITALISERING EN CIRCUL AIRE ECONOMIE", None)],
        answer="Een strategisch overleg van de directeuren-generaal van de bevoegde ministeries voor circulaire economie. De werkgroepen Circulaire Economie en Afvalmanagement zijn daarbij samengevoegd.",
        key_facts=["strategisch overleg", "directeuren-generaal"],
    ),
    # q16-025  draws 26 + 27 (cross-doc)
    dict(
        draws=[26, 27],
        question="Welke rol wilde het Belgische voorzitterschap in 2021 op het vlak van veiligheid blijven spelen, en wat was volgens het jaarverslag 2021 de rode draad van dat voorzitterschap?",
        language="nl",
        history=[],
        type="cross-doc",
        evidence=[
            ev("001", "De Benelux-landen werken intensief samen rond tal van", "voortrekkersrol blijven vervullen.", PR21, None),
            ev("002", "Voor 2021 was de leidraad van het Belgische voorzitterschap", "duurzaamheid en veiligheid.", "VOORWOORD VAN HET COMITÉ VAN MINISTERS", 4),
        ],
        answer="Volgens het jaarplan 2021 wilde het voorzitterschap de intensieve veiligheidssamenwerking voortzetten en de voortrekkersrol blijven vervullen waarmee de Benelux een proeftuin is waarop Europa zich inspireert. Het jaarverslag 2021 noemt als leidraad het versterken van de banden met de Europese Unie en het toespitsen van de prioriteiten op concrete projecten met een tastbaar resultaat voor burgers en bedrijven, op het gebied van interne markt, duurzaamheid en veiligheid.",
        key_facts=["voortrekkersrol", "Europese Unie", "tastbaar resultaat"],
    ),
    # q16-026  draw 28
    dict(
        draws=[28],
        question="Welke concrete acties noemt het jaarplan 2021 om de tenuitvoerlegging van straffen over de grens beter te laten verlopen? Noem er een paar.",
        language="nl",
        history=[],
        type="list",
        evidence=[ev("001", "Opstellen van guidelines voor de actoren", "de vereiste EU-certificaten.", "2.1.4. Justitie", None)],
        answer="Onder meer guidelines opstellen voor de actoren en instructies geven aan de verantwoordelijke (inter)nationale autoriteiten, en opleidingen organiseren die praktische vaardigheden bijbrengen, in het bijzonder het uniform invullen van de vereiste EU-certificaten.",
        key_facts=["guidelines", "opleidingen", "EU-certificaten"],
    ),
    # q16-027  draw 29 (unanswerable)
    dict(
        draws=[29],
        question="Wat zijn momenteel de accijnstarieven op tabak en alcohol in België, Nederland en Luxemburg?",
        language="nl",
        history=[],
        type="unanswerable",
        evidence=[],
        answer="Die tarieven staan niet in de documenten. Het jaarplan 2024 kondigt alleen aan dat er een vergelijkende tabel van accijnzen wordt opgesteld en dat de landen regelmatig informatie uitwisselen over wijzigingen in hun tarieven.",
        key_facts=[],
    ),
    # q16-028  draw 30
    dict(
        draws=[30],
        question="À partir de quelle année le règlement européen EFTI oblige-t-il les États membres à accepter les données de transport sous forme numérique ?",
        language="fr",
        history=[],
        type="numeric",
        evidence=[ev("002", "Dit was mogelijk door met erkende softwareproviders", "ook in digitale vorm te accepteren.", "1.2. TRANSPORT & LOGISTIEK", 12)],
        answer="À partir de 2025. Le règlement EFTI (Electronic Freight Transport Information) a repris le système de l'essai Benelux avec la lettre de voiture numérique (e-CMR), où les autorités avaient un accès direct aux bases de données de fournisseurs de logiciels agréés.",
        key_facts=["2025", "EFTI"],
    ),
    # q16-029  draw 31
    dict(
        draws=[31],
        question="Voor wie zijn de grensarbeiderbrochures van de Benelux eigenlijk bedoeld?",
        language="nl",
        history=[],
        type="list",
        evidence=[ev("001", "Voortzetting van de activiteiten met betrekking tot het Benelux-Portal Grensarbeid", "alsook aan werkgevers en grenswerkers.", WERK21, None)],
        answer="Ze dienen als basis voor algemene, juridische informatie aan professionals in de sector en aan werkgevers en grenswerkers. Het bijwerken en publiceren ervan hoort bij de activiteiten rond het Benelux-Portal Grensarbeid.",
        key_facts=["professionals", "werkgevers", "grenswerkers"],
    ),
    # q16-030  draw 32
    dict(
        draws=[32],
        question="Hoeveel van de belangrijkste Europese havens liggen volgens het jaarplan 2024 in de Noordzee-delta van de Benelux?",
        language="nl",
        history=[],
        type="numeric",
        evidence=[ev("000", "Op het terrein van duurzaamheid en energie wordt de Noordzee", "in de Noordzee-delta van de Benelux.", "VOORWOORD", 6)],
        answer="Drie van de vier belangrijkste Europese havens. Het jaarplan wijst er ook op dat op de bodem van de Noordzee kritieke Europese infrastructuur ligt die via de Benelux-landen Europa binnenkomt.",
        key_facts=["drie van de vier"],
    ),
    # q16-031  draw 33 (unanswerable)
    dict(
        draws=[33],
        question="How many joint mystery shopping actions did the Benelux food safety inspectors carry out in 2024, and how many violations did they uncover?",
        language="en",
        history=[],
        type="unanswerable",
        evidence=[],
        answer="The documents do not give those figures. The 2024 annual report only says that inspection practices were further harmonised, with special attention to joint mystery shopping actions on consumer confidence and compliance with food standards.",
        key_facts=[],
    ),
    # q16-032  draw 34
    dict(
        draws=[34],
        question="Wie zitten er in de werkgroep die de integrale aanpak van drugscriminaliteit in Benelux-verband moet uitwerken, en op welke terreinen moet die doelen formuleren?",
        language="nl",
        history=[],
        type="list",
        evidence=[ev("001", "Hiertoe wordt een werkgroep bestaande uit", "opgesteld kunnen worden.", POL21, None)],
        answer="Vertegenwoordigers van de politiediensten, het OM en de overheden. Zij bekijken binnen welke kaders realistische doelstellingen kunnen worden opgesteld voor beeldvorming, informatie-uitwisseling (vooral bestuurlijke handhaving) en het wegwerken van wettelijke knelpunten.",
        key_facts=["politiediensten", "het OM", "overheden"],
    ),
    # q16-033  draws 36 + 39 (summary)
    dict(
        draws=[36, 39],
        question="Peux-tu résumer avec quels partenaires hors Benelux le Secrétariat général a travaillé ou pris contact en 2021 autour des plateformes COVID ?",
        language="fr",
        history=[],
        type="summary",
        evidence=[
            ev("002", "Naast de regelmatige deelname van Noordrijn-Westfalen", "COVID-platform Buitenlandse Zaken.", "2.2. SAMENWERKING MET ANDERE STATEN, DEELSTATEN EN INTERNATIONALE ORGANISATIES", 43),
            ev("002", "Voorts werden contacten gelegd met vertegenwoordigers van de Nordic Council", "het opzetten van COVID-platforms.", "2.2. SAMENWERKING MET ANDERE STATEN, DEELSTATEN EN INTERNATIONALE ORGANISATIES", 43),
        ],
        answer="Outre la participation régulière de la Rhénanie-du-Nord-Westphalie, des représentants des Hauts-de-France et du Grand Est ont participé ponctuellement (ad hoc) aux réunions de la plateforme COVID Affaires étrangères. Des contacts ont aussi été noués avec des représentants du Nordic Council, qui veulent profiter de l'expérience du Secrétariat général dans la mise en place de plateformes COVID.",
        key_facts=["Hauts-de-France", "Grand Est", "Nordic Council"],
    ),
    # q16-034  draw 37
    dict(
        draws=[37],
        question="Op welk document is de samenwerking tussen NRW en de Benelux gebaseerd, en van welke datum is dat?",
        language="nl",
        history=[],
        type="numeric",
        evidence=[ev("002", "De basis voor de samenwerking van Noordrijn-Westfalen", "een prioriteit voor Noordrijn-Westfalen.", "2.1. SAMENWERKING MET NOORDRIJN-WESTFALEN (NRW)", 42)],
        answer="Op de hernieuwde politieke verklaring van 2 april 2019. Ook in 2021, dat nog in de schaduw van de COVID-19-pandemie stond, bleef de uitvoering ervan een prioriteit voor Noordrijn-Westfalen.",
        key_facts=["politieke verklaring", "2 april 2019"],
    ),
    # q16-035  draw 38
    dict(
        draws=[38],
        question="Hoe wil het jaarplan 2021 de administratieve samenwerking tegen fiscale fraude versterken als het gaat om het delen van gegevens?",
        language="nl",
        history=[],
        type="explain",
        evidence=[ev("001", "Versterking van de administratieve samenwerking bij de uitwisseling", "kaders van digitale projecten.", "2.2.1. Bestrijding van fiscale fraude", None)],
        answer="Door een procedure te ontwikkelen voor de automatische uitwisseling van gegevens, en door kennis en ervaringen uit te wisselen over nationale, Europese en internationale ontwikkelingen in de operationele en juridische kaders van digitale projecten.",
        key_facts=["automatische uitwisseling", "digitale projecten"],
    ),
    # q16-036  draw 40
    dict(
        draws=[40],
        question="Sur quel article du TFUE se fonde la reconnaissance, par l'UE, du droit des pays du Benelux à poursuivre leur propre union régionale ?",
        language="fr",
        history=[],
        type="numeric",
        evidence=[ev("003", "De Europese Unie erkent namelijk expliciet het recht", "(art. 350 VWEU).", "INLEIDING", 4)],
        answer="Sur l'article 350 du TFUE (art. 350 VWEU) : l'Union européenne reconnaît explicitement ce droit, dans la mesure où les objectifs de cette union régionale ne sont pas atteints par l'application des traités européens.",
        key_facts=["350", "VWEU"],
    ),
    # q16-037  draw 42 (follow-up)
    dict(
        draws=[42],
        question="Wanneer is het ondertekend, en is het al ergens geratificeerd?",
        language="nl",
        history=["Welk verdrag over de erkenning van diploma's hebben de Benelux-landen in 2021 met de Baltische staten gesloten?"],
        history_fact="automatische erkenning van hogeronderwijsdiploma's",
        type="numeric",
        evidence=[
            ev("002", "Het multilaterale verdrag over de automatische erkenning", "door de Benelux-landen en de Baltische staten.", "2.4. WERKEN IN DE BENELUX", 36),
            ev("002", "Het Verdrag dient nu geratificeerd te worden", "reeds afgerond.", "2.4. WERKEN IN DE BENELUX", 36),
        ],
        answer="Het verdrag over de automatische erkenning van hogeronderwijsdiploma's werd op 14 september 2021 ondertekend. Het moest daarna nog geratificeerd worden; alleen in Estland was de nationale procedure al afgerond.",
        key_facts=["14 september 2021", "Estland"],
    ),
    # q16-038  draw 44 (unanswerable)
    dict(
        draws=[44],
        question="Hoeveel hectare natuur willen de Benelux-landen volgens het jaarplan 2021 herstellen?",
        language="nl",
        history=[],
        type="unanswerable",
        evidence=[],
        answer="Dat staat niet in de documenten. Het jaarplan 2021 noemt het behoud en herstel van natuur en biodiversiteit wel een kerndoelstelling van de Benelux, in samenhang met het klimaatbeleid, maar geeft geen oppervlakte of ander streefcijfer.",
        key_facts=[],
    ),
    # q16-039  draw 45 (quote starts in the undrawn paragraph before it, 004 p59)
    dict(
        draws=[45],
        question="Voor welke periode is het nieuwe operationele actieplan voor Hazeldonk opgesteld, en wat komt er naast de parallelle controles bij?",
        language="nl",
        history=[],
        type="numeric",
        evidence=[ev("004", "Op basis daarvan werd een nieuw OAP", "functioneel en effectief kan worden georganiseerd.", "GRENDOERSCHRIJDENDE INTEGRALE AANPAK EN GEZAMENLIJKE CONTROLEACTIES", 10)],
        answer="Het nieuwe OAP geldt voor 2025–2028. Naast parallelle controles worden ook gemengde operaties met gezamenlijke 'back office'-capaciteit opgezet, waarmee Hazeldonk uitgroeit tot een voorbeeldmodel voor geïntegreerde grensoverschrijdende veiligheid in Europa.",
        key_facts=["2025–2028", "gemengde operaties", "voorbeeldmodel"],
    ),
]

FIELDS = ["id", "question", "language", "history", "type", "evidence", "answer", "key_facts"]
WANT_T = {"numeric": 9, "factoid": 8, "list": 7, "explain": 6, "summary": 3, "cross-doc": 3, "unanswerable": 4}
WANT_L = {"nl": 30, "en": 7, "fr": 3}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def grams(s: str, n: int = 40) -> set[str]:
    return {s[i : i + n] for i in range(max(0, len(s) - n + 1))}


def build() -> list[dict]:
    assert len(ITEMS) == 40
    used = [d for it in ITEMS for d in it["draws"]]
    assert sorted(used) == list(range(N_DRAWS)), "draws 0..N used exactly once, no gaps"
    firsts = [it["draws"][0] for it in ITEMS]
    assert firsts == sorted(firsts), "questions follow the draw order"
    out = []
    for n, it in enumerate(ITEMS):
        qid = f"q{SS}-{n:03d}"
        item = {"id": qid, **{k: it[k] for k in FIELDS[1:]}}
        if it["type"] == "unanswerable":
            assert not item["evidence"] and not item["key_facts"], qid
        else:
            assert item["evidence"] and 1 <= len(item["key_facts"]) <= 4, qid
            quotes = " || ".join(norm(e["quote"]) for e in item["evidence"])
            for k in item["key_facts"]:
                assert norm(k) in quotes, (qid, "key fact not in quote", k)
                assert norm(k) in norm(item["answer"]), (qid, "key fact not in answer", k)
            for d in it["draws"]:
                doc, p = ORDER[d]
                pg = grams(PARAS[doc][p])
                assert any(
                    e["doc"] == FILES[doc] and grams(e["quote"]) & pg for e in item["evidence"]
                ), (qid, "quote does not touch drawn paragraph", d, doc, p)
            for e in item["evidence"]:
                assert e["quote"] in TEXT[e["doc"][:3]]
                assert e["page"] is None or isinstance(e["page"], int)
                if e["doc"][:3] == "001":
                    assert e["page"] is None  # Jaarplan 2021 has no table of contents
        if it["type"] == "cross-doc":
            assert len({e["doc"] for e in item["evidence"]}) == 2, qid
        if item["history"]:
            # the history question's answer lies inside the follow-up's quote
            assert item["type"] != "unanswerable"
            assert norm(it["history_fact"]) in " || ".join(norm(e["quote"]) for e in item["evidence"]), qid
        else:
            assert "history_fact" not in it, qid
        out.append(item)
    t = collections.Counter(o["type"] for o in out)
    lang = collections.Counter(o["language"] for o in out)
    assert dict(t) == WANT_T, dict(t)
    assert dict(lang) == WANT_L, dict(lang)
    assert sum(1 for o in out if o["history"]) == 3
    assert [o["id"] for o in out] == [f"q{SS}-{i:03d}" for i in range(40)]
    return out


def main() -> None:
    items = build()
    with OUT.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
