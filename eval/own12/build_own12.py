"""Builds eval/own12/own12.jsonl: 40 held-out questions on randomly drawn paragraphs.

The paragraphs are drawn with random.Random(12) from the body-prose paragraphs (150+ characters,
blank-line split as in eval/make_probe.py) of the five documents, each step choosing a document
weighted by its number of undrawn paragraphs and then a paragraph of it uniformly. Questions follow
the draw order (draws 0-41, none skipped; draws 22 and 31 are the second halves of cross-doc
questions 000 and 008). Every quote is cut from the whitespace-collapsed document text between a
start anchor (must occur exactly once) and the first following end anchor, so quotes are verbatim.

Usage: python eval/own12/build_own12.py   (rewrites eval/own12/own12.jsonl byte for byte)
"""

from __future__ import annotations

import collections
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "data" / "documents"
OUT = Path(__file__).resolve().parent / "own12.jsonl"

D0 = "000_23ffac28d6a1c9fd.txt"  # Jaarplan 2024
D1 = "001_d2ddd7b07eceb66e.txt"  # Jaarplan 2021 (no table of contents: page null)
D2 = "002_68ccab70ba53b511.txt"  # Jaarverslag 2021
D3 = "003_3c9be9ba5f64d8e1.txt"  # Gemeenschappelijk Werkprogramma 2025-2028
D4 = "004_93b1f14f67b4112b.txt"  # Jaarverslag 2024

# ---------------------------------------------------------------------------------------------
# The seeded draw
# Body ranges (paragraph indices, inclusive): 000 from the VOORWOORD on (cover, colophon, table of
# contents, visie/missie page and key figures left out); 002 from the VOORWOORD on; 003 from the
# INLEIDING to the end of DE BENELUX+ EN DAARBUITEN (missie/visie/waarden page left out); 004 from
# the VOORWOORD to the Noordse Raad text (closing timeline captions left out); 001 has no cover.
BODY = {"000": (75, 10**9), "001": (0, 10**9), "002": (15, 10**9), "003": (15, 88), "004": (16, 200)}
# Page furniture: a paragraph of 001 that is two running page headers plus one short sentence.
EXCLUDE = {("001", 301)}


def col(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]


def draw_order() -> list[tuple[str, int]]:
    pool = {}
    for f in sorted(DOCS.glob("*.txt")):
        d = f.name[:3]
        lo, hi = BODY[d]
        pool[d] = [
            i
            for i, p in enumerate(paragraphs(f.read_text(encoding="utf-8")))
            if len(p) >= 150 and lo <= i <= hi and (d, i) not in EXCLUDE
        ]
    rng = random.Random(12)
    left = {d: list(v) for d, v in pool.items()}
    order = []
    while any(left.values()):
        docs = sorted(d for d in left if left[d])
        d = rng.choices(docs, weights=[len(left[d]) for d in docs])[0]
        i = rng.choice(left[d])
        left[d].remove(i)
        order.append((d, i))
    return order


# ---------------------------------------------------------------------------------------------
# Questions. ev = (doc, start anchor, end anchor, section, page). draws = draw numbers the question
# is written for (a cross-doc question may add one partner paragraph that was not drawn).

S_PRIO = "PRIORITEITEN VAN HET BELGISCHE VOORZITTERSCHAP"

