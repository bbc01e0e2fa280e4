# Builds eval/own9/own9.jsonl (40 gold questions, format of data/gold/FORMAT.md).
# Quotes are cut from the whitespace-collapsed document text with a start anchor (must occur exactly once) and an
# end anchor (first occurrence after the start), so they are verbatim. The script asserts quote length 40-400 and
# that every key fact occurs in a quote of its own question (and in the gold answer).
# Run: .venv/bin/python eval/own9/build_own9.py
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
D = ROOT / "data" / "documents"
OUT = Path(__file__).resolve().parent / "own9.jsonl"

P24 = "000_23ffac28d6a1c9fd.txt"  # Jaarplan 2024
P21 = "001_d2ddd7b07eceb66e.txt"  # Jaarplan 2021
R21 = "002_68ccab70ba53b511.txt"  # Jaarverslag 2021
WP = "003_3c9be9ba5f64d8e1.txt"  # Gemeenschappelijk Werkprogramma 2025-2028
R24 = "004_93b1f14f67b4112b.txt"  # Jaarverslag 2024


def col(s):
    return re.sub(r"\s+", " ", s).strip()


TEXT = {f.name: col(f.read_text()) for f in D.glob("*.txt")}


def ev(doc, start, end, section, page):
    t = TEXT[doc]
    n = t.count(start)
    assert n == 1, (doc, start, n)
    i = t.index(start)
    j = t.index(end, i)
    q = t[i : j + len(end)]
    assert 40 <= len(q) <= 400, (doc, start, len(q))
    return {"doc": doc, "quote": q, "section": section, "page": page}


ITEMS = []


def add(question, language, type_, evidence, answer, key_facts, history=()):
    ITEMS.append(
        {
            "question": question,
            "language": language,
            "history": list(history),
            "type": type_,
            "evidence": evidence,
            "answer": answer,
            "key_facts": key_facts,
        }
    )


PRIO24 = "PRIORITEITEN VAN HET BELGISCHE VOORZITTERSCHAP"
PRIO21 = "PRIORITEITEN VAN HET BELGISCHE VOORZITTERSCHAP"

