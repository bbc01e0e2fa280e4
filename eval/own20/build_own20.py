"""Builds check set own20 (eval/own20/own20.jsonl): 40 questions on a seeded random draw of body paragraphs.

Same method as own12/own13 (see their READMEs), seed 20. Quotes are cut from the whitespace-collapsed document
text between a start anchor and the first end anchor after it, so they are verbatim.

Usage: python eval/own20/build_own20.py
"""

from __future__ import annotations

import collections
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "data" / "documents"
OUT = Path(__file__).resolve().parent / "own20.jsonl"
SEED = 20

NAMES = {
    "000": "000_23ffac28d6a1c9fd.txt",  # Jaarplan 2024
    "001": "001_d2ddd7b07eceb66e.txt",  # Jaarplan 2021
    "002": "002_68ccab70ba53b511.txt",  # Jaarverslag 2021
    "003": "003_3c9be9ba5f64d8e1.txt",  # Werkprogramma 2025-2028
    "004": "004_93b1f14f67b4112b.txt",  # Jaarverslag 2024
}
# Body ranges by paragraph index (inclusive; None = to the end), as in own12/own13.
BODY = {"000": (75, None), "001": (0, None), "002": (15, None), "003": (15, 88), "004": (16, 200)}
EXCLUDED = {"001": {301}}  # page furniture: two running headers plus one short sentence
MIN_CHARS = 150


