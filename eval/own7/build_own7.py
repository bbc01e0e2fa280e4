"""Builds own7.jsonl. Quotes are cut from the whitespace-collapsed document text by start/end anchors."""
import json
import re
from pathlib import Path

D = Path("/work/main/data/documents")
F = {p.name[:3]: p.name for p in D.glob("*.txt")}
TXT = {k: re.sub(r"\s+", " ", (D / v).read_text()).strip() for k, v in F.items()}


def cut(doc, start, end):
    t = TXT[doc]
    assert t.count(start) == 1, (doc, start, t.count(start))
    i = t.index(start)
    j = t.index(end, i) + len(end)
    return t[i:j]


def ev(doc, start, end, section, page):
    return {"doc": F[doc], "quote": cut(doc, start, end), "section": section, "page": page}


Q = []


def add(question, language, history, typ, evidence, answer, key_facts):
    Q.append({"id": f"q7-{len(Q)+1:03d}", "question": question, "language": language, "history": history,
              "type": typ, "evidence": evidence, "answer": answer, "key_facts": key_facts})


# ---------------- 000 Jaarplan 2024 ----------------
add("Rond welke inhoudelijke pijlers organiseert de Benelux Unie haar werk in 2024?", "nl", [], "list",
    [ev("000", "In 2024 zal de Benelux Unie haar werkzaamheden inrichten", "en Grensoverschrijdende samenwerking.", "VOORWOORD", 6)],
    "Rond vier pijlers die teruggaan op het Benelux-Verdrag: Veiligheid, Interne markt en Economie, Duurzame ontwikkeling en energie, en Grensoverschrijdende samenwerking.",
    ["Veiligheid", "Interne markt en Economie", "Duurzame ontwikkeling en energie", "Grensoverschrijdende samenwerking"])

add("Wat is de rol van het Belgische voorzitterschap bij het nieuwe meerjarenplan van de Benelux?", "nl", [], "factoid",
    [ev("000", "Het Belgische voorzitterschap zal alles in het werk stellen om het meerjarenplan", "strategische agenda van de Europese Unie.", "PRIORITEITEN VAN HET BELGISCHE VOORZITTERSCHAP", 8)],
    "Het Belgische voorzitterschap zal alles in het werk stellen om het meerjarenplan 2025-2028 op te stellen en het af te stemmen op de volgende strategische agenda van de Europese Unie.",
    ["2025-2028", "strategische agenda"])

add("Op welke concrete punten spitst de Benelux zich in 2024 toe bij het aanpakken van de internationale drugshandel?", "nl", [], "list",
    [ev("000", "De focus wordt gericht op de volgende punten:", "via post- en koeriersdiensten te belemmeren.", "1.1. SAMENWERKING IN DE VEILIGHEIDSKETEN", 10)],
    "Op twee punten: de organisatie van een bijeenkomst over de integrale aanpak in 2024, voortbouwend op wat in 2023 onder Nederlands voorzitterschap werd gestart, en de bestrijding van drugsgerelateerde criminaliteit door de verzending van drugs via post- en koeriersdiensten te belemmeren.",
    ["bijeenkomst over de integrale aanpak", "post- en koeriersdiensten"])

add("Vanaf wanneer wordt er overlegd over wederzijdse bijstand bij zware ongevallen en rampen zoals overstromingen?", "nl", [], "numeric",
    [ev("000", "de afstemming en de regelingen voor wederzijdse bijstand", "(het mechanisme voor civiele bescherming van de EU).", "1.2. CRISISBEHEER", 12)],
    "Vanaf de tweede helft van 2024, naast de bestaande Europese maatregelen, met name in het kader van het UCPM (het mechanisme voor civiele bescherming van de EU).",
    ["tweede helft van 2024", "UCPM"])

add("Which EU directive on the weights and dimensions of heavy commercial vehicles does the Secretariat-General want the Benelux to implement once its revision is complete?", "en", [], "numeric",
    [ev("000", "Maten en gewichten: de mogelijkheid voor de drie", "zodra deze is voltooid.", "2.2. DUURZAAM TRANSPORT", 18)],
    "Directive 96/53/EC on weights and dimensions of heavy commercial vehicles; the Secretariat-General proposes to work on implementing its revision in the Benelux once it is finished.",
    ["96/53"])