# ---------------------------------------------------------------- Jaarplan 2024 (000)
add(
    "Welke twee voorzitterschappen neemt België in 2024 tegelijk op, en wat wil het daarmee bereiken in de relatie tussen de Benelux en de EU?",
    "nl",
    "factoid",
    [ev(P24, "In 2024 zal Belgié tegelijk het voorzitterschap", "de Europese Unie te versterken", PRIO24, 8)],
    "België is in 2024 tegelijk voorzitter van de Raad van de Europese Unie en van de Benelux Unie. Voortbouwend op de "
    "rol van de Benelux als voorloper of laboratorium van de EU wil het voorzitterschap de interactie tussen de "
    "Benelux-landen en de Europese Unie versterken.",
    ["Raad van de Europese Unie", "interactie"],
)
add(
    "Van wanneer dateert de Benelux-ministeriële verklaring waarop de grensoverschrijdende informatie-uitwisseling over "
    "de screening van kandidaat-werknemers (PES) steunt, en welk buurland wordt daarbij betrokken?",
    "nl",
    "numeric",
    [ev(P24, "De grensoverschrijdende uitwisseling van informatie over pre-employment", "Strafregister Informatiesysteem).", "1.4. JUSTITIE", 14)],
    "Van 6 juni 2019. Ook Duitsland wordt erbij betrokken; het gaat onder meer om de implementatie van de nieuwe "
    "EU-verordening over ECRIS-TCN.",
    ["6 juni 2019", "Duitsland"],
)
add(
    "Under which Benelux recommendation are the three countries aligning the training requirements for professional "
    "fireworks operators, and which EU directive is being evaluated alongside this work?",
    "en",
    "numeric",
    [ev(P24, "De landen convergeren hun wetgeving rond opleidingsvereisten", "Pyrorichtlijn (2013/29/EU).", "1.5. OVERIGE", 15)],
    "Recommendation M (2020) 15 governs the convergence of training requirements for professional firers. This is done "
    "together with the European Commission in the evaluation of the European Pyrotechnics Directive 2013/29/EU.",
    ["M (2020) 15", "2013/29/EU"],
)
add(
    "According to the 2024 annual plan, which current EU files could also be discussed in the Benelux strategic "
    "consultation on competitiveness, and under what condition?",
    "en",
    "factoid",
    [ev(P24, "Afhankelijk van de voortgang van de Europese agenda en indien opportuun", "Net Zero Industry Act en product liability.", "2.1. CONCURRENTIEVERMOGEN EN WEERBAARHEID", 16)],
    "Current EU files such as the Net Zero Industry Act and product liability, depending on the progress of the "
    "European agenda and where opportune.",
    ["Net Zero Industry Act", "product liability"],
)
add(
    "Over welke thema's organiseert het Secretariaat-generaal in 2024 een themadag, en op welke manieren zouden verworven "
    "vaardigheden daarbij erkend kunnen worden?",
    "nl",
    "list",
    [ev(P24, "Het Secretariaat-generaal organiseert een themadag rond Digitale", "certificeringen anderszins.", "2.5. DIGITALE AGENDA", 20)],
    "Een themadag rond Digitale Vaardigheden en Digitale Inclusie, om best practices uit te wisselen en gezamenlijke "
    "acties te verkennen, vooral rond de validatie van verworven vaardigheden via vaardigheidsbadges, microreferenties "
    "of andere certificeringen.",
    ["Digitale Vaardigheden", "Digitale Inclusie", "vaardigheidsbadges", "microreferenties"],
)
add(
    "Waarom zet de Benelux in 2024 de kennisuitwisseling via een gestandaardiseerd gegevensblad voor circulaire producten voort?",
    "nl",
    "explain",
    [ev(P24, "door het gebruik van het zogeheten Product Circularity Data Sheet", "(European Sustainability Reporting Standards).", "3.5. CIRCULAIRE ECONOMIE", 25)],
    "Het gebruik van het Product Circularity Data Sheet (PCDS) moet de gegevensverzameling vergemakkelijken die nodig "
    "is voor bewustere MVO-rapportering (maatschappelijk verantwoord ondernemen), in overeenstemming met de nieuwe "
    "Europese ESRS (European Sustainability Reporting Standards).",
    ["Product Circularity Data Sheet", "MVO-rapportering", "ESRS"],
)
add(
    "Langs welke twee sporen wil de Benelux volgens het jaarplan 2024 de gezondheid van dieren beter beschermen?",
    "nl",
    "list",
    [ev(P24, "De gezondheid van dieren wordt beter beschermd", "landbouwhuisdieren bij epizodtieén", "3.9. VOEDSELVEILIGHEID EN DIERGEZONDHEID", 28)],
    "Enerzijds door het grensoverschrijdende verkeer van landbouw- en huisdieren tussen de drie Benelux-landen (en ook "
    "met Frankrijk en Duitsland) te vergemakkelijken, met oog voor het dierenwelzijn; anderzijds door "
    "vaccinatiestrategieën te stimuleren als preventieve maatregel tegen het massaal slachten van landbouwhuisdieren "
    "bij dierziekte-uitbraken (epizoötieën).",
    ["Frankrijk en Duitsland", "dierenwelzijn", "vaccinatie"],
)
add(
    "Wanneer wil Noordrijn-Westfalen de Benelux-partners ontvangen voor een bezoek aan zijn crisiscentrum?",
    "nl",
    "numeric",
    [ev(P24, "Noordrijn-Westfalen kijkt ernaar uit om de partners uit te nodigen", "crisiscentrum eind 2024.", "5.1. Noordrijn-Westfalen (NRW)", 34)],
    "Eind 2024: Noordrijn-Westfalen wil de partners dan uitnodigen voor een bezoek aan zijn crisiscentrum.",
    ["eind 2024"],
)
# cross-doc 000 + 003
add(
    "Wat zeggen het jaarplan 2024 en het werkprogramma 2025-2028 over het verder uitbouwen van de samenwerking op justitieel vlak?",
    "nl",
    "cross-doc",
    [
        ev(P24, "Daarnaast zal de Benelux inventariseren of het een rol kan spelen", "binnen het Bureau voor Euregionale Samenwerking", "1.1. SAMENWERKING IN DE VEILIGHEIDSKETEN", 10),
        ev(WP, "Tot slot zal er worden gezien of en op welke wijze de justitiële", "kan worden versterkt.", "Grensoverschrijdende veiligheid en criminaliteitsbestrijding", 6),
    ],
    "Het jaarplan 2024 wil nagaan of de Benelux een rol kan spelen in de samenwerking in de strafrechtelijke "
    "executiefase, die het Politieverdrag zelf niet regelt, en daarbij voortbouwen op de samenwerking van openbaar "
    "aanklagers in de Euregio Maas-Rijn binnen het Bureau voor Euregionale Samenwerking. Het werkprogramma 2025-2028 "
    "zegt tot slot dat bekeken wordt of en hoe de justitiële samenwerking kan worden versterkt.",
    ["strafrechtelijke executiefase", "Bureau voor Euregionale Samenwerking"],
)

