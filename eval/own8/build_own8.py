"""Builds own8.jsonl. Quotes are cut from the whitespace-collapsed document text by start/end anchors."""
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
    q = t[i:j]
    assert 40 <= len(q) <= 400, (doc, start, len(q))
    return q


def ev(doc, start, end, section, page):
    return {"doc": F[doc], "quote": cut(doc, start, end), "section": section, "page": page}


Q = []


def add(question, language, history, typ, evidence, answer, key_facts):
    qs = " || ".join(e["quote"].lower() for e in evidence)
    for k in key_facts:
        assert k.lower() in qs, (question, k)
    Q.append({"id": f"q8-{len(Q)+1:03d}", "question": question, "language": language, "history": history,
              "type": typ, "evidence": evidence, "answer": answer, "key_facts": key_facts})


# ---------------- 000 Jaarplan 2024 ----------------
add("Hoeveel jaar Benelux-samenwerking wordt er in 2024 gevierd, en op welke dag komt er voortaan elk jaar een Benelux-dag?", "nl", [], "numeric",
    [ev("000", "De Benelux-samenwerking bestaat in 2024 tachtig jaar.", "van onze drie landen in de verf zal zetten.", "VOORWOORD", 6)],
    "Tachtig jaar. Naar aanleiding daarvan komen er activiteiten en festiviteiten en wordt een formele, jaarlijks terugkerende Benelux-dag op 5 september ingesteld, die onder meer de verbindende culturele aspecten van de drie landen in de verf zet.",
    ["tachtig jaar", "5 september"])

add("Waarom heeft het Secretariaat-generaal de acties in het jaarplan 2024 zoveel mogelijk gebundeld?", "nl", [], "explain",
    [ev("000", "De bestuurlijke en maatschappelijke uitdagingen in de Benelux-landen", "verschijningsvormen van de problematiek.", "VOORWOORD", 6),
     ev("000", "Dergelijke complexe problemen vragen om een samenhangende aanpak", "door clusteringen aan te brengen.", "VOORWOORD", 6)],
    "Omdat de bestuurlijke en maatschappelijke uitdagingen steeds complexer worden door hun vaak allesomvattende en grensoverschrijdende verschijningsvormen. Zulke problemen vragen een samenhangende aanpak die taakvelden overstijgt; daarom heeft het Secretariaat-generaal de acties zoveel mogelijk van samenhang voorzien door clustering.",
    ["complexer", "samenhangende aanpak", "clustering"])

add("Which kind of international traffic flows do the Benelux countries want to examine for the impact of organised crime in 2024, and with whom do they seek closer cooperation on this?", "en", [], "factoid",
    [ev("000", "De Benelux-landen zullen bekijken of er een risicoanalyse kan worden verricht", "en met Noord-Frankrijk wordt gezocht.", "1.1. SAMENWERKING IN DE VEILIGHEIDSKETEN", 10)],
    "International traffic via General Aviation: the countries will consider a risk analysis of the impact of organised crime on these flows, and seek closer cooperation with the neighbouring German federal states and with Northern France.",
    ["General Aviation"])

add("Welke onderdelen van de risicocyclus wil de Benelux volgens het jaarplan 2024 naast het eigenlijke crisisbeheer nog aanpakken?", "nl", [], "list",
    [ev("000", "Teneinde beter het hoofd te kunnen bieden aan toekomstige crises", "crisisparaatheid alsook evaluatie en herstel.", "1.2. CRISISBEHEER", 12)],
    "Naast het beheer van crises zelf ook de identificatie van risico's, de crisisparaatheid en de evaluatie en het herstel, zodat de Benelux beter voorbereid is op toekomstige crises.",
    ["identificatie van risico", "crisisparaatheid", "herstel"])

