"""Builds eval/own10/own10.jsonl (40 questions, gold format of data/gold/FORMAT.md).

Quotes are cut from the whitespace-collapsed document text between a start anchor and an end anchor, so they are
verbatim. The script asserts that each start anchor is unique, that each quote is 40-400 characters long and that
every key fact occurs (case-insensitive) in a quote of its own question. Run: python eval/own10/build_own10.py
"""
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCDIR = ROOT / "data/documents"
D0, D1, D2, D3, D4 = (
    "000_23ffac28d6a1c9fd.txt",  # Jaarplan 2024
    "001_d2ddd7b07eceb66e.txt",  # Jaarplan 2021 (no table of contents: page None)
    "002_68ccab70ba53b511.txt",  # Jaarverslag 2021
    "003_3c9be9ba5f64d8e1.txt",  # Gemeenschappelijk Werkprogramma 2025-2028
    "004_93b1f14f67b4112b.txt",  # Jaarverslag 2024
)


def col(s):
    return re.sub(r"\s+", " ", s).strip()


TEXT = {f: col((DOCDIR / f).read_text()) for f in (D0, D1, D2, D3, D4)}


def cut(doc, start, end, section, page):
    t = TEXT[doc]
    start, end = col(start), col(end)
    assert t.count(start) == 1, (doc, "start anchor not unique/absent", start, t.count(start))
    s = t.index(start)
    e = t.index(end, s) + len(end)
    q = t[s:e]
    assert 40 <= len(q) <= 400, (doc, start, len(q))
    return {"doc": doc, "quote": q, "section": section, "page": page}


P24 = "PRIORITEITEN VAN HET BELGISCHE VOORZITTERSCHAP"
PR21 = "PRIORITEITEN VAN HET BELGISCHE VOORZITTERSCHAP"

