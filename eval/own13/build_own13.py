"""Builds eval/own13/own13.jsonl: 40 held-out questions on randomly drawn body paragraphs.

Quotes are cut from the whitespace-collapsed document text, from a start anchor to the first following
end anchor, so they are verbatim. The paragraphs were drawn with random.Random(13) (see draw_order()).

Usage: python eval/own13/build_own13.py
"""

from __future__ import annotations

import collections
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCDIR = ROOT / "data" / "documents"
OUT = Path(__file__).resolve().parent / "own13.jsonl"

D0 = "000_23ffac28d6a1c9fd.txt"  # Jaarplan 2024
D1 = "001_d2ddd7b07eceb66e.txt"  # Jaarplan 2021 (no table of contents: page None)
D2 = "002_68ccab70ba53b511.txt"  # Jaarverslag 2021
D3 = "003_3c9be9ba5f64d8e1.txt"  # Gemeenschappelijk Werkprogramma 2025-2028
D4 = "004_93b1f14f67b4112b.txt"  # Jaarverslag 2024
DOCS = [D0, D1, D2, D3, D4]

# Body ranges by blank-line paragraph index (inclusive) and left-out paragraphs (as own12 describes them).
BODY = {D0: (75, 10**9, set()), D1: (0, 10**9, {301}), D2: (15, 10**9, set()), D3: (15, 88, set()), D4: (16, 200, set())}
MIN_CHARS = 150
SEED = 13


def collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, whitespace collapsed (as eval/make_probe.py)."""
    return [" ".join(part.split()) for part in re.split(r"\n\s*\n", text)]


RAW = {d: (DOCDIR / d).read_text(encoding="utf-8") for d in DOCS}
TEXT = {d: collapse(RAW[d]) for d in DOCS}
PARAS = {d: paragraphs(RAW[d]) for d in DOCS}


def pools() -> dict[str, list[int]]:
    out = {}
    for d in DOCS:
        lo, hi, skip = BODY[d]
        out[d] = [i for i, p in enumerate(PARAS[d]) if lo <= i <= hi and i not in skip and len(p) >= MIN_CHARS]
    return out


def draw_order(n: int) -> list[tuple[str, int]]:
    """Document weighted by its remaining paragraphs, then a paragraph uniformly, without replacement."""
    pool = {d: list(v) for d, v in pools().items()}
    rng = random.Random(SEED)
    order = []
    for _ in range(n):
        docs = [d for d in DOCS if pool[d]]
        d = rng.choices(docs, weights=[len(pool[x]) for x in docs])[0]
        i = rng.choice(pool[d])
        pool[d].remove(i)
        order.append((d, i))
    return order


def cut(doc: str, start: str, end: str) -> str:
    text = TEXT[doc]
    n = text.count(start)
    assert n == 1, f"start anchor occurs {n} times in {doc}: {start!r}"
    a = text.index(start)
    b = text.find(end, a + len(start) - min(len(start), len(end)))
    assert b >= 0, f"end anchor not found after start in {doc}: {end!r}"
    quote = text[a : b + len(end)]
    assert 40 <= len(quote) <= 400, f"quote length {len(quote)}: {quote[:60]!r}"
    return quote


def ev(doc, start, end, section, page):
    return {"doc": doc, "quote": cut(doc, start, end), "section": section, "page": page}


NRW21 = "2.1. SAMENWERKING MET NOORDRIJN-WESTFALEN (NRW)"
PRIO21 = "PRIORITEITEN VAN HET BELGISCHE VOORZITTERSCHAP"
EN21 = "1.1. ENERGIE & KLIMA AT"
TL21 = "1.2. TRANSPORT & LOGISTIEK"

# (id, draws, question, language, history, type, evidence, answer, key_facts)
ITEMS = [
    ("q13-000", [0],
     "Voor welke controles wil men in de Benelux gemeenschappelijke indicatoren vastleggen om fraude in de gezondheidszorg aan te pakken?",
     "nl", [], "list",
     [ev(D1, "Identificeren en, indien mogelijk, vaststellen van gemeenschappelijke", "met het oog op te- rugbetaling.",
         "2.5. GRENSOVERSCHRIJDENDE GEZONDHEIDSZORG", None)],
     "Voor de controle van zorgverleners en voor de controle van buitenlandse facturen met het oog op terugbetaling. Die indicatoren worden geïdentificeerd en waar mogelijk vastgesteld.",
     ["zorgverleners", "buitenlandse facturen"]),
    ("q13-001", [1],
     "Waar hangt effectieve Europese integratie volgens het jaarverslag 2024 eigenlijk van af?",
     "nl", [], "explain",
     [ev(D4, "In 2024 bleef de Benelux een bruggenbouwer in Europa", "beleid en dienstverlening.",
         "GRENSOVERSCHRIJDENDE SAMENWERKING", 32)],
     "Niet alleen van grote verdragen, maar juist van dagelijkse, praktische samenwerking op het raakvlak van wetgeving, beleid en dienstverlening. Zo bleef de Benelux in 2024 een bruggenbouwer in Europa, van sociale rechten tot fiscale afstemming.",
     ["grote verdragen", "praktische samenwerking"]),
    ("q13-002", [2],
     "Waar ging in 2024 de bijzondere aandacht naartoe in de Benelux-samenwerking over asiel en migratie?",
     "nl", [], "factoid",
     [ev(D4, "In 2024 zetten de Benelux-landen in op een gezamenlijke en geïntegreerde aanpak van asiel",
         "stroomlijnen van terugkeerprocedures.", "ASIEL EN MIGRATIE", 13)],
     "Naar het stroomlijnen van terugkeerprocedures, binnen een gezamenlijke en geïntegreerde aanpak die zowel beleidsmatige afstemming als operationele versterking omvatte.",
     ["terugkeerprocedures", "geïntegreerde aanpak"]),
    ("q13-003", [3],
     "When did the first expert exchange on child sexual abuse material with North Rhine-Westphalia take place?",
     "en", [], "numeric",
     [ev(D2, "Bijzonder nuttig was een uitwisseling van deskundigen", "op verzoek van Noordrijn-Westfalen.", NRW21, 42)],
     "On 26 November 2021. It was the first such exchange of experts, held at the request of North Rhine-Westphalia, and the report calls it particularly useful.",
     ["26 november 2021"]),
    ("q13-004", [4],
     "Onder welke voorwaarde overweegt het Secretariaat-generaal de Benelux-tour te sponsoren, en met welk doel?",
     "nl", [], "factoid",
     [ev(D0, "Indien de Benelux-tour (wielerronde", "publieksbekendheid van de Unie wordt beoogd.",
         "2.2. DUURZAAM TRANSPORT", 18)],
     "Als de Benelux-tour (de wielerronde, voorheen Eneco-tour) in 2025 alle drie de landen aandoet, overweegt het Secretariaat-generaal tijdens de voorbereiding in 2024 sponsorschap. Het doel is een grotere publieksbekendheid van de Unie.",
     ["alle drie de landen", "2025", "publieksbekendheid"]),
    ("q13-005", [5],
     "Kun je samenvatten wat het Belgische voorzitterschap in 2021 bereikte rond digitalisering van de Benelux interne markt?",
     "nl", [], "summary",
     [ev(D2, "De oplevering van het digitale informatiepunt voor detailhandel", "op de Benelux Interne Markt.",
         "1.3. HANDEL, DIGITALISERING EN CIRCULAIRE ECONOMIE", 15),
      ev(D2, "Een groots opgezet AI-webinar", "van de 5G-aanbeveling.",
         "1.3. HANDEL, DIGITALISERING EN CIRCULAIRE ECONOMIE", 15)],
     "Het digitale informatiepunt voor detailhandel in de Benelux werd opgeleverd, als concrete steun voor grensoverschrijdende ondernemers op de Benelux interne markt; een groot AI-webinar verzamelde input van academici, beleidsmakers en de drie nationale AI-coalities, en het jaar werd afgesloten met de ondertekening van de 5G-aanbeveling.",
     ["informatiepunt", "AI-webinar", "5G-aanbeveling"]),
    ("q13-006", [6],
     "Wat wil Noordrijn-Westfalen in 2024 samen met de Benelux doen op het gebied van fietsbeleid?",
     "nl", [], "list",
     [ev(D0, "samenwerken rondom fietsbeleid:", "in Gent wordt gehouden, zoals hierboven vermeld.",
         "5.1. Noordrijn-Westfalen (NRW)", 34)],
     "NRW wil verdergaan met de uitvoering van de Fiets Roadmap (die ook onder 2.2 Duurzaam Transport staat) en deelnemen aan de VeloCity-conferentie die in 2024 in Gent wordt gehouden.",
     ["Fiets Roadmap", "VeloCity", "Gent"]),
    ("q13-007", [7],
     "En wat heeft die grensoverschrijdende uitwisseling uiteindelijk opgeleverd?",
     "nl", ["Welke invasieve soort stond centraal op de gezamenlijke Benelux-expertdag in 2024?"], "factoid",
     [ev(D4, "Tijdens een gezamenlijke expertdag over invasieve soorten", "monitoring en bestrijdingsstrategieën.",
         "NATUUR EN BIODIVERSITEIT", 31),
      ev(D4, "Deze grensoverschrijdende uitwisseling van kennis en praktijkvoorbeelden", "verdere samenwerking.",
         "NATUUR EN BIODIVERSITEIT", 31)],
     "Een gezamenlijk rapport met concrete aanknopingspunten voor een afgestemde aanpak en verdere samenwerking. Het rapport volgde op de uitwisseling over monitoring en bestrijding van de wasbeer.",
     ["gezamenlijk rapport", "afgestemde aanpak"]),
    ("q13-008", [8],
     "Welke voorbereidende werkzaamheden voor het nieuwe Politieverdrag krijgen voorrang nog voor het in werking treedt?",
     "nl", [], "list",
     [ev(D1, "De lidstaten zullen reeds gedurende het ratificeringsproces", "aanpassingen aan de Benelux-politieapp.",
         "2.1.1. Politiesamenwerking", None)],
     "Al tijdens het ratificatieproces beginnen de lidstaten met het omkaderen van de operationele uitvoering. Voorrang krijgen de uitwerking van de verschillende opleidingsmodules en de aanpassingen aan de Benelux-politieapp.",
     ["opleiding", "politieapp"]),
    ("q13-009", [9],
     "Waarom zijn de acties in het jaarplan 2024 geclusterd?",
     "nl", [], "explain",
     [ev(D0, "De bestuurlijke en maatschappelijke uitdagingen in de Benelux-landen", "volksgezondheid en veiligheid.",
         "VOORWOORD", 6),
      ev(D0, "Dergelijke complexe problemen vragen om een samenhangende aanpak", "door clusteringen aan te brengen.",
         "VOORWOORD", 6)],
     "Omdat de bestuurlijke en maatschappelijke uitdagingen, zoals klimaat en milieu, volksgezondheid en veiligheid, steeds complexer en grensoverschrijdend zijn. Zulke problemen vragen om een samenhangende aanpak die taakvelden overstijgt, dus bracht het Secretariaat-generaal zoveel mogelijk samenhang aan door clusteringen.",
     ["samenhangende aanpak", "clusteringen", "volksgezondheid"]),
    ("q13-010", [10],
     "Op welke gedeelde uitdagingen richtte de samenwerking met andere Europese regio's zich in 2024?",
     "nl", [], "list",
     [ev(D4, "In 2024 werkte de Benelux verder aan haar samenwerking met andere regio's", "West-, Noord- en Oost-Europa.",
         "INTERREGIONALE BETREKKINGEN", 34)],
     "Op mobiliteit, klimaat, digitalisering en onderwijs. Door regelmatig contact met buurregio's en partners versterkte de Benelux haar rol als brug tussen West-, Noord- en Oost-Europa.",
     ["mobiliteit", "klimaat", "digitalisering", "onderwijs"]),
    ("q13-011", [11, 20],
     "En wanneer werd het oorspronkelijk ondertekend, en wanneer treedt het in werking?",
     "nl", ["Kunnen ook andere landen toetreden tot het verdrag over de automatische erkenning van hogeronderwijsdiploma's met de Baltische staten?"],
     "numeric",
     [ev(D0, "Het Verdrag over de automatische wederzijdse erkenning van hogeronderwijsdiploma’s, initieel",
         "zal in 2024 in werking treden.", "2.3. ARBEIDSMOBILITEIT EN WERKGELEGENHEID", 19)],
     "Het verdrag werd oorspronkelijk in 2021 ondertekend door de Benelux-landen en de Baltische staten en treedt in 2024 in werking. Het staat open voor toetreding van andere landen uit de Europese Hogeronderwijsruimte.",
     ["2021", "2024"]),
    ("q13-012", [12],
     "Sur quelle déclaration d'intention repose la coopération avec la France, et quand le plan d'action avec les Hauts-de-France devrait-il être signé ?",
     "fr", [], "numeric",
     [ev(D3, "Daarnaast worden nieuwe samenwerkingsmogelijkheden met Frankrijk verkend",
         "naar verwachting in 2025 zal worden ondertekend.", "DE BENELUX+ EN DAARBUITEN", 13)],
     "Elle repose sur la déclaration d'intention de 2018. Le plan d'action entre l'Union Benelux et la région Hauts-de-France devrait être signé en 2025.",
     ["2018", "2025"]),
    ("q13-013", [13],
     "Welk voorstel doet het jaarplan 2021 om kennis over circulaire economie te delen?",
     "nl", [], "factoid",
     [ev(D1, "voorstel voor een platform voor kennisdeling", "initiatieven die lopen op EU-niveau;", PRIO21, None)],
     "Een platform voor kennisdeling over thema's van de circulaire economie, om de overgang naar een circulaire economie te bevorderen. Daarbij wordt complementariteit gezocht met initiatieven op EU-niveau.",
     ["platform", "kennisdeling", "EU-niveau"]),
    ("q13-014", [14],
     "With which like-minded partners does the 2025-2028 work programme plan knowledge exchanges on resilience?",
     "en", [], "list",
     [ev(D3, "Er zal blijvend worden ingezet op samenwerking met gelijkgezinde landen", "het Verenigd Koninkrijk.",
         "Civiele veiligheid, crisisbeheer en een weerbare samenleving", 7)],
     "With the Nordics, the Baltics and the United Kingdom. The Benelux will keep cooperating with like-minded countries on resilience, among other things through such knowledge exchanges.",
     ["Nordics", "Baltics"]),
    ("q13-015", [15],
     "Welke vormen van lokale flexibiliteit wil men met proefprojecten in een grensoverschrijdende markt integreren?",
     "nl", [], "list",
     [ev(D1, "Identificeren van een aantal proefprojecten om lokale flexibiliteit", "in een grensoverschrijdende markt te integreren.",
         EN21, None)],
     "Elektriciteitsopslag, vraagsturing en conversie. Het jaarplan 2021 wil daarvoor een aantal proefprojecten identificeren.",
     ["elektriciteitsopslag", "vraagsturing", "conversie"]),
    ("q13-016", [16],
     "Vat kort samen hoe de Benelux en NRW de resterende belemmeringen op de grensoverschrijdende arbeidsmarkt willen wegnemen.",
     "nl", [], "summary",
     [ev(D1, "Om nog resterende belemmeringen voor een grens- overschrijdende arbeidsmarkt", "al geruime tijd actief bij betrokken.",
         NRW21, None),
      ev(D1, "Concrete resultaten dienen te worden behaald", "informatieverstrekking aan grensarbeiders.", NRW21, None)],
     "De partners willen concrete maatregelen afspreken en samen uitvoeren; NRW is al lang actief in het strategisch overleg Arbeidsmobiliteit. Resultaten moeten komen van betere meeneembaarheid en vergelijkbaarheid van beroepskwalificaties, vergelijkbare arbeidsmarktgegevens voor de grensregio's en betere persoonlijke en digitale dienstverlening en informatie voor grensarbeiders.",
     ["Arbeidsmobiliteit", "beroepskwalificaties", "arbeidsmarktgegevens", "grensarbeiders"]),
    ("q13-017", [17],
     "Waarom is de studiedag over pre-employment screening in 2021 nog niet doorgegaan, en wie zou men erbij kunnen uitnodigen?",
     "nl", [], "explain",
     [ev(D2, "De landen hebben afgesproken een studiedag te organiseren.", "de EC kunnen worden uitgenodigd.",
         "2.1.3. JUSTITIE", 28)],
     "Omdat men de voorkeur gaf aan een fysieke bijeenkomst, kon de studiedag nog niet plaatsvinden; in november spraken de partners af hem alsnog te organiseren. Extra landen of partijen zoals Frankrijk, het VK of de Europese Commissie zouden kunnen worden uitgenodigd.",
     ["fysieke bijeenkomst", "november", "Frankrijk"]),
    ("q13-018", [18, 36],
     "Wat wilde het jaarplan 2021 samen met NRW bereiken rond de grensoverschrijdende uitvoering van straffen, en wat is daarvan volgens het jaarverslag 2021 terechtgekomen?",
     "nl", [], "cross-doc",
     [ev(D1, "De Benelux-landen streven ernaar om samen met Noordrijn- Westfalen", "over de grenzen heen.",
         "2.1.4. Justitie", None),
      ev(D2, "De basis van deze samenwerking is het CrossBES-project.", "strafstelsels van de landen.",
         "2.1.3. JUSTITIE", 28)],
     "Het jaarplan wilde samen met Noordrijn-Westfalen/Duitsland het EU-beginsel van wederzijdse erkenning van vonnissen en rechterlijke beslissingen kracht bijzetten door diepgaand samen te werken bij de uitvoering van straffen en maatregelen over de grens. Volgens het jaarverslag gebeurde dat via het CrossBES-project onder leiding van Nederland: er was overleg, best practices werden gedeeld, het netwerk versterkt, knelpunten besproken en er werd gewerkt aan een vergelijkend overzicht van de strafstelsels.",
     ["vonnissen", "CrossBES", "Nederland", "strafstelsels"]),
    ("q13-019", [19],
     "Hoeveel vonnissen zijn er in 2021 via het project met Noordrijn-Westfalen grensoverschrijdend ten uitvoer gelegd?",
     "nl", [], "unanswerable", [],
     "Dat staat niet in de documenten. Het jaarverslag 2021 meldt alleen dat de justitiële samenwerking met Noordrijn-Westfalen is ontwikkeld via het project voor de grensoverschrijdende tenuitvoerlegging van vonnissen; aantallen worden niet genoemd.",
     []),
    ("q13-020", [21],
     "Via welke kanalen kunnen grenswerkers volgens het jaarverslag 2021 aan de juiste informatie komen?",
     "nl", [], "list",
     [ev(D2, "De landen hebben eerder al aangegeven dat het van belang blijft", "grensinformatiepunten en Eures-consulenten.",
         "2.4. WERKEN IN DE BENELUX", 36)],
     "Via de Benelux-grensarbeidersbrochures, de Benelux-portal Startpunt Grensarbeid, diverse grensinformatiepunten en Eures-consulenten.",
     ["grensarbeidersbrochures", "Startpunt Grensarbeid", "grensinformatiepunten", "Eures"]),
    ("q13-021", [22],
     "Wat houdt fase 1 van het MaaS living lab precies in?",
     "nl", [], "factoid",
     [ev(D2, "Fase 1 omvat het inventariseren van bestaande projecten", "gewenste MaaS living lab te komen.", TL21, 12)],
     "Fase 1 omvat het inventariseren van bestaande projecten en initiatieven en nagaan wat daar nog aan moet worden toegevoegd om tot het gewenste MaaS living lab te komen.",
     ["inventariseren", "bestaande projecten"]),
    ("q13-022", [23],
     "What is being tested together with North Rhine-Westphalia in the Mobility as a Service project?",
     "en", [], "factoid",
     [ev(D1, "Binnen het project Mobility as a Service (MaaS)", "gezamenlijk getest.", NRW21, None)],
     "The possibilities of using digital technologies for cross-border interoperability in the mobility sector are being tested jointly with NRW.",
     ["digita", "interoperab"]),
    ("q13-023", [24],
     "Voor welke aanpak van drugscriminaliteit pleit het Belgische voorzitterschap in 2021 in de samenwerking met Frankrijk?",
     "nl", [], "factoid",
     [ev(D1, "Om de samenwerking tussen de Benelux-landen en Frankrijk", "tussen de Benelux-landen verkend worden.", PRIO21, None)],
     "Voor een gemeenschappelijke en integrale aanpak van het fenomeen. Tussen de Benelux-landen wordt verkend hoe die integrale aanpak er in internationaal verband uit moet zien.",
     ["gemeenschappelijke en integrale aanpak"]),
    ("q13-024", [25, 26],
     "Het jaarplan 2021 wilde extra aandacht voor de drugshandel via post- en koeriersdiensten. Wat is daar volgens het jaarverslag 2021 concreet mee gedaan?",
     "nl", [], "cross-doc",
     [ev(D1, "Er zal bijzondere aandacht gaan naar de aanpak van de inter- nationale", "de link met de cybercriminaliteit.",
         PRIO21, None),
      ev(D2, "Daarnaast is gewerkt aan gezamenlijke grensoverschrijdende (operationele) criminaliteitsbeeldanalyses",
         "via post- en koeriersdiensten.", "2.1.1. POLITIESAMENWERKING", 18)],
     "Het jaarplan legde de nadruk op de internationale georganiseerde handel in (synthetische) drugs via post- en koerierdiensten en de link met cybercriminaliteit. Volgens het jaarverslag werkte onder meer de Belgische delegatie aan gezamenlijke grensoverschrijdende (operationele) criminaliteitsbeeldanalyses over die handel.",
     ["cybercriminaliteit", "Belgische delegatie", "criminaliteitsbeeldanalyses"]),
    ("q13-025", [27, 32],
     "The 2021 annual plan said the e-CMR pilot needed a common access point for authorities. Why, and what was done about it in phase II according to the 2021 annual report?",
     "en", [], "cross-doc",
     [ev(D1, "proefproject is naar voren gekomen dat een ‘common access point", "zonder dat inloggen per provider nodig is.",
         TL21, None),
      ev(D2, "In fase II van het project, dat per 1 december 2020 gestart is", "bij alle erkende softwareproviders.", TL21, 12),
      ev(D2, "Zoals tijdens de vorige verslagperiode werd afgesproken is aansluiting gezocht", "met het Europese project FEDeRATED.",
         TL21, 12)],
     "Because a common access point gives authorities access to all consignment-note data held by the software providers without logging in per provider, which also lets new providers join the pilot. In phase II, started on 1 December 2020, a study worked out joint technical specifications for such an access point with a single ID and login, and links were sought with the European project FEDeRATED.",
     ["common access point", "1 december 2020", "FEDeRATED"]),
    ("q13-026", [28],
     "Wanneer kwamen de directeuren-generaal Asiel en Migratie in 2021 bijeen, en welke Europese dossiers kwamen aan bod?",
     "nl", [], "numeric",
     [ev(D2, "De directeuren-generaal Asiel en Migratie van de Benelux zijn op 25 februari", "op het Secretariaat-Generaal.",
         "2.1.3. ASIEL EN MIGRATIE", 26),
      ev(D2, "Deze bijeenkomsten boden de Benelux-landen de kans", "de Dublinoverdrachten.", "2.1.3. ASIEL EN MIGRATIE", 26)],
     "Op 25 februari (virtueel) en op 26 oktober (persoonlijk, op het Secretariaat-Generaal). Naast de nationale prioriteiten en de COVID-19-uitdagingen bespraken ze het EU-Migratiepact en de Dublinoverdrachten.",
     ["25 februari", "26 oktober", "Dublinoverdrachten"]),
    ("q13-027", [29],
     "Hoe heeft de Benelux zich in 2024 geprofileerd in de Europese waterstofstrategie?",
     "nl", [], "explain",
     [ev(D4, "Daarnaast werden bredere thema's op Europees niveau besproken", "in een snelgroeende sector.", "WATERSTOF", 26)],
     "Door technische en beleidsmatige betrokkenheid, onder meer bij besprekingen over de certificering van hernieuwbare waterstof en de harmonisatie van kwaliteitsnormen, profileerde de Benelux zich als essentiële schakel in de Europese waterstofstrategie, in een rol als facilitator, bruggenbouwer en innovator.",
     ["certificering", "facilitator", "bruggenbouwer", "innovator"]),
    ("q13-028", [30],
     "Which EU regulation should the planned Penta assistance agreement for electricity supply crises implement?",
     "en", [], "numeric",
     [ev(D1, "Uitbouwen van de regionale plannen inzake risicoparaatheid", "elektriciteit (EU) 2019/941.", EN21, None)],
     "Regulation (EU) 2019/941 on risk-preparedness in the electricity sector. To implement it, the Penta countries want to expand the regional risk-preparedness plans and work out an assistance agreement.",
     ["2019/941"]),
    ("q13-029", [31],
     "Et combien de personnes s'y étaient inscrites ?",
     "fr", ["Quel webinaire sur l'intelligence artificielle le Benelux a-t-il organisé en février 2021 ?"], "numeric",
     [ev(D2, "Op 10 februari vond in aanwezigheid van de Belgische staatsecretaris", "specifieke breakout-sessies.",
         "1.3. HANDEL, DIGITALISERING EN CIRCULAIRE ECONOMIE", 15)],
     "Près de 400 participants s'étaient inscrits au webinaire « AI-kansen voor de Benelux-koplopers » du 10 février 2021, organisé en présence du secrétaire d'État belge au Numérique.",
     ["400", "AI-kansen"]),
    ("q13-030", [33],
     "Waarom krijgen de DAC7- en DAC8-richtlijnen in 2024 extra aandacht in de fiscale samenwerking?",
     "nl", [], "explain",
     [ev(D0, "uitdagingen die zich voordoen in het kader van de omzetting van de DAC7", "onder de DAC8-richtlijn vallen.",
         "4.2. SAMENWERKING OP FISCAAL GEBIED", 31)],
     "Omdat hun omzetting uitdagingen meebrengt. Deze EU-richtlijnen over administratieve samenwerking op belastinggebied stellen regels vast voor de uitwisseling en rapportage van verkopen en diensten via digitale platforms, en onder DAC8 ook van cryptoactiva en elektronisch geld.",
     ["omzetting", "digitale platforms", "cryptoactiva"]),
    ("q13-031", [34],
     "Sinds wanneer zit Noordrijn-Westfalen mee in het Recherche-overleg?",
     "nl", [], "numeric",
     [ev(D1, "NRW is daarom al enkele jaren betrokken bij de operationele politiesamenwerking", "deel uit van het Recherche- overleg.",
         NRW21, None)],
     "Sinds 2020. Daarnaast is NRW al enkele jaren betrokken bij de operationele politiesamenwerking met de Benelux, zoals gezamenlijke opleidingen en samenwerking van de meldkamers.",
     ["2020"]),
    ("q13-032", [35],
     "Waarom is het behoud van natuur en biodiversiteit volgens het jaarplan 2021 een kerndoelstelling van de Benelux?",
     "nl", [], "explain",
     [ev(D1, "Daarnaast is een kerndoelstelling van de Benelux", "aan de toekomstige generaties verplicht.", "INLEIDING", None)],
     "Omdat het behoud en herstel van natuur en biodiversiteit nauw samenhangen met het klimaatmitigatie- en adaptatiebeleid, en omdat de Benelux dat aan de toekomstige generaties verplicht is.",
     ["klimaatmitigatie", "toekomstige generaties"]),
    ("q13-033", [37],
     "What percentage of the Benelux border areas currently has good 5G coverage, according to the work programme?",
     "en", [], "unanswerable", [],
     "The documents give no such figure. The 2025-2028 work programme only says the countries keep paying attention to good 5G coverage in the border areas and that seamless cross-border handover of the 5G signal is an ongoing priority.",
     []),
    ("q13-034", [38],
     "Which EU drone regulations were discussed in the informal NAARIC group?",
     "en", [], "numeric",
     [ev(D2, "Frequente uitwisseling van expertise tussen de Benelux-landen", "U-space-Verordening (EU) 2021/664.", TL21, 12)],
     "Implementing Regulation (EU) 2019/947 and the U-space Regulation (EU) 2021/664, in frequent exchanges between the Benelux and other European countries on implementing the European drone rules.",
     ["2019/947", "2021/664"]),
    ("q13-035", [39],
     "Welk gegeven willen de Benelux-landen beschikbaar zien in de passagiersgegevens voor de PIU's, bij de evaluatie van de API-richtlijn?",
     "nl", [], "factoid",
     [ev(D2, "In het kader van de evaluatie van de API-Richtlijn", "worden toegezonden.", "2.1.1. POLITIESAMENWERKING", 18)],
     "De geboortedatum. De Benelux-landen werken aan een gezamenlijk ministerieel standpunt over de noodzaak daarvan in de passagiersgegevens die aan de PIU's worden toegezonden.",
     ["geboortedatum", "ministerieel standpunt"]),
    ("q13-036", [40],
     "Geef een korte samenvatting van het internationale btw-symposium onder het Belgische Benelux-voorzitterschap in 2024.",
     "nl", [], "summary",
     [ev(D4, "Een belangrijk hoogtepunt was inderdaad het internationale symposium", "doeltreffender aan te pakken.",
         "SAMENWERKING OP FISCAAL GEBIED", 33),
      ev(D4, "Ministers, topambtenaren en experts uit België", "waardevolle beleidsaanbevelingen op.",
         "SAMENWERKING OP FISCAAL GEBIED", 33)],
     "Het symposium over btw-fraude was een hoogtepunt van de fiscale samenwerking: ministers, topambtenaren en experts uit België, Nederland, Luxemburg, de Europese Commissie, de OESO en de academische wereld wisselden strategieën uit om de btw-kloof te verkleinen en belastingfraude aan te pakken. Ze bespraken digitalisering, een solide juridische basis en internationale samenwerking, en het leverde waardevolle beleidsaanbevelingen op.",
     ["btw-kloof", "OESO", "beleidsaanbevelingen"]),
    ("q13-037", [41],
     "In welk jaar zijn de proefprojecten Documentloos varen en Smart Shipping, waar NRW aan meedoet, van start gegaan?",
     "nl", [], "unanswerable", [],
     "Dat staat niet in de documenten. Het jaarplan 2021 vermeldt alleen dat NRW betrokken is bij deze proefprojecten, die de binnenvaart op kleinere schepen en waterwegen economisch rendabel moeten maken; een startjaar wordt niet genoemd.",
     []),
    ("q13-038", [42],
     "Combien de lettres de voiture numériques ont été émises en 2024, et quand le projet sera-t-il prolongé ?",
     "fr", [], "numeric",
     [ev(D4, "De digitale vrachtbrief kende in 2024", "op zich laat wachten.", "DUURZAAM TRANSPORT", 19)],
     "Plus de 1,5 million de lettres de voiture numériques ont été émises en 2024. Le projet sera prolongé en septembre 2025, car la réglementation européenne se fait attendre.",
     ["1,5", "2025"]),
    ("q13-039", [43],
     "Wat bleek uit de kosten-batenanalyse van fietsgegevens die in 2021 voor de Roadmap Fietsstimulering is gemaakt?",
     "nl", [], "unanswerable", [],
     "Daarover geven de documenten geen resultaten. Het jaarverslag 2021 meldt alleen dat er een structuur werd uitgewerkt voor een toekomstige kosten-/batenanalyse van fietsgegevens; de analyse zelf en haar uitkomsten worden niet beschreven.",
     []),
]

WANT_T = {"numeric": 9, "factoid": 8, "list": 7, "explain": 6, "summary": 3, "cross-doc": 3, "unanswerable": 4}
WANT_L = {"nl": 30, "en": 7, "fr": 3}


def grams(s: str, n: int = 40) -> set[str]:
    s = collapse(s).lower()
    return {s[i : i + n] for i in range(max(0, len(s) - n + 1))}


def build() -> list[dict]:
    used = sorted(k for it in ITEMS for k in it[1])
    assert used == list(range(len(used))), f"draws not used without gaps: {used}"
    order = draw_order(len(used))
    rows = []
    for qid, draws, question, lang, history, qtype, evidence, answer, keys in ITEMS:
        if qtype == "unanswerable":
            assert not evidence and not keys, qid
        else:
            assert 1 <= len(keys) <= 4, qid
            quotes = [e["quote"].lower() for e in evidence]
            for k in keys:
                assert any(k.lower() in q for q in quotes), f"{qid}: key fact {k!r} not in a quote"
                assert k.lower() in collapse(answer).lower(), f"{qid}: key fact {k!r} not in answer"
            for k in draws:  # each drawn paragraph shares a 40-character window with a quote
                d, i = order[k]
                para = grams(PARAS[d][i])
                assert any(e["doc"] == d and grams(e["quote"]) & para for e in evidence), f"{qid}: draw {k} not quoted"
        if qtype == "cross-doc":
            assert len({e["doc"] for e in evidence}) == 2, qid
        rows.append({"id": qid, "question": question, "language": lang, "history": history, "type": qtype,
                     "evidence": evidence, "answer": answer, "key_facts": keys})
    ids = [r["id"] for r in rows]
    assert ids == [f"q13-{i:03d}" for i in range(40)], ids
    assert dict(collections.Counter(r["type"] for r in rows)) == WANT_T
    assert dict(collections.Counter(r["language"] for r in rows)) == WANT_L
    assert sum(1 for r in rows if r["history"]) == 3
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} items to {OUT}")


if __name__ == "__main__":
    main()