add("Which EU directive on preventing human trafficking does the 2024 annual plan say the Benelux will study the revision of, and how are new technologies used against trafficking?", "en", [], "numeric",
    [ev("000", "Met betrekking tot de strijd tegen mensenhandel worden enerzijds", "om daders te identificeren en te analyseren.", "1.4. JUSTITIE", 14)],
    "Directive 2011/36/EU of the European Parliament and of the Council of 5 April 2011; the effects of its revision are examined. In addition, new technologies (social media) are used to get in touch with victims and to identify and analyse perpetrators.",
    ["2011/36/EU"])

add("Met welk doel wil de Benelux in 2024 een crisisbeheersingsoefening rond gezondheidscrises organiseren?", "nl", [], "explain",
    [ev("000", "De Benelux zal beter voorbereid zijn op mogelijke gezondheidscrises", "de samenwerking in crisistijd te vergemakkelijken.", "3.9. VOEDSELVEILIGHEID EN DIERGEZONDHEID", 28)],
    "Om beter voorbereid te zijn op mogelijke gezondheidscrises: de oefening, waarin ook communicatie aan bod komt, moet de ingevoerde procedures testen, de contacten tussen de betrokken diensten versterken en de samenwerking in crisistijd vergemakkelijken.",
    ["procedures", "contacten", "communicatie"])

add("Op welke gezondheidsthema's wil Noordrijn-Westfalen volgens het jaarplan 2024 met de Benelux Unie blijven samenwerken?", "nl", [], "list",
    [ev("000", "Digitalisering in de gezondheidssector, uitwisseling van gezondheidsgegevens", "om op samen te werken met de Benelux Unie.", "5.1. Noordrijn-Westfalen (NRW)", 34)],
    "Op digitalisering in de gezondheidssector, de uitwisseling van gezondheidsgegevens en samenwerking op het gebied van spoedeisende medische hulpverlening.",
    ["Digitalisering in de gezondheidssector", "gezondheidsgegevens", "spoedeisende medische hulpverlening"])

# ---------------- 001 Jaarplan 2021 ----------------
add("Voor welke hinderlijke eigenschappen van voertuigen wilde de Benelux in 2021 de technische voorschriften op één lijn brengen, en waarop kon men daarbij voortbouwen?", "nl", [], "factoid",
    [ev("001", "Eenvormig aanpassen van technische voorschriften voor voertuigen", "om een gelijkvormige aanpak te faciliteren.", "1.2. TRANSPORT & LOGISTIEK", None)],
    "Voor verblindende koplampen en luidruchtige motoren. Eerdere Benelux-beschikkingen over gedetailleerde voertuigeisen konden als basis dienen voor een gelijkvormige aanpak.",
    ["koplampen", "motoren", "Benelux-beschikkingen"])

add("Het nieuwe Benelux-Politieverdrag verhelpt volgens het jaarplan 2021 gebreken van een ouder verdrag. Uit welk jaar is dat oudere verdrag, en waar lag vooral het probleem?", "nl", [], "numeric",
    [ev("001", "Het verdrag remedieert niet alleen een aantal tekortkomingen van het verdrag uit 2004", "een proeftuin voor politiesamenwerking binnen de Europese Unie maken.", "2.1.1. Politiesamenwerking", None)],
    "Het oudere verdrag dateert uit 2004. De tekortkomingen betroffen vooral de bevoegdheden van politieambtenaren bij de verschillende vormen van grensoverschrijdend optreden; het nieuwe verdrag bevat daarnaast veel innovatieve elementen die van de Benelux opnieuw een proeftuin voor politiesamenwerking in de EU maken.",
    ["2004", "bevoegdheden"])

add("Welke basiswaarden van de samenleving moet justitie volgens het jaarplan 2021 mee helpen waarborgen?", "nl", [], "list",
    [ev("001", "Justitie is in de drie Benelux-landen een openbare dienst", "fundamentele waarden en grondrechten van eenieder.", "2.1.4. Justitie", None)],
    "Vrijheid, gelijkwaardigheid en solidariteit. Justitie is een openbare dienst die waakt over het algemeen belang en de rechtszekerheid, en moet als actor van het veiligheidsbeleid deze waarden en de grondrechten van eenieder beschermen.",
    ["Vrijheid", "gelijkwaardigheid", "solidariteit"])