ITEMS = [
    # ---------------- numeric (9)
    dict(q="In which year should the treaty on automatic recognition of higher-education diplomas enter into force according to the 2024 annual plan, and what will the countries and partners keep doing about it?",
         lang="en", hist=[], type="numeric",
         ev=[cut(D0, "toetreding van andere landen uit de Europese Hogeronderwijsruimte", "tot het Verdrag te laten toetreden.", "2.3. ARBEIDSMOBILITEIT EN WERKGELEGENHEID", 19)],
         a="It should enter into force in 2024. With support from the Secretariat-General, the countries and partners will keep promoting the treaty and try to get other countries to accede to it.",
         k=["2024"]),
    dict(q="Van welk jaar dateert de pentalaterale politieke verklaring over waterstof waarrond het Belgische voorzitterschap in 2021 een werkprogramma wil uitvoeren?",
         lang="nl", hist=[], type="numeric",
         ev=[cut(D1, "uitvoering van een werkprogramma rond de Pentalaterale politieke waterstofverklaring", "koolstofvrij maken van het energiesysteem;", PR21, None)],
         a="Van 2020. Die verklaring legt gezamenlijke principes vast over de rol van waterstof bij het koolstofvrij maken van het energiesysteem.",
         k=["2020", "koolstofvrij"]),
    dict(q="According to the 2021 annual plan, by when was the European Commission's decarbonisation package expected, for which the Gas Platform should help prepare a joint position, and which gas phase-out does the platform steer?",
         lang="en", hist=[], type="numeric",
         ev=[cut(D1, "Faciliteren van het Gas Platform", "decarbonisatiepakket van de Europese Commissie eind 2021.", "1.1. ENERGIE & KLIMA AT", None)],
         a="The decarbonisation package was expected at the end of 2021. The Gas Platform should guide the phase-out of Groningen gas while keeping security of supply and work towards a joint position on the EU gas market.",
         k=["2021", "Groningen"]),
    dict(q="On what date was the Benelux Energy Innovation Day Solar originally planned in Brussels, and why did it not take place?",
         lang="en", hist=[], type="numeric",
         ev=[cut(D2, "De op 16 december in Brussel geplande", "economische en innovatieve kansen te laten zien.", "1.1. ENERGIE & KLIMAAT", 8)],
         a="It was planned for 16 December in Brussels, but at the end of November it was postponed because of the COVID situation.",
         k=["16 december", "COVID"]),
    dict(q="In welke maanden kwamen de experts daarover bijeen?",
         lang="nl", hist=["Welk voorstel van de Europese Commissie over subsidies uit derde landen bespraken experts van de ministeries van Economische Zaken in 2021?"], type="numeric",
         ev=[cut(D2, "In mei en oktober vonden expertvergaderingen plaats", "mededingingsbeleid in november 2020.", "1.3. HANDEL, DIGITALISERING EN CIRCULAIRE ECONOMIE", 15)],
         a="In mei en oktober 2021, over het voorstel voor een verordening inzake buitenlandse subsidies die de interne markt verstoren; het was een follow-up op een vergadering over mededingingsbeleid in november 2020.",
         k=["mei", "oktober"]),
    dict(q="Op welke datum kwamen de Benelux-directeuren voor natuur, jacht en bossen in 2021 samen, en welke Europese strategie werd hun toen voorgesteld?",
         lang="nl", hist=[], type="numeric",
         ev=[cut(D2, "De Benelux-directeuren Natuur, Jacht, Bossen kwamen op 10 november", "EU-bosstrategie voor 2030.", "2.3. DUURZAME SAMENLEVING", 33)],
         a="Op 10 november; een delegatie van de Europese Commissie presenteerde er de nieuwe EU-bosstrategie voor 2030.",
         k=["10 november", "bosstrategie"]),
    dict(q="Hoe lang loopt dat project?",
         lang="nl", hist=["Welk onderzoeksproject over de beoordeling van toereikende elektriciteitsvoorziening lanceerden de Benelux- en Penta-landen in 2021?"], type="numeric",
         ev=[cut(D2, "De Benelux en Penta-landen lanceerden het tweejarige", "Pentalateraal Energie Forum.", "1.1. ENERGIE & KLIMAAT", 8)],
         a="Het is een tweejarige onderzoeksproject ('Methodological Improvements for Resource Adequacy Assessments'), ingebed als nieuwe onderzoekspijler in het Pentalateraal Energie Forum.",
         k=["tweejarige"]),
    dict(q="Sur quel article du nouveau traité de police Benelux repose le formulaire de demande commun pour l'escorte transfrontalière de VIP ?",
         lang="fr", hist=[], type="numeric",
         ev=[cut(D2, "Tevens is er een gemeenschappelijk aanvraagformulier", "nieuwe Politieverdrag opgesteld.", "2.1.1. POLITIESAMENWERKING", 18)],
         a="Sur l'article 25 du nouveau traité de police (Politieverdrag) ; un formulaire commun de demande pour l'escorte transfrontalière de VIP a été établi.",
         k=["25"]),
    dict(q="Combien de fois les vétérinaires en chef des pays du Benelux, de la France et de l'Allemagne se sont-ils réunis en 2021, et quelle nouvelle législation européenne ont-ils examinée ?",
         lang="fr", hist=[], type="numeric",
         ev=[cut(D2, "De Chief Veterinary Officers (CVO's)", "('Animal Health Law') te bespreken.", "2.3. DUURZAME SAMENLEVING", 33)],
         a="Ils se sont réunis deux fois pour discuter de la nouvelle législation européenne sur la santé animale (« Animal Health Law »).",
         k=["Animal Health Law"]),
    # ---------------- factoid (8)
    dict(q="Wat wil de werkgroep in 2024 ondersteunen op basis van de Benelux-studie over de hyperloop?",
         lang="nl", hist=[], type="factoid",
         ev=[cut(D0, "Hyperloop: voortbouwend op de Benelux-", "verder kan worden ondersteund.", "2.2. DUURZAAM TRANSPORT", 18)],
         a="De werkgroep verkent hoe de ontwikkeling van een grensoverschrijdend proeftraject voor de hyperloop verder kan worden ondersteund.",
         k=["proeftraject"]),
    dict(q="Welke norm voor afval wil het Secretariaat-generaal mogelijk samen met de drie landen strenger maken in het kader van de EU-regels voor de overbrenging van afvalstoffen?",
         lang="nl", hist=[], type="factoid",
         ev=[cut(D0, "In het kader van de Europese Verordening Overbrenging Afvalstoffen (EVOA)", "grenswaarde voor teerhoudend afval.", "3.5. CIRCULAIRE ECONOMIE", 25)],
         a="De grenswaarde voor teerhoudend afval: het Secretariaat-generaal onderzoekt of de drie landen bereid zijn die onder de EVOA gezamenlijk aan te scherpen.",
         k=["grenswaarde", "teerhoudend afval"]),
    dict(q="Which police cooperation formats does North Rhine-Westphalia want to continue and intensify with the Benelux in 2024?",
         lang="en", hist=[], type="factoid",
         ev=[cut(D0, "Noordrijn-Westfalen wil de volgende samenwerking voortzetten en intensiveren:", "samenwerking binnen de werkgroep SENN-POST.", "5.1. Noordrijn-Westfalen (NRW)", 34)],
         a="SENN-RECHERCHE, taking into account phenomena related to organised crime, and the cooperation within the SENN-POST working group.",
         k=["SENN-RECHERCHE", "SENN-POST"]),
    dict(q="Wie stuurt volgens het jaarplan 2021 het Benelux-overleg over transport en mobiliteit aan, en welke rol heeft Noordrijn-Westfalen daarin?",
         lang="nl", hist=[], type="factoid",
         ev=[cut(D1, "Het Benelux-overleg inzake transport en mobiliteit wordt aangestuurd", "Westfalen is waarnemer in dit overleg.", "1.2. TRANSPORT & LOGISTIEK", None)],
         a="Het Directiecomité Verkeer en Vervoer, samengesteld uit de betrokken directeuren-generaal en secretarissen-generaal; Noordrijn-Westfalen is waarnemer.",
         k=["Directiecomité Verkeer en Vervoer", "waarnemer"]),
    dict(q="What was the title of the online study day on hydrogen infrastructure held in February 2021, and who took part?",
         lang="en", hist=[], type="factoid",
         ev=[cut(D2, "Op 11 februari werd een digitale studiedag", "naast elkaar te leggen en te bespreken.", "1.1. ENERGIE & KLIMAAT", 8)],
         a="'Future Hydrogen Infrastructure in the Benelux Region' (11 February). It brought together energy-intensive industry, ports, leading academics and policy makers from the Benelux and NRW.",
         k=["Future Hydrogen Infrastructure"]),
    dict(q="Over welke materialen stelden de voedselveiligheidsautoriteiten van de Benelux begin 2021 een gezamenlijke verklaring op?",
         lang="nl", hist=[], type="factoid",
         ev=[cut(D2, "In februari stelden de Benelux-voedselveiligheidsautoriteiten", "oproep van de Europese Commissie over deze materialen.", "1.3. HANDEL, DIGITALISERING EN CIRCULAIRE ECONOMIE", 15)],
         a="Over het uit de handel nemen van materialen en artikelen van bamboe-melamine ('bamboe-melanine'), in februari, als antwoord op een oproep van de Europese Commissie.",
         k=["bamboe-melanine"]),
    dict(q="Welke gegevens over stadions moeten deel uitmaken van de aanbevelingen over veiligheid bij voetbalwedstrijden die in 2024 worden afgerond?",
         lang="nl", hist=[], type="factoid",
         ev=[cut(D0, "De aanbevelingen rond de veiligheid bij sportevenementen", "overdraagbaarheid van stadionverboden.", "1.1. SAMENWERKING IN DE VEILIGHEIDSKETEN", 10)],
         a="De aanbevelingen worden gefinaliseerd met inbegrip van conclusies over het informatiedelingsplatform en over de overdraagbaarheid van stadionverboden.",
         k=["informatiedelingsplatform", "stadionverboden"]),
    dict(q="Met wie voerde de Benelux in 2024 gesprekken over grensoverschrijdende toegang tot media?",
         lang="nl", hist=[], type="factoid",
         ev=[cut(D4, "In 2024 bleef de Benelux inzetten op het versterken van digitale connectiviteit", "vrije distributie van digitale mediacontent.", "GRENSOVERSCHRIJDENDE TOEGANG TOT MEDIA EN DIGITALE AGENDA: NAAR EEN VERBONDEN TOEKOMST", 22)],
         a="Met publieke omroepen, over regelgevende kaders en het bevorderen van vrije distributie van digitale mediacontent.",
         k=["publieke omroepen"]),
    # ---------------- list (7)
    dict(q="Op welke drie domeinen concentreert het Belgische voorzitterschap zich in 2024?",
         lang="nl", hist=[], type="list",
         ev=[cut(D0, "In overeenstemming met het Benelux-Verdrag zal het Belgische", "met de buurlanden van de Benelux en hun regio’s worden voortgezet.", P24, 8)],
         a="Op de interne markt, duurzame ontwikkeling en veiligheid (justitie en binnenlandse zaken); daarnaast ziet het toe op voortzetting van de samenwerking met de buurlanden en hun regio's.",
         k=["interne markt", "duurzame ontwikkeling", "veiligheid"]),
    dict(q="Which aspects of unmanned aircraft will the Benelux countries look at together in 2024?",
         lang="en", hist=[], type="list",
         ev=[cut(D0, "Drones: de Benelux-landen zullen", "veilige UAS-operaties in de Benelux te vergemakkelijken.", "2.2. DUURZAAM TRANSPORT", 18)],
         a="Common issues on the technical requirements of UAS, the qualifications of remote pilots, UAS operational procedures and the operational environment, aiming at solutions that facilitate safe UAS operations in the Benelux.",
         k=["UAS"]),
    dict(q="Welke acties zijn in 2024 gepland om hindernissen voor gezamenlijke en hybride offshore energieprojecten weg te nemen?",
         lang="nl", hist=[], type="list",
         ev=[cut(D0, "Obstakels voor gezamenlijke en hybride offshore", "met andere gebruikers van de Noordzee", "3.1. WINDENERGIE", 22)],
         a="Een gestructureerde dialoog met de toeleveringsketen, het beter afstemmen van off- en onshore-planning en het beter benutten van coördinatie met andere gebruikers van de Noordzee.",
         k=["toeleveringsketen", "onshore-planning"]),
    dict(q="Bij welke proefprojecten voor de binnenvaart is NRW volgens het jaarplan 2021 betrokken, en met welk doel?",
         lang="nl", hist=[], type="list",
         ev=[cut(D1, "NRW is ook betrokken bij de proefprojecten", "dabel te maken.", "2.1. SAMENWERKING MET NOORDRIJN-WESTFALEN (NRW)", None)],
         a="Bij Documentloos varen in de binnenvaart en Smart Shipping, om de binnenvaart op kleinere schepen en waterwegen economisch rendabel te maken.",
         k=["Documentloos", "Smart Shipping"]),
    dict(q="En met welke onderwerpen werd de app uitgebreid?",
         lang="nl", hist=["In welk land werd de Benelux-politieapp in 2021 verder geïmplementeerd?"], type="list",
         ev=[cut(D2, "De app wordt nu verder geïmplementeerd in Luxemburg.", "'bijstand en gemeenschappelijke patrouilles'.", "2.1.1. POLITIESAMENWERKING", 18)],
         a="De app, die verder in Luxemburg wordt geïmplementeerd, werd uitgebreid met de onderwerpen bijstand en gemeenschappelijke patrouilles.",
         k=["bijstand", "gemeenschappelijke patrouilles"]),
    dict(q="Met welke landen begon België in 2021 een Benelux-denkoefening over voedselveiligheid, en wat moest die opleveren?",
         lang="nl", hist=[], type="list",
         ev=[cut(D2, "Ten slotte is op initiatief van België een Benelux-denkoefening", "op het gebied van voedselveiligheid.", "2.3. DUURZAME SAMENLEVING", 33)],
         a="Met Frankrijk en Duitsland, met het oog op de oprichting van een nieuwe strategische stuurgroep voor regionale samenwerking op het gebied van voedselveiligheid.",
         k=["Frankrijk", "Duitsland", "stuurgroep"]),
    dict(q="Welke Europese waterstofthema's kwamen in 2024 nog aan bod, en welke rollen kreeg de Benelux daardoor in de Europese waterstofstrategie?",
         lang="nl", hist=[], type="list",
         ev=[cut(D4, "Daarnaast werden bredere thema's op Europees niveau besproken", "in een snelgroeende sector.", "WATERSTOF", 26)],
         a="De certificering van hernieuwbare waterstof en de harmonisatie van kwaliteitsnormen. De Benelux profileerde zich zo als schakel in de Europese waterstofstrategie, als facilitator, bruggenbouwer en innovator.",
         k=["certificering", "kwaliteitsnormen", "facilitator", "innovator"]),
    # ---------------- explain (6)
    dict(q="Waarom wordt het model voor grensoverschrijdend beheer van wegennetwerken in 2024 verder ontwikkeld?",
         lang="nl", hist=[], type="explain",
         ev=[cut(D0, "De ontwikkeling van een “digital twin”", "decarbonisering en digitalisering.", P24, 8)],
         a="De digital twin wordt voortgezet om bij te dragen aan de dubbele uitdaging van decarbonisering en digitalisering.",
         k=["digital twin", "decarbonisering", "digitalisering"]),
    dict(q="Waarom moet de overdracht van het mobiele signaal aan de grens tijdig geregeld zijn, en hoe wil men dat bereiken?",
         lang="nl", hist=[], type="explain",
         ev=[cut(D0, "5G: Onder meer met het oog op", "barrieres weggenomen.", "2.5. DIGITALE AGENDA", 20)],
         a="Onder meer met het oog op de verwachte markttoetreding van de zelfrijdende auto moet de naadloze overdracht van het 5G-signaal aan de grens tijdig gerealiseerd zijn. Samen met de sector en de Europese Commissie worden aanvullende pilotprojecten gestart en barrières weggenomen.",
         k=["zelfrijdende auto", "pilotprojecten"]),
    dict(q="Waarvoor wil men volgens het jaarplan 2021 onderzoeken of passagiersgegevens (PNR) breder kunnen worden ingezet?",
         lang="nl", hist=[], type="explain",
         ev=[cut(D1, "Onderzoek naar de mogelijkheden om het PNR-instrument", "door middel van een proeftuin risicocriteria.", "2.1.1. Politiesamenwerking", None)],
         a="Om het PNR-instrument, binnen de kaders van de richtlijn, in te zetten voor de integrale aanpak van georganiseerde of ondermijnende criminaliteit, bijvoorbeeld via een proeftuin risicocriteria.",
         k=["ondermijnende criminaliteit", "proeftuin risicocriteria"]),
    dict(q="Waarom wil men een proefproject faciliteren met schepen die op waterstof varen over de grens?",
         lang="nl", hist=[], type="explain",
         ev=[cut(D1, "Faciliteren van een proefproject om het grensoverschrijdende vervoer van schepen op waterstof", "wederzijdse erkenning van de certificering.", "1.2. TRANSPORT & LOGISTIEK", None)],
         a="Het proefproject test grensoverschrijdend vervoer met waterstofschepen om gemeenschappelijke normen vast te stellen en te komen tot wederzijdse erkenning van de certificering.",
         k=["gemeenschappelijke normen", "wederzijdse erkenning"]),
    dict(q="Wat houdt de eerste fase van het MaaS living lab in, en was daar al toestemming voor?",
         lang="nl", hist=[], type="explain",
         ev=[cut(D2, "Tijdens de vorige verslagperiode gaven de landen groen licht", "bestaande projecten en initiatieven", "1.2. TRANSPORT & LOGISTIEK", 12)],
         a="Ja, de landen gaven al groen licht en stelden een budget beschikbaar. Fase 1 omvat het inventariseren van bestaande projecten en initiatieven, als stap naar een MaaS living lab.",
         k=["fase 1", "inventariseren"]),
    dict(q="Waarom is Benelux-samenwerking rond eHealth volgens het jaarplan 2021 onmisbaar?",
         lang="nl", hist=[], type="explain",
         ev=[cut(D1, "biedt een nieuw model voor de grensoverschrijdende uit", "eHealth-samenwerking in dit verband onontbeerlijk.", "2.5. GRENSOVERSCHRIJDENDE GEZONDHEIDSZORG", None)],
         a="De Benelux-beschikking biedt een nieuw model voor de grensoverschrijdende uitwisseling van elektronische patiëntengegevens met zo goed mogelijke waarborg van patiëntenrechten; omdat de nationale infrastructuren voor gegevensuitwisseling van land tot land verschillen, is samenwerking onontbeerlijk.",
         k=["patiëntengegevens", "verschillen"]),
    # ---------------- summary (3)
    dict(q="Vat samen wat de Benelux in 2024 deed rond natuur in het onderwijs en rond ecosystemen in grensregio's.",
         lang="nl", hist=[], type="summary",
         ev=[cut(D4, "De verschillende sessies en discussies richtten zich", "natuur in het onderwijs te versterken.", "NATUUREDUCATIE", 31),
             cut(D4, "Daarnaast ging aandacht uit naar de rol van ecosystemen", "natuurlijke hulpbronnen op lange termijn.", "NATUUREDUCATIE", 31)],
         a="Sessies gingen over het beter integreren van natuurthema's in het dagelijkse leerprogramma van jongeren; daarna werd een rapportage geschreven met praktische hulpmiddelen en strategieën. Daarnaast werd gekeken naar ecosystemen in grensregio's als klimaatbuffers en biodiversiteitsknooppunten, om via verbonden natuurgebieden bij te dragen aan een robuuster landschapsbeleid.",
         k=["leerprogramma", "rapportage", "klimaatbuffers"]),
    dict(q="Vat samen wat de communicatiespecialisten in 2021 bespraken over de communicatie rond het nieuwe Benelux-Politieverdrag.",
         lang="nl", hist=[], type="summary",
         ev=[cut(D2, "De communicatiespecialisten van de drie landen hebben", "zowel intern als extern.", "2.1.1. POLITIESAMENWERKING", 18),
             cut(D2, "De communicatieplannen van de drie landen werden toegelicht.", "gemeenschappelijke boodschap wordt medegedeeld.", "2.1.1. POLITIESAMENWERKING", 18)],
         a="Samen met het Secretariaat-Generaal wisselden ze best practices uit en bekeken ze hoe intern en extern over het verdrag te communiceren. De nationale communicatieplannen werden toegelicht; per land zou een aanspreekpunt moeten komen, communicatie met het Openbaar Ministerie is belangrijk en er moet een gemeenschappelijke boodschap worden uitgedragen.",
         k=["intern", "Openbaar Ministerie", "gemeenschappelijke boodschap"]),
    dict(q="Geef een korte samenvatting van de Benelux-samenwerking rond asiel en migratie in 2024.",
         lang="nl", hist=[], type="summary",
         ev=[cut(D4, "In 2024 zetten de Benelux-landen in op een gezamenlijke en geïntegreerde aanpak", "stroomlijnen van terugkeerprocedures.", "ASIEL EN MIGRATIE", 13),
             cut(D4, "Deze verdragen verbeteren de juridische en praktische basis", "deze partnerlanden.", "ASIEL EN MIGRATIE", 13)],
         a="De landen kozen voor een gezamenlijke, geïntegreerde aanpak met zowel beleidsmatige afstemming als operationele versterking, vooral om terugkeerprocedures te stroomlijnen. Verdragen met partnerlanden verbeterden de juridische en praktische basis voor migratiebeheer.",
         k=["terugkeerprocedures", "partnerlanden"]),
    # ---------------- cross-doc (3)
    dict(q="Wat moest het Benelux-verdrag tegen sociale fraude volgens het jaarplan 2021 bieden, en welke doelen noemt het jaarverslag 2024 voor dat verdrag?",
         lang="nl", hist=[], type="cross-doc",
         ev=[cut(D1, "laatste hand te leggen aan een ontwerp voor een Benelux-", "gegevensuitwisseling tussen de landen.", "2.2.2. Bestrijding van sociale fraude", None),
             cut(D4, "Het verdrag beoogt de grensoverschrijdende samenwerking te verbeteren", "misbruik en uitbuiting.", "VERDRAG ROND SOCIALE FRAUDE EN FATSOENLIJKE ARBEIDSOMSTANDIGHEDEN", 33)],
         a="Volgens het jaarplan 2021 moest het verdrag een rechtsgrondslag en gemeenschappelijk kader bieden voor gezamenlijke en afgestemde inspecties en gegevensuitwisseling. Het jaarverslag 2024 noemt als doelen betere grensoverschrijdende samenwerking, het tegengaan van oneerlijke concurrentie en betere bescherming van werknemers tegen misbruik en uitbuiting.",
         k=["rechtsgrondslag", "oneerlijke concurrentie", "uitbuiting"]),
    dict(q="Comment la coopération Benelux avec les Hauts-de-France sur la qualité de l'air est-elle décrite dans le plan annuel 2021, et quelle place ce thème occupe-t-il en 2024 ?",
         lang="fr", hist=[], type="cross-doc",
         ev=[cut(D1, "Ook bestaat er een jarenlange intensieve samenwerking", "geplande conferentie AIR-HEALTH.", "2.2. SAMENWERKING MET ANDERE STATEN, DEELSTATEN EN INTERNATIONALE ORGANISATIES", None),
             cut(D4, "De Benelux bleef in 2024 bijdragen aan de verbetering van de luchtkwaliteit", "Actieplan voor samenwerking met de regio Hauts-de-France.", "LUCHTKWALITEIT", 31)],
         a="En 2021, une coopération intensive existe depuis des années : la région participe au groupe de travail Benelux AIR et à la conférence prévue AIR-HEALTH. En 2024, la qualité de l'air figure parmi les priorités du plan d'action (Actieplan) de coopération avec les Hauts-de-France.",
         k=["AIR-HEALTH", "Actieplan"]),
    dict(q="Hoe moeten volgens het werkprogramma 2025-2028 de huidige uitdagingen worden aangepakt, en hoe beschrijft het jaarverslag 2024 de rol van de Benelux in Europa?",
         lang="nl", hist=[], type="cross-doc",
         ev=[cut(D3, "Het is duidelijk dat deze uitdagingen alleen kunnen worden aangepakt", "Europees en regionaal niveau.", "INLEIDING", 4),
             cut(D4, "In 2024 bleef de Benelux een bruggenbouwer in Europa", "wetgeving, beleid en dienstverlening.", "GRENSOVERSCHRIJDENDE SAMENWERKING", 32)],
         a="Volgens het werkprogramma kunnen de uitdagingen alleen worden aangepakt door samen te werken op internationaal, Europees en regionaal niveau. Het jaarverslag 2024 noemt de Benelux een bruggenbouwer in Europa en stelt dat effectieve integratie vooral afhangt van dagelijkse, praktische samenwerking, niet alleen van grote verdragen.",
         k=["regionaal niveau", "bruggenbouwer", "praktische samenwerking"]),
    # ---------------- unanswerable (4)
    dict(q="When will the final decision on the location of the Einstein Telescope be taken, according to the Benelux documents?",
         lang="en", hist=[], type="unanswerable", ev=[],
         a="The documents do not say. They only mention following and supporting the candidacy (the Netherlands, Belgium and North Rhine-Westphalia / the Euregio Meuse-Rhine), not a decision date.",
         k=[]),
    dict(q="Hoe groot was het budget dat de landen beschikbaar stelden voor fase 1 van het MaaS living lab?",
         lang="nl", hist=[], type="unanswerable", ev=[],
         a="Dat staat niet in de documenten: het jaarverslag 2021 vermeldt alleen dat er een budget beschikbaar werd gesteld, zonder bedrag.",
         k=[]),
    dict(q="Hoeveel trainers werden er in België en Nederland opgeleid via het 'train the trainer'-programma voor de cursus 'Zonder zorgen de grens over'?",
         lang="nl", hist=[], type="unanswerable", ev=[],
         a="Dat aantal wordt niet genoemd; er staat alleen dat 'een aantal trainers' in België en Nederland werd opgeleid.",
         k=[]),
    dict(q="Hoeveel deelnemers telde de digitale studiedag over toekomstige waterstofinfrastructuur in de Benelux van februari 2021?",
         lang="nl", hist=[], type="unanswerable", ev=[],
         a="Dat staat niet in de documenten: het jaarverslag 2021 noemt wel de datum (11 februari) en de soorten deelnemers, maar geen aantal.",
         k=[]),
]


def main():
    assert len(ITEMS) == 40
    out = []
    for n, it in enumerate(ITEMS, 1):
        qs = " || ".join(e["quote"].lower() for e in it["ev"])
        for k in it["k"]:
            assert k.lower() in qs, (n, k)
        if it["type"] == "cross-doc":
            assert len({e["doc"] for e in it["ev"]}) == 2, n
        out.append({"id": f"q10-{n:03d}", "question": it["q"], "language": it["lang"], "history": it["hist"],
                    "type": it["type"], "evidence": it["ev"], "answer": it["a"], "key_facts": it["k"]})
    path = ROOT / "eval/own10/own10.jsonl"
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out))
    print("wrote", path, len(out))


if __name__ == "__main__":
    main()
