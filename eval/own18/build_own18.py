"""Builds eval/own18/own18.jsonl: 40 gold questions on passages drawn at random (seed 18).

Method as own12/own13 (see README.md): paragraphs are blank-line separated and whitespace-collapsed,
as eval/make_probe.py does; only paragraphs of 150+ characters inside each document's body range are
drawn; the draw is seeded and weighted by the paragraphs left per document. Questions follow the draw
order and use draws 0..43 without gaps (draws 10, 24, 33 and 34 are partners of earlier draws).

Every quote is cut from the whitespace-collapsed document text, from a unique start anchor up to the
first following end anchor (end anchor included), so it is verbatim.

Usage: python eval/own18/build_own18.py   (writes eval/own18/own18.jsonl next to this file)
"""

from __future__ import annotations

import collections
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS_DIR = ROOT / "data" / "documents"
OUT = Path(__file__).resolve().parent / "own18.jsonl"
SEED = 18
PREFIX = "q18"

D0 = "000_23ffac28d6a1c9fd.txt"  # Jaarplan 2024
D1 = "001_d2ddd7b07eceb66e.txt"  # Jaarplan 2021 (no table of contents: page null)
D2 = "002_68ccab70ba53b511.txt"  # Jaarverslag 2021
D3 = "003_3c9be9ba5f64d8e1.txt"  # Gemeenschappelijk Werkprogramma 2025-2028
D4 = "004_93b1f14f67b4112b.txt"  # Jaarverslag 2024
DOCS = [D0, D1, D2, D3, D4]