add("Vat samen hoe de Benelux-landen volgens het jaarplan 2021 fiscale fraude bij onlinehandel en met behulp van nieuwe technologie wilden aanpakken.", "nl", [], "summary",
    [ev("001", "neemt de fraude helaas ook evenredig toe", "de invoer van kleine pakketjes uit derde landen.", "2.2.1. Bestrijding van fiscale fraude", None),
     ev("001", "Voorkomen van btw-fraude door het gebruik van nieuwe technologieën", "de mogelijkheden die deze bieden in de fraudebestrijding.", "2.2.1. Bestrijding van fiscale fraude", None)],
    "Omdat met de groei van de onlineverkoop ook de fraude toeneemt, zouden de partners met de administraties van Douane en Accijnzen een uitwisselingsdag organiseren over de problemen bij onlinehandel en de invoer van kleine pakketjes uit derde landen. Om btw-fraude te voorkomen wilden ze gezamenlijke opleidingen geven over het systeem Transaction Network Analysis (TNA), kennis uitwisselen over nieuwe technologieën zoals blockchain en analyseren wat die voor de fraudebestrijding kunnen betekenen.",
    ["uitwisselingsdag", "kleine pakketjes", "TNA", "blockchain"])

add("Which EU legislative proposal on a mechanism for removing legal and administrative obstacles in a cross-border context did the 2021 annual plan say the Benelux would keep monitoring? Give its reference.", "en", [], "numeric",
    [ev("001", "In dit verband zal de Benelux de werkzaamheden op Europees niveau", "op de voet blijven volgen.", "1. Benelux Kenniscentrum Grensoverschrijdende Samenwerking", None)],
    "The proposal for a regulation COM/2018/373 final (2018/0198 (COD)) on a mechanism to resolve legal and administrative obstacles in a cross-border context; the Benelux would keep closely following the work on it at European level.",
    ["COM/2018/373"])

add("Sinds welke intentieverklaring verkennen de Benelux-landen en Frankrijk nieuwe vormen van grensoverschrijdende samenwerking, en welke samenwerking tegen drugs wil men eventueel versterken?", "nl", [], "numeric",
    [ev("001", "Sinds de ondertekening van de intentieverklaring van 11 de- cember 2018", "duurzame ontwikkeling, innovatie en digitalisering.", "2.2. SAMENWERKING MET ANDERE STATEN, DEELSTATEN EN INTERNATIONALE ORGANISATIES", None),
     ev("001", "Tevens wordt bekeken of de landen de samenwerking met Frankrijk", "kunnen versterken.", "2.2. SAMENWERKING MET ANDERE STATEN, DEELSTATEN EN INTERNATIONALE ORGANISATIES", None)],
    "Sinds de intentieverklaring van 11 december 2018; sindsdien werken ze samen aan projecten rond duurzame ontwikkeling, innovatie en digitalisering. Ook wordt bekeken of de samenwerking met Frankrijk in het kader van Hazeldonk, de gezamenlijke aanpak van (kleinschalig) drugstoerisme en drugscriminaliteit, kan worden versterkt.",
    ["2018", "Hazeldonk"])

# ---------------- 002 Jaarverslag 2021 ----------------
add("Welke ingrijpende maatregelen moesten de Benelux-landen volgens het voorwoord van het jaarverslag 2021 nemen om de verspreiding van de ziekte te beperken?", "nl", [], "list",
    [ev("002", "Zo kregen onze landen te maken met uitdagingen uit het verleden", "de grootschalige inzet van verplicht thuiswerken.", "VOORWOORD VAN HET COMITÉ VAN MINISTERS", 4)],
    "Preventieve hygiënemaatregelen, lockdownperiodes, een verbod op niet-essentiële reizen en het grootschalig verplicht thuiswerken. Daarnaast doken opnieuw grensbeperkingen binnen de Schengen-ruimte op.",
    ["hygiënemaatregelen", "lockdown", "niet-essentiële reizen", "thuiswerken"])