add("En welk ander detailhandelsthema wil de Benelux daarnaast opnieuw bij de EU op de agenda zetten?", "nl",
    ["Via welk informatiepunt wordt de grensoverschrijdende detailhandel in 2024 ondersteund?"], "factoid",
    [ev("000", "Grensoverschrijdende detailhandel wordt verder gefaciliteerd door het Informatiepunt", "een Benelux-aanpak onderzocht.", "2.1. CONCURRENTIEVERMOGEN EN WEERBAARHEID", 16)],
    "De territoriale leveringsbeperkingen: de Benelux brengt dat thema opnieuw onder de aandacht van de EU en onderzoekt parallel een eigen Benelux-aanpak.",
    ["territoriale leveringsbeperkingen"])

add("Luxemburg heeft geen kust. Hoe wordt het dan betrokken bij de Noordzeebesprekingen in het Greater North Sea Basin Initiative?", "nl", [], "explain",
    [ev("000", "Ondanks zijn gebrek aan toegang tot de Noordzee", "hoe Luxemburg kan deelnemen.", "3.1. WINDENERGIE", 22)],
    "Ondanks het gebrek aan toegang tot de Noordzee volgt Luxemburg de besprekingen met grote belangstelling, en er komen regelmatig gesprekken om na te gaan hoe Luxemburg kan deelnemen.",
    ["belangstelling", "deelnemen"])

add("Vat samen welke uitdagingen de landbouw in de Benelux volgens het jaarplan 2024 heeft en hoe de landen de sector willen verduurzamen.", "nl", [], "summary",
    [ev("000", "Stikstof- en methaanuitstoot en het reduceren", "tegen betaalbare prijzen kan voorzien.", "3.8. DUURZAME EN GEDIVERSIFIEERDE LANDBOUW", 27),
     ev("000", "Het doel zal zijn om te werken aan verduurzaming", "eerlijk worden beloond voor hun inspanningen.", "3.8. DUURZAME EN GEDIVERSIFIEERDE LANDBOUW", 27)],
    "De verduurzaming van de landbouw is een grote nationale uitdaging: stikstof- en methaanuitstoot en het beheersen van de CO2-uitstoot wegen zwaar, en de crises tonen het belang van een sterk en veerkrachtig voedselsysteem met voldoende voedsel tegen betaalbare prijzen. Het doel is de voedselproductie te verduurzamen en te diversifiëren met behoud van een hoog niveau van voedselveiligheid, gezondheid en welzijn van dieren en planten en energie-efficiëntie, terwijl landbouwers eerlijk worden beloond voor hun inspanningen.",
    ["Stikstof", "methaanuitstoot", "voedselveiligheid", "eerlijk worden beloond"])

add("Welke onderwerpen staan op de agenda van het formele werkbezoek aan de Noordse Raad in 2024?", "nl", [], "list",
    [ev("000", "Deze gesprekken zullen in 2024 een vervolg krijgen", "automatische diploma-erkenning worden besproken.", "5.2. Noordse Raad", 35)],
    "Onder meer de mogelijkheden voor samenwerking op het gebied van kunstmatige intelligentie en het Verdrag inzake automatische diploma-erkenning. De gesprekken met de Noordse Raad krijgen in 2024 een vervolg via dat formele werkbezoek.",
    ["kunstmatige intelligentie", "diploma-erkenning"])

# ---------------- 001 Jaarplan 2021 ----------------
add("Voor welke sectoren wilde men in 2021 op een studiedag de grensoverschrijdende impact van artificiële intelligentie bekijken?", "nl", [], "list",
    [ev("001", "Organiseren van een studiedag naar de grensoverschrijdende impact van artificiële intelligentie", "handel en landbouw.", "1.3. HANDEL, DIGITALISERING EN CIRCUL AIRE ECONOMIE", None)],
    "Voor een aantal gedeelde kernsectoren: gezondheidszorg, transport, energie, handel en landbouw.",
    ["gezondheidszorg", "transport", "energie", "landbouw"])