# ---------------------------------------------------------------- Jaarplan 2021 (001), no table of contents -> page None
add(
    "Hoe vaak wil het Belgische voorzitterschap in 2021 in het kader van de covid-crisisbeheersing Benelux-overleg houden, "
    "en welke beleidsdomeinen komen daarin samen?",
    "nl",
    "numeric",
    [ev(P21, "In het kader van de covid-19-crisisbeheersing zal het voorzitter-", "Binnenlandse Aangelegenheden samenbrengt;", PRIO21, None)],
    "Wekelijks. Het voorzitterschap zet het wekelijkse Benelux-overleg voort dat onder het Nederlandse voorzitterschap "
    "begon en vertegenwoordigers van Buitenlandse Zaken en Binnenlandse Aangelegenheden samenbrengt, complementair "
    "aan de Europese Unie.",
    ["wekelijks", "Buitenlandse Zaken", "Binnenlandse Aangelegenheden"],
)
add(
    "Welke twee energieconferenties plant het Belgische voorzitterschap voor 2021, en waarover gaat elk ervan?",
    "nl",
    "list",
    [ev(P21, "organisatie van een conferentie met de Penta regionale", "in het algemene kader van de Green Deal.", PRIO21, None)],
    "Een conferentie met de Penta regionale energiesamenwerking om de grensoverschrijdende aspecten van "
    "risicoparaatheid te delen, en een conferentie met de Noordzee regionale energiesamenwerking die het brede publiek "
    "informeert over de ontwikkeling van offshore-energie binnen het kader van de Green Deal.",
    ["Penta", "risicoparaatheid", "Noordzee", "offshore"],
)
add(
    "Wat is het jaarplan 2021 van plan met de proef met extra lange en zware vrachtwagens, en welke verkenning hoort daarbij?",
    "nl",
    "explain",
    [ev(P21, "Begeleiden en evalueren van de proef met langere", "milieuzonering in en rond steden.", "1.2. TRANSPORT & LOGISTIEK", None)],
    "De proef met langere en zwaardere vrachtwagens (LZV's) wordt begeleid en geëvalueerd. In het verlengde daarvan "
    "wordt verkend hoe het concept 'intelligente toegang' meerwaarde kan bieden bij het differentiëren van wegen voor "
    "zwaar of licht transport en bij de aansluiting op de milieuzonering in en rond steden.",
    ["LZV", "intelligente toegang", "milieuzonering"],
)
add(
    "Waarom willen de Benelux-crisiscentra volgens het jaarplan 2021 hun aanpak van de coronacrisis evalueren?",
    "nl",
    "explain",
    [ev(P21, "Gekeken wordt naar een evaluatie van de aanpak van de", "mogelijke grensoverschrijdende gevolgen.", "2.1.2. Crisisbeheersing", None)],
    "Omdat een evaluatie van de COVID-19-aanpak en van de Benelux-samenwerking daarbij essentieel is om verdere "
    "samenwerkingsmechanismen op te zetten, de informatie-uitwisseling tussen de crisiscentra te optimaliseren en een "
    "geharmoniseerde respons te garanderen bij crisissen met mogelijke grensoverschrijdende gevolgen.",
    ["samenwerkingsmechanismen", "informatie-uitwisseling", "geharmoniseerde respons"],
)
add(
    "Voor welk onderdeel van de Europese accijnsregels zoeken de Benelux-landen in 2021 vooral een gezamenlijk standpunt?",
    "nl",
    "factoid",
    [ev(P21, "Handhaven van de accijnsregelgeving", "nieuwe soorten tabaksproducten.", "2.2.1. Bestrijding van fiscale fraude", None)],
    "Vooral voor de accijnsregeling voor nieuwe soorten tabaksproducten; dat valt onder het handhaven van de "
    "accijnsregelgeving.",
    ["nieuwe soorten tabaksproducten"],
)
add(
    "Waarom speelt het Benelux Comité van Ministers volgens de bijlage van het jaarplan 2021 geen rol bij de nieuwe "
    "terugname- en visumakkoorden met derde landen?",
    "nl",
    "explain",
    [ev(P21, "b. Nieuwe overname- en visumovereenkomsten met derde landen", "sociale fraude (2.2.2).", "BIJLAGE: BEOOGDE JURIDISCHE INSTRUMENTEN", None)],
    "Omdat die overeenkomsten rechtstreeks tussen de betrokken partijen tot stand komen; het Comité van Ministers "
    "heeft er als zodanig geen rol in. In dezelfde lijst van beoogde overeenkomsten staat ook het Benelux-verdrag ter "
    "bestrijding van sociale fraude.",
    ["rechtstreeks", "betrokken partijen"],
)
add(
    "Selon le plan annuel 2021, quel réseau de contrôle du transport routier illustre la coopération de longue date entre "
    "le Benelux et la France ?",
    "fr",
    "factoid",
    [ev(P21, "Er bestaat al jaren een sterke samenwerking tussen de Benelux en Frankrijk", "grensoverschrijdende criminaliteit.", "2.2. SAMENWERKING MET ANDERE STATEN, DEELSTATEN EN INTERNATIONALE ORGANISATIES", None)],
    "Euro Contrôle Route. La coopération Benelux-France porte aussi depuis des années sur l'énergie (Forum "
    "pentalatéral de l'énergie, plateforme gaz, coopération énergétique en mer du Nord) et sur la lutte contre le "
    "trafic de drogue et la criminalité transfrontalière.",
    ["Euro Contrôle Route"],
)
# cross-doc 001 + 002
add(
    "Het jaarplan 2021 wilde een samenwerking rond 'manhunt' opzetten. Waarvoor moest die dienen, en wat spraken de "
    "partners volgens het jaarverslag 2021 af om dat verder uit te werken?",
    "nl",
    "cross-doc",
    [
        ev(P21, "Versterken van de samenwerking inzake", "via afstemming tussen de partners.", "2.1.1. Politiesamenwerking", None),
        ev(R21, "Het OM speelt een belangrijke rol bij een grensoverschrijdende klopjacht", "casuïstiek bespreken.", "2.1.1. POLITIESAMENWERKING", 18),
    ],
    "Volgens het jaarplan 2021 moest de samenwerking ervoor zorgen dat bij (terroristische) incidenten snel en "
    "effectief kan worden opgetreden om de dreiging weg te nemen en daders op te sporen, via afstemming tussen de "
    "partners. Het jaarverslag 2021 meldt dat het OM een belangrijke rol speelt bij een grensoverschrijdende klopjacht "
    "en dat de partners afspraken een fysieke expertmeeting (table top) voor de politiediensten te organiseren, waar "
    "casuïstiek besproken wordt.",
    ["terroristische", "table top", "casuïstiek"],
)
add(
    "Hoeveel kost de gezamenlijke studie naar een grensoverschrijdende waterstof-backbone in de Benelux en de aangrenzende regio's?",
    "nl",
    "unanswerable",
    [],
    "Dat staat niet in de documenten. Het jaarverslag 2021 meldt alleen dat een opdrachtbeschrijving voor die studie "
    "werd opgesteld en dat de drie Benelux-landen en de aangrenzende regio's financiering en inhoudelijke steun "
    "toezegden; een bedrag wordt niet genoemd.",
    [],
)