add("Wie heeft het gelanceerd, en in welk paviljoen gebeurde dat?", "nl",
    ["Welk regionaal klimaatplatform van de Benelux werd in 2021 gelanceerd op de VN-klimaattop in Glasgow?"], "factoid",
    [ev("002", "Op COP26 (de VN-Klimaattop in Glasgow)", "regionale kennishub in het leven werd geroepen.", "1.1. ENERGIE & KLIMAAT", 8)],
    "Het Benelux Klimaat Platform, een regionale kennishub, werd gelanceerd door de Belgische minister bevoegd voor Klimaat, in het gezamenlijke paviljoen van de Benelux en de European Investment Bank op COP26.",
    ["Belgische minister", "European Investment Bank"])

add("Wat deden de Benelux-landen vervolgens met de resultaten van die verkenning, en wat moet dat opleveren?", "nl",
    ["Welke eerste verkenning voerden de Benelux-landen in 2021 uit samen met de andere Noordzeelanden en de Europese Commissie?"], "explain",
    [ev("002", "*Seas Energy Cooperation* (NSEC), aan een eerste verkenning", "klimaatneutraliteit te bereiken tegen 2050.", "1.1. ENERGIE & KLIMAAT", 8),
     ev("002", "De resultaten van deze studie (“Offshore renewable energy and grids”)", "waar samenwerking kan bijdragen aan kostenefficiëntie.", "1.1. ENERGIE & KLIMAAT", 8)],
    "Binnen NSEC verkenden ze wat hernieuwbare offshore energie kan bijdragen aan klimaatneutraliteit tegen 2050. De resultaten van die studie ('Offshore renewable energy and grids') gebruikten ze bij de voorbereiding van een tender voor een Penta 2050-studie. Samen moeten de offshore NSEC-studie en de onshore Penta-studie meer zekerheid geven over de trajecten naar klimaatneutraliteit en tonen waar samenwerking kan bijdragen aan kostenefficiëntie.",
    ["Penta 2050", "kostenefficiëntie"])

add("Which Benelux decision gave the Secretariat-General its mandate to support the Project Management Office of the Pentalateral Energy Forum, and what did that office start straight away?", "en", [], "numeric",
    [ev("002", "Met de goedkeuring door het Comité van Ministers van Beschikking M(2021)12", "in het kader van een 2050 visie en flexibiliteit van energie", "1.1. ENERGIE & KLIMAAT", 8)],
    "Decision M(2021)12, approved by the Committee of Ministers. The Project Management Office immediately started tendering procedures for studies on a 2050 vision and on energy flexibility.",
    ["M(2021)12", "2050"])

add("Sur la révision de quelles directives européennes les experts nationaux du Benelux se sont-ils retrouvés à la table des négociations du Conseil en 2021 ?", "fr", [], "factoid",
    [ev("002", "De werkzaamheden rond de herziening van de NIS2-Richtlijn", "op het niveau van de Raad, getroffen.", "2.1.2. CRISISBEHEERSING", 24)],
    "Sur la révision de la directive NIS2 (cybersécurité) et de la directive CER (infrastructures critiques) ; les experts nationaux se sont rencontrés à la table des négociations, au niveau du Conseil.",
    ["NIS2"])

add("Which project underpins the Benelux cooperation with North Rhine-Westphalia/Germany on enforcing sentences across borders, and what was done in 2021?", "en", [], "factoid",
    [ev("002", "De basis van deze samenwerking is het CrossBES-project.", "de verschillende strafstelsels van de landen.", "2.1.3. JUSTITIE", 28)],
    "The CrossBES project, led by the Netherlands. In 2021 consultations took place, best practices were shared, the network was strengthened and bottlenecks were discussed; work was also done on a comparative overview of the countries' penal systems.",
    ["CrossBES"])