add("Which EU regulation on common rules for civil aviation did the 2021 annual plan want to see applied in a harmonised way?", "en", [], "numeric",
    [ev("001", "Geharmoniseerde toepassing van Verordening (EU) 2018/1139", "op het gebied van burgerluchtvaart.", "1.2. TRANSPORT & LOGISTIEK", None)],
    "Regulation (EU) 2018/1139 on common rules in the field of civil aviation.",
    ["2018/1139"])

add("Sur quel règlement européen repose l'accord d'assistance que les pays Penta devaient élaborer en 2021 pour réagir aux risques dans l'approvisionnement en électricité ?", "fr", [], "numeric",
    [ev("001", "Uitbouwen van de regionale plannen inzake risicoparaatheid", "(EU) 2019/941.", "1.1. ENERGIE & KLIMA AT", None)],
    "Sur le règlement européen sur la préparation aux risques dans le secteur de l'électricité, (UE) 2019/941 ; l'accord d'assistance entre pays Penta devait le mettre en œuvre, en plus du renforcement des plans régionaux de préparation aux risques.",
    ["2019/941"])

add("Van welke datum is de politieke verklaring van de Benelux-ministers van Justitie over pre-employment screening?", "nl", [], "numeric",
    [ev("001", "Pre-employment screening • Opvolging geven aan de politieke verklaring", "op dit terrein zijn op- genomen.", "2.1.4. Justitie", None)],
    "Van 6 juni 2019. In die verklaring maakten de Benelux-ministers van Justitie afspraken over versterkte samenwerking op het gebied van pre-employment screening; het jaarplan 2021 wil daar opvolging aan geven.",
    ["6 juni 2019"])

add("Waarom ondersteunt het Secretariaat-Generaal overheden bij het oprichten van grensoverschrijdende juridische structuren?", "nl", [], "explain",
    [ev("001", "ook duurzame grens- overschrij-dende juridische structuren", "om deze initiatieven vorm te geven.", "1. Benelux Kenniscentrum Grensoverschrijdende Samenwerking", None)],
    "Omdat zulke duurzame structuren lokale samenwerkingsinitiatieven ondersteunen: zo vormen obstakels aan de grens, zoals het aanwerven van personeel of het openen van bankrekeningen, geen belemmering om die initiatieven vorm te geven.",
    ["aanwerven van personeel", "bankrekeningen"])

add("Hoe wilden de drie landen in 2021 sociale fraude via preventie tegengaan?", "nl", [], "explain",
    [ev("001", "Bestrijding van sociale fraude door preventie:", "bewustmakingscampagne door de drie landen.", "2.2.2. Bestrijding van sociale fraude", None)],
    "Door ervaringen uit te wisselen over de communicatie met de burger en met activiteitensectoren over zwartwerk, en door samen een gemeenschappelijke bewustmakingscampagne van de drie landen op te zetten.",
    ["zwartwerk", "bewustmakingscampagne"])

# ---------------- 002 Jaarverslag 2021 ----------------
add("On what date in 2021 was the Penta memorandum of understanding on crisis management signed?", "en", [], "numeric",
    [ev("002", "Op 1 december werd na intensieve voorbereidingen", "Pentalateraal Energie Forum.", "1.1. ENERGIE & KLIMAAT", 8)],
    "On 1 December 2021, by the competent ministers under the Belgian presidency at the ministerial meeting of the Pentalateral Energy Forum, after intensive preparation at expert level.",
    ["1 december"])

add("Dans quel groupe informel les pays du Benelux ont-ils échangé en 2021 sur l'application de la réglementation européenne sur les drones ?", "fr", [], "factoid",
    [ev("002", "Frequente uitwisseling van expertise tussen de Benelux-landen en andere Europese landen", "U-space-Verordening (EU) 2021/664.", "1.2. TRANSPORT & LOGISTIEK", 12)],
    "Dans le groupe informel NAARIC (National Aviation Authorities Regulation Implementation Coordination), avec d'autres pays européens, notamment sur le règlement d'exécution (UE) 2019/947 et le règlement U-space (UE) 2021/664.",
    ["NAARIC", "2019/947"])

add("Van wanneer dateert het politieverdrag waarvoor België in 2021 een aangepaste 'train the trainer'-opleiding ontwikkelde?", "nl", [], "numeric",
    [ev("002", "Met de inwerkingtreding van het Verdrag van 23 juli 2018", "(TTT) opleiding te ontwikkelen.", "2.1.1. POLITIESAMENWERKING", 18)],
    "Van 23 juli 2018. Met de inwerkingtreding van dat verdrag in zicht nam België het voortouw om een aangepaste train-the-trainer-opleiding (TTT) te ontwikkelen.",
    ["23 juli 2018"])