# ---------------------------------------------------------------- Jaarverslag 2021 (002)
add(
    "At the 2021 climate finance consultation, which financial institution explained its divestment and engagement "
    "strategy, and what did it agree with the Benelux Secretariat-General?",
    "en",
    "factoid",
    [ev(R21, "In aanvulling hierop gaf de Europese Investeringsbank", "communicatie en kennisuitwisseling.", "1.1. ENERGIE & KLIMAAT", 8)],
    "The European Investment Bank (EIB). The Secretariat-General and the EIB agreed to work closely together in the "
    "future on communication and knowledge exchange.",
    ["EIB"],
)
add(
    "Sinds wanneer loopt fase II van de Benelux-proef met de digitale vrachtbrief, en wat moest de studie in die fase opleveren?",
    "nl",
    "numeric",
    [ev(R21, "In fase II van het project, dat per 1 december 2020", "bij alle erkende softwareproviders.", "1.2. TRANSPORT & LOGISTIEK", 12)],
    "Fase II startte op 1 december 2020. Er werd een studie uitgevoerd om samen technische specificaties op te stellen "
    "voor een common access point, waarmee controlediensten met één ID en login rechtstreeks toegang krijgen tot de "
    "e-CMR-gegevens bij alle erkende softwareproviders.",
    ["1 december 2020", "common access point"],
)
add(
    "Welke onderwerpen kwamen in 2021 aan bod in het overleg dat de scheepvaartbeheerders in het Maasstroomgebied twee keer per jaar houden?",
    "nl",
    "list",
    [ev(R21, "Binnen dit halfjaarlijkse overleg werd informatie uitgewisseld", "terugkomend punt op de agenda.", "1.2. TRANSPORT & LOGISTIEK", 12)],
    "Informatie over lopende en geplande grote werken die hinder voor de scheepvaart kunnen veroorzaken, afspraken "
    "waar mogelijk, bijvoorbeeld over het stuwbeheer tijdens grote werken, en vismigratie (beschermende maatregelen bij "
    "waterkrachtcentrales).",
    ["grote werken", "stuwbeheer", "vismigratie"],
)
add(
    "En welke rol zou dat netwerk op EU-niveau kunnen gaan spelen?",
    "nl",
    "explain",
    [ev(R21, "Het netwerk van directeuren-generaal, dat door de Raad van de EU", "in 2022 dieper worden ingegaan.", "2.1.2. CRISISBEHEERSING", 24)],
    "Het netwerk, dat door de Raad van de EU wordt verwelkomd, zou kunnen helpen het crisisbestrijdingsmechanisme van "
    "de Raad te verbeteren door de nationale crisisbeheersingsstructuren er meer bij te betrekken. Daarop wordt in "
    "2022 dieper ingegaan.",
    ["crisisbestrijdingsmechanisme", "nationale crisisbeheersingsstructuren", "2022"],
    history=[
        "Hoeveel delegaties ondertekenden in 2021 in het Egmontpaleis het samenwerkingsprotocol van het netwerk van "
        "directeuren-generaal van de Europese crisiscentra?"
    ],
)
add(
    "En waarom is de workshop die ze daarover wilden organiseren niet doorgegaan?",
    "nl",
    "explain",
    [ev(R21, "De partners willen op een gecoördineerde manier de nieuwe EU-gegevensbanken", "uitgesteld tot volgend jaar.", "2.1.3. ASIEL EN MIGRATIE", 26)],
    "Omdat de Europese kalender vertraging opliep; de geplande workshop werd daarom uitgesteld tot volgend jaar. De "
    "partners willen EES gecoördineerd evalueren en de voorbereiding van ETIAS samen volgen.",
    ["vertraging", "Europese kalender", "volgend jaar"],
    history=["Wat wilden de Benelux-landen in 2021 samen doen rond de nieuwe EU-gegevensbanken zoals EES en het ETIAS-systeem?"],
)
add(
    "To protect consumers who buy food online, which inspection technique did Benelux experts want to help each other "
    "set up in 2021, and under which EU regulation?",
    "en",
    "numeric",
    [ev(R21, "Overheidsdeskundigen op dit gebied, met verscherpte aandacht", "zal verder worden uitgewerkt.", "2.3. DUURZAME SAMENLEVING", 33)],
    "Mystery shopping, under Article 36 of Regulation (EU) 2017/625. Government experts focusing on food safety "
    "examined whether closer Benelux cooperation was needed, and this wish is being worked out further.",
    ["mystery shopping", "2017/625"],
)
add(
    "En 2021, quelles régions françaises ont participé ponctuellement aux réunions de la plateforme COVID Affaires "
    "étrangères, aux côtés de la Rhénanie-du-Nord-Westphalie ?",
    "fr",
    "list",
    [ev(R21, "Naast de regelmatige deelname van Noordrijn-Westfalen namen", "het opzetten van COVID-platforms.", "2.2. SAMENWERKING MET ANDERE STATEN, DEELSTATEN EN INTERNATIONALE ORGANISATIES", 43)],
    "Les Hauts-de-France et le Grand Est y ont participé sur une base ad hoc, alors que la Rhénanie-du-Nord-Westphalie "
    "y participait régulièrement. Des contacts ont aussi été pris avec le Nordic Council, qui souhaite profiter de "
    "l'expérience du Secrétariat général avec les plateformes COVID.",
    ["Hauts-de-France", "Grand Est"],
)
add(
    "Vat samen hoe Noordrijn-Westfalen in 2021 met de Benelux samenwerkte op het gebied van politie, drugsbestrijding en pandemiebestrijding.",
    "nl",
    "summary",
    [
        ev(R21, "De nauwe politieke samenwerking die reeds verscheidene jaren bestaat", "met name de illegale handel.", "2.1. SAMENWERKING MET NOORDRIJN-WESTFALEN (NRW)", 42),
        ev(R21, "De samenwerking bij de bestrijding van pandemieën", "samenwerking met de crisiscentra.", "2.1. SAMENWERKING MET NOORDRIJN-WESTFALEN (NRW)", 42),
    ],
    "De al jaren bestaande nauwe samenwerking (onder meer opleiding, samenwerking van controlecentra bij "
    "grensoverschrijdend optreden en uitwisseling van onderzoek) werd voortgezet en uitgebreid tot de bestrijding van "
    "drugscriminaliteit, vooral de illegale handel. Bij de pandemiebestrijding waren er regelmatige uitwisselingen met "
    "de ministeries van Buitenlandse Zaken van de Benelux en de Grande Région en werd samengewerkt met de crisiscentra.",
    ["drugscriminaliteit", "Grande Région", "crisiscentra"],
)
add(
    "How much budget was made available for phase 1 of the Benelux MaaS living lab?",
    "en",
    "unanswerable",
    [],
    "The documents do not give an amount. The 2021 annual report only says that a budget was made available for phase 1 "
    "of the MaaS living lab (an inventory of existing projects and initiatives).",
    [],
)
# cross-doc 002 + 003
add(
    "Who is listed as responsible publisher of the 2021 annual report, and who of the joint work programme 2025-2028?",
    "en",
    "cross-doc",
    [
        ev(R21, "De heer Alain de Muysen", "Secretaris-generaal van de Benelux Unie", "Colofon", None),
        ev(WP, "Verantwoordelijke uitgever: De heer Frans Weekers", "Secretaris-generaal van de Benelux Unie", "Colofon", None),
    ],
    "For the 2021 annual report it is Mr Alain de Muysen, Secretary-General of the Benelux Union; for the joint work "
    "programme 2025-2028 it is Mr Frans Weekers, Secretary-General of the Benelux Union.",
    ["Alain de Muysen", "Frans Weekers"],
)