add("Quels règlements européens sur l'alimentation animale les pays du Benelux et l'Allemagne ont-ils examinés ensemble en 2021, et dans quel but ?", "fr", [], "numeric",
    [ev("002", "Op het gebied van diervoeders hebben de Benelux-landen zich samen met Duitsland", "om interpretatievragen aan de Europese Commissie voor te leggen.", "2.3. DUURZAME SAMENLEVING", 33)],
    "La révision du règlement (CE) n° 767/2009 sur la mise sur le marché et l'utilisation des aliments pour animaux et celle du règlement (CE) n° 1831/2003 sur les additifs, afin de soumettre des questions d'interprétation à la Commission européenne.",
    ["767/2009", "1831/2003"])

add("Waarom werd in 2021 niet verder gewerkt aan de bestrijding van grensoverschrijdende fraude en misbruik in de gezondheidszorg?", "nl", [], "explain",
    [ev("002", "- Bestrijden van grensoverschrijdende fraude en misbruiken in de gezondheidszorg Wegens", "dit dossier in 2021 niet verder uit te werken.", "2.5. GRENDOVERSCHRIJDENDE GEZONDHEIDSZORG", 38)],
    "Omdat er te weinig beschikbaarheid was: de coronapandemie kreeg voorrang, en daarom wenste het Belgische voorzitterschap dit dossier in 2021 niet verder uit te werken.",
    ["coronapandemie", "Belgische voorzitterschap"])

# ---------------- 003 Werkprogramma 2025-2028 ----------------
add("Vat samen waarom de Benelux volgens de inleiding van het werkprogramma 2025-2028 een belangrijke rol te spelen heeft.", "nl", [], "summary",
    [ev("003", "In deze context heeft de Benelux een belangrijke rol te spelen", "een veiligere samenleving te waarborgen.", "INLEIDING", 4),
     ev("003", "België, Nederland en Luxemburg delen niet alleen sterke historische", "via de Benelux Unie vooroplopen.", "INLEIDING", 4),
     ev("003", "Bovendien blijft de Benelux Unie een belangrijk platform", "die haar waarden delen, te versterken.", "INLEIDING", 4)],
    "Via politieke samenwerking binnen de EU en grensoverschrijdende samenwerking kan de Benelux de interne markt en het concurrentievermogen versterken, een duurzame toekomst bevorderen en een veiligere samenleving waarborgen. De drie landen delen sterke historische, economische en culturele banden en hebben een unieke positie in Europa om via de Benelux Unie voorop te lopen. De Unie blijft bovendien een platform voor innovatieve oplossingen, een bron van inspiratie en een motor voor regionale samenwerking, en wil haar banden met buurlanden en andere Europese regionale groeperingen versterken.",
    ["concurrentievermogen", "unieke positie", "regionale samenwerking"])

add("Waarom zijn de juridische instrumenten van de Benelux Unie volgens het werkprogramma 2025-2028 zo'n troef?", "nl", [], "explain",
    [ev("003", "De juridische instrumenten van de Benelux Unie vormen dan ook een unieke troef.", "aanvullend op Europese wet- en regelgeving.", "INLEIDING", 4)],
    "Omdat ze kunnen worden gebruikt om gezamenlijke wetgeving of regels vast te stellen op de beleidsterreinen van de Benelux, zowel voorafgaand aan als aanvullend op Europese wet- en regelgeving.",
    ["gezamenlijke wetgeving", "aanvullend"])

add("Waarin zal de komende jaren extra worden geïnvesteerd om het publiek beter te laten kennismaken met wat de samenwerking in het Benelux-huis oplevert?", "nl", [], "factoid",
    [ev("003", "Het Benelux-huis in Brussel blijft dé plek", "voor de burgers en bedrijven van de Benelux", "INLEIDING", 4),
     ev("003", "Om het publiek beter bekend te maken met de resultaten", "verder worden geïnvesteerd in publiekscommunicatie.", "INLEIDING", 4)],
    "In publiekscommunicatie. Het Benelux-huis in Brussel blijft de plek waar bestuurders, autoriteiten en experts uit de publieke en private sector samenkomen voor projecten met zichtbare en tastbare meerwaarde voor burgers en bedrijven.",
    ["publiekscommunicatie"])