def raw(doc: str) -> str:
    return (DOCS / NAMES[doc]).read_text(encoding="utf-8")


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, whitespace collapsed, as eval/make_probe.py does."""
    return [" ".join(part.split()) for part in re.split(r"\n\s*\n", text)]


def collapsed(doc: str) -> str:
    """The document as the validator sees it."""
    return re.sub(r"\s+", " ", raw(doc)).strip()


PARAS = {doc: paragraphs(raw(doc)) for doc in NAMES}
TEXT = {doc: collapsed(doc) for doc in NAMES}


def pool() -> dict[str, list[int]]:
    out = {}
    for doc, (first, last) in BODY.items():
        last = len(PARAS[doc]) - 1 if last is None else last
        out[doc] = [
            i
            for i in range(first, last + 1)
            if len(PARAS[doc][i]) >= MIN_CHARS and i not in EXCLUDED.get(doc, set())
        ]
    return out


def draw_order(seed: int) -> list[tuple[str, int]]:
    """rng.choices picks a document weighted by its remaining paragraphs, rng.choice one of them."""
    rng = random.Random(seed)
    left = {doc: list(idx) for doc, idx in pool().items()}
    order = []
    while any(left.values()):
        docs = sorted(left)
        doc = rng.choices(docs, weights=[len(left[d]) for d in docs])[0]
        i = rng.choice(left[doc])
        left[doc].remove(i)
        order.append((doc, i))
    return order


def check_method() -> None:
    """The pool and the draw reproduce the facts in the own12 and own13 READMEs."""
    sizes = {doc: len(idx) for doc, idx in pool().items()}
    assert sizes == {"000": 151, "001": 211, "002": 178, "003": 49, "004": 119}, sizes
    assert sum(sizes.values()) == 708
    o12, o13 = draw_order(12), draw_order(13)
    assert len(o12) == len(o13) == 708
    # own12: draws 0-41 used; per document 000: 9, 001: 12, 002: 12, 003: 3, 004: 6.
    assert collections.Counter(d for d, _ in o12[:42]) == {"000": 9, "001": 12, "002": 12, "003": 3, "004": 6}
    # own13: draws 0-43 used; per document 000: 6, 001: 14, 002: 14, 003: 3, 004: 7.
    assert collections.Counter(d for d, _ in o13[:44]) == {"000": 6, "001": 14, "002": 14, "003": 3, "004": 7}
    # own12 first draws: draw 0 (+22) is the Einstein Telescope, 001+003; draw 8 (+31) the Digital Twin, 004+000;
    # q12-018 quotes 002 paragraphs 85-86 (draw 18).
    assert o12[:3] == [("001", 310), ("002", 198), ("000", 77)], o12[:3]
    assert "Einstein" in PARAS["001"][310] and o12[22] == ("003", 52) and "Einstein" in PARAS["003"][52]
    assert o12[8] == ("004", 99) and "Digital Twin" in PARAS["004"][99] and o12[31] == ("000", 163)
    assert o12[18] == ("002", 85)
    # own13 first draws: draw 0 is the 2021 plan's health-care bullet ("te- rugbetaling"); draw 6 is 000 p301
    # (neighbours p300/p302), draw 7 is 004 p165 (neighbour p164); draw 20 continues draw 11 (000 p168-169).
    assert o13[:3] == [("001", 329), ("004", 174), ("004", 69)], o13[:3]
    assert "te- rugbetaling" in PARAS["001"][329]
    assert o13[6] == ("000", 301) and o13[7] == ("004", 165)
    assert o13[11] == ("000", 168) and o13[20] == ("000", 169)
    assert "hogeronderwijsdiploma" in PARAS["000"][168]


# Section labels and their table-of-contents pages (null for the 2021 plan, which has no table of contents).
S_000_PRIO = ("PRIORITEITEN VAN HET BELGISCHE VOORZITTERSCHAP", 8)
S_000_11 = ("1.1. SAMENWERKING IN DE VEILIGHEIDSKETEN", 10)
S_000_12 = ("1.2. CRISISBEHEER", 12)
S_000_25 = ("2.5. DIGITALE AGENDA", 20)
S_000_31 = ("3.1. WINDENERGIE", 22)
S_000_39 = ("3.9. VOEDSELVEILIGHEID EN DIERGEZONDHEID", 28)
S_000_45 = ("4.5. BEKENDHEID EN INZET JURIDISCH INSTRUMENTARIUM", 33)
S_001_PRIO = ("PRIORITEITEN VAN HET BELGISCHE VOORZITTERSCHAP", None)
S_001_11 = ("1.1. ENERGIE & KLIMA AT", None)
S_001_12 = ("1.2. TRANSPORT & LOGISTIEK", None)
S_001_222 = ("2.2.2. Bestrijding van sociale fraude", None)
S_001_23 = ("2.3. DUURZAME SAMENLEVING", None)
S_001_EXT = ("2. Externe betrekkingen", None)
S_002_SG = ("2. SECRETARIAAT-GENERAAL", 7)
S_002_11 = ("1.1. ENERGIE & KLIMAAT", 8)
S_002_12 = ("1.2. TRANSPORT & LOGISTIEK", 12)
S_002_13 = ("1.3. HANDEL, DIGITALISERING EN CIRCULAIRE ECONOMIE", 15)
S_002_JUS = ("2.1.3. JUSTITIE", 28)
S_002_221 = ("2.2.1. BESTRIJDING VAN FISCALE FRAUDE", 30)
S_002_222 = ("2.2.2. BESTRIJDING VAN SOCIALE FRAUDE", 32)
S_002_KC = ("1. BENELUX KENNISCENTRUM GRENDOVERSCHRIJDENDE SAMENWERKING", 40)
S_003_INL = ("INLEIDING", 4)
S_003_VEI = ("Grensoverschrijdende veiligheid en criminaliteitsbestrijding", 6)
S_003_ECO = ("ECONOMISCHE INTEGRATIE, SOCIALE BESCHERMING EN DUURZAME GROEI", 8)
S_004_VW = ("VOORWOORD VAN HET COLLEGE VAN SECRETARISSEN-GENERAAL", 4)
S_004_INT = ("GRENDOERSCHRIJDENDE INTEGRALE AANPAK EN GEZAMENLIJKE CONTROLEACTIES", 10)
S_004_OVS = ("OVERIGE SAMENWERKING", 14)
S_004_CON = ("CONCURRENTIEVERMOGEN EN WEERBAARHEID", 17)
S_004_H2 = ("WATERSTOF", 26)
S_004_PENTA = ("PENTA-SAMENWERKING", 27)
S_004_CIRC = ("CIRCULAIRE ECONOMIE EN INNOVATIE", 29)
S_004_BALT = ("BALTISCHE STATEN", 36)


def ev(doc, start, end, section):
    return {"doc": doc, "start": start, "end": end, "section": section}


# Each item: draws (primary first), question fields, evidence specs (doc, start anchor, end anchor, section).
ITEMS = [
    dict(
        draws=[0], type="list", language="nl", history=[],
        question="Welke goede praktijken kwamen aan bod op de Benelux-workshop over circulaire economie in 2024?",
        evidence=[ev("004", "Een belangrijke stap was de organisatie van een Benelux-workshop", "binnen de Europese context.", S_004_CIRC)],
        answer="Op de workshop in Rotterdam stonden het hergebruik van bouwmaterialen, circulaire verpakkingslogistiek en terugname-systemen voor consumptiegoederen centraal. Die voorbeelden werden opgenomen in een inventarisatie van goede praktijken, met het oog op opschaling en bredere toepassing in Europa.",
        key_facts=["Rotterdam", "bouwmaterialen", "terugname-systemen"],
    ),
    dict(
        draws=[1], type="numeric", language="en", history=[],
        question="Besides the themes of the Benelux Treaty, the 2025-2028 work programme also follows a European strategic agenda. Which years does that agenda cover, and how is the programme made concrete each year?",
        evidence=[ev("003", "Het Gemeenschappelijk Werkprogramma 2025-2028 richt zich op de drie centrale thema's", "een werkplan worden ontwikkeld", S_003_INL)],
        answer="The European strategic agenda for 2024-2029. The programme sets the course for the next four years, and on that basis a work plan is developed every year.",
        key_facts=["2024-2029"],
    ),
    dict(
        draws=[2], type="list", language="nl", history=[],
        question="Wat stond er in het jaarplan 2021 bij de lopende activiteiten om de voedselveiligheid te bewaken?",
        evidence=[ev("001", "Bewaken van de voedselveiligheid • Versterken van de samenwerking", "agentschappen op het gebied van voedselveiligheid.", S_001_23)],
        answer="Drie activiteiten: de samenwerking versterken bij de controle op de onlinehandel in producten, convergentie in de interpretatie en uitvoering van de Europese diervoederwetgeving, en een reguliere samenwerking opzetten tussen de hoofden van de agentschappen voor voedselveiligheid.",
        key_facts=["onlinehandel", "diervoederwetgeving", "hoofden van de agentschappen"],
    ),
    dict(
        draws=[3, 36], type="summary", language="nl", history=[],
        question="Kun je samenvatten hoe de grensoverschrijdende integrale aanpak in 2024 operationeel vorm kreeg rond Hazeldonk?",
        evidence=[
            ev("004", "Onder deze vlag vonden in 2024 vijf grote Étoile-controleacties", "van hun nationale mandaten.", S_004_INT),
            ev("004", "Daarmee groeit Hazeldonk uit tot een voorbeeldmodel", "als private luchtverkeer.", S_004_INT),
        ],
        answer="Onder de Hazeldonkstructuur vonden in 2024, samen met Frankrijk, vijf grote Étoile-controleacties en diverse kleinere acties plaats, uitgevoerd door onder meer politie, douane, inspectiediensten en openbare aanklagers die hun nationale mandaten combineren. Daarmee groeit Hazeldonk uit tot een voorbeeldmodel voor geïntegreerde grensoverschrijdende veiligheid in Europa. Daarnaast richtte de Benelux een nieuwe werkgroep op rond criminaliteit via de luchtvaart.",
        key_facts=["Étoile", "Frankrijk", "voorbeeldmodel", "luchtvaart"],
    ),
    dict(
        draws=[4], type="explain", language="nl", history=[],
        question="Hoe is de Benelux er in 2024 in geslaagd zich te profileren binnen de Europese waterstofstrategie?",
        evidence=[ev("004", "Daarnaast werden bredere thema's op Europees niveau besproken", "in een snelgroeende sector.", S_004_H2)],
        answer="Door technische en beleidsmatige betrokkenheid, onder meer bij Europese thema's als de certificering van hernieuwbare waterstof en de harmonisatie van kwaliteitsnormen. Zo profileerde de Benelux zich als een essentiële schakel in de Europese waterstofstrategie, met een rol als facilitator, bruggenbouwer en innovator.",
        key_facts=["certificering", "essentiële schakel", "bruggenbouwer"],
    ),
    dict(
        draws=[5], type="unanswerable", language="nl", history=[],
        question="Hoeveel aanbevelingen heeft het Benelux Parlement in 2024 aan de Benelux-instellingen gericht?",
        evidence=[],
        answer="Dat staat niet in de documenten. Het jaarverslag 2024 bedankt het Benelux Parlement, dat via aanbevelingen de samenwerking richting geeft, en noemt alleen een aanbeveling van 16 juni, waarna de werkgroep Landbouw werd gereactiveerd. Een aantal wordt nergens gegeven.",
        key_facts=[],
    ),
    dict(
        draws=[6, 18], type="cross-doc", language="nl", history=[],
        question="Welk Europees netwerk van crisiscentra wilde België volgens het jaarplan 2021 via de Benelux oprichten, en hoe wordt de uitwisseling tussen de crisiscentra volgens het jaarplan 2024 versterkt?",
        evidence=[
            ev("001", "Het Belgische Crisiscentrum, ondersteund door zijn Benelux- tegenhangers", "in het voorjaar van 2021.", S_001_PRIO),
            ev("000", "De informatie-uitwisseling tussen de crisiscentra wordt op verschillende niveaus", "tijdens noodsituaties te optimaliseren;", S_000_12),
            ev("000", "discussies over actuele onderwerpen in het kader van werkgroepen;", "tussen de directeurs van de crisiscentra.", S_000_12),
        ],
        answer="Het Belgische Crisiscentrum wilde, gesteund door zijn Benelux-tegenhangers, een netwerk van de directeuren-generaal van de Europese crisiscentra oprichten; een samenwerkingsprotocol zou in het voorjaar van 2021 in Brussel worden ondertekend. Volgens het jaarplan 2024 wordt de informatie-uitwisseling tussen de crisiscentra versterkt met communicatietests, discussies in werkgroepen, werkbezoeken van technische operatoren en strategische uitwisselingen tussen de directeurs.",
        key_facts=["directeuren-generaal", "voorjaar van 2021", "communicatietests", "werkbezoeken"],
    ),
    dict(
        draws=[7], type="list", language="en", history=[],
        question="What is the Benelux planning to do on digital archiving in 2024?",
        evidence=[
            ev("000", "Digitale archivering: de Benelux zal inzetten op harmonisatie", "archivering van gegevens van de Benelux-instellingen", S_000_25),
            ev("000", "convergentie van de inspanningen om praktijken te delen", "(EBSI) in relatie tot archivering", S_000_25),
        ],
        answer="It will work on harmonising the three countries' practices, know-how and skills for archiving digital data in the short, medium and very long term, and look at shared archiving of the Benelux institutions' data. It also aims at converging practices and standards (a CEN standard for digital archiving, joint case-law monitoring) and sees opportunities in the European Blockchain Services Infrastructure (EBSI) in relation to archiving.",
        key_facts=["CEN", "EBSI"],
    ),
    dict(
        draws=[8], type="explain", language="nl", history=[],
        question="Waarom vond men een Benelux-verdrag tegen sociale fraude in 2021 zo belangrijk?",
        evidence=[ev("001", "De partners zullen de onderhandelingen voortzetten om de", "gegevensuitwisseling tussen de landen.", S_001_222)],
        answer="Het verdrag moet een rechtsgrondslag en een gemeenschappelijk kader bieden voor gezamenlijke en afgestemde inspecties en gegevensuitwisseling tussen de landen. Daarom zouden de partners in 2021 verder onderhandelen om het ontwerpverdrag af te ronden.",
        key_facts=["rechtsgrondslag", "gemeenschappelijk kader", "inspecties"],
    ),
    dict(
        draws=[9], type="factoid", language="nl",
        history=["In welke vorm wilde de Benelux volgens het jaarplan 2021 de klimaatambities gezamenlijk uitvoeren?"],
        question="En welk platform zou daarvoor gelanceerd worden, en waarvoor dient het?",
        evidence=[ev("001", "Gezamenlijke uitvoering van klimaatambities in de vorm van Benelux Green Deals", "circulaire economie gedeeld en versterkt wordt.", S_001_11)],
        answer="Het Benelux Klimaatplatform, dat verbonden wordt met andere mondiale, Europese, regionale en nationale platformen. Daar wordt regionale expertise op het vlak van klimaat, klimaatadaptatie en circulaire economie gedeeld en versterkt.",
        key_facts=["Klimaatplatform", "klimaatadaptatie"],
    ),
    dict(
        draws=[10], type="factoid", language="nl", history=[],
        question="Waarmee moet volgens het jaarplan 2024 ook rekening worden gehouden bij het vastleggen van vermogensnormen voor offshore-windturbines?",
        evidence=[ev("000", "Het pareto optimum in windturbineontwerpen", "windturbine- industrie.", S_000_31)],
        answer="Ook de schepen die nodig zijn voor de bouw van windmolenparken moeten bij het vaststellen van de normen worden betrokken. Zo moeten de normen een optimale balans vinden tussen de belangen van de partijen in de waardeketen van de windturbine-industrie.",
        key_facts=["schepen", "waardeketen"],
    ),
    dict(
        draws=[11], type="factoid", language="en", history=[],
        question="Which European Commission study did the Belgian presidency want to look into within the Benelux in 2021?",
        evidence=[ev("001", "Het Belgische voorzitterschap zal binnen de Benelux de impact van de studie", "belangrijkste belemmeringen hiervoor onderzoeken.", S_001_PRIO)],
        answer="The Commission's study on parallel imports in retail (detailhandel): the presidency would examine its impact within the Benelux and the main obstacles to such imports.",
        key_facts=["parallel", "detailhandel"],
    ),
    dict(
        draws=[12], type="numeric", language="nl", history=[],
        question="Van wanneer dateert de overeenkomst over elektronische gegevensuitwisseling waarmee België en Nederland onterechte cumulatie van werkloosheidsuitkeringen opsporen?",
        evidence=[ev("002", "VERDERE UITVOERING GEVEN AAN DE OVEREENKOMST INZAKE ELEKTRONISCHE", "in een ander land te detecteren.", S_002_222)],
        answer="Van 9 april 2018. In 2021 wisselden België en Nederland op basis daarvan elektronisch gegevens uit om de niet-toegestane cumulatie van werkloosheidsuitkeringen met beroepsinkomsten of uitkeringen in het andere land op te sporen.",
        key_facts=["9 april 2018", "cumulatie"],
    ),
    dict(
        draws=[13, 31], type="cross-doc", language="en", history=[],
        question="How have the Benelux countries worked together on their national energy and climate plans? What does the 2021 plan say, and what happened at the joint consultation day in 2024?",
        evidence=[
            ev("001", "De Benelux-landen hebben zich geëngageerd om elkaar te ondersteunen", "nationale energie- en klimaatplannen).", S_001_11),
            ev("004", "Tijdens een gezamenlijke consultatiedag met Penta", "in de Europese energietransitie.", S_004_PENTA),
        ],
        answer="According to the 2021 plan, the countries committed to help each other reach the Paris climate goals, among others in the Benelux Talanoa Declaration and in joint Penta and North Sea chapters of their national energy and climate plans. In 2024, at a joint consultation day with Penta and the North Seas Energy Cooperation (NSEC), the participating countries exchanged their national energy and climate plans.",
        key_facts=["Talanoa", "Penta", "NSEC"],
    ),
    dict(
        draws=[14], type="list", language="nl", history=[],
        question="Welke taken heeft het Secretariaat-Generaal rond de juridische instrumenten van de Benelux?",
        evidence=[
            ev("002", "Ondersteunen van de landen bij de uitwerking van het juridische", "voor de afgesproken actiepunten;", S_002_SG),
            ev("002", "Voorbereiden van de juridische instrumenten van het Comité van Ministers", "met betrekking tot de juridische Benelux-instrumenten;", S_002_SG),
        ],
        answer="Het Secretariaat-Generaal bereidt de juridische instrumenten van het Comité van Ministers voor (beschikkingen, aanbevelingen, richtlijnen en verdragen) en volgt het goedkeuringsproces ervan op. Daarnaast ondersteunt het de landen bij de uitwerking van het juridische en praktische kader voor de afgesproken actiepunten.",
        key_facts=["Comité van Ministers", "goedkeuringsproces", "praktische kader"],
    ),
    dict(
        draws=[15], type="explain", language="nl", history=[],
        question="Waarom kijkt de Benelux in 2024 naar de strafrechtelijke executiefase, en waarop kan ze daarbij voortbouwen?",
        evidence=[ev("000", "Daarnaast zal de Benelux inventariseren of het een rol kan spelen", "binnen het Bureau voor Euregionale Samenwerking", S_000_11)],
        answer="Omdat het (Politie)verdrag zelf de strafrechtelijke executiefase niet als zodanig regelt, gaat de Benelux na of ze de samenwerking in die fase mee vorm kan geven. Ze kan voortbouwen op de bestaande samenwerking van openbaar aanklagers in de Euregio Maas-Rijn binnen het Bureau voor Euregionale Samenwerking.",
        key_facts=["executiefase", "openbaar aanklagers", "Bureau voor Euregionale Samenwerking"],
    ),
    dict(
        draws=[16], type="factoid", language="nl", history=[],
        question="Wat wordt er in 2024 opgezet nu de digitale agenda een strategische focus van de Benelux is geworden?",
        evidence=[ev("000", "De digitale agenda is een strategische focus geworden", "over digitale aangelegenheden worden opgezet.", S_000_25)],
        answer="Een strategisch overleg op hoog niveau over digitale aangelegenheden, omdat de digitale agenda een meerzijdige impact heeft op vele werkgebieden van de Benelux.",
        key_facts=["strategisch overleg op hoog niveau"],
    ),
    dict(
        draws=[17], type="numeric", language="en", history=[],
        question="What's the reference number of the Benelux recommendation on alternative fuels that framed the rollout of electric mobility?",
        evidence=[ev("001", "De Benelux-aanbeveling Alternatieve brandstoffen M (2015) 10", "het registreren van operatoren van laadpunten.", S_001_12)],
        answer="Recommendation M (2015) 10 on alternative fuels. Building on it, and in light of European obligations, the Benelux states now want a common Benelux service to register charging point operators.",
        key_facts=["M (2015) 10"],
    ),
    dict(
        draws=[19], type="explain", language="nl", history=[],
        question="Waarom boekte de werkgroep pre-employment screening in 2024 minder vooruitgang?",
        evidence=[ev("004", "Binnen de werkgroep *pre-employment screening*", "onderdanen van derde landen).", S_004_OVS)],
        answer="Door vertragingen bij de EU-implementatie van het ECRIS-TCN-systeem, het Europese strafregister voor onderdanen van derde landen. De werkgroep houdt zich bezig met veiligheidscontroles bij personeel met toegang tot gevoelige informatie.",
        key_facts=["ECRIS-TCN", "derde landen"],
    ),
    dict(
        draws=[20], type="summary", language="nl", history=[],
        question="Vat even samen hoe het er in 2021 voorstond met de Benelux-instrumenten rond vuurwerk.",
        evidence=[
            ev("002", "De implementatie van de vuurwerkaanbeveling", "te beginnen met de implementatie.", S_002_13),
            ev("002", "Deze beschikking beoogt juridische gaten", "heeft een vlotte start gemaakt.", S_002_13),
        ],
        answer="De aanbeveling 'opleidingsvereisten' en de beschikking 'pyro-pass' werden nog geïmplementeerd. De beschikking over 'oneigenlijk gebruik', die juridische gaten moet dichten, had al ondertekend moeten zijn, maar kost door de nodige zorgvuldigheid meer tijd dan verwacht. De nieuwe werkgroep Precursoren kende een vlotte start.",
        key_facts=["pyro-pass", "oneigenlijk gebruik", "Precursoren"],
    ),
    dict(
        draws=[21], type="factoid", language="fr", history=[],
        question="Quelle institution financière a présenté sa stratégie de désinvestissement et d'engagement lors de la concertation Benelux sur le financement climatique en 2021 ?",
        evidence=[ev("002", "In aanvulling hierop gaf de Europese Investeringsbank (EIB)", "communicatie en kennisuitwisseling.", S_002_11)],
        answer="La Banque européenne d'investissement (BEI, EIB en néerlandais). Le Secrétariat général et l'EIB ont en outre convenu de coopérer étroitement à l'avenir en matière de communication et d'échange de connaissances.",
        key_facts=["EIB"],
    ),
    dict(
        draws=[22], type="explain", language="nl", history=[],
        question="Waarom moet de overdracht van het 5G-signaal aan de grens tijdig geregeld zijn?",
        evidence=[ev("000", "5G: Onder meer met het oog op de op termijn verwachte markttoetreding", "barrieres weggenomen.", S_000_25)],
        answer="Met het oog op de verwachte markttoetreding van de zelfrijdende auto moet het 5G-signaal naadloos over de grens worden overgedragen. Daarom worden samen met de sector en de Europese Commissie aanvullende pilotprojecten opgestart en barrières weggenomen.",
        key_facts=["zelfrijdende auto", "pilotprojecten"],
    ),
    dict(
        draws=[23], type="numeric", language="nl", history=[],
        question="Hoe lang bestaat de geïnstitutionaliseerde samenwerking met Noordrijn-Westfalen volgens het jaarplan 2021 al?",
        evidence=[ev("001", "Regionale en grensoverschrijdende samenwerking is van groot belang voor Europa.", "(NRW) werd opgezet.", S_001_EXT)],
        answer="Ongeveer tien jaar: de samenwerking met Noordrijn-Westfalen werd volgens het jaarplan 2021 een tiental jaar geleden opgezet. Andere landen laten zich voor hun regionale samenwerking door de Benelux inspireren.",
        key_facts=["tiental jaar", "Noordrijn-Westfalen"],
    ),
    dict(
        draws=[24], type="factoid", language="nl",
        history=["Welke Benelux Groepering voor Territoriale Samenwerking hebben Baarle-Hertog en Baarle-Nassau opgericht?"],
        question="En welk concreet project voor de inwoners kon daarmee meteen van start gaan?",
        evidence=[
            ev("002", "Intensief contact met de verschillende partijen heeft in de afgelopen jaren", "Baarle-Hertog en Baarle-Nassau.", S_002_KC),
            ev("002", "Een voor de burgers concreet project dat daarmee meteen van start kon gaan", "in de Baarlese enclavegemeenten.", S_002_KC),
        ],
        answer="De gezamenlijke vuilnisophaaldienst in de Baarlese enclavegemeenten, die meteen van start kon gaan met de oprichting van de BGTS Baarle.",
        key_facts=["vuilnis", "enclavegemeenten"],
    ),
    dict(
        draws=[25], type="explain", language="nl", history=[],
        question="Wat moet de wederzijdse erkenning van veiligheidscertificaten in de near coastal vaart opleveren?",
        evidence=[ev("002", "De voorbereidende besprekingen om te komen tot een Benelux-beschikking", "in deze concurrentiële near coastal vaart.", S_002_12)],
        answer="Ze moet de Benelux interne markt versterken en bijdragen aan een level playing field, ook tegenover derde landen in de concurrentiële near coastal vaart. In 2021 zijn de voorbereidende besprekingen voor een Benelux-beschikking daarover gestart.",
        key_facts=["interne markt", "level playing field", "derde landen"],
    ),
    dict(
        draws=[26], type="numeric", language="nl", history=[],
        question="Wanneer werd de tweede Benelux-rondetafel voor KMO's en het MKB gehouden, en waartoe riepen de organisaties vooral op?",
        evidence=[
            ev("004", "In december werd voor de tweede keer een Benelux-KMO/MKB-rondetafel gehouden", "economische weerbaarheid van de regio te versterken.", S_004_CON),
            ev("004", "De organisaties riepen vooral op tot verlichting van administratieve lasten", "een oproep die breed weerklank vond.", S_004_CON),
        ],
        answer="In december 2024; het was de tweede keer dat die rondetafel werd gehouden. De organisaties riepen vooral op tot verlichting van administratieve lasten.",
        key_facts=["december", "tweede keer", "administratieve lasten"],
    ),
    dict(
        draws=[27], type="numeric", language="nl",
        history=["Welke brochure over mensenhandel werd in maart 2021 in een geactualiseerde versie gepubliceerd?"],
        question="En wanneer en onder welk voorzitterschap werd die brochure oorspronkelijk opgesteld?",
        evidence=[ev("002", "Eveneens in maart is een update van de brochure", "onder het Nederlandse voorzitterschap.", S_002_JUS)],
        answer="In 2020, onder het Nederlandse voorzitterschap. In maart 2021 verscheen een update van de brochure 'Benelux-samenwerking ter bejegening van de slachtoffers van mensenhandel'.",
        key_facts=["2020", "Nederlandse voorzitterschap"],
    ),
    dict(
        draws=[28], type="factoid", language="en", history=[],
        question="Which method will specialists discuss at a study day to get a better grip on online food sales?",
        evidence=[
            ev("000", "De verkoop van levensmiddelen via internet zal beter worden gecontroleerd", "over de toepassing van mystery shopping", S_000_39),
            ev("000", "en met bijzondere aandacht voor de aspecten van anonieme betaling", "fictieve identiteiten.", S_000_39),
        ],
        answer="Mystery shopping: online food sales will be checked better, within the European legal framework, through a study day among specialists on applying mystery shopping, with particular attention to anonymous payment and fictitious identities.",
        key_facts=["mystery shopping"],
    ),
    dict(
        draws=[29], type="factoid", language="nl", history=[],
        question="Hoe werd de inwerkingtreding van het diplomaverdrag met de Baltische staten gemarkeerd, en wie kwamen daarbij samen?",
        evidence=[ev("004", "De inwerkingtreding werd gemarkeerd met een internationaal evenement in Brussel", "de Baltische staten en de Noordse Raad samenkwamen.", S_004_BALT)],
        answer="Met een internationaal evenement in Brussel, georganiseerd door het Benelux-secretariaat. Daar kwamen ministers en vertegenwoordigers van onderwijsorganisaties uit de Benelux, de Baltische staten en de Noordse Raad samen.",
        key_facts=["Brussel", "Noordse Raad"],
    ),
    dict(
        draws=[30], type="numeric", language="fr", history=[],
        question="Quelle période couvre le cadre de Sendai des Nations unies que le Benelux veut contribuer à réaliser ?",
        evidence=[ev("000", "Het Secretariaat-generaal zal nagaan in hoeverre de drie landen in dit kader", "rampenrisicovermindering “2015-2030” te realiseren.", S_000_12)],
        answer="La période 2015-2030 : le Secrétariat général examinera dans quelle mesure les trois pays peuvent coopérer et échanger des informations pratiques pour réaliser le cadre de Sendai pour la réduction des risques de catastrophe.",
        key_facts=["2015-2030", "Sendai"],
    ),
    dict(
        draws=[32], type="list", language="nl", history=[],
        question="Waarover gaat het Penta-energieonderzoeksproject waarvoor de Benelux een Project Management Office wil opzetten?",
        evidence=[ev("001", "Opzetten, organiseren en uitvoeren van een Project Management Office", "tussen de verschillende activiteiten te bereiken.", S_001_11)],
        answer="Over de adequaatheid van de elektriciteitsstromen, een 2050-visie en de flexibiliteit van energie. Het Project Management Office moet zorgen voor consistentie tussen de verschillende activiteiten.",
        key_facts=["adequaatheid", "2050", "flexibiliteit"],
    ),
    dict(
        draws=[33], type="list", language="nl", history=[],
        question="Welke duurzaamheidsthema's krijgen voorrang onder het Belgische voorzitterschap in 2024?",
        evidence=[ev("000", "met bijzondere aandacht voor de energietransitie, de circulaire economie", "elektrisch oplaadnetwerk.", S_000_PRIO)],
        answer="Er is bijzondere aandacht voor de energietransitie, de circulaire economie, aanpassing aan klimaatverandering en veerkracht, en er wordt gestreefd naar een waterstofnetwerk. Daarnaast krijgen de energiewinning op zee, duurzame landbouw, minder CO2-uitstoot en de verdere uitrol van een elektrisch oplaadnetwerk prioriteit.",
        key_facts=["waterstofnetwerk", "energiewinning op zee", "oplaadnetwerk"],
    ),
    dict(
        draws=[34], type="numeric", language="en", history=[],
        question="When was the 2021 Benelux strategic meeting on tax cooperation and the fight against fraud held, and how many years had Benelux tax cooperation existed by then?",
        evidence=[ev("002", "Op 8 december 2021 vond onder Belgisch voorzitterschap", "Benelux fiscale samenwerking 20 jaar bestaat.", S_002_221)],
        answer="On 8 December 2021, under the Belgian presidency. Benelux tax cooperation had existed for 20 years in 2021, and the partners drew up a positive balance of the year's work.",
        key_facts=["8 december 2021", "20"],
    ),
    dict(
        draws=[35], type="unanswerable", language="nl", history=[],
        question="Welk gezamenlijk standpunt over de staatssteunregels heeft de Benelux in 2024 uiteindelijk ingenomen?",
        evidence=[],
        answer="Dat staat niet in de documenten. Het jaarplan 2024 kondigt alleen aan dat de Benelux-landen bijzondere aandacht zullen besteden aan de regels inzake staatssteun, met een langetermijnaanpak; het jaarverslag 2024 vermeldt daarover geen resultaat.",
        key_facts=[],
    ),
    dict(
        draws=[37], type="summary", language="nl", history=[],
        question="Kun je kort samenvatten waarom economische integratie volgens het werkprogramma 2025-2028 belangrijk is en hoe de Benelux die wil versterken?",
        evidence=[
            ev("003", "Economische integratie, sociale bescherming en duurzame groei zijn nauw verbonden", "stimuleert innovatie en duurzaamheid.", S_003_ECO),
            ev("003", "Door ongerechtvaardigde obstakels weg te nemen", "geopolitieke en economische onzekerheid.", S_003_ECO),
        ],
        answer="Economische integratie, sociale bescherming en duurzame groei hangen nauw samen met de veiligheid en stabiliteit in de regio, en een sterke, eerlijke gemeenschappelijke markt biedt kansen en stimuleert innovatie. Door ongerechtvaardigde obstakels weg te nemen en samen te werken op het gebied van handel, energie, sociale zekerheid en technologie wil de Benelux zorgen voor een robuuste economie die de groene transitie aankan en veerkrachtig is in tijden van geopolitieke en economische onzekerheid.",
        key_facts=["veiligheid en stabiliteit", "ongerechtvaardigde obstakels", "robuuste economie"],
    ),
    dict(
        draws=[38], type="unanswerable", language="nl", history=[],
        question="Op welke datum werd het Europese wetgevingspakket voor een interne markt voor waterstof en hernieuwbare gassen definitief aangenomen?",
        evidence=[],
        answer="Dat staat niet in de documenten. Het jaarplan 2024 zegt alleen dat het wetgevende pakket voor een interne markt voor waterstof, afhankelijk van de voortgang, wordt meegenomen; een datum van aanneming wordt nergens genoemd.",
        key_facts=[],
    ),
    dict(
        draws=[39], type="unanswerable", language="fr", history=[],
        question="Selon les documents Benelux, à partir de quelle date le système ETIAS doit-il entrer en service ?",
        evidence=[],
        answer="Les documents ne le précisent pas. Le rapport annuel 2021 indique seulement que les partenaires suivent ensemble la préparation de l'introduction d'ETIAS et qu'un atelier a été reporté à cause du retard du calendrier européen.",
        key_facts=[],
    ),
    dict(
        draws=[40, 41], type="cross-doc", language="nl", history=[],
        question="Wat werd er in 2021 in gang gezet voor een grensoverschrijdende waterstofbackbone met de buurregio's, en hoe werkte de Benelux in 2024 rond waterstof samen met die buurregio's?",
        evidence=[
            ev("002", "Opstellen van een opdrachtschrijving voor een gezamenlijke studie", "aangrenzende regio's toegezegd.", S_002_11),
            ev("004", "Twee workshops, die in samenwerking met buurregio's", "import van waterstofderivaten.", S_004_H2),
            ev("004", "Deze evenementen gaven invulling aan de aanbeveling", "grensoverschrijdende beleidsafstemming.", S_004_H2),
        ],
        answer="In 2021 werd een opdrachtomschrijving opgesteld voor een gezamenlijke studie naar een grensoverschrijdende waterstof backbone in de Benelux en de aangrenzende regio's, met financiering en inhoudelijke steun van de drie landen en die regio's. In 2024 organiseerde de Benelux met buurregio's twee workshops, op 20 november in Brussel over de veiligheid en veerkracht van waterstofinfrastructuur en op 2 december in Antwerpen over de import van waterstofderivaten, als invulling van de aanbeveling uit de Benelux-waterstofstudie van 2023.",
        key_facts=["backbone", "20 november", "2 december"],
    ),
    dict(
        draws=[42], type="list", language="nl", history=[],
        question="Welke nieuwe mogelijkheden moet de verdere uitvoering van het Benelux-Politieverdrag volgens het werkprogramma 2025-2028 bieden?",
        evidence=[
            ev("003", "In de komende periode ligt de nadruk op de operationalisering", "volledige uitvoeringsmogelijkheid van het verdrag.", S_003_VEI),
            ev("003", "Deze verdere optimalisering biedt onder meer mogelijkheden", "die voor politieonderzoek beschikbaar zijn.", S_003_VEI),
        ],
        answer="Na de operationalisering van het verdrag en de uitvoeringsakkoorden van de tweede tranche biedt het mogelijkheden voor grensoverschrijdende opsporing, voor rechtstreekse raadpleging van gegevens tussen politiedatabanken van de verdragspartijen en voor raadpleging van bevolkings- en andere overheidsregisters die voor politieonderzoek beschikbaar zijn.",
        key_facts=["tweede tranche", "grensoverschrijdende opsporing", "politiedatabanken", "bevolkings- en andere overheidsregisters"],
    ),
    dict(
        draws=[43], type="numeric", language="nl", history=[],
        question="Wanneer vinden de academische colloquia plaats waarop de verkenning van een bredere inzet van Benelux-beschikkingen voortbouwt?",
        evidence=[ev("000", "Er zal worden verkend of uitbreiding van de reikwijdte", "zijn en worden georganiseerd.", S_000_45)],
        answer="Eind 2023 en begin 2024. Op hun bevindingen wordt gebouwd bij de verkenning of een ruimere reikwijdte van de Benelux-beschikking kan helpen om gezamenlijke beleidsdoelen te bereiken.",
        key_facts=["eind 2023", "begin 2024"],
    ),
]

WANT_TYPES = {"numeric": 9, "factoid": 8, "list": 7, "explain": 6, "summary": 3, "cross-doc": 3, "unanswerable": 4}
WANT_LANGS = {"nl": 30, "en": 7, "fr": 3}


def cut(doc: str, start: str, end: str) -> str:
    text = TEXT[doc]
    assert text.count(start) == 1, (doc, start, text.count(start))
    s = text.index(start)
    e = text.index(end, s + len(start)) + len(end)
    return text[s:e]


def grams(s: str, n: int = 40) -> set[str]:
    s = re.sub(r"\s+", " ", s).strip().lower()
    return {s[i : i + n] for i in range(max(0, len(s) - n + 1))}


def build() -> list[dict]:
    check_method()
    order = draw_order(SEED)
    used = sorted(d for item in ITEMS for d in item["draws"])
    assert used == list(range(len(used))), "draws 0..N must be used without gaps"
    assert [item["draws"][0] for item in ITEMS] == sorted(item["draws"][0] for item in ITEMS), "draw order"
    out = []
    for n, item in enumerate(ITEMS):
        qid = f"q20-{n:03d}"
        evidence = []
        for spec in item["evidence"]:
            quote = cut(spec["doc"], spec["start"], spec["end"])
            assert 40 <= len(quote) <= 400, (qid, len(quote), quote[:60])
            section, page = spec["section"]
            evidence.append({"doc": NAMES[spec["doc"]], "quote": quote, "section": section, "page": page})
        if item["type"] == "unanswerable":
            assert not evidence and not item["key_facts"], qid
        else:
            assert evidence and 1 <= len(item["key_facts"]) <= 4, qid
            quotes = " || ".join(e["quote"].lower() for e in evidence)
            for fact in item["key_facts"]:
                assert fact.lower() in quotes, (qid, "key fact not in quotes", fact)
                assert fact.lower() in item["answer"].lower(), (qid, "key fact not in answer", fact)
            # each drawn paragraph is quoted (a shared 40-character window)
            for d in item["draws"]:
                doc, i = order[d]
                qg = set().union(*(grams(e["quote"]) for e in evidence if e["doc"] == NAMES[doc]))
                assert qg & grams(PARAS[doc][i]), (qid, "drawn paragraph not quoted", d, doc, i)
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
    assert [o["id"] for o in out] == [f"q20-{n:03d}" for n in range(40)]
    assert dict(collections.Counter(o["type"] for o in out)) == WANT_TYPES
    assert dict(collections.Counter(o["language"] for o in out)) == WANT_LANGS
    assert sum(1 for o in out if o["history"]) == 3
    return out


def main() -> None:
    items = build()
    with OUT.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(items)} items -> {OUT}")


if __name__ == "__main__":
    main()