Q = [
    dict(  # q12-000
        draws=[0, 22],
        question="How did the 2021 annual plan justify the Einstein Telescope, and what does the 2025-2028 joint work programme say the Secretariat-General will do about that project?",
        language="en", history=[], type="cross-doc",
        ev=[
            (D1, "De Einstein Telescope is een unieke wetenschappelijke", "aan innovatie en economie in de regio.", "2.4. WERKEN IN DE BENELUX", None),
            (D3, "Het Secretariaat-generaal van de Benelux blijft het grensoverschrijdende", "ondersteunt het project waar nodig.", "Behoud van industrie en economische welvaart", 9),
        ],
        answer="The 2021 plan calls the Einstein Telescope a unique scientific infrastructure for detecting gravitational waves that would take research to a new level and also boost innovation and the economy in the region. The 2025-2028 work programme says the Secretariat-General keeps closely following the cross-border Einstein Telescope project and supports it where needed.",
        key_facts=["Einstein", "innovati", "econom"],
    ),
    dict(  # q12-001
        draws=[1],
        question="Over hoeveel semi-roaming radio's gaat het politieconvenant tussen België en Nederland, en wat is er in 2021 mee gebeurd?",
        language="nl", history=[], type="numeric",
        ev=[(D2, "Het convenant dat twee jaar geleden werd opgesteld door België", "waren er voldoende toepassingen.", "2.1.1. POLITIESAMENWERKING", 18)],
        answer="Het convenant gaat over de ingebruikname van 2 x 500 semi-roaming radio's. In 2021 werd het verlengd en er volgt een evaluatie van de toepassing ervan (voordelen, nadelen, voldoende toepassingen).",
        key_facts=["2 x 500", "verlengd"],
    ),
    dict(  # q12-002
        draws=[2],
        question="En op welke datum komt er naar aanleiding daarvan voortaan elk jaar een vaste Benelux-dag?",
        language="nl", history=["Hoe lang bestaat de Benelux-samenwerking in 2024?"], type="numeric",
        ev=[(D0, "De Benelux-samenwerking bestaat in 2024 tachtig jaar.", "in de verf zal zetten.", "VOORWOORD", 6)],
        answer="Ter gelegenheid van tachtig jaar Benelux-samenwerking wordt een formele, jaarlijks terugkerende Benelux-dag ingesteld op 5 september, die onder meer de verbindende culturele aspecten van de drie landen in de verf zet.",
        key_facts=["5 september", "Benelux-dag"],
    ),
    dict(  # q12-003
        draws=[3],
        question="Voor welke soorten strategische goederen werden in 2024 juridische lacunes in de Benelux vastgesteld, en wat deden de gewesten daarmee?",
        language="nl", history=[], type="list",
        ev=[
            (D4, "Tot slot werden in 2024 tijdens drie bijeenkomsten juridische lacunes", "munitie – binnen de Benelux.", "GRENSOVERSCHRIJDENDE TOEGANG TOT MEDIA EN DIGITALE AGENDA: NAAR EEN VERBONDEN TOEKOMST", 22),
            (D4, "Onder andere naar aanleiding daarvan namen Vlaanderen", "Europese Unie te waarborgen.", "GRENSOVERSCHRIJDENDE TOEGANG TOT MEDIA EN DIGITALE AGENDA: NAAR EEN VERBONDEN TOEKOMST", 22),
        ],
        answer="Het ging om dual use-producten (zowel civiel als militair inzetbaar), defensiegerelateerde producten en civiele vuurwapens en munitie; de lacunes werden in drie bijeenkomsten geïdentificeerd. Mede daardoor zetten Vlaanderen en Wallonië de eerste stappen richting wetsaanpassingen, die nodig zijn voor de werking van de interne markt.",
        key_facts=["dual use", "defensiegerelateerde", "vuurwapens", "Vlaanderen en Wallonië"],
    ),
    dict(  # q12-004
        draws=[4],
        question="Sluit het Benelux Comité van Ministers zelf de nieuwe terugname- en visumakkoorden met derde landen af die de bijlage van het jaarplan 2021 noemt?",
        language="nl", history=[], type="factoid",
        ev=[(D1, "b. Nieuwe overname- en visumovereenkomsten met derde landen", "als dusda- nig.", "BIJLAGE: BEOOGDE JURIDISCHE INSTRUMENTEN", None)],
        answer="Nee. Die overname- en visumovereenkomsten met derde landen komen rechtstreeks tot stand tussen de betrokken partijen, zonder rol voor het Benelux Comité van Ministers als zodanig.",
        key_facts=["rechtstreeks", "betrokken partijen"],
    ),
    dict(  # q12-005
        draws=[5],
        question="Welke gezamenlijke preventieve actie tegen zwartwerk stelt het jaarplan 2021 voor?",
        language="nl", history=[], type="factoid",
        ev=[(D1, "Bestrijding van sociale fraude door preventie:", "door de drie landen.", "2.2.2. Bestrijding van sociale fraude", None)],
        answer="Een gemeenschappelijke bewustmakingscampagne van de drie landen, samen met de uitwisseling van ervaringen over communicatie met burgers en activiteitensectoren over zwartwerk.",
        key_facts=["bewustmakingscampagne"],
    ),
    dict(  # q12-006
        draws=[6],
        question="Kun je kort samenvatten in welke context het jaarplan 2021 werd opgesteld en wat die situatie duidelijk maakte?",
        language="nl", history=[], type="summary",
        ev=[
            (D1, "Het jaarplan is in de context van de coronacrisis opgesteld.", "volstrekt noodzakelijk is en blijft.", "INLEIDING", None),
            (D1, "Zo zijn de Benelux-landen geconfronteerd met uitdagingen uit het verleden", "regionale samenwerking opnieuw duidelijk.", "INLEIDING", None),
        ],
        answer="Het jaarplan 2021 werd opgesteld in de context van de coronacrisis. Die toonde aan dat intensieve internationale, Europese en grensoverschrijdende samenwerking onmisbaar blijft: de landen kregen opnieuw te maken met grensbeperkingen binnen de Schengen-ruimte en moesten moeilijke keuzes maken om de pandemie in te dijken. Bij het zoeken naar Europese oplossingen blijkt opnieuw het belang van regionale samenwerking.",
        key_facts=["coronacrisis", "Schengen", "regionale samenwerking"],
    ),
    dict(  # q12-007
        draws=[7],
        question="Hoe werd in 2021 verder gewerkt aan de Roadmap Fietsstimulering? Over welke thema's gingen de werksessies?",
        language="nl", history=[], type="list",
        ev=[(D2, "De Roadmap Fietsstimulering kreeg waardevolle input", "van fietsgegevens.", "1.2. TRANSPORT & LOGISTIEK", 12)],
        answer="Via inhoudelijke werksessies met experts, onder meer over regelgeving, stedelijke mobiliteit en veilige infrastructuur. Daarnaast werd een structuur uitgewerkt voor een toekomstige kosten-/batenanalyse van fietsgegevens.",
        key_facts=["regelgeving", "stedelijke mobiliteit", "veilige infrastructuur", "kosten-/batenanalyse"],
    ),
    dict(  # q12-008
        draws=[8, 31],
        question="Wanneer moest de Digital Twin-studie voor de Benelux-wegbeheerders volgens het jaarplan 2024 klaar zijn, en wanneer is ze uiteindelijk gevalideerd?",
        language="nl", history=[], type="cross-doc",
        ev=[
            (D0, "Onder beheer van het Benelux-Secretariaat-generaal en met financiéle", "begin 2024 opgeleverd.", "2.2. DUURZAAM TRANSPORT", 18),
            (D4, "Een belangrijke mijlpaal in 2024 was de validatie op 4 november", "digitale tweeling voor het Benelux-wegennet.", "DUURZAAM TRANSPORT", 19),
        ],
        answer="Volgens het jaarplan 2024 zou de studie Digital Twin begin 2024 worden opgeleverd, onder beheer van het Secretariaat-generaal en met financiële bijdragen van de landen. Volgens het jaarverslag 2024 werd de studie 'Digital Twin for Benelux Road Infrastructure Managers' op 4 november 2024 gevalideerd; ze onderzoekt de haalbaarheid van een gezamenlijke digitale tweeling van het Benelux-wegennet.",
        key_facts=["begin 2024", "4 november"],
    ),
    dict(  # q12-009
        draws=[9],
        question="Vat samen waarom de Benelux een gemeenschappelijke visie op grensoverschrijdende mobiliteit wil uitwerken en waarvoor die moet dienen.",
        language="nl", history=[], type="summary",
        ev=[
            (D0, "De Benelux moet een logistieke voorloper blijven", "grote verduurzamingsopgave.", "2.2. DUURZAAM TRANSPORT", 18),
            (D0, "De Benelux-landen zullen, onder begeleiding van het Secretariaat-generaal, een ‘Benelux-visie", "Benelux-meerjarenplan 2025-2028.", "2.2. DUURZAAM TRANSPORT", 18),
        ],
        answer="Transport is van groot economisch belang: de Benelux wil een logistieke voorloper blijven met een modern, multimodaal en datagedreven transportsysteem en staat tegelijk voor een grote verduurzamingsopgave. Daarom stellen de landen onder begeleiding van het Secretariaat-generaal een Benelux-visie voor grensoverschrijdende mobiliteit op; dat strategisch kader wordt de basis voor het hoofdstuk mobiliteit in het Benelux-meerjarenplan 2025-2028.",
        key_facts=["multimodaal", "verduurzamingsopgave", "meerjarenplan 2025-2028"],
    ),
    dict(  # q12-010
        draws=[10],
        question="Het jaarplan 2024 kondigde een Benelux-instrument aan rond lood en cadmium. Waar ging dat over, en wat is daarover in 2024 effectief ondertekend?",
        language="nl", history=[], type="cross-doc",
        ev=[
            (D0, "Ten slotte wordt er op het vlak van productveiligheid", "vooruitlopen op EU-regelgeving.", "2.1. CONCURRENTIEVERMOGEN EN WEERBAARHEID", 16),
            (D4, "Daarnaast werd in het kader van de Benelux-samenwerking rond productvereisten", "strengere te reglementeren.", "DETAILHANDEL", 18),
        ],
        answer="Het jaarplan 2024 voorzag in een Benelux-instrument voor productveiligheid rond cadmium en lood in porselein, waarmee de landen vooruitlopen op EU-regelgeving. In november 2024 werd een Benelux-beschikking ondertekend die lood en cadmium in voedselcontactmaterialen beperkt, ter bescherming van consumenten en als signaal aan de EU om dit strenger te reglementeren.",
        key_facts=["porselein", "november", "beschikking", "voedselcontactmaterialen"],
    ),
    dict(  # q12-011
        draws=[11],
        question="Welke Europese wetgeving rond waterstof wordt in 2024, als de voortgang het toelaat, ook meegenomen in het Benelux-traject?",
        language="nl", history=[], type="factoid",
        ev=[(D0, "Afhankelijk van de voortgang wordt ook het wetgevende pakket", "hernieuwbare gassen en waterstof).", "3.2. WATERSTOF", 23)],
        answer="Het wetgevende pakket voor een interne markt voor waterstof, oftewel de gemeenschappelijke interne markt voor hernieuwbare gassen en waterstof.",
        key_facts=["interne markt", "hernieuwbare gassen"],
    ),
    dict(  # q12-012
        draws=[12],
        question="In 2021 the Benelux stopped following the 70% rule in the Penta framework. What did it support instead, and how many countries does that electricity region cover?",
        language="en", history=[], type="numeric",
        ev=[(D2, "De Benelux-landen hebben in 2021 de 70%-regel", "vanuit beleidspunt opvolgt.", "1.1. ENERGIE & KLIMAAT", 8)],
        answer="Instead of following the 70% rule and national action plans in Penta, the Benelux countries supported setting up a new ministerial working group that follows developments in the continental 'CORE' electricity region, which has 13 countries.",
        key_facts=["70%", "CORE", "13"],
    ),
    dict(  # q12-013
        draws=[13],
        question="From when is the EU Asylum and Migration Pact to be put into operation, according to the Belgian Benelux presidency's priorities for 2024?",
        language="en", history=[], type="numeric",
        ev=[(D0, "Volgend op de goedkeuring van het Europees Asiel- en Migratiepact", "op de rails zullen worden gezet.", S_PRIO, 8)],
        answer="From the second semester (second half) of 2024. The Benelux builds on the preparations set in motion in the first semester during the Belgian presidency of the EU Council.",
        key_facts=["semester", "2024"],
    ),
    dict(  # q12-014
        draws=[14],
        question="Hoeveel budget is er in het werkprogramma 2025-2028 uitgetrokken voor de regionale Wateragenda?",
        language="nl", history=[], type="unanswerable", ev=[],
        answer="Dat staat niet in de documenten. Het werkprogramma zegt alleen dat waterbeheer van vitaal belang is voor de Benelux en dat verder wordt gewerkt aan een regionale Wateragenda; een budget wordt nergens genoemd.",
        key_facts=[],
    ),
    dict(  # q12-015
        draws=[15],
        question="Wat wilde het Belgische voorzitterschap in 2021 binnen de Benelux nagaan naar aanleiding van een studie van de Europese Commissie over de detailhandel?",
        language="nl", history=[], type="factoid",
        ev=[(D1, "Het Belgische voorzitterschap zal binnen de Benelux de impact", "belemmeringen hiervoor onderzoeken.", S_PRIO, None)],
        answer="De impact van de studie van de Europese Commissie over parallelle invoer in de detailhandel en de belangrijkste belemmeringen daarvoor.",
        key_facts=["parallelle invoer", "belemmeringen"],
    ),
    dict(  # q12-016
        draws=[16],
        question="Which public broadcasters did the Benelux hold talks with in 2024 about cross-border access to media content?",
        language="en", history=[], type="unanswerable", ev=[],
        answer="The documents do not name them. The 2024 annual report only says that talks took place with public broadcasters about regulatory frameworks and the free distribution of digital media content.",
        key_facts=[],
    ),
    dict(  # q12-017
        draws=[17],
        question="Hoe vaak kwamen het operationele overleg en de gerechtelijke politie binnen de Hazeldonk-samenwerking in 2024 bijeen?",
        language="nl", history=[], type="numeric",
        ev=[(D4, "Naast de operaties werd de samenwerking structureel ondersteund", "een strategisch overleg (STRAT-HAZ).", "GRENDOERSCHRIJDENDE INTEGRALE AANPAK EN GEZAMENLIJKE CONTROLEACTIES", 10)],
        answer="Het operationele overleg OPS-HAZ vergaderde vijf keer en de gerechtelijke politie (JUD-HAZ) kwam drie keer bijeen. Daarnaast was er één overleg van magistraten (MAG-HAZ) en een strategisch overleg (STRAT-HAZ).",
        key_facts=["vijf", "drie", "OPS-HAZ", "JUD-HAZ"],
    ),
    dict(  # q12-018
        draws=[18],
        question="Waarom liep de aanbesteding voor de eerste fase van het MaaS-project vertraging op?",
        language="nl", history=[], type="explain",
        ev=[(D2, "De aanbesteding voor deze eerste fase heeft vertraging opgelopen", "grotendeels weggenomen.", "1.2. TRANSPORT & LOGISTIEK", 12)],
        answer="Onder meer omdat Luxemburg zich uit het project terugtrok: doordat het openbaar vervoer in heel Luxemburg gratis is, was de noodzaak van elektronische ticketing daar grotendeels weggevallen.",
        key_facts=["Luxemburg", "gratis", "ticketing"],
    ),
    dict(  # q12-019
        draws=[19],
        question="Met wie heeft Noordrijn-Westfalen in het kader van de waterstofwerkgroepen een netwerk opgezet, en wat levert dat op?",
        language="nl", history=[], type="factoid",
        ev=[(D2, "In dit verband heeft Noordrijn-Westfalen een netwerk gevormd", "gemeenschappelijke belangen vast te stellen.", "2.1. SAMENWERKING MET NOORDRIJN-WESTFALEN (NRW)", 42)],
        answer="Met het hoofd van de werkgroep Infrastructuur van de Chemische dialoog (Nederland-Vlaanderen-Noordrijn-Westfalen). Zo kunnen ervaringen over en weer worden uitgewisseld en waar nodig gemeenschappelijke belangen worden vastgesteld.",
        key_facts=["Chemische dialoog", "Infrastructuur"],
    ),
    dict(  # q12-020
        draws=[20],
        question="Welke landen stelden samen het Penta-standpunt over de toekomstige regelgeving voor waterstof vast, en naar wie ging het?",
        language="nl", history=[], type="list",
        ev=[(D2, "De Benelux-landen, Duitsland, Frankrijk, Oostenrijk en Zwitserland", "over de certificering van waterstof.", "1.1. ENERGIE & KLIMAAT", 8)],
        answer="De Benelux-landen samen met Duitsland, Frankrijk, Oostenrijk en Zwitserland. Het gemeenschappelijke standpunt werd naar de Europese Commissie gestuurd; de landen wisselden ook van gedachten over de certificering van waterstof.",
        key_facts=["Duitsland", "Frankrijk", "Oostenrijk", "Zwitserland"],
    ),
    dict(  # q12-021
        draws=[21],
        question="Welke mogelijke vervolgstappen noemt het jaarverslag 2021 voor de samenwerking tegen invasieve uitheemse soorten?",
        language="nl", history=[], type="list",
        ev=[
            (D2, "In dat licht kunnen technische uitwisselingen over bepaalde soorten", "nuttig blijken.", "2.3. DUURZAME SAMENLEVING", 33),
            (D2, "De opstelling van een regionale lijst", "(cf. art. 22).", "2.3. DUURZAME SAMENLEVING", 33),
        ],
        answer="Technische uitwisselingen over bepaalde soorten in de vorm van een studie- en reflectiedag na de actualisering van de Europese soortenlijst, eventueel het opstellen van een regionale lijst voor soorten die niet op de Europese lijst staan, en de actualisering van Benelux-beschikking M(83)27 als aanvulling op Verordening (EU) 1143/2014.",
        key_facts=["studie- en reflectiedag", "regionale lijst", "M(83)27"],
    ),
    dict(  # q12-022
        draws=[23],
        question="Hoeveel Vlaamse gemeenten werken mee in het Zeeuws-Vlaamse samenwerkingsverband Aan-z?",
        language="nl", history=[], type="unanswerable", ev=[],
        answer="Dat wordt niet vermeld. Het jaarverslag 2021 spreekt alleen van een BGTS voor welzijnszorg tussen Terneuzen en 'een aantal Vlaamse gemeenten, waaronder Assenede'; het aantal staat er niet in.",
        key_facts=[],
    ),
    dict(  # q12-023
        draws=[24],
        question="Who steers veterinary matters in the Benelux, and on which two Benelux agreements is the nature and biodiversity cooperation of the directors for Nature, Hunting and Forests based (2021 plan)?",
        language="en", history=[], type="list",
        ev=[(D1, "De veterinaire aangelegenheden worden aangestuurd", "Natuur en Landschapsbescherming.", "2.3. DUURZAME SAMENLEVING", None)],
        answer="Veterinary matters are steered by the Chief Veterinary Officers (CVOs). The Benelux directors for Nature, Hunting and Forests oversee the cooperation on the basis of the Benelux agreement on Hunting and Birds (Jacht en Vogels) and the Benelux agreement on Nature and Landscape Protection (Natuur en Landschapsbescherming).",
        key_facts=["Chief Veterinary Officers", "Jacht en Vogels", "Natuur en Landschapsbescherming"],
    ),
    dict(  # q12-024
        draws=[25],
        question="Op welke andere domeinen zouden volgens het jaarplan 2021 grensoverschrijdende pilots kunnen starten, naar het voorbeeld van de elektronische vrachtbrief?",
        language="nl", history=[], type="list",
        ev=[(D1, "naar het voorbeeld van het e-CMR- project", "de verdieping van onze interne markt.", "INLEIDING", None)],
        answer="Op het gebied van nieuwe en hernieuwbare energie, personenmobiliteit (waaronder MaaS), de grensoverschrijdende arbeidsmarkt, digitalisering en de verdieping van de interne markt.",
        key_facts=["hernieuwbare energie", "personenmobiliteit", "arbeidsmarkt", "digitalisering"],
    ),
    dict(  # q12-025
        draws=[26],
        question="Quel projet de recherche le Benelux et les pays Penta ont-ils lancé sur les études de sécurité d'approvisionnement, et pour quelle durée ?",
        language="fr", history=[], type="numeric",
        ev=[(D2, "De Benelux en Penta-landen lanceerden het tweejarige onderzoeksproject", "Pentalateraal Energie Forum.", "1.1. ENERGIE & KLIMAAT", 8)],
        answer="Un projet de recherche de deux ans, « Methodological Improvements for Resource Adequacy Assessments ». Les pays du Benelux ont plaidé pour intégrer ce nouveau pilier de recherche Penta dans la structure existante du Forum pentalatéral de l'énergie.",
        key_facts=["Methodological Improvements for Resource Adequacy Assessments"],
    ),
    dict(  # q12-026
        draws=[27],
        question="En wat moet dat verdrag concreet opleveren?",
        language="nl", history=["Aan welk Benelux-verdrag rond sociale fraude werd in 2024 verder gewerkt, en wanneer zou het ondertekend worden?"], type="list",
        ev=[(D4, "In 2024 werd verder gewerkt aan de voorbereiding van het Benelux-verdrag ter bestrijding van sociale fraude", "tegen misbruik en uitbuiting.", "VERDRAG ROND SOCIALE FRAUDE EN FATSOENLIJKE ARBEIDSOMSTANDIGHEDEN", 33)],
        answer="Het verdrag ter bestrijding van sociale fraude en bevordering van fatsoenlijke arbeidsomstandigheden (ondertekening verwacht in 2025) moet de grensoverschrijdende samenwerking verbeteren, oneerlijke concurrentie tegengaan en werknemers beter beschermen tegen misbruik en uitbuiting.",
        key_facts=["samenwerking", "oneerlijke concurrentie", "uitbuiting"],
    ),
    dict(  # q12-027
        draws=[28],
        question="Is het geplande bezoek aan het Nederlandse crisiscentrum in 2021 doorgegaan?",
        language="nl", history=[], type="factoid",
        ev=[(D2, "Er werden constructieve contacten gelegd met Nederland", "kon geen bezoek plaatsvinden.", "2.1.2. CRISISBEHEERSING", 24)],
        answer="Nee. Er waren constructieve contacten met Nederland om in de tweede helft van 2021 een bezoek te organiseren, maar door de coronabeperkingen kon het bezoek niet plaatsvinden.",
        key_facts=["tweede helft van 2021", "coronabeperkingen"],
    ),
    dict(  # q12-028
        draws=[29],
        question="Sinds wanneer is het van kracht, en in welk jaar werd het gesloten?",
        language="nl", history=["Welk verdrag gaf de samenwerking tussen de Benelux en de Baltische staten in 2024 een impuls?"], type="numeric",
        ev=[(D4, "De samenwerking tussen de Benelux en de Baltische staten kreeg in 2024", "Estland, Letland en Litouwen.", "BALTISCHE STATEN", 36)],
        answer="Het verdrag inzake automatische wederzijdse erkenning van hogeronderwijsdiploma's trad op 1 mei 2024 in werking. Het werd al in 2021 gesloten en breidt het Benelux-mechanisme uit naar Estland, Letland en Litouwen.",
        key_facts=["1 mei", "2021"],
    ),
    dict(  # q12-029
        draws=[30],
        question="Welke afspraak maakten de communicatiespecialisten over contactpersonen voor het geval een land naar buiten communiceert over het Politieverdrag?",
        language="nl", history=[], type="factoid",
        ev=[(D2, "Ook zullen de contacten worden uitgewisseld van diegene", "een externe communicatie wordt verspreid.", "2.1.1. POLITIESAMENWERKING", 18)],
        answer="De landen wisselen de contacten uit van de personen die in de andere landen gecontacteerd moeten worden wanneer een land een externe communicatie verspreidt.",
        key_facts=["contacten", "externe communicatie"],
    ),
    dict(  # q12-030
        draws=[32],
        question="Waarom verwijst het jaarplan 2021 naar de aanbeveling over fiscale samenwerking en fiscale fraude, en wanneer werd die ondertekend?",
        language="nl", history=[], type="explain",
        ev=[(D1, "De aanbeveling van het Comité van Ministers betreffende de fis- cale samenwerking", "te houden en te ver- sterken.", "2. Veiligheid en samenleving", None)],
        answer="De aanbeveling van het Comité van Ministers over fiscale samenwerking en de strijd tegen fiscale fraude werd op 10 oktober 2019 ondertekend; ze toont aan dat er ook politieke bereidheid is om die samenwerking in stand te houden en te versterken.",
        key_facts=["10 oktober 2019", "politieke bereidheid"],
    ),
    dict(  # q12-031
        draws=[33],
        question="Comment se traduit concrètement la coopération entre le Benelux et les Hauts-de-France sur la qualité de l'air ?",
        language="fr", history=[], type="explain",
        ev=[(D1, "Zo neemt deze regio deel aan de Benelux- werkgroep AIR", "bijeenkomsten rond Luchtkwaliteit.", "2.2. SAMENWERKING MET ANDERE STATEN, DEELSTATEN EN INTERNATIONALE ORGANISATIES", None)],
        answer="La région Hauts-de-France participe au groupe de travail Benelux AIR et est associée à la conférence prévue AIR-HEALTH ; en retour, le Benelux est régulièrement invité aux réunions internationales sur la qualité de l'air organisées par les Hauts-de-France/la France.",
        key_facts=["Hauts-de-France", "AIR-HEALTH"],
    ),
    dict(  # q12-032
        draws=[34],
        question="Waarom is volgens het jaarplan 2021 een sterkere grensoverschrijdende samenwerking op veiligheidsgebied nodig?",
        language="nl", history=[], type="explain",
        ev=[(D1, "Een versterkte grensoverschrijdende samenwerking op het gebied van veiligheid", "onze samenwerking evenmin!", "INLEIDING", None)],
        answer="Om een veilige Benelux-ruimte te garanderen voor burgers en bedrijven. Georganiseerde criminaliteit kent geen grenzen, en daarom mag de samenwerking dat evenmin doen.",
        key_facts=["georganiseerde criminaliteit", "geen grenzen"],
    ),
    dict(  # q12-033
        draws=[35],
        question="In the 2021 plan's section on passenger data (PNR), what do the PIUs stand for and what was to be discussed about them?",
        language="en", history=[], type="factoid",
        ev=[(D1, "Versterken van de operationele samenwerking tussen de eenheden van de Benelux die verantwoordelijk", "(Passenger Information Units).", "2.1.1. Politiesamenwerking", None)],
        answer="PIU stands for Passenger Information Units, the units that collect and manage passenger name record (PNR) data. The plan foresaw discussing the conclusions of the European Commission's evaluation of the PNR directive and its consequences for the PIUs.",
        key_facts=["Passenger Information Units", "PNR"],
    ),
    dict(  # q12-034
        draws=[36],
        question="Pour quelle période la présidence belge de 2024 doit-elle préparer le plan pluriannuel du Benelux, et sur quoi ce plan doit-il être aligné ?",
        language="fr", history=[], type="numeric",
        ev=[(D0, "Het Belgische voorzitterschap zal alles in het werk stellen om het meerjarenplan", "strategische agenda van de Europese Unie.", S_PRIO, 8)],
        answer="Pour la période 2025-2028. La présidence belge veut veiller à ce que ce plan pluriannuel soit aligné sur le prochain agenda stratégique de l'Union européenne.",
        key_facts=["2025-2028"],
    ),
    dict(  # q12-035
        draws=[37],
        question="Wat is het doel van de samenwerking rond 'manhunt' die het jaarplan 2021 voorstelt?",
        language="nl", history=[], type="explain",
        ev=[(D1, "Versterken van de samenwerking inzake ‘manhunt’", "via afstemming tussen de partners.", "2.1.1. Politiesamenwerking", None)],
        answer="Bij (terroristische) incidenten snel en effectief kunnen optreden om de dreiging weg te nemen en de daders op te sporen, via afstemming tussen de partners.",
        key_facts=["terroristische", "dreiging", "daders"],
    ),
    dict(  # q12-036
        draws=[38],
        question="Hoeveel geld wil het Secretariaat-generaal uittrekken voor het sponsoren van de Benelux-tour van 2025?",
        language="nl", history=[], type="unanswerable", ev=[],
        answer="Dat staat niet in de documenten. Het jaarplan 2024 zegt alleen dat het Secretariaat-generaal sponsorschap zal overwegen als de Benelux-tour in 2025 alle drie de landen aandoet; een bedrag wordt niet genoemd.",
        key_facts=[],
    ),
    dict(  # q12-037
        draws=[39],
        question="Wat maakt de juridische instrumenten van de Benelux Unie volgens het werkprogramma 2025-2028 zo waardevol?",
        language="nl", history=[], type="explain",
        ev=[(D3, "De juridische instrumenten van de Benelux Unie vormen dan ook", "Europese wet- en regelgeving.", "INLEIDING", 4)],
        answer="Ze vormen een unieke troef omdat ze gebruikt kunnen worden om gezamenlijke wetgeving of regels vast te stellen op de beleidsterreinen van de Benelux, zowel voorafgaand aan als aanvullend op Europese wet- en regelgeving.",
        key_facts=["gezamenlijke wetgeving", "voorafgaand", "aanvullend"],
    ),
    dict(  # q12-038
        draws=[40],
        question="Geef een korte stand van zaken van de implementatie van het Benelux-Politieverdrag volgens het jaarverslag 2021.",
        language="nl", history=[], type="summary",
        ev=[
            (D2, "De parlementen van de drie landen hebben het Benelux-Politieverdrag goedgekeurd", "het Verdrag geratificeerd.", "2.1.1. POLITIESAMENWERKING", 18),
            (D2, "Voor bepaalde vormen van samenwerking moeten de betrokken partijen", "gelijktijdig met het Verdrag in werking kunnen treden.", "2.1.1. POLITIESAMENWERKING", 18),
        ],
        answer="De parlementen van de drie landen keurden het verdrag goed; België en Luxemburg hadden het al geratificeerd. Voor bepaalde vormen van samenwerking moeten uitvoeringsovereenkomsten en -afspraken de praktische modaliteiten vastleggen; de partners werkten daaraan zodat die akkoorden gelijktijdig met het verdrag in werking kunnen treden.",
        key_facts=["België en Luxemburg", "geratificeerd", "uitvoeringsovereenkomsten", "gelijktijdig"],
    ),
    dict(  # q12-039
        draws=[41],
        question="By what year should all European households be covered by a gigabit network, as noted in the Benelux 2024 annual plan?",
        language="en", history=[], type="numeric",
        ev=[(D0, "De ontwikkeling van het gigabitnetwerk, met name als onderdeel", "een belangrijk gegeven voor de Benelux.", "2.5. DIGITALE AGENDA", 20)],
        answer="By 2030, under Europe's Digital Decade programme. The 2024 plan calls the development of the gigabit network an important factor for the Benelux.",
        key_facts=["2030", "gigabit"],
    ),
]