add("Op welke terreinen werkt de Benelux samen om een robuuste economie te verzekeren die de groene transitie aankan?", "nl", [], "list",
    [ev("003", "Door ongerechtvaardigde obstakels weg te nemen en samen te werken op het gebied van handel", "in tijden van geopolitieke en economische onzekerheid.", "ECONOMISCHE INTEGRATIE, SOCIALE BESCHERMING EN DUURZAME GROEI", 8)],
    "Op handel, energie, sociale zekerheid en technologie, en door ongerechtvaardigde obstakels weg te nemen. Zo ontstaat een robuuste economie die de groene transitie aankan en veerkrachtig is in tijden van geopolitieke en economische onzekerheid.",
    ["handel", "energie", "sociale zekerheid", "technologie"])

add("Hoe omschrijft het werkprogramma 2025-2028 de plaats van het Secretariaat-generaal binnen de Benelux Unie?", "nl", [], "factoid",
    [ev("003", "Het Secretariaat-generaal is de spil van de samenwerking binnen de Benelux Unie. De Benelux Unie is een pionier", "een proeftuin van Europese samenwerking", "VISIE", 14)],
    "Als de spil van de samenwerking binnen de Benelux Unie. De Unie zelf is een pionier in grensoverschrijdende samenwerking, een model voor regionale integratie en een proeftuin van Europese samenwerking.",
    ["spil"])

# ---------------- 004 Jaarverslag 2024 ----------------
add("Welke soorten instrumenten en welke partijen worden volgens het jaarverslag 2024 ingezet bij de grensoverschrijdende integrale aanpak van criminaliteit?", "nl", [], "list",
    [ev("004", "In 2024 zette de Benelux Unie nadrukkelijk in op een grensoverschrijdende integrale aanpak", "alsmede private partijen zoals rederijen.", "GRENDOERSCHRIJDENDE INTEGRALE AANPAK EN GEZAMENLIJKE CONTROLEACTIES", 10)],
    "Bestuurlijke, administratieve en operationele instrumenten worden in samenhang ingezet. Daarbij worden nadrukkelijk ook de openbare ministeries betrokken, net als private partijen zoals rederijen.",
    ["bestuurlijke", "openbare ministeries", "rederijen"])

add("In welke maand van 2024 kwam een ad-hoc werkgroep bijeen over het EU-migratiepact, en wat leverde die bijeenkomst op?", "nl", [], "numeric",
    [ev("004", "Daarnaast kwam een ad-hoc werkgroep bijeen in maart", "van de eerste helft van 2024.", "ASIEL EN MIGRATIE", 13)],
    "In maart. Er werd een gezamenlijke nota opgesteld als reactie op de routekaart van de EU-coördinator voor terugkeer, wat nauw aansloot bij de prioriteiten van het Belgische EU-voorzitterschap in de eerste helft van 2024.",
    ["maart", "gezamenlijke nota"])

add("Waaraan werkte die werkgroep in 2024, en met welk doel?", "nl",
    ["Welke Benelux-werkgroep buigt zich over een kader voor onder meer elektrische steps?"], "explain",
    [ev("004", "De werkgroep licht elektrische voertuigen (LEV's)", "via een mogelijke Benelux-beschikking.", "DUURZAAM TRANSPORT", 19)],
    "De werkgroep lichte elektrische voertuigen (LEV's) werkte aan een aanbeveling over verkeersveiligheid, met als doel de technische vereisten te harmoniseren via een mogelijke Benelux-beschikking.",
    ["verkeersveiligheid", "Benelux-beschikking"])

add("Op grond van welk artikel van de EU-verordening namen de lidstaten in 2024 een gezamenlijke paragraaf op in hun nationale actieplannen, en via welk platform werden laaddata gedeeld?", "nl", [], "numeric",
    [ev("004", "In de nationale actieplannen van de lidstaten werd een gezamenlijke paragraaf opgenomen", "over statische en dynamische laaddata.", "DUURZAAM TRANSPORT", 19)],
    "Op grond van artikel 14 van de relevante EU-verordening. Via het Benelux IDRO-platform werd een enquête gehouden en werden statische en dynamische laaddata uitgewisseld.",
    ["artikel 14", "IDRO"])