add("Vat samen hoe in 2021 de informatie-uitwisseling tussen de crisiscentra van de Benelux werd versterkt.", "nl", [], "summary",
    [ev("002", "De vergaderingen van het Crise-COVID-platform", "met name door de opstelling van informatiefiches", "2.1.2. CRISISBEHEERSING", 24),
     ev("002", "De delegaties hebben de dialoog met de informatieplatforms ICMS (BE)", "mechanisme voor automatische informatie-uitwisseling.", "2.1.2. CRISISBEHEERSING", 24),
     ev("002", "Het Benelux-overzicht van contactpersonen voor crisisbeheersing", "in elk werkveld, werd bijwerkt.", "2.1.2. CRISISBEHEERSING", 24)],
    "Het Crise-COVID-platform, bij het begin van de pandemie opgericht door het Secretariaat-Generaal, bleef geregeld vergaderen en deelde informatie over de COVID-19-crisis, onder meer via informatiefiches. De dialoog met de informatieplatforms ICMS (BE) en LCMS (NL) werd voortgezet, met verkennende vergaderingen over automatische informatie-uitwisseling, en het Benelux-overzicht van contactpersonen voor crisisbeheersing en noodplanning werd bijgewerkt.",
    ["Crise-COVID-platform", "informatiefiches", "ICMS", "contactpersonen"])

add("Waarop heeft die delegatie zich in 2021 vooral gericht, en waarom loopt het werk door in 2022?", "nl",
    ["Welke delegatie had in 2021 de leiding over de Benelux-werkzaamheden rond mensenhandel?"], "explain",
    [ev("002", "België heeft zich dit jaar gefocust", "voortzetten in 2022.", "2.1.3. JUSTITIE", 28)],
    "België, dat in 2021 de lead had, richtte zich op grensoverschrijdende samenwerking wanneer een uitbuitingslachtoffer wordt aangetroffen in een ander land dan waar de uitbuiting plaatsvond. Omdat de werkzaamheden door de pandemie even werden opgeschort, zet de Belgische delegatie ze voort in 2022.",
    ["uitbuitingslachtoffer", "pandemie"])

add("What progress did the HESTIA project on the exchange of CRS data make in 2021?", "en", [], "factoid",
    [ev("002", "Het HESTIA-project is nu goed uitgebouwd", "uitwisselingen verricht (HESTIA2).", "2.2.1. BESTRIJDING VAN FISCALE FRAUDE", 30),
     ev("002", "Momenteel zijn de experts bezig met het analyseren", "wenst te verkrijgen van een andere lidstaat", "2.2.1. BESTRIJDING VAN FISCALE FRAUDE", 30)],
    "After promising first results, the countries carried out a second round of exchanges (HESTIA2), in which all three met the selection criteria in a similar way. Experts are now analysing the information and determining which CRS data each member state wants to obtain from another.",
    ["HESTIA2", "CRS"])

add("Wanneer zou de studiedag over de grensoverschrijdende invordering van fiscale en sociale zekerheidsschulden plaatsvinden?", "nl", [], "numeric",
    [ev("002", "Er zijn contacten gelegd met de bevoegde overheidsdiensten van de drie landen", "in 2022 worden georganiseerd.", "2.2.2. BESTRIJDING VAN SOCIALE FRAUDE", 32)],
    "In 2022: vanwege de coronabeperkingen werd de studiedag, die ook over administratieve boetes gaat, naar 2022 verschoven.",
    ["2022", "coronabeperkingen"])

# ---------------- 003 Werkprogramma 2025-2028 ----------------
add("Wat zijn volgens het werkprogramma 2025-2028 de speerpunten voor de ondersteuning van kmo's?", "nl", [], "list",
    [ev("003", "Kleine en middelgrote ondernemingen (KMO/MKB) vormen de ruggengraat", "belangrijke speerpunten.", "Ondersteuning van KMO/MKB", 8)],
    "Kmo's vormen de ruggengraat van de Benelux-economie. Speerpunten zijn het stimuleren van grensoverschrijdende handel en transnationale partnerschappen, het verminderen van administratieve lasten en het bevorderen van investeringen.",
    ["grensoverschrijdende handel", "administratieve lasten", "investeringen"])