WANT_T = {"numeric": 9, "factoid": 8, "list": 7, "explain": 6, "summary": 3, "cross-doc": 3, "unanswerable": 4}
WANT_L = {"nl": 30, "en": 7, "fr": 3}


def cut(text: str, start: str, end: str) -> str:
    assert text.count(start) == 1, f"start anchor not unique ({text.count(start)}x): {start!r}"
    a = text.index(start)
    b = text.index(end, a) + len(end)
    return text[a:b]


def overlaps(quote: str, para: str, n: int = 40) -> bool:
    return any(quote[i : i + n] in para for i in range(0, max(1, len(quote) - n + 1)))


def build() -> list[dict]:
    texts = {f.name: col(f.read_text(encoding="utf-8")) for f in DOCS.glob("*.txt")}
    paras = {f.name[:3]: paragraphs(f.read_text(encoding="utf-8")) for f in DOCS.glob("*.txt")}
    order = draw_order()
    used = sorted(d for q in Q for d in q["draws"])
    assert used == list(range(len(used))), "questions must use draws 0..N without gaps"
    items = []
    for n, q in enumerate(Q):
        evidence = []
        for doc, start, end, section, page in q["ev"]:
            quote = cut(texts[doc], start, end)
            assert 40 <= len(quote) <= 400, (n, len(quote), quote[:60])
            evidence.append({"doc": doc, "quote": quote, "section": section, "page": page})
        # each drawn paragraph is quoted by its question (unanswerables: the topic only)
        if q["type"] != "unanswerable":
            for d in q["draws"]:
                dd, di = order[d]
                assert any(e["doc"][:3] == dd and overlaps(e["quote"], paras[dd][di]) for e in evidence), (n, d)
        else:
            assert not evidence and not q["key_facts"]
        quotes = " || ".join(e["quote"].lower() for e in evidence)
        for k in q["key_facts"]:
            assert k.lower() in quotes, (n, "key fact not in quotes", k)
            assert k.lower() in q["answer"].lower(), (n, "key fact not in answer", k)
        assert len(q["key_facts"]) <= 4
        if q["type"] == "cross-doc":
            assert len({e["doc"] for e in evidence}) == 2, n
        items.append(
            {
                "id": f"q12-{n:03d}",
                "question": q["question"],
                "language": q["language"],
                "history": q["history"],
                "type": q["type"],
                "evidence": evidence,
                "answer": q["answer"],
                "key_facts": q["key_facts"],
            }
        )
    assert len(items) == 40
    assert dict(collections.Counter(i["type"] for i in items)) == WANT_T
    assert dict(collections.Counter(i["language"] for i in items)) == WANT_L
    assert sum(1 for i in items if i["history"]) == 3
    return items


def main() -> None:
    items = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