add("Avec quelles coopérations énergétiques régionales une journée de consultation commune a-t-elle été organisée en 2024, et qu'y ont échangé les pays participants ?", "fr", [], "factoid",
    [ev("004", "Tijdens een gezamenlijke consultatiedag met Penta en de North Seas Energy Cooperation (NSEC)", "de voortrekkerrol van de Benelux in de Europese energietransitie.", "PENTA-SAMENWERKING", 27)],
    "Avec Penta (le Forum pentalatéral de l'énergie) et la North Seas Energy Cooperation (NSEC). Les pays participants y ont échangé leurs plans nationaux en matière d'énergie et de climat ; la concertation étroite entre directeurs généraux de l'énergie a illustré le rôle moteur du Benelux.",
    ["Penta", "NSEC"])

add("Summarise what the informal gas consultation forum of Germany, France and the Benelux countries discussed in 2024 about regional cooperation and the future of gas.", "en", [], "summary",
    [ev("004", "Via non-papers van Nederland en Denemarken", "over regionale samenwerking en solidariteitsmechanismen.", "GAS PLATFORM", 28),
     ev("004", "Het platform bood ook ruimte voor strategische reflectie", "hernieuwde vormen van samenwerking inzake gas in de toekomst.", "GAS PLATFORM", 28)],
    "Non-papers from the Netherlands and Denmark launched proposals on regional cooperation and solidarity mechanisms. The Gas Platform also offered room for strategic reflection on the future role of gas in a low-carbon economy and on its own possible role in the future energy security architecture; the trust built up over long cooperation is the basis for renewed forms of gas cooperation.",
    ["non-papers", "Gas Platform"])

add("Rond welke gedeelde ambities werkt de Benelux samen met regio's zoals de Noordse landen?", "nl", [], "list",
    [ev("004", "De uitwisseling met de Noordse landen is ingebed", "de rol van de Benelux als bruggenbouwer binnen Europa.", "NOORDSE RAAD", 36)],
    "Rond transparantie, rechtvaardige mobiliteit en digitale innovatie. De dialoog draagt bij aan beleidsverrijking en versterkt de rol van de Benelux als bruggenbouwer in Europa.",
    ["transparantie", "rechtvaardige mobiliteit", "digitale innovatie"])

# ---------------- cross-doc ----------------
add("Welke voorbereidingen voor de uitvoering van het nieuwe Benelux-Politieverdrag kregen volgens het jaarplan 2021 voorrang, en welke afspraken daarover meldt het jaarverslag 2021?", "nl", [], "cross-doc",
    [ev("001", "De lidstaten zullen reeds gedurende het ratificeringsproces", "de aanpassingen aan de Benelux-politieapp.", "2.1.1. Politiesamenwerking", None),
     ev("002", "Daarnaast zijn afspraken gemaakt over de overige werkzaamheden", "\"Zonder zorgen de grens over\".", "2.1.1. POLITIESAMENWERKING", 18)],
    "Het jaarplan 2021 wilde al tijdens het ratificatieproces beginnen met het operationeel omkaderen van het verdrag, met voorrang voor de uitwerking van de opleidingsmodules en de aanpassingen aan de Benelux-politieapp. Het jaarverslag 2021 meldt dat afspraken zijn gemaakt over de uitwerking van de Benelux-politieapp en een update van de opleidingsmodule 'Zonder zorgen de grens over'.",
    ["politieapp", "opleidingsmodule", "Zonder zorgen de grens over"])