# ---------------------------------------------------------------- Werkprogramma 2025-2028 (003)
TOC = "Inhoudsopgave"
add(
    "In welke maand en welk jaar is het Gemeenschappelijk Werkprogramma 2025-2028 uitgegeven?",
    "nl",
    "numeric",
    [ev(WP, "Datum: Januari 2025", "beschermd door auteursrecht.", "Colofon", None)],
    "In januari 2025.",
    ["januari 2025"],
)
add(
    "Welke deelonderwerpen behandelt het werkprogramma 2025-2028 in het hoofdstuk over economische integratie, sociale "
    "bescherming en duurzame groei?",
    "nl",
    "list",
    [ev(WP, "Versterking van de interne markt 8", "Digitale archivering 10", TOC, None)],
    "Versterking van de interne markt, ondersteuning van kmo's/mkb, grensoverschrijdende arbeidsmobiliteit, behoud van "
    "industrie en economische welvaart, een gezamenlijke visie op slimme en duurzame mobiliteit, duurzamere en "
    "weerbaardere logistieke ketens, en digitale archivering.",
    ["interne markt", "arbeidsmobiliteit", "logistieke ketens", "Digitale archivering"],
)
add(
    "Geef een overzicht van de opbouw van het werkprogramma 2025-2028: met welke onderdelen opent en sluit het, en welke "
    "grote thema's staan ertussen?",
    "nl",
    "summary",
    [
        ev(WP, "INLEIDING 4 VEILIGHEID", "DUURZAME GROEI 8", TOC, None),
        ev(WP, "DUURZAME ONTWIKKELING EN GROENE TRANSITIE 11", "WAARDEN 14", TOC, None),
    ],
    "Het opent met een inleiding, gevolgd door drie thematische hoofdstukken: veiligheid, migratie, justitiële "
    "samenwerking en een weerbare samenleving (criminaliteitsbestrijding, migratie, crisisbeheer, cyberveiligheid); "
    "economische integratie, sociale bescherming en duurzame groei; en duurzame ontwikkeling en groene transitie "
    "(Noordzee, energiezekerheid, circulaire economie, waterbeheer, landbouw, biodiversiteit). Daarna volgen 'De "
    "Benelux+ en daarbuiten' en tot slot missie, visie en waarden.",
    ["weerbare samenleving", "economische integratie", "groene transitie", "Benelux+"],
)