add("Welke aandachtspunten noemt het werkprogramma 2025-2028 om bedrijven concurrerender te maken en banen te behouden?", "nl", [], "factoid",
    [ev("003", "Daarnaast wordt aandacht besteed aan energie-efficiëntie", "werkgelegenheid te behouden.", "Behoud van industrie en economische welvaart", 9)],
    "Energie-efficiëntie en slimme productieprocessen, om bedrijven concurrerender te maken en werkgelegenheid te behouden.",
    ["energie-efficiëntie", "slimme productieprocessen"])

add("Welke drie elementen vormen volgens het werkprogramma 2025-2028 de basis voor de interne markt van de toekomst?", "nl", [], "list",
    [ev("003", "Een circulaire economie, duurzame landbouw en energiezekerheid vormen de basis", "gezonde en welvarende samenleving.", "DUURZAME ONTWIKKELING EN GROENE TRANSITIE", 11)],
    "Een circulaire economie, duurzame landbouw en energiezekerheid; ze dragen ook bij aan een gezonde en welvarende samenleving.",
    ["circulaire economie", "duurzame landbouw", "energiezekerheid"])

add("Waarom is het harmoniseren van regels en standaarden belangrijk voor de circulaire economie in de Benelux?", "nl", [], "explain",
    [ev("003", "Daarnaast kunnen door de gezamenlijke aanpak regelgeving en standaarden worden geharmoniseerd", "als voorbeeld kan dienen voor de rest van Europa.", "Circulaire economie", 12)],
    "Omdat harmonisatie barrières voor grensoverschrijdende activiteiten en innovaties in de circulaire economie wegneemt. Dat leidt tot een efficiënter gebruik van materialen en bevordert een circulair bedrijfsmodel dat als voorbeeld voor de rest van Europa kan dienen.",
    ["barrières", "efficiënter gebruik van materialen"])

add("Welke waarden hanteert het Secretariaat-generaal volgens het werkprogramma 2025-2028?", "nl", [], "list",
    [ev("003", "We zijn onpartijdig en meertalig", "integer en met teamspirit.", "WAARDEN", 14)],
    "Het Secretariaat-generaal is onpartijdig en meertalig en werkt geëngageerd, resultaatgericht, vakkundig, integer en met teamspirit.",
    ["onpartijdig", "meertalig", "integer", "teamspirit"])

# ---------------- 004 Jaarverslag 2024 ----------------
add("Under which principle does the 2024 annual report place the joint work on antibiotic resistance and the traceability of animal feed?", "en", [], "factoid",
    [ev("004", "Ook antibioticaresistentie en de traceerbaarheid van diervoeders", "dieren en het milieu).", "VOEDSELVEILIGHEID EN DIERGEZONDHEID", 30)],
    "The 'One Health' principle, the internationally recognised concept that human, animal and environmental health are interconnected; both topics matter for public and animal health.",
    ["One Health"])

add("Quelle candidature la Benelux a-t-elle soutenue en 2024 pour le télescope Einstein ?", "fr", [], "factoid",
    [ev("004", "Een sprekend voorbeeld was de ondersteuning van de kandidatuur", "koppelt aan grensoverschrijdende samenwerking.", "OVERIGE", 23)],
    "La candidature de l'Euregio Meuse-Rhin (Euregio Maas-Rijn) pour l'Einstein Telescoop, un grand projet scientifique de portée européenne.",
    ["Euregio Maas-Rijn"])

add("How did the Benelux feed into the reform of the European electricity market design in 2024?", "en", [], "explain",
    [ev("004", "De Benelux leverde een actieve bijdrage aan de discussie over de hervorming", "leveringszekerheidsanalyses en marktmodellen.", "PENTA-SAMENWERKING", 27)],
    "It contributed actively to the discussion and, through a sounding board group with the European Commission and ENTSO-E, provided input for security-of-supply analyses and market models.",
    ["ENTSO-E"])