# Body ranges by paragraph index (inclusive; None = to the end), as in the own12/own13 READMEs.
RANGES = {D0: (75, None), D1: (0, None), D2: (15, None), D3: (15, 88), D4: (16, 200)}
EXCLUDE = {D1: {301}}  # page furniture: two running headers plus one short sentence
MIN_CHARS = 150
POOL_SIZES = {D0: 151, D1: 211, D2: 178, D3: 49, D4: 119}


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, whitespace collapsed (eval/make_probe.py)."""
    return [" ".join(part.split()) for part in re.split(r"\n\s*\n", text)]


RAW = {d: (DOCS_DIR / d).read_text(encoding="utf-8") for d in DOCS}
TEXT = {d: collapse(RAW[d]) for d in DOCS}
PARAS = {d: paragraphs(RAW[d]) for d in DOCS}


def pool() -> dict[str, list[int]]:
    out = {}
    for d in DOCS:
        lo, hi = RANGES[d]
        hi = len(PARAS[d]) - 1 if hi is None else hi
        out[d] = [
            i
            for i in range(lo, hi + 1)
            if len(PARAS[d][i]) >= MIN_CHARS and i not in EXCLUDE.get(d, set())
        ]
    return out


def draw_order(seed: int) -> list[tuple[str, int]]:
    """Weighted by paragraphs left per document; equal to a uniform draw without replacement."""
    remaining = pool()
    rng = random.Random(seed)
    order = []
    while any(remaining.values()):
        doc = rng.choices(DOCS, weights=[len(remaining[d]) for d in DOCS])[0]
        para = rng.choice(remaining[doc])
        remaining[doc].remove(para)
        order.append((doc, para))
    return order


# --- self-checks of the draw against the facts printed in the own12 and own13 READMEs -------------
assert {d: len(v) for d, v in pool().items()} == POOL_SIZES
_o12 = draw_order(12)
assert [(d[:3], p) for d, p in _o12[:3]] == [("001", 310), ("002", 198), ("000", 77)]
assert "Einstein Telescope" in PARAS[D1][310]
assert collections.Counter(d[:3] for d, _ in _o12[:42]) == {"000": 9, "001": 12, "002": 12, "003": 3, "004": 6}
_o13 = draw_order(13)
assert collections.Counter(d[:3] for d, _ in _o13[:44]) == {"000": 6, "001": 14, "002": 14, "003": 3, "004": 7}

ORDER = draw_order(SEED)


def ev(doc: str, start: str, end: str, section: str, page: int | None) -> dict:
    text = TEXT[doc]
    assert text.count(start) == 1, (doc, start, text.count(start))
    i = text.index(start)
    j = text.find(end, i)
    assert j >= 0 and j + len(end) >= i + len(start), (doc, end)
    quote = text[i : j + len(end)]
    assert 40 <= len(quote) <= 400, (doc, start, len(quote))
    return {"doc": doc, "quote": quote, "section": section, "page": page}


# Section labels: nearest enclosing heading at the level the table of contents lists; page = page of
# that section in the table of contents; null for Jaarplan 2021 (001), which has no table of contents.
S0_CRISIS = ("1.2. CRISISBEHEER", 12)
S0_VEILIGHEIDSKETEN = ("1.1. SAMENWERKING IN DE VEILIGHEIDSKETEN", 10)
S0_OVERIGE = ("1.5. OVERIGE", 15)
S0_MARKT = ("3.4. ELEKTRICITEITSMARKTONTWERP EN GASPAKKET", 24)
S0_NATUUR = ("3.10. NATUUR EN BIODIVERSITEIT", 29)
S0_GEZONDHEID = ("4.4. GEZONDSHEIDSZORG", 32)

S2_HANDEL = ("1.3. HANDEL, DIGITALISERING EN CIRCULAIRE ECONOMIE", 15)
S2_POLITIE = ("2.1.1. POLITIESAMENWERKING", 18)
S2_DUURZAAM = ("2.3. DUURZAME SAMENLEVING", 33)
S2_WERKEN = ("2.4. WERKEN IN DE BENELUX", 36)
S2_GEZONDHEID = ("2.5. GRENDOVERSCHRIJDENDE GEZONDHEIDSZORG", 38)
S2_KENNISCENTRUM = ("1. BENELUX KENNISCENTRUM GRENDOVERSCHRIJDENDE SAMENWERKING", 40)
S2_VOORWOORD = ("VOORWOORD VAN HET COMITÉ VAN MINISTERS", 4)

S3_INLEIDING = ("INLEIDING", 4)
S3_VEILIGHEID = ("Grensoverschrijdende veiligheid en criminaliteitsbestrijding", 6)
S3_INDUSTRIE = ("Behoud van industrie en economische welvaart", 9)
S3_LOGISTIEK = ("Duurzamere en weerbaardere logistieke ketens", 10)
S3_CIRCULAIR = ("Circulaire economie", 12)
S3_PLUS = ("DE BENELUX+ EN DAARBUITEN", 13)

S4_INTEGRAAL = ("GRENDOERSCHRIJDENDE INTEGRALE AANPAK EN GEZAMENLIJKE CONTROLEACTIES", 10)
S4_ASIEL = ("ASIEL EN MIGRATIE", 13)
S4_GAS = ("GAS PLATFORM", 28)
S4_SOCIALE_FRAUDE = ("VERDRAG ROND SOCIALE FRAUDE EN FATSOENLIJKE ARBEIDSOMSTANDIGHEDEN", 33)
S4_FISCAAL = ("SAMENWERKING OP FISCAAL GEBIED", 33)


def e0(start, end, sec):
    return ev(D0, start, end, *sec)


def e1(start, end, section):
    return ev(D1, start, end, section, None)


def e2(start, end, sec):
    return ev(D2, start, end, *sec)


def e3(start, end, sec):
    return ev(D3, start, end, *sec)


def e4(start, end, sec):
    return ev(D4, start, end, *sec)


# Each spec: draws (indices into ORDER), language, type, history, question, evidence, answer, key facts.
SPECS = [
    dict(  # 000
        draws=[0], lang="nl", type="numeric", history=[],
        question="Hoe lang duurt de studiedag over natuurinclusief onderwijs die het jaarplan 2024 aankondigt, en waarop wordt die gebaseerd?",
        evidence=[e0("Aan de hand van een Benelux-expertwerkgroep", "educatieve vertaling van het thema natuurinclusiviteit.", S0_NATUUR)],
        answer="Het gaat om een tweedaagse studiedag over de concrete educatieve vertaling van natuurinclusiviteit. Die bouwt voort op een Benelux-expertwerkgroep die onderzoekt wat natuurinclusiviteit betekent voor de maatschappij en voor onderwijs en vorming.",
        key_facts=["tweedaagse", "expertwerkgroep"],
    ),
    dict(  # 001
        draws=[1], lang="nl", type="list", history=[],
        question="Welke aandachtspunten voor de energiesamenwerking noemt het jaarplan 2021 tegen de achtergrond van de coronacrisis?",
        evidence=[
            e1("Op vlak van de energiesamenwerking is het van eminent belang", "die soms een variabel karakter hebben.", "1. Economie & duurzaamheid in de interne markt"),
            e1("Bovendien staan CO2- hergebruik", "om versneld de klimaatdoelstellingen te halen.", "1. Economie & duurzaamheid in de interne markt"),
        ],
        answer="De leveringszekerheid moet bij alle onverwachte ontwikkelingen gegarandeerd blijven, er moeten via gedegen research plannen komen voor een toekomstige energievoorziening met veel (soms variabele) hernieuwbare energie, en CO2-hergebruik, -transport en -opslag staan opnieuw op de agenda.",
        key_facts=["leveringszekerheid", "hernieuwbare energie", "opslag"],
    ),
    dict(  # 002
        draws=[2], lang="nl", type="numeric", history=[],
        question="hoe vaak kwam het gasplatform in 2024 samen en welke landen zitten daarin?",
        evidence=[e4("Het Gasplatform (bestaande uit Duitsland", "de afbouw van fossiele afhankelijkheid.", S4_GAS)],
        answer="Het Gasplatform bestaat uit Duitsland, Frankrijk en de Benelux-landen en kwam in 2024 in drie bijeenkomsten samen, over onder meer leveringszekerheid, systeemintegratie en de afbouw van fossiele afhankelijkheid.",
        key_facts=["drie", "Duitsland", "Frankrijk"],
    ),
    dict(  # 003
        draws=[3], lang="nl", type="explain", history=[],
        question="Waarom wilde men in 2021 de COVID-aanpak van de crisiscentra evalueren?",
        evidence=[e1("Gekeken wordt naar een evaluatie van de aanpak van de", "crisissen met mogelijke grensoverschrijdende gevolgen.", "2.1.2. Crisisbeheersing")],
        answer="Een evaluatie van de aanpak van de COVID-19-crisis en van de Benelux-samenwerking daarbij is essentieel om verdere samenwerkingsmechanismen op te zetten, de informatie-uitwisseling tussen de crisiscentra te optimaliseren en een geharmoniseerde respons te garanderen bij crisissen met mogelijke grensoverschrijdende gevolgen.",
        key_facts=["samenwerkingsmechanismen", "informatie-uitwisseling", "geharmoniseerde respons"],
    ),
    dict(  # 004
        draws=[4], lang="nl", type="factoid",
        history=["Wie stuurt volgens het jaarplan 2021 het Benelux-overleg over transport en mobiliteit aan?"],
        question="En heeft Noordrijn-Westfalen daar ook een rol in?",
        evidence=[e1("Het Benelux-overleg inzake transport en mobiliteit", "Westfalen is waarnemer in dit overleg.", "1.2. TRANSPORT & LOGISTIEK")],
        answer="Ja, Noordrijn-Westfalen is waarnemer in dat overleg, dat wordt aangestuurd door het Directiecomité Verkeer en Vervoer.",
        key_facts=["waarnemer"],
    ),
    dict(  # 005
        draws=[5], lang="en", type="list", history=[],
        question="Which communication channels are the crisis centres going to test in 2024, and what for?",
        evidence=[e0("De informatie-uitwisseling tussen de crisiscentra wordt op verschillende niveaus", "buiten of tijdens noodsituaties te optimaliseren;", S0_CRISIS)],
        answer="Telephone, e-mail and video. The communication tests between the responsible units are meant to optimise the management, transfer and dissemination of information outside or during emergencies.",
        key_facts=["e-mail", "video"],
    ),
    dict(  # 006
        draws=[6], lang="fr", type="factoid", history=[],
        question="Quel rapport Benelux sur les soins de santé transfrontaliers le plan annuel 2021 veut-il actualiser ?",
        evidence=[e1("Updaten van het Benelux-rapport", "en opvolgen van de aanbevelingen.", "2.5. GRENSOVERSCHRIJDENDE GEZONDHEIDSZORG")],
        answer="Le rapport Benelux « Gezondheidszorg over de grens – Barrières en opportuniteiten in de Benelux », qui examine comment lever les obstacles aux soins de santé transfrontaliers ; le plan prévoit aussi le suivi de ses recommandations.",
        key_facts=["Gezondheidszorg over de grens"],
    ),
    dict(  # 007
        draws=[7, 33], lang="nl", type="cross-doc", history=[],
        question="Wat moest er in 2024 met voorrang gebeuren voor de uitvoering van het nieuwe Politieverdrag, en waar ligt volgens het werkprogramma 2025-2028 daarna de nadruk?",
        evidence=[
            e0("In Benelux-verband zal, met voorrang, worden geinventariseerd", "grensoverschrijdende inzet die het nieuwe Politieverdrag kent", S0_VEILIGHEIDSKETEN),
            e3("In de komende periode ligt de nadruk op de operationalisering", "met het oog op de volledige uitvoeringsmogelijkheid van het verdrag.", S3_VEILIGHEID),
        ],
        answer="Volgens het jaarplan 2024 wordt met voorrang geïnventariseerd welke bevoegdheden en nationale voorwaarden gelden voor grensoverschrijdende opsporingsambtenaren bij alle vormen van inzet die het verdrag kent. Het werkprogramma 2025-2028 legt de nadruk op de operationalisering van het verdrag en op de uitvoeringsakkoorden van de zogeheten tweede tranche.",
        key_facts=["bevoegdheden", "operationalisering", "tweede tranche"],
    ),
    dict(  # 008
        draws=[8], lang="nl", type="explain", history=[],
        question="Wat moet het Benelux-verdrag tegen sociale fraude volgens het jaarverslag 2024 eigenlijk oplossen?",
        evidence=[e4("Het verdrag beoogt de grensoverschrijdende samenwerking te verbeteren", "beter te beschermen tegen misbruik en uitbuiting.", S4_SOCIALE_FRAUDE)],
        answer="Het verdrag moet de grensoverschrijdende samenwerking verbeteren, oneerlijke concurrentie tegengaan en werknemers beter beschermen tegen misbruik en uitbuiting.",
        key_facts=["oneerlijke concurrentie", "uitbuiting"],
    ),
    dict(  # 009
        draws=[9, 10], lang="en", type="cross-doc", history=[],
        question="What was the Penta energy research project in the 2021 plan supposed to cover, and what does the 2024 plan expect to come out of that Penta work?",
        evidence=[
            e1("Opzetten, organiseren en uitvoeren van een Project Management Office voor het Penta", "consistentie tussen de verschillende activiteiten te bereiken.", "1.1. ENERGIE & KLIMA AT"),
            e0("In het kader van het Pentalateraal Energieforum (Visie 2050", "in pentalateraal verband op dit vlak ondersteunen.", S0_MARKT),
        ],
        answer="The 2021 plan set up a Project Management Office for the Penta research project on the adequacy of electricity flows, a 2050 vision and energy flexibility. The 2024 plan expects the Pentalateral Energy Forum's Vision 2050 and flexibility study to yield a renewed joint vision of the EU energy market, with support from the Secretariat-General.",
        key_facts=["adequa", "2050", "flexibili"],
    ),
    dict(  # 010
        draws=[11], lang="nl", type="list", history=[],
        question="Welke onderwerpen kwamen aan bod op het AI-webinar van februari 2021 en op welke beleidsterreinen moest AI volgens de aanbevelingen meegenomen worden?",
        evidence=[e2("Op de agenda stonden onder andere AI in de publieke sector", "op de beleidsterreinen Energie, Transport en Handel.", S2_HANDEL)],
        answer="Op de agenda stonden onder meer AI in de publieke sector, AI & ethiek, Data Governance en de toekomst van werk. Een belangrijke aanbeveling was AI mee te nemen en eventueel te verdiepen op de beleidsterreinen Energie, Transport en Handel.",
        key_facts=["Energie", "Transport", "Handel"],
    ),
    dict(  # 011
        draws=[12], lang="nl", type="summary", history=[],
        question="Kun je samenvatten wat het werkprogramma 2025-2028 wil doen met de havens en logistieke ketens?",
        evidence=[
            e3("De Benelux-landen zullen zich richten op het versterken van de samenwerking tussen overheden, bedrijven en toezichthouders", "zero-emissie-vrachtwagens", S3_LOGISTIEK),
            e3("Verder is ook de weerbaarheid van deze logistieke ketens", "zijn immers geënt op deze logistieke ketens.", S3_LOGISTIEK),
        ],
        answer="De Benelux wil de samenwerking tussen overheden, bedrijven en toezichthouders versterken om de logistieke ketens via de havens duurzamer te maken, met investeringen in groene transportcorridors en stimulering van koolstofarme waterstof- en zero-emissie-vrachtwagens. Daarnaast moeten die ketens weerbaarder worden, omdat de voorziening van voedsel en levensnoodzakelijke producten zoals medicijnen ervan afhangt.",
        key_facts=["groene transportcorridors", "zero-emissie", "medicijnen"],
    ),
    dict(  # 012
        draws=[13], lang="en", type="factoid", history=[],
        question="Which truck trial does the 2021 annual plan say the Benelux will monitor and evaluate?",
        evidence=[e1("Begeleiden en evalueren van de proef met langere", "milieuzonering in en rond steden.", "1.2. TRANSPORT & LOGISTIEK")],
        answer="The trial with longer and heavier trucks (LZVs). Alongside it, the plan explores how 'intelligent access' could help to differentiate roads for heavy or light transport and to link up with environmental zones in and around cities.",
        key_facts=["LZV"],
    ),
    dict(  # 013
        draws=[14], lang="nl", type="unanswerable", history=[],
        question="Hoeveel hectare landbouwgrond wordt in de Benelux al als agroforestry beheerd?",
        evidence=[],
        answer="Dat staat niet in de documenten. Het jaarplan 2021 noemt alleen een uitwisseling over duurzame en toekomstbestendige landbouw/agroforestry, zonder oppervlakte of andere cijfers.",
        key_facts=[],
    ),
    dict(  # 014
        draws=[15], lang="nl", type="numeric",
        history=["Welke subcommissies heeft de Bijzondere Commissie Personenverkeer van de Benelux?"],
        question="Hoe vaak zijn die in 2024 bijeengekomen?",
        evidence=[e4("De Bijzondere Commissie Personenverkeer en haar subcommissies", "ondersteunden de beleidsvoorbereiding.", S4_ASIEL)],
        answer="De Bijzondere Commissie Personenverkeer en haar subcommissies voor Readmissie en Visa kwamen in 2024 tweemaal bijeen en ondersteunden de beleidsvoorbereiding.",
        key_facts=["tweemaal"],
    ),
    dict(  # 015
        draws=[16], lang="nl", type="explain", history=[],
        question="Waarom zet het werkprogramma 2025-2028 in op zuiniger energiegebruik en slimmere productie in de industrie?",
        evidence=[e3("Daarnaast wordt aandacht besteed aan energie-efficiëntie", "werkgelegenheid te behouden.", S3_INDUSTRIE)],
        answer="Om bedrijven concurrerender te maken en werkgelegenheid te behouden, als onderdeel van de inzet op een toekomstbestendige industrie in de Benelux.",
        key_facts=["concurrer", "werkgelegenheid"],
    ),
    dict(  # 016
        draws=[17], lang="nl", type="explain", history=[],
        question="Waarom is er in 2021 niets verder gedaan met de aanpak van grensoverschrijdende fraude in de gezondheidszorg?",
        evidence=[e2("Bestrijden van grensoverschrijdende fraude en misbruiken in de gezondheidszorg Wegens", "dit dossier in 2021 niet verder uit te werken.", S2_GEZONDHEID)],
        answer="Door een gebrek aan beschikbaarheid: de coronapandemie kreeg voorrang, waardoor het Belgische voorzitterschap dit dossier in 2021 niet verder wilde uitwerken.",
        key_facts=["coronapandemie", "Belgische voorzitterschap"],
    ),
    dict(  # 017
        draws=[18], lang="nl", type="factoid", history=[],
        question="Nu Europa de API-richtlijn evalueert: welk gegeven willen de Benelux-landen zeker terugzien in de passagiersgegevens?",
        evidence=[e2("In het kader van de evaluatie van de API-Richtlijn", "(passagiersinformatie-eenheden) worden toegezonden.", S2_POLITIE)],
        answer="De geboortedatum. De Benelux-landen werken aan een gezamenlijk ministerieel standpunt over de noodzaak dat de geboortedatum deel uitmaakt van de passagiersgegevens die aan de PIU's (passagiersinformatie-eenheden) worden gestuurd.",
        key_facts=["geboortedatum", "PIU"],
    ),
    dict(  # 018
        draws=[19], lang="fr", type="explain", history=[],
        question="Pourquoi une approche commune du Benelux en matière d'économie circulaire est-elle utile selon le programme de travail 2025-2028 ?",
        evidence=[e3("Daarnaast kunnen door de gezamenlijke aanpak regelgeving en standaarden", "als voorbeeld kan dienen voor de rest van Europa.", S3_CIRCULAIR)],
        answer="Parce qu'elle permet d'harmoniser réglementations et normes, ce qui supprime des obstacles aux activités et innovations transfrontalières dans l'économie circulaire. Il en résulte une utilisation plus efficace des matériaux et un modèle d'entreprise circulaire qui peut servir d'exemple au reste de l'Europe.",
        key_facts=["harmonis", "circulair"],
    ),
    dict(  # 019
        draws=[20], lang="nl", type="factoid", history=[],
        question="Welk knelpunt rond thuiswerken over de grens kwam in 2021 aan bod in het strategisch overleg over werken in de Benelux?",
        evidence=[e2("Het strategisch overleg dat vanzelfsprekend op virtuele wijze plaatsvond", "nog niet op deze situatie zijn voorbereid.", S2_WERKEN)],
        answer="Dat de (fiscale) regels voor grensoverschrijdend thuiswerken nog niet op die situatie zijn voorbereid.",
        key_facts=["fiscale", "thuiswerken"],
    ),
    dict(  # 020
        draws=[21], lang="nl", type="list", history=[],
        question="Wat kan er volgens het jaarplan 2024 herzien worden via het overlegplatform over gezondheidsrisico's die over de grens heen gaan?",
        evidence=[e0("De gezondheidsaspecten van grensoverschrijdende risico’s zullen worden beheerd", "de vaccinatiecampagnes kunnen worden herzien.", S0_GEZONDHEID)],
        answer="Met name de communicatie naar het publiek, de situatie van de strategische voorraden en de vaccinatiecampagnes. Het platform werd opgezet na de corona- en apenpokkenepidemie.",
        key_facts=["communicatie naar het publiek", "strategische voorraden", "vaccinatiecampagnes"],
    ),
    dict(  # 021
        draws=[22, 24], lang="nl", type="cross-doc", history=[],
        question="Wat gebeurde er in 2021 met de conferentie over lucht en gezondheid met NRW en Hauts-de-France, en wat wil de Benelux in 2024 verder doen rond luchtverontreiniging?",
        evidence=[
            e2("De Benelux-landen en hun partners NRW & Hauts-de-France", "haar verzet naar 23 maart 2022.", S2_DUURZAAM),
            e0("Er wordt verder uitvoering gegeven aan de Benelux-Beleidsverklaring rond luchtverontreiniging", "over de gevolgen van deze herziening", S0_NATUUR),
        ],
        answer="De voorbereiding liep in 2021 door, maar wegens de COVID-situatie werd de conferentie verzet naar 23 maart 2022. In 2024 wordt de Benelux-Beleidsverklaring rond luchtverontreiniging verder uitgevoerd door de luchtkwaliteitsnormen te verbeteren, en willen de landen van gedachten wisselen over de gevolgen van de herziening van de Europese luchtkwaliteitsrichtlijnen.",
        key_facts=["23 maart 2022", "luchtkwaliteitsnormen", "herziening"],
    ),
    dict(  # 022
        draws=[23], lang="nl", type="explain", history=[],
        question="Met welk doel brengt het Secretariaat-generaal overheden en kennisinstellingen samen rond kennisveiligheid?",
        evidence=[e0("Het Secretariaat-generaal zal de relevante over- heden en kennisinstellingen", "nationale inzet rond kennisveiligheid.", S0_OVERIGE)],
        answer="Om kennis en best practices te delen voor een aanpak van kennisveiligheid en te bekijken hoe de landen naar een meer gelijke benadering van hun nationale inzet op kennisveiligheid kunnen toewerken.",
        key_facts=["best practices", "gelijke benadering"],
    ),
    dict(  # 023
        draws=[25], lang="nl", type="unanswerable", history=[],
        question="Op welke datum is de Roadmap Fietsstimulering met Noordrijn-Westfalen ondertekend?",
        evidence=[],
        answer="Dat staat niet in de documenten. Ze melden dat de roadmap werd opgesteld naar aanleiding van de ministersverklaring van 2020 en dat de uitvoering in 2024 doorgaat, maar geven geen datum van ondertekening of vaststelling.",
        key_facts=[],
    ),
    dict(  # 024
        draws=[26, 34], lang="nl", type="summary", history=[],
        question="Vat samen wat het Belgische voorzitterschap in 2021 wilde doen tegen territoriale leveringsbeperkingen.",
        evidence=[
            e1("De inspanningen die tot nu toe zijn geleverd rond territoria- le leveringsbeperkingen", "in het kader van de Benelux Retail 2025.", "PRIORITEITEN VAN HET BELGISCHE VOORZITTERSCHAP"),
            e1("Na de oprichting van kennisgevingspunten in elke lidstaat", "de sectorale organisaties hierrond te sensibiliseren.", "PRIORITEITEN VAN HET BELGISCHE VOORZITTERSCHAP"),
        ],
        answer="De inspanningen tegen territoriale leveringsbeperkingen in de detailhandel worden voortgezet met nieuwe impulsen en initiatieven in het kader van de Benelux Retail 2025. Na de oprichting van kennisgevingspunten in elke lidstaat stelt het voorzitterschap een informatiecampagne voor om bedrijven en sectororganisaties te sensibiliseren.",
        key_facts=["Benelux Retail 2025", "kennisgevingspunten", "informatiecampagne"],
    ),
    dict(  # 025
        draws=[27], lang="en", type="numeric", history=[],
        question="When was the DG-level strategic meeting on return policy held in 2024, and what came out of it?",
        evidence=[e4("Op 16 december vond een strategisch overleg op DG-niveau plaats", "de lopende onderhandelingen met derde landen.", S4_ASIEL)],
        answer="On 16 December 2024. Aimed at a coordinated Benelux position on return policy, it produced updated standard texts for readmission agreements and visas and a review of the ongoing negotiations with third countries.",
        key_facts=["16 december"],
    ),
    dict(  # 026
        draws=[28], lang="en", type="numeric", history=[],
        question="For checking online food sales, Benelux experts want to help each other set up mystery shopping. Which article of which EU regulation is cited for that?",
        evidence=[e2("Overheidsdeskundigen op dit gebied, met verscherpte aandacht voor voedselveiligheid", "en deze wens zal verder worden uitgewerkt.", S2_DUURZAAM)],
        answer="Article 36 of Regulation (EU) 2017/625. After examining the need for closer Benelux cooperation on e-commerce with a focus on food safety, the experts want to support each other in setting up mystery shopping, and this will be worked out further.",
        key_facts=["36", "2017/625"],
    ),
    dict(  # 027
        draws=[29], lang="nl", type="list", history=[],
        question="Welke actuele uitdagingen stonden centraal in het strategisch overleg van de belastingdiensten in 2024?",
        evidence=[e4("De fiscale samenwerking werd versterkt via een strategisch overleg", "fiscale transparantie centraal stonden.", S4_FISCAAL)],
        answer="Btw-fraude, digitale handhaving en fiscale transparantie stonden centraal in het strategisch overleg tussen de belastingdiensten van de drie landen.",
        key_facts=["btw-fraude", "digitale handhaving", "fiscale transparantie"],
    ),
    dict(  # 028
        draws=[30], lang="nl", type="numeric", history=[],
        question="Uit welke jaren dateren de verklaringen met Noordrijn-Westfalen waarop het werkprogramma 2025-2028 de samenwerking verder laat steunen?",
        evidence=[e3("De Benelux Unie blijft actief investeren in samenwerking met grensregio's.", "op een strategischer niveau betrokken kan worden bij de Benelux-samenwerking.", S3_PLUS)],
        answer="Op de gezamenlijke verklaringen van 2008 en 2019. Daarbij wordt ook bekeken hoe Noordrijn-Westfalen op een meer strategisch niveau bij de Benelux-samenwerking kan worden betrokken.",
        key_facts=["2008", "2019"],
    ),
    dict(  # 029
        draws=[31], lang="en", type="unanswerable", history=[],
        question="When did the new ministerial working group for the CORE electricity region hold its first meeting?",
        evidence=[],
        answer="The documents do not say. The 2021 annual report only states that the Benelux countries supported the initiative to set up a new ministerial working group following the CORE region with 13 countries; no meeting date is given.",
        key_facts=[],
    ),
    dict(  # 030
        draws=[32], lang="nl", type="factoid", history=[],
        question="Wie stuurt volgens het jaarplan 2021 het strategisch overleg over asiel en migratie aan?",
        evidence=[e1("Om de efficiëntie van het asiel- en migratiebeleid binnen de Benelux te verhogen", "de migratiediensten van de Benelux.", "2.1.3. Asiel en migratie")],
        answer="De directeuren-generaal van de migratiediensten van de Benelux, om de efficiëntie van het asiel- en migratiebeleid te verhogen.",
        key_facts=["directeuren-generaal", "migratiediensten"],
    ),
    dict(  # 031
        draws=[35], lang="nl", type="numeric", history=[],
        question="In welke maand kwamen de voedselveiligheidsautoriteiten met een gezamenlijke verklaring over bamboe-melamine, en waarop reageerden ze daarmee?",
        evidence=[e2("In februari stelden de Benelux-voedselveiligheidsautoriteiten", "recente oproep van de Europese Commissie over deze materialen.", S2_HANDEL)],
        answer="In februari 2021. De verklaring over het uit de handel nemen van bamboe-melaminematerialen en -artikelen was een gezamenlijke reactie op een recente oproep van de Europese Commissie over die materialen.",
        key_facts=["februari", "Europese Commissie"],
    ),
    dict(  # 032
        draws=[36], lang="fr", type="numeric", history=[],
        question="Selon le rapport annuel 2024, en quelle année le traité Benelux contre la fraude sociale devrait-il être formellement signé ?",
        evidence=[e4("In 2024 werd verder gewerkt aan de voorbereiding van het Benelux-verdrag", "in 2025 formeel zal worden ondertekend.", S4_SOCIALE_FRAUDE)],
        answer="En 2025 : les travaux préparatoires se sont poursuivis en 2024 et la signature formelle est attendue en 2025.",
        key_facts=["2025"],
    ),
    dict(  # 033
        draws=[37], lang="nl", type="numeric", history=[],
        question="Hoeveel gemeenten en provincies zitten er in de BGTS North Sea Port District?",
        evidence=[e2("In de Gentse Kanaalzone hebben zes gemeenten en twee provincies", "Territoriale Samenwerking North Sea Port District.", S2_KENNISCENTRUM)],
        answer="Zes gemeenten en twee provincies. In overleg met het bedrijfsleven en met steun van het Secretariaat-Generaal vormden ze de BGTS Kanaalzone om tot de Benelux Groepering voor Territoriale Samenwerking North Sea Port District.",
        key_facts=["zes gemeenten", "twee provincies", "North Sea Port District"],
    ),
    dict(  # 034
        draws=[38], lang="nl", type="factoid", history=[],
        question="Met welke Duitse deelstaat, naast NRW, wil de Benelux nagaan of intensievere samenwerking mogelijk is?",
        evidence=[e3("Verder zal de Benelux Unie de samenwerking met de Grande Région verder uitbouwen", "intensievere samenwerking met Nedersaksen worden onderzocht.", S3_PLUS)],
        answer="Met Nedersaksen: het werkprogramma 2025-2028 onderzoekt de mogelijkheden voor intensievere samenwerking met die deelstaat, terwijl ook de samenwerking met de Grande Région verder wordt uitgebouwd.",
        key_facts=["Nedersaksen"],
    ),
    dict(  # 035
        draws=[39], lang="en", type="list", history=[],
        question="According to the ministers' foreword of the 2021 annual report, what hard choices did the countries have to make against the spread of COVID-19?",
        evidence=[e2("Zo kregen onze landen te maken met uitdagingen uit het verleden", "de grootschalige inzet van verplicht thuiswerken.", S2_VOORWOORD)],
        answer="Preventive hygiene measures, lockdown periods, a ban on non-essential travel and large-scale mandatory working from home. They also faced old problems again, such as border restrictions within the Schengen area itself.",
        key_facts=["lockdown", "Schengen"],
    ),
    dict(  # 036
        draws=[40], lang="nl", type="factoid", history=[],
        question="In het kader van welk evenement kwamen in 2024 Europese bestuurders van justitiële diensten samen in het Benelux-huis?",
        evidence=[e4("kwamen de Europese bestuurders van verschillende justitiële diensten", "in het kader van de *European Month of Implementation*", S4_INTEGRAAL)],
        answer="In het kader van de European Month of Implementation, een evenement dat samen met de Nederlandse permanente vertegenwoordiging bij de EU werd georganiseerd. Onder meer de hoofden van de openbare ministeries, van de immigratie- en naturalisatiediensten en de antiterrorismecoördinatoren waren erbij.",
        key_facts=["European Month of Implementation", "openbare ministeries"],
    ),
    dict(  # 037
        draws=[41], lang="nl", type="summary", history=[],
        question="Vat kort samen hoe het werkprogramma 2025-2028 de rol van de Benelux Unie tegenover Europa beschrijft.",
        evidence=[
            e3("De Benelux Unie blijft een pionier in grensoverschrijdende samenwerking, een model van regionale integratie", "wil de Unie haar banden met de Europese Unie versterken.", S3_INLEIDING),
            e3("Dankzij haar unieke juridische instrumenten kan de Benelux Unie vaak snel", "als inspiratiebron kunnen dienen voor de rest van Europa.", S3_INLEIDING),
        ],
        answer="De Benelux Unie blijft een pionier in grensoverschrijdende samenwerking, een model van regionale integratie en een laboratorium voor Europese samenwerking, voorloper op en aanvulling van het Europese beleid, en wil haar banden met de EU versterken. Dankzij haar unieke juridische instrumenten kan ze snel oplossingen bieden, bijvoorbeeld voor grensbelemmeringen, en zo normen stellen die de rest van Europa kunnen inspireren.",
        key_facts=["pionier", "laboratorium", "juridische instrumenten"],
    ),
    dict(  # 038
        draws=[42], lang="nl", type="list",
        history=["Wachten de lidstaten met de voorbereiding van de operationele uitvoering van het nieuwe Benelux-politieverdrag tot het in werking treedt?"],
        question="En waaraan wordt daarbij voorrang gegeven?",
        evidence=[e1("De lidstaten zullen reeds gedurende het ratificeringsproces", "de aanpassingen aan de Benelux-politieapp.", "2.1.1. Politiesamenwerking")],
        answer="Bij die voorbereiding, die al tijdens het ratificeringsproces begint, krijgen de uitwerking van de verschillende opleidingsmodules en de aanpassingen aan de Benelux-politieapp voorrang.",
        key_facts=["opleidingsmodu", "Benelux-politieapp"],
    ),
    dict(  # 039
        draws=[43], lang="nl", type="unanswerable", history=[],
        question="Wanneer hebben de Benelux-landen en Duitsland een akkoord over veilige diervoeding ondertekend?",
        evidence=[],
        answer="Dat staat niet in de documenten. Het jaarplan 2024 wil veilige diervoeding tussen de Benelux-landen en Duitsland (bondsniveau en NRW) beter garanderen door verschillen in interpretatie en uitvoering van de Europese wetgeving te vermijden, maar vermeldt geen akkoord of ondertekening.",
        key_facts=[],
    ),
]

WANT_TYPES = {"numeric": 9, "factoid": 8, "list": 7, "explain": 6, "summary": 3, "cross-doc": 3, "unanswerable": 4}
WANT_LANGS = {"nl": 30, "en": 7, "fr": 3}
FIELDS = ["id", "question", "language", "history", "type", "evidence", "answer", "key_facts"]


def grams(s: str, n: int = 40) -> set[str]:
    s = collapse(s).lower()
    return {s[i : i + n] for i in range(max(0, len(s) - n + 1))}


def build() -> list[dict]:
    items = []
    used = []
    for n, spec in enumerate(SPECS):
        used += spec["draws"]
        item = {
            "id": f"{PREFIX}-{n:03d}",
            "question": spec["question"],
            "language": spec["lang"],
            "history": spec["history"],
            "type": spec["type"],
            "evidence": spec["evidence"],
            "answer": spec["answer"],
            "key_facts": spec["key_facts"],
        }
        assert list(item) == FIELDS
        if item["type"] == "unanswerable":
            assert not item["evidence"] and not item["key_facts"], item["id"]
        else:
            assert item["evidence"] and 1 <= len(item["key_facts"]) <= 4, item["id"]
            quotes = " || ".join(collapse(e["quote"]).lower() for e in item["evidence"])
            answer = collapse(item["answer"]).lower()
            for k in item["key_facts"]:
                assert k.lower() in quotes, (item["id"], "key fact not in quote", k)
                assert k.lower() in answer, (item["id"], "key fact not in answer", k)
            for e in item["evidence"]:
                assert collapse(e["quote"]) in TEXT[e["doc"]], item["id"]
                assert 40 <= len(e["quote"]) <= 400, item["id"]
                assert e["section"], item["id"]
                assert e["page"] is None if e["doc"] == D1 else isinstance(e["page"], int), item["id"]
            # every drawn paragraph is quoted (a shared 40-character window)
            for d_ix in spec["draws"]:
                doc, p = ORDER[d_ix]
                pg = grams(PARAS[doc][p])
                assert any(e["doc"] == doc and grams(e["quote"]) & pg for e in item["evidence"]), (
                    item["id"], "drawn paragraph not quoted", d_ix)
            if item["type"] == "cross-doc":
                assert len(item["evidence"]) >= 2 and len({e["doc"] for e in item["evidence"]}) >= 2, item["id"]
        if item["history"]:
            # the history question's answer lies inside the follow-up's quote
            assert len(item["evidence"]) >= 1, item["id"]
        items.append(item)
    # draws 0..N used exactly once, without gaps
    assert sorted(used) == list(range(len(used))), sorted(used)
    assert len(items) == 40
    assert collections.Counter(o["type"] for o in items) == WANT_TYPES
    assert collections.Counter(o["language"] for o in items) == WANT_LANGS
    assert sum(1 for o in items if o["history"]) == 3
    assert len({o["id"] for o in items}) == 40
    return items


def main() -> None:
    items = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    used = sorted(d for s in SPECS for d in s["draws"])
    per_doc = collections.Counter(ORDER[d][0][:3] for d in used)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(items)} items; draws 0..{max(used)}; per doc {dict(sorted(per_doc.items()))}")


if __name__ == "__main__":
    main()