# ---------------------------------------------------------------- Jaarverslag 2024 (004)
add(
    "Besides Secretary-General Frans Weekers, who are the two deputy secretaries-general named with the foreword of the 2024 annual report?",
    "en",
    "factoid",
    [ev(R24, "Michel-Etienne Tilemans Adjunct-secretaris-generaal", "Jean-Claude Meyer Adjunct-secretaris-generaal", "VOORWOORD VAN HET COLLEGE VAN SECRETARISSEN-GENERAAL", 4)],
    "Michel-Etienne Tilemans and Jean-Claude Meyer, both deputy secretaries-general.",
    ["Michel-Etienne Tilemans", "Jean-Claude Meyer"],
)
add(
    "Op welke dag werden in 2024 het jaarplan gepresenteerd en het Belgische voorzitterschap van de Benelux Unie geopend?",
    "nl",
    "numeric",
    [ev(R24, "23 JANUARI PRESENTATIE JAARPLAN", "VAN DE BENELUX UNIE", "HET JAAR 2024 IN BEELD", 6)],
    "Op 23 januari 2024.",
    ["23 januari"],
)
add(
    "Wanneer en in welke badplaats stond in 2024 de Belgisch-Nederlandse politiesamenwerking in de kijker, volgens de tijdlijn van het jaarverslag?",
    "nl",
    "numeric",
    [ev(R24, "22 JULI BELGISCH-NEDERLANDSE POLITIESAMENWERKING", "IN KNOKKE", "HET JAAR 2024 IN BEELD", 6)],
    "Op 22 juli, in Knokke.",
    ["22 juli", "Knokke"],
)
add(
    "Wat volgde er in 2024 op operationeel niveau op het strategisch overleg van de Benelux-politiechefs, en voor welke politiediensten werden opleidingen gegeven?",
    "nl",
    "factoid",
    [ev(R24, "daarvan werden op operationeel niveau gezamenlijke acties", "slagkracht van de drie Benelux-landen.", "IMPLEMENTATIE VAN HET POLITIEVERDRAG", 9)],
    "Er werden gezamenlijke acties en controles opgezet en gerichte opleidingen georganiseerd, onder meer voor de "
    "verkeers- en zeevaartpolitie. Dat versterkte de operationele samenwerking en de slagkracht van de drie landen.",
    ["gezamenlijke acties en controles", "verkeers- en zeevaartpolitie"],
)
add(
    "Dans quelle ville s'est tenue la conférence Benelux du 13 novembre 2024 sur la communication de crise dans les villes ?",
    "fr",
    "unanswerable",
    [],
    "Les documents ne le précisent pas. Le rapport annuel 2024 mentionne la conférence Benelux sur la communication de "
    "crise dans les villes (13 novembre) et une conférence internationale sur la communication de crise en zones "
    "urbaines, sans en indiquer le lieu.",
    [],
)
add(
    "En wat heeft die uitwisseling uiteindelijk opgeleverd?",
    "nl",
    "factoid",
    [ev(R24, "Deze grensoverschrijdende uitwisseling van kennis en praktijkvoorbeelden", "verdere samenwerking.", "NATUUR EN BIODIVERSITEIT", 31)],
    "Een gezamenlijk rapport met concrete aanknopingspunten voor een afgestemde aanpak en verdere samenwerking.",
    ["gezamenlijk rapport", "afgestemde aanpak"],
    history=["Welk dier stond centraal op de expertdag over invasieve soorten die de Benelux in 2024 organiseerde?"],
)
add(
    "Vat samen wat de Benelux-landen in 2024 op fiscaal vlak samen ondernamen.",
    "nl",
    "summary",
    [
        ev(R24, "De fiscale samenwerking werd versterkt via een strategisch overleg", "richting gezamenlijke risicoanalyse", "SAMENWERKING OP FISCAAL GEBIED", 33),
        ev(R24, "In 2024 werden ook gesprekken gevoerd over de digitale rapportageverplichtingen", "juridische knelpunten in kaart brachten.", "SAMENWERKING OP FISCAAL GEBIED", 33),
    ],
    "In een strategisch overleg tussen de belastingdiensten stonden btw-fraude, digitale handhaving en fiscale "
    "transparantie centraal; het bouwde voort op het symposium over de btw-kloof en leidde tot stappen richting "
    "gezamenlijke risicoanalyse en controlemethoden. Daarnaast wisselden de landen ervaringen uit over digitale "
    "rapportageverplichtingen onder EU-wetgeving en brachten ze juridische knelpunten in kaart.",
    ["btw-fraude", "risicoanalyse", "rapportageverplichtingen"],
)
add(
    "Op welke gezamenlijke uitdagingen concentreerde de samenwerking van de Benelux met andere Europese regio's zich in 2024?",
    "nl",
    "list",
    [ev(R24, "In 2024 werkte de Benelux verder aan haar samenwerking met andere regio's", "West-, Noord- en Oost-Europa.", "INTERREGIONALE BETREKKINGEN", 34)],
    "Op mobiliteit, klimaat, digitalisering en onderwijs. Door regelmatig contact met buurregio's en andere partners "
    "versterkte de Benelux zijn rol als brug tussen West-, Noord- en Oost-Europa.",
    ["mobiliteit", "klimaat", "digitalisering", "onderwijs"],
)
add(
    "Hoeveel kilometer lang wordt het fietspad tussen Aarlen en Luxemburg, het Interreg-project waaraan het Secretariaat-generaal deelneemt?",
    "nl",
    "unanswerable",
    [],
    "Dat staat niet in de documenten. Het jaarverslag 2024 meldt alleen dat het Secretariaat-generaal als "
    "'methodologische partner' toetrad tot dit door Interreg Grande Région gefinancierde project (goedgekeurd op 29 "
    "januari 2025); een lengte wordt niet genoemd.",
    [],
)