add("Summarise what the Benelux did on climate adaptation in 2024 according to the annual report.", "en", [], "summary",
    [ev("004", "In 2024 gaf de Benelux verdere invulling aan haar klimaatadaptatiestrategie", "met name in kwetsbare stedelijke gebieden.", "KLIMAAT, KLIMAATADAPTATIE EN WATERBEHEER", 25),
     ev("004", "De Benelux werkte hierbij nauw samen met het *European Climate Adaptation Platform", "adaptieve beleidsvorming.", "KLIMAAT, KLIMAATADAPTATIE EN WATERBEHEER", 25),
     ev("004", "Daarnaast werd gewerkt aan een voorstel voor een gezamenlijke verkenning van klimaatbestendige", "breder Europees initiatief", "KLIMAAT, KLIMAATADAPTATIE EN WATERBEHEER", 25)],
    "The Benelux developed its climate adaptation strategy through cross-border risk analyses and cooperation on resilient infrastructure and land use, focusing on drought, floods and heat stress, especially in vulnerable urban areas. It worked closely with Climate-ADAPT, sharing tools and best practices on risk management, monitoring and adaptive policy, and prepared a joint exploration of climate-resilient farming strategies meant to feed a wider European initiative in 2025.",
    ["Climate-ADAPT", "2025"])

add("Hoe vaak kwamen de Bijzondere Commissie Personenverkeer en haar subcommissies in 2024 samen, en over welke onderwerpen gaan die subcommissies?", "nl", [], "numeric",
    [ev("004", "De Bijzondere Commissie Personenverkeer en haar subcommissies", "ondersteunden de beleidsvoorbereiding.", "ASIEL EN MIGRATIE", 13)],
    "Tweemaal. De commissie en haar subcommissies voor Readmissie en Visa ondersteunden zo de beleidsvoorbereiding.",
    ["tweemaal", "Readmissie en Visa"])

add("Waar werd het College van Secretarissen-generaal daar in 2024 ontvangen, en welke hoofdstad bezocht het daarna?", "nl",
    ["Met welke Franse regio heeft de Benelux de samenwerking in 2024 verder versterkt?"], "factoid",
    [ev("004", "Als blijk van het wederzijdse engagement werd het College", "een bezoek aan Parijs.", "HAUTS-DE-FRANCE", 35)],
    "Op uitnodiging van de president van Hauts-de-France werd het College ontvangen in het regioparlement in Lille, waar het het parlement toesprak. Daarna bracht het, met steun van de ambassades van de drie Benelux-landen, een bezoek aan Parijs.",
    ["Lille", "regioparlement", "Parijs"])

# ---------------- cross-doc ----------------
add("Wat kondigde het jaarplan 2024 aan over de export van vervuilde brandstoffen naar derde landen, en wat wilden de Benelux-landen er volgens het jaarverslag 2024 mee bereiken?", "nl", [], "cross-doc",
    [ev("000", "Een aanbeveling rond het tegengaan van de export van verontreinigde brandstoffen", "(UNEP) en de Europese Commissie.", "2.2. DUURZAAM TRANSPORT", 18),
     ev("004", "Met deze maatregel willen de Benelux-landen bijdragen aan betere luchtkwaliteit", "vooral in West-Afrika.", "EXPORT VAN VERVUILDE BRANDSTOFFEN", 25)],
    "Het jaarplan 2024 kondigde een aanbeveling aan tegen de export van verontreinigde brandstoffen naar derde landen, met name West-Afrika, voor te bereiden in nauwe samenwerking met UNEP en de Europese Commissie. Volgens het jaarverslag wilden de landen daarmee bijdragen aan betere luchtkwaliteit en volksgezondheid in de importerende landen, vooral in West-Afrika.",
    ["UNEP", "luchtkwaliteit", "volksgezondheid"])