add("How did the Benelux work on the right to repair move on from what the 2024 annual plan intended to what the 2024 annual report describes?", "en", [], "cross-doc",
    [ev("000", "Recht op reparatie: het Secretariaat-generaal zal onderzoeken", "gezamenlijk geimplementeerd kan worden binnen de Benelux.", "3.5. CIRCULAIRE ECONOMIE", 25),
     ev("004", "gereflecteerd op het Europese", "samenstelling en herstelopties van producten.", "CIRCULAIRE ECONOMIE EN INNOVATIE", 29)],
    "The 2024 plan had the Secretariat-General examine how initiatives giving better information on the reparability and lifespan of goods could be scaled up to the whole Benelux, and how the EU rules following the Commission's right-to-repair proposal could be implemented jointly. The 2024 report says the countries reflected jointly on the European Right to Repair initiative and started preparing a joint Benelux framework for ecodesign and product passports, aimed at transparency about the origin, composition and repair options of products.",
    ["Right to Repair", "ecodesign"])

add("Welk kader voor de mobiliteitssamenwerking werd in 2024 vastgesteld, en welk doel stelt het werkprogramma 2025-2028 voor de gezamenlijke mobiliteitsvisie?", "nl", [], "cross-doc",
    [ev("004", "In 2024 zette de Benelux Unie flinke stappen richting duurzamer transport", "het kader vormt voor de samenwerking in de komende jaren.", "DUURZAAM TRANSPORT", 19),
     ev("003", "Het doel is een naadloze integratie van transportnetwerken", "met duurzame technologieën als uitgangspunt.", "Gezamenlijke visie op slimme en duurzame mobiliteit", 9)],
    "In 2024 werd de Benelux-Strategische mobiliteitsagenda vastgesteld, het kader voor de samenwerking in de komende jaren. Het werkprogramma 2025-2028 stelt als doel een naadloze integratie van transportnetwerken, met duurzame technologieën als uitgangspunt.",
    ["Strategische mobiliteitsagenda", "naadloze integratie"])

# ---------------- unanswerable ----------------
add("Hoeveel publieke laadpunten voor elektrische voertuigen telde de Benelux in 2024 volgens het jaarverslag?", "nl", [], "unanswerable", [],
    "Dat staat niet in de documenten. Het jaarverslag 2024 beschrijft wel de uitwisseling van laaddata via het Benelux IDRO-platform en de grensoverschrijdende uitrol van laadinfrastructuur, maar noemt geen aantal laadpunten.",
    [])

add("Hoe heet de EU-coördinator voor terugkeer op wiens routekaart de Benelux-landen in 2024 met een gezamenlijke nota reageerden?", "nl", [], "unanswerable", [],
    "De documenten noemen de naam van die coördinator niet. Ze vermelden alleen dat een ad-hoc werkgroep een gezamenlijke nota opstelde als reactie op de routekaart van de EU-coördinator voor terugkeer.",
    [])

add("Op welke datum vindt de Rijn-conferentie 2024 plaats waarop Noordrijn-Westfalen de Benelux-partners wil uitnodigen?", "nl", [], "unanswerable", [],
    "Er wordt geen datum gegeven. Het jaarplan 2024 zegt alleen dat de conferentie over de binnenvaart gepland is voor de tweede helft van het jaar.",
    [])

add("Hoeveel leden telt het Benelux Parlement?", "nl", [], "unanswerable", [],
    "Dat staat niet in de documenten. Het jaarverslag 2024 vermeldt alleen dat het Benelux Parlement via aanbevelingen richting geeft aan de samenwerking.",
    [])

# Reorder so that types and documents are mixed, then renumber.
order = [0, 7, 13, 21, 26, 36, 1, 14, 22, 27, 33, 2, 8, 15, 23, 28, 37, 3, 9, 16, 24, 29, 34, 4, 10, 17, 25, 30, 38, 5, 11, 18, 31, 35, 6, 12, 19, 32, 39, 20]
assert sorted(order) == list(range(len(Q))) and len(Q) == 40, (len(Q), sorted(order))
out = [Q[i] for i in order]
for n, o in enumerate(out, 1):
    o["id"] = f"q8-{n:03d}"
with open(Path(__file__).with_name("own8.jsonl"), "w") as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")
for o in out:
    for e in o["evidence"]:
        print(o["id"], o["type"], o["language"], e["doc"][:3], len(e["quote"]))