def norm(s):
    return col(s).lower()


out = []
for n, it in enumerate(ITEMS, 1):
    o = {"id": f"q9-{n:03d}"}
    o.update(it)
    o = {k: o[k] for k in ["id", "question", "language", "history", "type", "evidence", "answer", "key_facts"]}
    if o["type"] == "unanswerable":
        assert not o["evidence"] and not o["key_facts"], o["id"]
    else:
        assert o["evidence"] and 1 <= len(o["key_facts"]) <= 4, o["id"]
        qs = " || ".join(norm(e["quote"]) for e in o["evidence"])
        for k in o["key_facts"]:
            assert norm(k) in qs, (o["id"], "key fact not in quotes", k)
            assert norm(k) in norm(o["answer"]), (o["id"], "key fact not in answer", k)
        if o["type"] == "cross-doc":
            assert len({e["doc"] for e in o["evidence"]}) == 2, o["id"]
    out.append(o)

assert len(out) == 40, len(out)
types = Counter(o["type"] for o in out)
assert types == Counter(numeric=9, factoid=8, list=7, explain=6, summary=3, **{"cross-doc": 3}, unanswerable=4), types
langs = Counter(o["language"] for o in out)
assert langs == Counter(nl=30, en=7, fr=3), langs
assert sum(1 for o in out if o["history"]) == 3
with open(OUT, "w") as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")
print("wrote", OUT, len(out), dict(types), dict(langs))
print("quotes per doc", dict(sorted(Counter(e["doc"][:3] for o in out for e in o["evidence"]).items())))