add("Hoe is de Benelux-aanpak van vuurwerk geëvolueerd tussen het jaarplan 2021 en het jaarverslag 2024?", "nl", [], "cross-doc",
    [ev("001", "Implementeren van twee beschikkingen en een aanbeveling over vuurwerk", "precursoren voor oneigenlijk gebruik.", "1.3. HANDEL, DIGITALISERING EN CIRCUL AIRE ECONOMIE", None),
     ev("004", "Daarnaast werden diverse innovatieve initiatieven ontplooid.", "door vuurwerkmisbruik te voorkomen.", "OVERIGE SAMENWERKING", 14)],
    "In 2021 ging het om het implementeren van twee beschikkingen en een aanbeveling over vuurwerk, het convergeren van productvereisten en eerste verkennende stappen tegen grensoverschrijdende handel in precursoren. In 2024 werd vooral het Pyro-pass-systeem verder geïmplementeerd, bedoeld om letsel en materiële schade door vuurwerkmisbruik te voorkomen.",
    ["twee beschikkingen", "precursoren", "Pyro-pass"])

add("Hoe willen de Benelux-landen volgens het werkprogramma 2025-2028 de samenwerking met derde landen rond terugkeer verbeteren, en welke denkpiste rond overname werd daarvoor in 2021 al verkend?", "nl", [], "cross-doc",
    [ev("003", "Migratie is één van de meest urgente vraagstukken in Europa.", "met name op het gebied van terugkeer.", "Een coherente aanpak van migratie", 6),
     ev("002", "De Benelux-landen zijn gestart met een uitgebreide brainstorming", "in plaats van een formele overnameovereenkomst.", "2.1.3. ASIEL EN MIGRATIE", 26)],
    "Het werkprogramma zet de gemeenschappelijke en coherente aanpak op het gebied van visumvrijstelling en terug- en overname voort, om de samenwerking met derde landen te verbeteren, vooral op het vlak van terugkeer. In 2021 begonnen de landen al een brainstorming over de toekomstige overname-aanpak, waaronder de mogelijkheid om met bepaalde derde landen juridisch niet-bindende overeenkomsten te sluiten in plaats van een formele overnameovereenkomst.",
    ["visumvrijstelling", "terugkeer", "niet-bindende overeenkomsten"])

# ---------------- unanswerable ----------------
add("Hoeveel kost de testversie van de Benelux Digital Twin voor wegbeheerders volgens de studie?", "nl", [], "unanswerable", [],
    "Dat staat niet in de documenten. Het jaarplan 2024 zegt alleen dat de studie Digital Twin begin 2024 wordt opgeleverd met een inschatting van de kosten en een tijdspad voor een testversie, en het jaarverslag 2024 meldt de validatie van de studie op 4 november, maar geen bedrag.", [])

add("Naar welke datum is de uitgestelde Benelux Energy Innovation Day Solar verplaatst?", "nl", [], "unanswerable", [],
    "Dat vermelden de documenten niet. Het jaarverslag 2021 zegt alleen dat het evenement, gepland op 16 december in Brussel, eind november wegens de COVID-situatie werd uitgesteld; een nieuwe datum wordt niet genoemd.", [])

add("In welke stad vond de Benelux-top van 26 november 2024 plaats?", "nl", [], "unanswerable", [],
    "Dat staat niet in de documenten. Het jaarverslag 2024 noemt de Benelux-top op 26 november, maar vermeldt niet waar die plaatsvond.", [])

add("Hoe vaak kwam de werkgroep lichte elektrische voertuigen (LEV's) in 2024 bijeen?", "nl", [], "unanswerable", [],
    "Dat wordt niet vermeld. Het jaarverslag 2024 zegt alleen dat de werkgroep LEV's werkte aan een aanbeveling over verkeersveiligheid met het oog op geharmoniseerde technische vereisten via een mogelijke Benelux-beschikking; het aantal bijeenkomsten wordt niet genoemd.", [])

# Reorder so that types and documents are mixed, then renumber.
order = [0, 9, 20, 27, 14, 1, 36, 10, 21, 28, 2, 15, 33, 11, 22, 29, 3, 16, 37, 12, 23, 30, 4, 17, 34, 13, 24, 31, 5, 18, 38, 6, 25, 32, 7, 19, 35, 8, 26, 39]
assert sorted(order) == list(range(len(Q))) and len(Q) == 40, (len(Q), sorted(order))
out = [Q[i] for i in order]
for n, o in enumerate(out, 1):
    o["id"] = f"q7-{n:03d}"
with open(Path(__file__).with_name("own7.jsonl"), "w") as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")
for o in out:
    for e in o["evidence"]:
        print(o["id"], o["type"], o["language"], e["doc"][:3], len(e["quote"]))
