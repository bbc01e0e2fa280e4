"""Builds own19.jsonl: 40 check questions on paragraphs drawn at random (seed 19).

The draw is own12's and own13's: blank-line paragraphs of at least 150 characters in the body
of each document, drawn without replacement with random.Random(19). Before building, the script
checks that pool() and draw_order() reproduce the facts stated in the own12 and own13 READMEs.

Usage: python eval/own19/build_own19.py   (writes eval/own19/own19.jsonl next to this file)
"""

from __future__ import annotations

import collections
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DOCS_DIR = ROOT / "data" / "documents"
OUT = HERE / "own19.jsonl"

SEED = 19
MIN_CHARS = 150
# Body ranges by paragraph index (inclusive); None = to the end of the file. As in own12/own13.
BODY = {"000": (75, None), "001": (0, None), "002": (15, None), "003": (15, 88), "004": (16, 200)}
SKIP = {("001", 301)}  # page furniture: two running headers plus one short sentence

NAMES = sorted(p.name for p in DOCS_DIR.glob("*.txt"))
DOC = {name[:3]: name for name in NAMES}
RAW = {name[:3]: (DOCS_DIR / name).read_text(encoding="utf-8") for name in NAMES}


def col(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


TEXT = {key: col(raw) for key, raw in RAW.items()}


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, whitespace collapsed (as eval/make_probe.py)."""
    return [" ".join(part.split()) for part in re.split(r"\n\s*\n", text)]


PARAS = {key: paragraphs(raw) for key, raw in RAW.items()}


def pool() -> dict[str, list[int]]:
    out = {}
    for key in sorted(PARAS):
        first, last = BODY[key]
        last = len(PARAS[key]) - 1 if last is None else last
        out[key] = [
            i
            for i in range(first, last + 1)
            if len(PARAS[key][i]) >= MIN_CHARS and (key, i) not in SKIP
        ]
    return out


def draw_order(seed: int) -> list[tuple[str, int]]:
    """rng.choices picks a document weighted by its remaining paragraphs, rng.choice a paragraph."""
    rng = random.Random(seed)
    left = {key: list(idx) for key, idx in pool().items()}
    keys = sorted(left)
    order = []
    while any(left.values()):
        key = rng.choices(keys, weights=[len(left[k]) for k in keys])[0]
        para = rng.choice(left[key])
        left[key].remove(para)
        order.append((key, para))
    return order


def check_method() -> list[tuple[str, int]]:
    """Facts stated in the own12 and own13 READMEs."""
    sizes = {key: len(idx) for key, idx in pool().items()}
    assert sizes == {"000": 151, "001": 211, "002": 178, "003": 49, "004": 119}, sizes
    assert sum(sizes.values()) == 708

    d12 = draw_order(12)
    assert len(d12) == 708
    assert collections.Counter(k for k, _ in d12[:42]) == {
        "000": 9, "001": 12, "002": 12, "003": 3, "004": 6}
    # q12-000: Einstein Telescope (2021 plan); q12-001: "twee jaar geleden" (2021 report);
    # q12-002: eighty years of Benelux cooperation; q12-003: strategic goods; q12-004: annex item.
    assert d12[0] == ("001", 310) and "Einstein Telescope" in PARAS["001"][310]
    assert d12[1][0] == "002" and "twee jaar geleden" in PARAS["002"][d12[1][1]]
    assert d12[2][0] == "000" and "tachtig jaar" in PARAS["000"][d12[2][1]]
    assert d12[3][0] == "004" and "strategische goederen" in PARAS["004"][d12[3][1]]
    assert d12[4][0] == "001" and "overname-" in PARAS["001"][d12[4][1]]

    d13 = draw_order(13)
    assert collections.Counter(k for k, _ in d13[:44]) == {
        "000": 6, "001": 14, "002": 14, "003": 3, "004": 7}
    # q13-000: healthcare, "te- rugbetaling"; q13-003: 26 November 2021; q13-004: Benelux-tour;
    # q13-006: 000 p301 (neighbours p300, p302); q13-007: 004 p165 (neighbour p164).
    assert d13[0][0] == "001" and "te- rugbetaling" in PARAS["001"][d13[0][1]]
    assert d13[3][0] == "002" and "26 november 2021" in PARAS["002"][d13[3][1]]
    assert d13[4][0] == "000" and "Benelux-tour" in PARAS["000"][d13[4][1]]
    assert d13[6] == ("000", 301) and d13[7] == ("004", 165)
    return draw_order(SEED)


# Evidence: (doc, start anchor, end anchor, section, page). The quote runs from the start anchor
# to the end of the first end anchor after it, in the whitespace-collapsed document text.
S000_11 = ("1.1. SAMENWERKING IN DE VEILIGHEIDSKETEN", 10)
S000_13 = ("1.3. ASIEL EN MIGRATIE", 13)
S000_21 = ("2.1. CONCURRENTIEVERMOGEN EN WEERBAARHEID", 16)
S000_22 = ("2.2. DUURZAAM TRANSPORT", 18)
S000_31 = ("3.1. WINDENERGIE", 22)
S000_41 = ("4.1. VERDRAG ROND SOCIALE FRAUDE EN FATSOENLIJKE ARBEIDSOMSTANDIGHEDEN", 30)
S000_42 = ("4.2. SAMENWERKING OP FISCAAL GEBIED", 31)
S001_PRIO = ("PRIORITEITEN VAN HET BELGISCHE VOORZITTERSCHAP", None)
S001_12 = ("1.2. TRANSPORT & LOGISTIEK", None)
S001_13 = ("1.3. HANDEL, DIGITALISERING EN CIRCUL AIRE ECONOMIE", None)
S001_211 = ("2.1.1. Politiesamenwerking", None)
S001_214 = ("2.1.4. Justitie", None)
S001_221 = ("2.2.1. Bestrijding van fiscale fraude", None)
S001_KC = ("1. Benelux Kenniscentrum Grensoverschrijdende Samenwerking", None)
S001_NRW = ("2.1. SAMENWERKING MET NOORDRIJN-WESTFALEN (NRW)", None)
S001_ANNEX = ("BIJLAGE: BEOOGDE JURIDISCHE INSTRUMENTEN", None)
S002_11 = ("1.1. ENERGIE & KLIMAAT", 8)
S002_13 = ("1.3. HANDEL, DIGITALISERING EN CIRCULAIRE ECONOMIE", 15)
S002_211 = ("2.1.1. POLITIESAMENWERKING", 18)
S002_213A = ("2.1.3. ASIEL EN MIGRATIE", 26)
S002_213J = ("2.1.3. JUSTITIE", 28)
S002_222 = ("2.2.2. BESTRIJDING VAN SOCIALE FRAUDE", 32)
S002_23 = ("2.3. DUURZAME SAMENLEVING", 33)
S003_ARB = ("Grensoverschrijdende arbeidsmobiliteit", 8)
S003_LOG = ("Duurzamere en weerbaardere logistieke ketens", 10)
S004_VW = ("VOORWOORD VAN HET COLLEGE VAN SECRETARISSEN-GENERAAL", 4)
S004_AM = ("ASIEL EN MIGRATIE", 13)
S004_OV = ("OVERIGE", 23)
S004_PENTA = ("PENTA-SAMENWERKING", 27)
S004_SF = ("VERDRAG ROND SOCIALE FRAUDE EN FATSOENLIJKE ARBEIDSOMSTANDIGHEDEN", 33)
S004_NR = ("NOORDSE RAAD", 36)


def ev(doc, start, end, section):
    return (doc, start, end, section[0], section[1])


# Each item: draws, type, language, history, question, evidence, answer, key facts.
ITEMS = [
    dict(
        draws=[0, 18], type="summary", language="nl", history=[],
        question="Kun je samenvatten waarom de Benelux in 2021 inzette op educatie voor duurzame ruimtelijke ontwikkeling en wat er concreet werd georganiseerd?",
        evidence=[
            ev("002", "Voor de Benelux-landen, met een zeer hoge bevolkingsdichtheid", "hefboomen voor verandering!", S002_23),
            ev("002", "Het Benelux Secretariaat-Generaal en het Vlaams Gewest hebben samen", "educatie voor duurzaam ruimtegebruik kan vorm krijgen.", S002_23),
        ],
        answer="Door de zeer hoge bevolkingsdichtheid en de intensieve economische activiteit vraagt duurzame ruimtelijke ontwikkeling dat iedereen zijn gedrag en levensstijl verandert, en dat steunt vooral op voorlichting en educatie. Daarom organiseerden het Secretariaat-Generaal en het Vlaams Gewest op 18 en 19 november een online conferentie voor EDO-professionals, waar meer dan 100 deelnemers inspiratie opdeden over educatie voor duurzaam ruimtegebruik.",
        key_facts=["bevolkingsdichtheid", "Vlaams Gewest", "18 en 19 november", "meer dan 100"],
    ),
    dict(
        draws=[1, 14], type="cross-doc", language="nl", history=[],
        question="Wat wilde het Belgische voorzitterschap in 2021 doen rond territoriale leveringsbeperkingen, en hoe gaat de Benelux daar volgens het jaarplan 2024 mee verder?",
        evidence=[
            ev("001", "Na de oprichting van kennisgevingspunten in elke lidstaat", "organisaties hierrond te sensibiliseren.", S001_PRIO),
            ev("000", "Grensoverschrijdende detailhandel wordt verder gefaciliteerd", "een Benelux-aanpak onderzocht.", S000_21),
        ],
        answer="In 2021 wilde het voorzitterschap, na de oprichting van kennisgevingspunten in elke lidstaat, de partners een informatiecampagne over territoriale leveringsbeperkingen voorstellen om bedrijven en sectororganisaties te sensibiliseren. Volgens het jaarplan 2024 brengt de Benelux het thema opnieuw onder de aandacht van de EU en wordt ter ondersteuning parallel een Benelux-aanpak onderzocht.",
        key_facts=["kennisgevingspunten", "informatiecampagne", "onder de aandacht van de EU", "Benelux-aanpak"],
    ),
    dict(
        draws=[2], type="explain", language="nl", history=[],
        question="Waarom willen de Benelux-landen samen met NRW nauwer samenwerken bij het uitvoeren van straffen over de grens heen?",
        evidence=[
            ev("001", "De Benelux-landen streven ernaar om samen met Noordrijn- Westfalen/Duitsland", "maatregelen over de grenzen heen.", S001_214),
        ],
        answer="Ze willen zo het EU-basisbeginsel van de wederzijdse erkenning van vonnissen en rechterlijke beslissingen verder kracht bijzetten, door met Noordrijn-Westfalen/Duitsland diepgaand samen te werken bij de uitvoering van straffen en maatregelen over de grenzen heen.",
        key_facts=["EU-basisbeginsel", "erkenning van vonnissen"],
    ),
    dict(
        draws=[3], type="factoid", language="en", history=[],
        question="In the 2021 plan's sustainable mobility priority, which project for cross-border multimodal transport brings the Benelux countries together with North Rhine-Westphalia?",
        evidence=[
            ev("001", "ondersteuning van specifieke projecten op het gebied van grensoverschrijdende multimodaliteit", "Noordrijn-Westfalen samenbrengt.", S001_PRIO),
        ],
        answer="Mobility as a Service (MaaS). The presidency supports specific projects on cross-border multimodality of private and public transport (road, rail, air and water), notably MaaS, which brings the Benelux countries and North Rhine-Westphalia together.",
        key_facts=["Mobility as a Service", "MaaS"],
    ),
    dict(
        draws=[4], type="numeric", language="nl", history=[],
        question="Op welke dag was de online studiedag over waterstofinfrastructuur in de Benelux-regio, en wie zaten er rond de tafel?",
        evidence=[
            ev("002", "Op 11 februari werd een digitale studiedag", "naast elkaar te leggen en te bespreken.", S002_11),
        ],
        answer="Op 11 februari 2021 vond de digitale studiedag 'Future Hydrogen Infrastructure in the Benelux Region' plaats. Die bracht energie-intensieve industrie, havens, toonaangevende academici en beleidsmakers uit de Benelux en NRW samen.",
        key_facts=["11 februari", "Future Hydrogen Infrastructure", "havens"],
    ),
    dict(
        draws=[5], type="list", language="nl", history=[],
        question="Welke digitale thema's pakt het jaarplan 2021 aan naast de uitrol van 5G over de grens?",
        evidence=[
            ev("001", "De drie Benelux AI coalities zullen bijeengebracht worden.", "op relevante beleidsterreinen bekeken worden.", S001_13),
            ev("001", "De sterke recente groei van grensoverschrijdende online handel", "onderdeel van de online Benelux-markt.", S001_13),
        ],
        answer="Artificiële intelligentie: de drie Benelux AI-coalities worden samengebracht om de rol van AI in het publieke domein en het grensoverschrijdend delen van data te bekijken. Verder de impact van grote globale digitale platformen en een workshop over de invoer van kleine pakketten als onderdeel van de online Benelux-markt.",
        key_facts=["coalities", "digitale platformen", "kleine pakketten"],
    ),
    dict(
        draws=[6], type="unanswerable", language="en", history=[],
        question="How many people attended the international VAT fraud symposium that the Benelux organised under the Belgian presidency in 2024?",
        evidence=[],
        answer="The documents do not say. The 2024 annual report only says that ministers, senior officials and experts from Belgium, the Netherlands, Luxembourg, the European Commission, the OECD and academia took part; it gives no number of participants.",
        key_facts=[],
    ),
    dict(
        draws=[7], type="explain", language="nl", history=[],
        question="Hoe wil de Benelux in 2024 de drempels voor gezamenlijke en hybride offshore-energieprojecten op de Noordzee aanpakken?",
        evidence=[
            ev("000", "Obstakels voor gezamenlijke en hybride offshore energieprojecten", "Basin Initiative).", S000_31),
        ],
        answer="Door die obstakels weg te nemen en een gestructureerde dialoog met de toeleveringsketen op te zetten. Dat betekent onder meer de off- en onshore-planning beter afstemmen en de mogelijkheden tot coördinatie met andere gebruikers van de Noordzee beter benutten, via het Greater North Sea Basin Initiative.",
        key_facts=["toeleveringsketen", "onshore", "Greater North Sea Basin Initiative"],
    ),
    dict(
        draws=[8], type="summary", language="nl", history=[],
        question="Vat kort samen wat het voorwoord van het jaarverslag 2024 zegt over het nieuwe werkprogramma, de modernisering van het Secretariaat-generaal en de band met de EU.",
        evidence=[
            ev("004", "In 2024 werd bovendien gewerkt aan de totstandkoming van een nieuw gemeenschappelijk werkprogramma", "maatschappelijke en internationale ontwikkelingen.", S004_VW),
            ev("004", "Tegelijkertijd werd voortgebouwd aan de modernisering van het Secretariaat-generaal", "een versterkte financiële huishouding.", S004_VW),
            ev("004", "Er vonden structurele overleggen plaats met de permanente vertegenwoordigingen", "betrokken bij diverse initiatieven.", S004_VW),
        ],
        answer="In 2024 werd gewerkt aan een nieuw gemeenschappelijk werkprogramma voor 2025-2028, zodat de Benelux flexibel kan blijven inspelen op maatschappelijke en internationale ontwikkelingen. Het Secretariaat-generaal werd verder gemoderniseerd met de uitrol van het nieuwe HR-beleid, een modernere communicatiestrategie en een versterkte financiële huishouding. De band met de EU werd verdiept via structurele overleggen met de permanente vertegenwoordigingen van de Benelux-landen bij de EU en door de Europese Commissie nadrukkelijk bij initiatieven te betrekken.",
        key_facts=["werkprogramma", "HR-beleid", "communicatiestrategie", "permanente vertegenwoordigingen"],
    ),
    dict(
        draws=[9], type="explain", language="nl", history=[],
        question="Waarom kwam de geplande verkenning van de toerismesector er in 2021 niet, en waar voelde het Benelux-overleg de Brexit het sterkst?",
        evidence=[
            ev("002", "De impact van de Brexit werd met name gemerkt", "voorgelegd aan het Verenigd Koninkrijk.", S002_13),
            ev("002", "De verkenning van de toeristische sector werd", "COVID-19-beperkingen uitgesteld.", S002_13),
        ],
        answer="De verkenning van de toeristische sector werd uitgesteld wegens de aanhoudende COVID-19-beperkingen. De Brexit werd vooral gemerkt in het Douane-overleg en het Noordzee-overleg; voor de hernieuwde samenwerking rond offshore wind op de Noordzee werd met de Europese Commissie een apart MoU voorbereid, dat aan het Verenigd Koninkrijk werd voorgelegd.",
        key_facts=["COVID-19", "Douane", "Noordzee", "MoU"],
    ),
    dict(
        draws=[10, 20], type="cross-doc", language="nl", history=[],
        question="Welke denkoefening over overnameovereenkomsten startte de Benelux in 2021, en wat leverde het DG-overleg over terugkeerbeleid eind 2024 op?",
        evidence=[
            ev("002", "De Benelux-landen zijn gestart met een uitgebreide brainstorming", "in plaats van een formele overnameovereenkomst.", S002_213A),
            ev("004", "Op 16 december vond een strategisch overleg op DG-niveau plaats", "lopende onderhandelingen met derde landen.", S004_AM),
        ],
        answer="In 2021 startten de Benelux-landen een brainstorming over de toekomstige aanpak van overname, onder meer over de mogelijkheid om met bepaalde derde landen juridisch niet-bindende overeenkomsten te sluiten in plaats van een formele overnameovereenkomst. Het DG-overleg van 16 december 2024 leverde geactualiseerde standaardteksten voor readmissieovereenkomsten en visa op, en een bilan van de lopende onderhandelingen met derde landen.",
        key_facts=["niet-bindende", "16 december", "standaardteksten"],
    ),
    dict(
        draws=[11], type="list", language="nl", history=[],
        question="Hoe zien de gezamenlijke inspecties onder het verdrag tegen sociale fraude er volgens het jaarplan 2024 uit? Welke stappen horen erbij?",
        evidence=[
            ev("000", "Gemeenschappelijke en afgestemde inspecties of controles zullen worden georganiseerd", "mogelijke verbeterpunten worden geidentificeerd.", S000_41),
        ],
        answer="Parallel aan de uitvoering van het verdrag worden gemeenschappelijke en afgestemde inspecties of controles georganiseerd: eerst uitwisseling van informatie en gegevens, daarna de operationele activiteiten op het terrein, vervolgens een analyse van de resultaten en tot slot het identificeren van mogelijke verbeterpunten.",
        key_facts=["afgestemde inspecties", "uitwisseling van informatie", "verbeterpunten"],
    ),
    dict(
        draws=[12], type="summary", language="nl", history=[],
        question="Vat samen hoe Noordrijn-Westfalen volgens het jaarplan 2021 meedoet aan de Benelux-samenwerking rond transport en logistiek.",
        evidence=[
            ev("001", "In het domein van transport en logistiek is NRW al enkele jaren betrokken", "uitwisseling en gezamenlijke afstemming plaats.", S001_NRW),
            ev("001", "Binnen het project Mobility as a Service (MaaS) worden", "in de mobiliteitssector gezamenlijk getest.", S001_NRW),
        ],
        answer="NRW is al enkele jaren betrokken bij het strategisch overleg transport en logistiek. Rond duurzame mobiliteit, zoals fietsbeleid en een grensoverschrijdende infrastructuur van fietssnelwegen, is er uitwisseling en gezamenlijke afstemming, en in het MaaS-project worden samen digitale technologieën voor grensoverschrijdende interoperabiliteit in de mobiliteitssector getest.",
        key_facts=["strategisch overleg", "fietssnelwegen", "MaaS"],
    ),
    dict(
        draws=[13], type="factoid", language="nl", history=[],
        question="Wie brengt het Secretariaat-generaal via de Hazeldonk-samenwerking samen in de strijd tegen drugshandel?",
        evidence=[
            ev("000", "Het Secretariaat-generaal blijft in het kader van de verdere ontwikkeling", "in de Benelux en Frankrijk te stimuleren en te ondersteunen.", S000_11),
        ],
        answer="Het Secretariaat-generaal blijft de Hazeldonk-samenwerking faciliteren door activiteiten te stimuleren en te ondersteunen tussen strategische en operationele leidinggevenden, justitie en de gerechtelijke politie in de Benelux en Frankrijk.",
        key_facts=["leidinggevenden", "gerechtelijke politie", "Frankrijk"],
    ),
    dict(
        draws=[15], type="explain", language="nl",
        history=["Hoe kijken de Benelux-landen en Duitsland aan tegen het netwerk dat het project rond pre-employment screening heeft opgeleverd?"],
        question="En waarom is de studiedag die ze daarover afspraken in 2021 nog niet doorgegaan?",
        evidence=[
            ev("002", "De Benelux-landen en Duitsland zijn positief over het netwerk", "om deze studiedag alsnog te laten plaatsvinden.", S002_213J),
        ],
        answer="Omdat men de voorkeur gaf aan een fysieke bijeenkomst, kon de studiedag nog niet plaatsvinden. Tijdens hun overleg in november spraken de partners af om ze alsnog te organiseren.",
        key_facts=["fysieke bijeenkomst", "november"],
    ),
    dict(
        draws=[16], type="numeric", language="nl", history=[],
        question="Wanneer kwamen de Benelux-DG's Asiel en Migratie in 2021 bijeen, en wat ging aan de tweede bijeenkomst vooraf?",
        evidence=[
            ev("002", "De directeuren-generaal Asiel en Migratie van de Benelux zijn op 25 februari", "Belgische staatssecretaris, Sammy Mahdi.", S002_213A),
        ],
        answer="Op 25 februari (virtueel) en op 26 oktober (fysiek, op het Secretariaat-Generaal). Aan de tweede bijeenkomst ging de ondertekening van het administratieve Dublinakkoord vooraf, in aanwezigheid van de Belgische staatssecretaris Sammy Mahdi.",
        key_facts=["25 februari", "26 oktober", "Dublinakkoord"],
    ),
    dict(
        draws=[17], type="list", language="en", history=[],
        question="On which road management topics does the 2021 plan want to build up knowledge cooperation?",
        evidence=[
            ev("001", "Uitbouwen van de kennissamenwerking op wegbeheer", "digital twinning, AI en systeem-simulaties.", S001_12),
        ],
        answer="Maintenance, replacement and renovation (tunnels, bridges, road surfaces) and winter road maintenance, especially where digitalisation adds value, for example through digital twinning, AI and system simulations.",
        key_facts=["tunnels", "digital twinning"],
    ),
    dict(
        draws=[19, 26], type="cross-doc", language="nl", history=[],
        question="Hoe ver stonden de onderhandelingen over het Benelux-verdrag tegen sociale fraude in 2021, en wanneer zou het volgens het jaarverslag 2024 ondertekend worden?",
        evidence=[
            ev("002", "Onder het Belgische voorzitterschap zijn vier onderhandelingsbijeenkomsten", "zijn herwerkt en gewijzigd.", S002_222),
            ev("004", "In 2024 werd verder gewerkt aan de voorbereiding van het Benelux-verdrag", "in 2025 formeel zal worden ondertekend.", S004_SF),
        ],
        answer="In 2021 werden onder Belgisch voorzitterschap vier onderhandelingsbijeenkomsten gehouden, waarin deskundigen de preambule en het eerste hoofdstuk van het ontwerpverdrag herwerkten. In 2024 werd de voorbereiding voortgezet; het verdrag zou naar verwachting in 2025 formeel worden ondertekend.",
        key_facts=["vier", "preambule", "2025"],
    ),
    dict(
        draws=[21], type="factoid", language="en", history=[],
        question="To prevent VAT fraud with new technologies, which analysis system did the 2021 plan want joint training on?",
        evidence=[
            ev("001", "Voorkomen van btw-fraude door het gebruik van nieuwe technologieën", "ont- wikkelingen (zoals blockchain)", S001_221),
        ],
        answer="Transaction Network Analysis (TNA). The plan also mentions exchanging knowledge and experience on new technological developments such as blockchain.",
        key_facts=["Transaction Network Analysis", "TNA"],
    ),
    dict(
        draws=[22], type="numeric", language="nl",
        history=["Welke energieconferenties wilde de Benelux in 2021 samen met het Penta-voorzitterschap organiseren?"],
        question="En wanneer hebben de Penta-ministers over dat onderwerp uiteindelijk een akkoord bereikt?",
        evidence=[
            ev("002", "Organiseren van twee energieconferenties in samenwerking met het voorzitterschap", "in tijden van elektriciteitsschaarste.", S002_11),
            ev("002", "Na een intens traject van bilaterale, Benelux- en Penta-overleggen", "risicoparaatheid in de elektriciteitssector.", S002_11),
        ],
        answer="Op 1 december 2021 bereikten de Penta-ministers, in aanwezigheid van de Europese commissaris voor Energie, een memorandum van overeenstemming over risicoparaatheid in de elektriciteitssector. De krijtlijnen waren op 1 februari 2021 vastgelegd.",
        key_facts=["1 december", "memorandum van overeenstemming"],
    ),
    dict(
        draws=[23], type="list", language="nl", history=[],
        question="Aan welke onderwerpen geven de landen in het werkprogramma 2025-2028 speciale aandacht als het over grensoverschrijdende arbeidsmobiliteit gaat?",
        evidence=[
            ev("003", "en voor het bevorderen van eerlijke arbeidsmobiliteit, met speciale aandacht", "inning van sociale zekerheidsschulden.", S003_ARB),
        ],
        answer="Bij het bevorderen van eerlijke arbeidsmobiliteit gaat speciale aandacht naar de erkenning van elkaars beroepskwalificaties, sociale zekerheid, belastingkwesties en de strijd tegen sociale fraude en social dumping, inclusief de grensoverschrijdende inning van sociale zekerheidsschulden.",
        key_facts=["beroepskwalificaties", "belastingkwesties", "social dumping", "inning"],
    ),
    dict(
        draws=[24], type="factoid", language="fr", history=[],
        question="Selon le plan annuel 2024, quel dossier européen est au cœur des négociations sur la migration et pèsera sur l'action du Benelux ?",
        evidence=[
            ev("000", "Een van de belangrijkste elementen van deze besprekingen is het Asiel- en Migratiepact", "van de Benelux op het gebied van migratie.", S000_13),
        ],
        answer="Le pacte sur la migration et l'asile (Asiel- en Migratiepact), qui vise une approche commune de la gestion des migrations à l'intérieur et à l'extérieur de l'UE. Le résultat de ces réformes européennes influencera les actions et la politique du Benelux en matière de migration.",
        key_facts=["Migratiepact"],
    ),
    dict(
        draws=[25], type="numeric", language="nl", history=[],
        question="Tegen wanneer wilde België volgens het jaarverslag 2021 de ombouw van laag- naar hoogcalorisch gas afronden?",
        evidence=[
            ev("002", "De uitfasering en conversie werd verder binnen het Gasplatform", "versneld te kunnen voltooien in de loop van 2024.", S002_11),
        ],
        answer="In de loop van 2024: België kondigde begin maart 2021 aan dat het de conversie versneld kon voltooien. De uitfasering en conversie werden opgevolgd binnen het Gasplatform, in de Task Force L-gas Market Conversion Monitoring.",
        key_facts=["2024", "begin maart", "Gasplatform"],
    ),
    dict(
        draws=[27], type="list", language="en", history=[],
        question="How does the 2024 annual plan want the Benelux countries to share knowledge on excise duties?",
        evidence=[
            ev("000", "Kennis zal worden gedeeld op het gebied van accijnzen", "wijzigingen in de respectievelijke tarieven.", S000_42),
        ],
        answer="By exchanging experiences with the European system for the automation of the movement and control of excise goods (EMCS), drawing up a comparative table of excise duties, and regularly informing each other about changes in their respective rates.",
        key_facts=["EMCS"],
    ),
    dict(
        draws=[28], type="numeric", language="nl", history=[],
        question="In welke maand werd de Penta-verklaring over concurrerende stroomprijzen voor bedrijven aangenomen, en wat onderstreept die verklaring?",
        evidence=[
            ev("004", "Dit resulteerde in een gezamenlijke ministeriële verklaring", "duurzame investeringen in de Penta-regio.", S004_PENTA),
        ],
        answer="In december 2024. De gezamenlijke ministeriële verklaring over concurrerende elektriciteitsprijzen voor bedrijven onderstreept het belang van betaalbare en voorspelbare energieprijzen voor de industrie als fundament voor economische veerkracht en duurzame investeringen in de Penta-regio.",
        key_facts=["december", "betaalbare en voorspelbare"],
    ),
    dict(
        draws=[29], type="unanswerable", language="nl", history=[],
        question="Sinds wanneer is het Nederlands-Vlaamse Schakelpunt Grensbelemmeringen officieel van start?",
        evidence=[],
        answer="Dat staat niet in de documenten. Het jaarplan 2024 noemt het schakelpunt alleen 'in oprichting' en zegt dat het Secretariaat-generaal het naar wens zal ondersteunen; het werkprogramma 2025-2028 vermeldt het zonder startdatum.",
        key_facts=[],
    ),
    dict(
        draws=[30], type="explain", language="nl", history=[],
        question="Waarom vindt het werkprogramma 2025-2028 weerbare logistieke ketens zo belangrijk?",
        evidence=[
            ev("003", "De havens van de Benelux blijven een cruciale schakel", "in de Europese logistieke keten.", S003_LOG),
            ev("003", "Verder is ook de weerbaarheid van deze logistieke ketens", "zijn immers geënt op deze logistieke ketens.", S003_LOG),
        ],
        answer="Omdat de voedselvoorziening en de voorziening van andere levensnoodzakelijke producten, zoals medicijnen, op deze logistieke ketens steunen. De Benelux-havens zijn bovendien een cruciale schakel in de Europese logistieke keten.",
        key_facts=["voedselvoorziening", "medicijnen", "havens"],
    ),
    dict(
        draws=[31], type="factoid", language="nl", history=[],
        question="Hoe wil de Benelux volgens het jaarplan 2021 de administratieve samenwerking bij het uitwisselen van fiscale gegevens versterken?",
        evidence=[
            ev("001", "Versterking van de administratieve samenwerking bij de uitwisseling", "juridische kaders van digitale projecten.", S001_221),
        ],
        answer="Door een procedure voor automatische uitwisseling van gegevens te ontwikkelen en door kennis en ervaringen uit te wisselen over nationale, Europese en internationale ontwikkelingen van de operationele en juridische kaders van digitale projecten.",
        key_facts=["automatische uitwisseling", "digitale projecten"],
    ),
    dict(
        draws=[32], type="list", language="fr", history=[],
        question="Quelles ambitions le Benelux partage-t-il avec les pays nordiques, et qu'apporte ce dialogue selon le rapport annuel 2024 ?",
        evidence=[
            ev("004", "De uitwisseling met de Noordse landen is ingebed", "bruggenbouwer binnen Europa.", S004_NR),
        ],
        answer="La transparence, une mobilité équitable et l'innovation numérique. Ce dialogue enrichit les politiques et renforce le rôle du Benelux comme bâtisseur de ponts en Europe.",
        key_facts=["transpar", "mobilit", "innovati"],
    ),
    dict(
        draws=[33], type="numeric", language="nl", history=[],
        question="Op welk eerder werk bouwt de bijeenkomst over de integrale aanpak in 2024 voort: uit welk jaar en onder welk voorzitterschap?",
        evidence=[
            ev("000", "Het doel van het samenbrengen van de Benelux-partners is", "onder Nederlands voorzitterschap in gang werd gezet;", S000_11),
        ],
        answer="Ze bouwt voort op wat in 2023 onder Nederlands voorzitterschap in gang werd gezet. De bijeenkomst moet bijdragen aan de verdere ontwikkeling van een brede integrale aanpak over de grenzen heen.",
        key_facts=["2023", "Nederlands voorzitterschap"],
    ),
    dict(
        draws=[34], type="unanswerable", language="nl", history=[],
        question="Hoeveel leden telt het Benelux-klimaatplatform dat na COP28 wordt ingezet voor de regionale klimaatsamenwerking?",
        evidence=[],
        answer="Dat staat niet in de documenten. Het jaarplan 2024 zegt alleen dat voor de regionale klimaatsamenwerking gebruik wordt gemaakt van het Benelux-klimaatplatform en zijn leden; een aantal wordt nergens genoemd.",
        key_facts=[],
    ),
    dict(
        draws=[35], type="numeric", language="fr", history=[],
        question="De quelle année date le traité Benelux sur la coopération transfrontalière et interterritoriale, et quelle personne morale transfrontalière permet-il de créer ?",
        evidence=[
            ev("001", "Het Benelux-Verdrag van 2014 inzake Grensoverschrijdende", "en lichtere sa- menwerkingsvormen.", S001_KC),
        ],
        answer="Le traité date de 2014. Il permet notamment de créer un Groupement Benelux de coopération territoriale (BGTS), une personne morale transfrontalière, à côté de la coopération interterritoriale et de formes de coopération plus légères.",
        key_facts=["2014", "BGTS"],
    ),
    dict(
        draws=[36], type="explain", language="nl", history=[],
        question="Wat houdt de eerste pijler van de Benelux-aanpak van wangedrag in het voetbal in, en wat wil men daarmee bereiken?",
        evidence=[
            ev("002", "Een eerste pijler in de samenwerking is het onderzoeken", "in de drie landen evenwaardig handhavingssysteem.", S002_211),
            ev("002", "In dat kader werd een onderzoeksvraag neergelegd", "Documentatiecentrum (WODC)", S002_211),
        ],
        answer="Onderzoeken of er binnen de Benelux overdraagbare beperkende maatregelen kunnen komen, gekoppeld aan een in de drie landen evenwaardig handhavingssysteem, om het gevoel van straffeloosheid weg te nemen. Daarvoor werd een onderzoeksvraag bij het WODC neergelegd.",
        key_facts=["overdraagbare beperkende maatregelen", "straffeloosheid", "WODC"],
    ),
    dict(
        draws=[37], type="factoid", language="en", history=[],
        question="Which bid for a major European research infrastructure did the Benelux back in 2024 as one of its additional economic files?",
        evidence=[
            ev("004", "Een sprekend voorbeeld was de ondersteuning van de kandidatuur", "koppelt aan grensoverschrijdende samenwerking.", S004_OV),
        ],
        answer="The candidacy of the Euregio Meuse-Rhine for the Einstein Telescope, a large-scale scientific project with European reach that links fundamental research to cross-border cooperation.",
        key_facts=["Euregio", "Einstein"],
    ),
    dict(
        draws=[38], type="factoid", language="nl", history=[],
        question="Over het gemeenschappelijk gebruik van welke politiemensen wil het jaarplan 2021 een uitvoeringsafspraak, en waarover moeten nadere richtlijnen komen?",
        evidence=[
            ev("001", "Uitvoeringsafspraak over het gemeenschappelijk gebruik van verbindingsofficieren.", "gen dienen te worden uitgevoerd.", S001_211),
        ],
        answer="Over het gemeenschappelijk gebruik van verbindingsofficieren. Daarnaast moeten nadere richtlijnen worden afgesproken over de manier waarop grensoverschrijdende achtervolgingen worden uitgevoerd.",
        key_facts=["verbindingsofficieren", "achtervolgin"],
    ),
    dict(
        draws=[39], type="numeric", language="nl",
        history=["Waarom zijn er voor het nieuwe Benelux-Politieverdrag zoveel uitvoeringsovereenkomsten en -afspraken nodig?"],
        question="En wanneer hebben de drie landen dat verdrag ondertekend?",
        evidence=[
            ev("001", "De ratificering en uitvoering van het nieuwe Benelux- Politieverdrag", "hun ratificeringsdossiers voor.", S001_PRIO),
            ev("001", "Het Verdrag heeft voor een groot deel het karakter van een kader- overeenkomst", "uitvoeringsovereenkomsten en -afspraken.", S001_PRIO),
        ],
        answer="Op 23 juli 2018. Volgens het jaarplan 2021 bereidden de drie landen toen nog hun ratificeringsdossiers voor.",
        key_facts=["23 juli 2018"],
    ),
    dict(
        draws=[40], type="factoid", language="nl", history=[],
        question="Wie zitten er in het Strategisch overleg Douane van de Benelux?",
        evidence=[
            ev("001", "Regionale samenwerking als incubator voor de heropstart van de economie", "stuurt de douanesamenwerking aan.", S001_13),
        ],
        answer="De administrateurs-generaal en directeuren-generaal van de ministeries van Financiën van de Benelux-landen. Dat overleg stuurt de douanesamenwerking aan.",
        key_facts=["administrateurs-generaal", "Financiën"],
    ),
    dict(
        draws=[41], type="list", language="nl", history=[],
        question="Over welke onderwerpen plant de bijlage van het jaarplan 2021 uitvoeringsovereenkomsten bij het nieuwe Politieverdrag?",
        evidence=[
            ev("001", "Over raadpleging van elkaars politiedatabanken:", "in het kader van de vreemde- lingenwetgeving.", S001_ANNEX),
        ],
        answer="Over de raadpleging van elkaars politiedatabanken in een gemeenschappelijke politiepost en tijdens gemengde patrouilles en gemeenschappelijke controles, over de uitwisseling van ANPR-gegevens, over de bevoegde autoriteit voor het vervoer en dragen van wapens, en over grensoverschrijdend vervoer en begeleiding van personen in het kader van de vreemdelingenwetgeving.",
        key_facts=["politiedatabanken", "ANPR", "wapens"],
    ),
    dict(
        draws=[42], type="numeric", language="en", history=[],
        question="For which year's Benelux Tour would the Secretariat-General consider a sponsorship, and what was the race called before?",
        evidence=[
            ev("000", "Indien de Benelux-tour (wielerronde, voorheen Eneco-tour)", "grotere publieksbekendheid van de Unie wordt beoogd.", S000_22),
        ],
        answer="For the 2025 Benelux Tour, formerly the Eneco Tour, if it visits all three countries. The Secretariat-General would consider sponsorship during the preparations in 2024 to raise the Union's public profile.",
        key_facts=["2025", "Eneco"],
    ),
    dict(
        draws=[43], type="unanswerable", language="nl", history=[],
        question="Aan hoeveel gezamenlijke controles in de paardensector heeft Hauts-de-France al deelgenomen?",
        evidence=[],
        answer="Dat staat niet in de documenten. Het jaarplan 2021 zegt alleen dat de regio Hauts-de-France actief deelneemt aan de vergaderingen en de controles in het kader van de samenwerking in de paardensector, zonder een aantal te noemen.",
        key_facts=[],
    ),
]

WANT_TYPES = {"numeric": 9, "factoid": 8, "list": 7, "explain": 6, "summary": 3, "cross-doc": 3,
              "unanswerable": 4}
WANT_LANGS = {"nl": 30, "en": 7, "fr": 3}


def norm(text: str) -> str:
    return col(text).lower()


def windows(text: str, n: int = 40) -> set[str]:
    text = norm(text)
    return {text[i : i + n] for i in range(max(0, len(text) - n + 1))}


def cut(doc: str, start: str, end: str) -> str:
    text = TEXT[doc]
    assert text.count(start) == 1, (doc, start, text.count(start))
    i = text.index(start)
    j = text.find(end, i)
    assert j >= 0, (doc, end)
    quote = text[i : j + len(end)]
    assert 40 <= len(quote) <= 400, (doc, start, len(quote))
    return quote


def build(order: list[tuple[str, int]]) -> list[dict]:
    out = []
    used = []
    for n, item in enumerate(ITEMS):
        qid = f"q19-{n:03d}"
        evidence = [
            {"doc": DOC[d], "quote": cut(d, s, e), "section": sec, "page": page}
            for d, s, e, sec, page in item["evidence"]
        ]
        used += item["draws"]
        if item["type"] == "unanswerable":
            assert not evidence and not item["key_facts"], qid
        else:
            assert evidence and 1 <= len(item["key_facts"]) <= 4, qid
            quotes = " || ".join(norm(e["quote"]) for e in evidence)
            for fact in item["key_facts"]:
                assert norm(fact) in quotes, (qid, "key fact not in quotes", fact)
                assert norm(fact) in norm(item["answer"]), (qid, "key fact not in answer", fact)
            # every drawn paragraph is quoted (a shared 40-character window)
            for draw in item["draws"]:
                key, para = order[draw]
                grams = windows(PARAS[key][para])
                assert any(
                    e["doc"] == DOC[key] and windows(e["quote"]) & grams for e in evidence
                ), (qid, "drawn paragraph not quoted", draw, key, para)
        if item["type"] == "cross-doc":
            assert len({e["doc"] for e in evidence}) == 2, qid
        if item["history"]:
            assert item["question"].startswith("En "), qid
        out.append(
            {
                "id": qid,
                "question": item["question"],
                "language": item["language"],
                "history": item["history"],
                "type": item["type"],
                "evidence": evidence,
                "answer": item["answer"],
                "key_facts": item["key_facts"],
            }
        )
    # draws 0..N are all used, once each, without gaps
    assert sorted(used) == list(range(len(used))), sorted(used)
    assert len(out) == 40
    assert [o["id"] for o in out] == [f"q19-{i:03d}" for i in range(40)]
    assert collections.Counter(o["type"] for o in out) == WANT_TYPES
    assert collections.Counter(o["language"] for o in out) == WANT_LANGS
    assert sum(1 for o in out if o["history"]) == 3
    return out


def main() -> None:
    order = check_method()
    items = build(order)
    with OUT.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
