"""Builds eval/own11/own11.jsonl: 40 held-out questions in the gold format (data/gold/FORMAT.md).

Quotes are cut from the whitespace-collapsed document text between a start anchor and an end
anchor, so they are verbatim. The script asserts that every start anchor occurs exactly once,
that every quote is 40-400 characters long, that every key fact occurs (case-insensitive) in a
quote of its own question and in its answer, that cross-doc questions use two documents, and
that the type/language/follow-up mix is the one asked for.

Usage: python eval/own11/build_own11.py   (rewrites eval/own11/own11.jsonl)
"""

from __future__ import annotations

import collections
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS_DIR = ROOT / "data" / "documents"
OUT = Path(__file__).resolve().parent / "own11.jsonl"

D000 = "000_23ffac28d6a1c9fd.txt"  # Jaarplan 2024
D001 = "001_d2ddd7b07eceb66e.txt"  # Jaarplan 2021 (no table of contents: page None)
D002 = "002_68ccab70ba53b511.txt"  # Jaarverslag 2021
D003 = "003_3c9be9ba5f64d8e1.txt"  # Gemeenschappelijk Werkprogramma 2025-2028
D004 = "004_93b1f14f67b4112b.txt"  # Jaarverslag 2024


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


TEXT = {p.name: collapse(p.read_text(encoding="utf-8")) for p in DOCS_DIR.glob("*.txt")}


def cut(doc: str, start: str, end: str) -> str:
    text = TEXT[doc]
    count = text.count(start)
    assert count == 1, f"start anchor occurs {count} times in {doc}: {start!r}"
    i = text.index(start)
    j = text.find(end, i)
    assert j >= 0, f"end anchor not found after start in {doc}: {end!r}"
    quote = text[i : j + len(end)]
    assert 40 <= len(quote) <= 400, f"quote length {len(quote)}: {quote[:60]!r}"
    return quote


def ev(doc: str, start: str, end: str, section: str, page: int | None) -> dict:
    return {"doc": doc, "quote": cut(doc, start, end), "section": section, "page": page}


# Sections and pages
S000_PRIO = ("PRIORITEITEN VAN HET BELGISCHE VOORZITTERSCHAP", 8)
S000_11 = ("1.1. SAMENWERKING IN DE VEILIGHEIDSKETEN", 10)
S000_13 = ("1.3. ASIEL EN MIGRATIE", 13)
S000_22 = ("2.2. DUURZAAM TRANSPORT", 18)
S000_25 = ("2.5. DIGITALE AGENDA", 20)
S000_37 = ("3.7. KLIMAAT EN KLIMAATADAPTATIE", 26)
S000_310 = ("3.10. NATUUR EN BIODIVERSITEIT", 29)
S000_41 = ("4.1. VERDRAG ROND SOCIALE FRAUDE EN FATSOENLIJKE ARBEIDSOMSTANDIGHEDEN", 30)
S000_42 = ("4.2. SAMENWERKING OP FISCAAL GEBIED", 31)
S000_45 = ("4.5. BEKENDHEID EN INZET JURIDISCH INSTRUMENTARIUM", 33)
S000_54 = ("5.4. Grande Région", 36)
S000_KERN = ("BENELUX - KERNCIJFERS", None)
S001_11 = ("1.1. ENERGIE & KLIMA AT", None)
S001_13 = ("1.3. HANDEL, DIGITALISERING EN CIRCUL AIRE ECONOMIE", None)
S001_211 = ("2.1.1. Politiesamenwerking", None)
S001_222 = ("2.2.2. Bestrijding van sociale fraude", None)
S001_NRW = ("2.1. SAMENWERKING MET NOORDRIJN-WESTFALEN (NRW)", None)
S002_CVM = ("1. COMITÉ VAN MINISTERS", 6)
S002_11 = ("1.1. ENERGIE & KLIMAAT", 8)
S002_12 = ("1.2. TRANSPORT & LOGISTIEK", 12)
S002_13 = ("1.3. HANDEL, DIGITALISERING EN CIRCULAIRE ECONOMIE", 15)
S002_211 = ("2.1.1. POLITIESAMENWERKING", 18)
S002_JUS = ("2.1.3. JUSTITIE", 28)
S002_24 = ("2.4. WERKEN IN DE BENELUX", 36)
S003_MISSIE = ("MISSIE", 14)
S004_VW = ("VOORWOORD VAN HET COLLEGE VAN SECRETARISSEN-GENERAAL", 4)
S004_BEELD = ("HET JAAR 2024 IN BEELD", 6)
S004_INT = ("GRENDOERSCHRIJDENDE INTEGRALE AANPAK EN GEZAMENLIJKE CONTROLEACTIES", 10)
S004_EXP = ("EXPORT VAN VERVUILDE BRANDSTOFFEN", 25)
S004_CE = ("CIRCULAIRE ECONOMIE EN INNOVATIE", 29)


def q(question, language, qtype, evidence, answer, key_facts, history=None):
    return {
        "question": question,
        "language": language,
        "history": history or [],
        "type": qtype,
        "evidence": evidence,
        "answer": answer,
        "key_facts": key_facts,
    }


ITEMS = [
    # q11-000
    q(
        "Welk migratiedossier heeft het Belgische Benelux-voorzitterschap in 2024 als bijkomende prioriteit naar voren geschoven?",
        "nl",
        "factoid",
        [ev(D000, "Een andere prioriteit van het Belgische Benelux-voorzitterschap", "van de Europese Unie.", *S000_PRIO)],
        "De terugkeer van vreemdelingen die een veiligheidsprobleem vormen. Die kwestie staat hoog op de agenda van de "
        "Europese Commissie; de Benelux wil eraan bijdragen in lijn met de roadmap van de terugkeercoördinator van de EU.",
        ["terugkeer van vreemdelingen", "veiligheidsprobleem"],
    ),
    # q11-001
    q(
        "Apart from the set-up for opening the Benelux Court registry in Luxembourg, what did the Committee of Ministers approve during 2021?",
        "en",
        "list",
        [
            ev(D002, "waaronder een beschikking betreffende de taken", "Pentilateral Energy Forum,", *S002_CVM),
            ev(D002, "keurde het Comité van Ministers meerdere benoemingen goed", "het naadloos overpakken van het 5G-sigitaal.", *S002_CVM),
        ],
        "A decision on the tasks of the Benelux Secretariat-General for the Project Management Office of the Pentalateral "
        "Energy Forum, several appointments (notably magistrates of the Benelux Court of Justice) and a recommendation on "
        "coordination for cross-border coverage and seamless handover of the 5G signal.",
        ["Project Management Office", "5G"],
    ),
    # q11-002
    q(
        "Welke twee werkgroepen rond circulaire economie zijn volgens het jaarplan 2021 samengevoegd, en wie stuurt die samenwerking aan?",
        "nl",
        "factoid",
        [ev(D001, "De werkgroepen Circulaire Economie en Afvalmanagement", "om de samenwerking aan te sturen.", *S001_13)],
        "De werkgroepen Circulaire Economie en Afvalmanagement zijn samengevoegd. De samenwerking wordt aangestuurd door "
        "een strategisch overleg van de directeuren-generaal van de bevoegde ministeries voor circulaire economie.",
        ["Circulaire Economie", "Afvalmanagement", "directeuren-generaal"],
    ),
    # q11-003
    q(
        "Wie krijgen er in het voorwoord van het jaarverslag 2024 een woord van dank, en hoe geeft het Benelux Parlement mee richting aan de samenwerking?",
        "nl",
        "factoid",
        [ev(D004, "Daarbij is ook dank verschuldigd aan het Benelux Parlement", "initiatieven en projecten.", *S004_VW)],
        "Het Benelux Parlement, dat via aanbevelingen richting geeft aan de samenwerking, en de medewerkers van het "
        "Secretariaat-generaal, wier inzet en professionaliteit de motor vormen achter de initiatieven en projecten.",
        ["Benelux Parlement", "aanbevelingen", "medewerkers"],
    ),
    # q11-004 (follow-up)
    q(
        "En met hoeveel Noordzeelanden heeft de Belgische minister dat gedaan?",
        "nl",
        "numeric",
        [ev(D002, "Tijdens de ministeriële bijeenkomst op 2 december", "Noordzeesamenwerking te herijken.", *S002_11)],
        "Met de 9 landen rond de Noordzee, samen met de Europese commissaris voor Energie. Het ging om een nieuwe "
        "politieke verklaring om de Noordzeesamenwerking te herijken.",
        ["9 landen", "commissaris voor Energie"],
        history=["Wat werd er tijdens de ministeriële Noordzeebijeenkomst van 2 december 2021 ondertekend?"],
    ),
    # q11-005
    q(
        "Wat zijn volgens het gemeenschappelijk werkprogramma 2025-2028 de drie pijlers van de missie?",
        "nl",
        "list",
        [ev(D003, "Wij werken aan de versterking van de interne markt", "veiligere samenleving", *S003_MISSIE)],
        "De versterking van de interne markt, de bevordering van een duurzame toekomst en de borging van een veiligere "
        "samenleving.",
        ["interne markt", "duurzame toekomst", "veiligere samenleving"],
    ),
    # q11-006
    q(
        "In which areas will the Secretariat-General support operational and thematic police cooperation in 2024?",
        "en",
        "list",
        [
            ev(D000, "Het Secretariaat-generaal zal de operationele en thematische politiesamenwerking", "Open Source Intelligence)", *S000_11),
            ev(D000, "en waarbij nieuwe vormen van samenwerking worden opgestart.", "zogeheten strategische goederen.", *S000_11),
        ],
        "It keeps supporting work that involves emergency control rooms and investigating officers, the joint fight against "
        "cybercrime (for example forensic computer investigation and Open Source Intelligence) and new forms of "
        "cooperation. The Benelux will also deepen cooperation on so-called strategic goods.",
        ["Open Source Intelligence", "cyber"],
    ),
    # q11-007
    q(
        "Selon le plan annuel 2021, dans quelle déclaration les pays du Benelux se sont-ils engagés à s'entraider pour "
        "atteindre les objectifs climatiques de Paris, et à quel horizon veulent-ils explorer une vision commune d'un "
        "système énergétique neutre pour le climat ?",
        "fr",
        "numeric",
        [
            ev(D001, "De Benelux-landen hebben zich geëngageerd om elkaar te ondersteunen", "nationale energie- en klimaatplannen).", *S001_11),
            ev(D001, "Tegen de achtergrond van economisch herstel", "voorstellen over CO2-beprijzing.", *S001_11),
        ],
        "Notamment dans la déclaration Benelux de Talanoa (Benelux Talanoa Verklaring). Ils veulent explorer une vision "
        "commune à l'horizon 2050 pour un système énergétique neutre pour le climat, ainsi que des propositions de "
        "tarification du CO2.",
        ["Talanoa", "2050"],
    ),
    # q11-008
    q(
        "Wanneer bleek volgens het jaarverslag 2021 dat de Maaswerken hun nut hadden?",
        "nl",
        "numeric",
        [ev(D002, "Verder komt de uitvoering van de Maaswerken", "in grote mate hun nut bewezen.", *S002_12)],
        "Bij het hoogwater van juli 2021 hebben de Maaswerken in grote mate hun nut bewezen.",
        ["juli 2021"],
    ),
    # q11-009 (unanswerable)
    q(
        "In welk jaar hebben de Benelux-landen de Talanoa-verklaring over hun klimaatsamenwerking ondertekend?",
        "nl",
        "unanswerable",
        [],
        "Dat staat niet in de documenten. Het jaarplan 2021 noemt de Benelux Talanoa Verklaring alleen als voorbeeld van "
        "het engagement om elkaar te steunen bij de Parijse klimaatdoelen, zonder datum of jaar van ondertekening.",
        [],
    ),
    # q11-010
    q(
        "Welk deel van het Benelux-bbp gaat naar R&D en welk deel naar onderwijs, volgens de kerncijfers in het jaarplan 2024?",
        "nl",
        "numeric",
        [ev(D000, "KENNISECONOMIE UITGAVEN R & D", "5,7 % van het Benelux-BBP", *S000_KERN)],
        "De uitgaven voor R&D bedragen 2,5 % van het Benelux-bbp en de uitgaven voor onderwijs 5,7 % van het Benelux-bbp.",
        ["2,5", "5,7"],
    ),
    # q11-011 (cross-doc 001 + 002)
    q(
        "Het jaarplan 2021 wilde de beeldvorming over georganiseerde drugscriminaliteit verbeteren. Wat was de geplande "
        "eerste stap, en wat is daarvan volgens het jaarverslag 2021 terechtgekomen?",
        "nl",
        "cross-doc",
        [
            ev(D001, "Verbeteren van beelden met betrekking tot de georganiseerde", "uit de drie landen gedeeld en vergeleken.", *S001_211),
            ev(D002, "De politiediensten van de drie landen hebben bestaande criminaliteitsbeelden", "onder meer door de Belgische delegatie", *S002_211),
        ],
        "Als eerste stap zouden de drie landen hun bestaande, recente criminaliteitsbeelden delen en vergelijken. Volgens "
        "het jaarverslag 2021 hebben de politiediensten inderdaad criminaliteitsbeelden van deelaspecten van de "
        "drugscriminaliteit gedeeld en is gewerkt aan gezamenlijke grensoverschrijdende criminaliteitsbeeldanalyses, onder "
        "meer door de Belgische delegatie.",
        ["criminaliteitsbeelden", "gedeeld", "criminaliteitsbeeldanalyses"],
    ),
    # q11-012
    q(
        "Op welke dag en in welk land kwam de North Seas Energy Cooperation in 2024 samen?",
        "nl",
        "numeric",
        [ev(D004, "24 OKTOBER BIJENKOMST NORTH SEAS ENERGY COOPERATION", "IN DENEMARLEN", *S004_BEELD)],
        "Op 24 oktober 2024, in Denemarken (volgens het overzicht 'Het jaar 2024 in beeld').",
        ["24 oktober", "Denemar"],
    ),
    # q11-013
    q(
        "Welke landen hadden het nieuwe Benelux-Politieverdrag eind 2021 al geratificeerd?",
        "nl",
        "factoid",
        [ev(D002, "De parlementen van de drie landen hebben het Benelux-Politieverdrag goedgekeurd", "het Verdrag geratificeerd.", *S002_211)],
        "België en Luxemburg hadden het verdrag geratificeerd; de parlementen van alle drie de landen hadden het al goedgekeurd.",
        ["België en Luxemburg", "geratificeerd"],
    ),
    # q11-014
    q(
        "Kun je samenvatten hoe de Benelux in 2024 de samenwerking met derde landen over terugkeer en overname wil verbeteren?",
        "nl",
        "summary",
        [
            ev(D000, "Het Benelux-beleid inzake het sluiten van overnameovereenkomsten", "tekenen van nieuwe overeenkomsten.", *S000_13),
            ev(D000, "Parallel hieraan voeren de Benelux-landen", "beheren van migratiestromen", *S000_13),
        ],
        "De Benelux zet het beleid voort om overnameovereenkomsten te sluiten, eventueel samen met "
        "visumvrijstellingsovereenkomsten, om met nieuwe akkoorden de terugkeersamenwerking te verbeteren. Daarnaast "
        "bespreken de landen een meer proactieve overname-aanpak met alternatieve juridische middelen, om effectievere "
        "oplossingen met derde landen te vinden en migratiestromen beter te beheren.",
        ["overnameovereenkomsten", "visumvrijstellingsovereenkomsten", "proactieve", "alternatieve juridische middelen"],
    ),
    # q11-015
    q(
        "Can you summarise what the 2021 annual plan wants to do to strengthen the Benelux's position as a digital frontrunner?",
        "en",
        "summary",
        [
            ev(D001, "Uitbouwen positie Benelux als digitale koploper", "uitrol van 5G netwerken.", *S001_13),
            ev(D001, "De drie Benelux AI coalities", "beleidsterreinen bekeken worden.", *S001_13),
            ev(D001, "De sterke recente groei van grensoverschrijdende online handel", "online Benelux-markt.", *S001_13),
        ],
        "It looks at cross-border issues in the roll-out of 5G networks and will bring the three Benelux AI coalitions "
        "together, first to examine the role of AI in the public domain and cross-border data sharing. It also reflects on "
        "the impact of large global digital platforms and holds a workshop on the import of small parcels for the online "
        "Benelux market.",
        ["5G", "AI", "workshop"],
    ),
    # q11-016
    q(
        "D'après le rapport annuel 2021, quels réseaux européens vont concevoir un modèle de barrière contre le trafic de "
        "drogues par la poste et les services de messagerie, et avec quel financement ?",
        "fr",
        "list",
        [ev(D002, "Verder zal in het kader van dit project een barrièremodel", "gebruik maken van Europese gelden.", *S002_211)],
        "Le Réseau européen de prévention de la criminalité (EUCPN) et le Réseau européen pour l'approche administrative "
        "de la criminalité grave et organisée (ENAA) ; ils utiliseront des fonds européens.",
        ["EUCPN", "ENAA"],
    ),
    # q11-017
    q(
        "Welke conclusie trekt het jaarverslag 2024 uit de grensoverschrijdende integrale aanpak van criminaliteit, en "
        "waarom zou die aanpak navolging verdienen?",
        "nl",
        "explain",
        [ev(D004, "Deze werkwijze toont aan dat de Benelux", "concrete veiligheid te realiseren.", *S004_INT)],
        "Dat de Benelux niet alleen beleidsmatig maar ook op de werkvloer grenzen weet te slechten. De aanpak verdient "
        "navolging omdat ze laat zien dat samenwerking geen doel op zich is, maar een krachtig middel om concrete "
        "veiligheid te realiseren.",
        ["werkvloer", "concrete veiligheid"],
    ),
    # q11-018
    q(
        "Under which programme are capacity-building workshops on cycling infrastructure organised worldwide, and what do "
        "the Benelux countries intend to do about it?",
        "en",
        "factoid",
        [ev(D000, "In het kader van het ACTIVE-programma", "hier samen gevolg aan te geven.", *S000_22)],
        "Under the ACTIVE programme, which organises capacity-building workshops worldwide to strengthen cycling "
        "infrastructure and policy; the Benelux countries aim to follow it up together.",
        ["ACTIVE"],
    ),
    # q11-019 (unanswerable)
    q(
        "What was the total cost of the Meuse works (Maaswerken) mentioned in the 2021 annual report?",
        "en",
        "unanswerable",
        [],
        "The documents do not give a cost. The 2021 annual report only says that the execution of the Maaswerken was "
        "discussed in the tripartite Meuse consultation and that they proved their worth during the high water of July 2021.",
        [],
    ),
    # q11-020
    q(
        "Waarom kan de nieuwe uitvoeringsafspraak over het gebruik van verbindingsofficieren sneller rond zijn dan gewoonlijk?",
        "nl",
        "explain",
        [
            ev(D002, "Belangrijkste punt hier is de aanpassing van de nieuwe Uitvoeringsafpraak", "(België-Nederland-Luxemburg).", *S002_211),
            ev(D002, "De uitvoeringsafpraak is nagenoeg afgerond", "waardoor het proces sneller kan gaan.", *S002_211),
        ],
        "Omdat de afspraak, die nagenoeg af is, na afronding niet hoeft te worden voorgelegd aan de autoriteiten voor "
        "gegevensbescherming van de drie landen; daardoor kan het proces sneller gaan.",
        ["gegevensbescherming", "sneller"],
    ),
    # q11-021
    q(
        "Hoe werkt Noordrijn-Westfalen volgens het jaarplan 2021 met de Benelux samen op het vlak van transport en mobiliteit?",
        "nl",
        "list",
        [
            ev(D001, "In het domein van transport en logistiek is NRW", "gezamenlijke afstemming plaats.", *S001_NRW),
            ev(D001, "Binnen het project Mobility as a Service (MaaS) worden", "gezamenlijk getest.", *S001_NRW),
        ],
        "NRW zit al enkele jaren mee in het strategisch overleg over transport en logistiek. Er is uitwisseling en "
        "afstemming over fietsbeleid, zoals grensoverschrijdende fietssnelwegen, en binnen het project Mobility as a "
        "Service (MaaS) worden digitale technologieën voor grensoverschrijdende interoperabiliteit samen getest.",
        ["strategisch overleg", "fietssnelwegen", "MaaS"],
    ),
    # q11-022
    q(
        "Why has protecting people's online identity become a priority in the 2024 annual plan, and what sort of solutions "
        "could the Benelux develop?",
        "en",
        "explain",
        [ev(D000, "In het licht van de toegenomen digitale transformatie", "online intimidatie of fraude", *S000_25)],
        "Because digital transformation plays an ever larger part in the daily lives of Benelux citizens, protecting online "
        "identity and data security have become priority topics. The Benelux is well placed to work together on concrete "
        "solutions such as apps for age or identity verification, to tackle online intimidation or fraud.",
        ["apps", "fraud"],
    ),
    # q11-023
    q(
        "Hoeveel EU-landen werden naast Nederland onderzocht in de studie over criminele gebouwen die in 2021 in het "
        "Benelux-landenoverleg politie aan bod kwam?",
        "nl",
        "numeric",
        [ev(D002, 'Een Nederlandse studie "Criminele gebouwen', "werd zo ook besproken.", *S002_211)],
        "Vier. De Nederlandse studie 'Criminele gebouwen' ging over de faciliterende rol van woningen en bedrijfsruimten "
        "bij ondermijnende criminaliteit in Nederland en vier EU-landen.",
        ["vier", "Criminele gebouwen"],
    ),
    # q11-024
    q(
        "Wanneer kwam er in 2024 een Benelux-verklaring over het reguleren en harmoniseren van vuurwerk?",
        "nl",
        "numeric",
        [ev(D004, "17 MEI BENELUX-VERKLARING", "(STRIJD TEGEN VUURWERKMISBRUIK)", *S004_BEELD)],
        "Op 17 mei 2024: de Benelux-verklaring voor regulering en harmonisatie van pyrotechnische artikelen, in de strijd "
        "tegen vuurwerkmisbruik.",
        ["17 mei", "pyrotechnische"],
    ),
    # q11-025
    q(
        "Sur quels enseignements la coopération climatique régionale du Benelux va-t-elle s'appuyer en 2024, et quel outil "
        "sera mobilisé ?",
        "fr",
        "factoid",
        [ev(D000, "Regionale klimaatsamenwerking zal verder worden vormgegeven", "is eveneens voorzien.", *S000_37)],
        "Sur les enseignements tirés de la COP28. Elle s'appuiera sur la plateforme climat Benelux (Benelux-klimaatplatform) "
        "et ses membres, et un échange des plans énergie-climat définitifs est prévu pour faciliter la coordination régionale.",
        ["COP28", "klimaatplatform"],
    ),
    # q11-026 (follow-up)
    q(
        "And which article of the new Benelux Police Treaty are those instructions meant to help implement?",
        "en",
        "numeric",
        [
            ev(D002, "Experten uit meldkamers van België en Nederland", "achtervolging in kaart te brengen.", *S002_211),
            ev(D002, "Deze werkinstructies kunnen enerzijds input geven", "uit het nieuwe Benelux-Politieverdrag.", *S002_211),
        ],
        "Article 21 of the new Benelux Police Treaty. The work instructions on cross-border communication and pursuit can "
        "feed the implementing arrangements on cross-border pursuit, with a view to implementing article 21 correctly.",
        ["21"],
        history=["What did experts from Belgian and Dutch emergency control rooms draw up in 2021 for cross-border communication?"],
    ),
    # q11-027 (cross-doc 001 + 000)
    q(
        "Hoe zien de gezamenlijke inspecties tegen sociale fraude eruit in het jaarplan 2021, en hoe worden ze in het "
        "jaarplan 2024 gekoppeld aan het nieuwe verdrag?",
        "nl",
        "cross-doc",
        [
            ev(D001, "Verrichten van gezamenlijke en afgestemde inspecties op het terrein", "samenwerking te verbeteren.", *S001_222),
            ev(D000, "Gemeenschappelijke en afgestemde inspecties of controles zullen", "verbeterpunten worden geidentificeerd.", *S000_41),
        ],
        "In 2021 gaat het om gezamenlijke en afgestemde inspecties op het terrein na voorafgaande uitwisseling van "
        "informatie en gegevens, waarna de resultaten worden geanalyseerd om fraude beter te onderkennen en de "
        "samenwerking te verbeteren. In 2024 worden zulke inspecties georganiseerd parallel aan de tenuitvoerlegging van "
        "het Verdrag, met uitwisseling van informatie vooraf, analyse van de resultaten en het identificeren van verbeterpunten.",
        ["uitwisseling", "Verdrag", "verbeterpunten"],
    ),
    # q11-028
    q(
        "Over welke Europese natuurdossiers wil de Benelux in 2024 tot gemeenschappelijke standpunten komen?",
        "nl",
        "list",
        [ev(D000, "In het belang van de gezondheid van mens, milieu en maatschappij", "EU-verordening over natuurherstel.", *S000_310)],
        "Onder meer over de toepassing van de Vogel- en Habitatrichtlijn, de implementatie van de doelstellingen van de EU "
        "Green Deal, waaronder de EU-Biodiversiteitsstrategie 2030, en de voorgestelde EU-verordening over natuurherstel.",
        ["Habitatrichtlijn", "Biodiversiteitsstrategie 2030", "natuurherstel"],
    ),
    # q11-029
    q(
        "Waarom is de geplande studiedag over pre-employment screening in 2021 nog niet doorgegaan, en hoe gaat het nu verder?",
        "nl",
        "explain",
        [ev(D002, "De landen hebben afgesproken een studiedag te organiseren.", "kunnen worden uitgenodigd.", *S002_JUS)],
        "De landen gaven de voorkeur aan een fysieke bijeenkomst, waardoor het event nog niet kon plaatsvinden. Tijdens "
        "hun overleg in november spraken de partners af de studiedag alsnog te houden, eventueel met extra landen of "
        "partijen zoals Frankrijk, het VK of de EC.",
        ["fysieke bijeenkomst", "november"],
    ),
    # q11-030 (unanswerable)
    q(
        "In welke stad vond de bijeenkomst van de North Seas Energy Cooperation in oktober 2024 plaats?",
        "nl",
        "unanswerable",
        [],
        "Dat vermelden de documenten niet. Het jaarverslag 2024 noemt alleen een bijeenkomst van de North Seas Energy "
        "Cooperation op 24 oktober in Denemarken, zonder stad.",
        [],
    ),
    # q11-031 (follow-up)
    q(
        "En waarom is daarnaast ook samenwerking rond de jacht belangrijker geworden?",
        "nl",
        "explain",
        [ev(D001, "Als het gaat om veterinaire aangelegenheden", "op het gebied van jacht", *S001_NRW)],
        "Omdat de dreiging van de Afrikaanse varkenspest in de regio het belang van grensoverschrijdende samenwerking op "
        "het gebied van jacht heeft onderstreept. Dat komt bovenop de samenwerking rond veterinaire aangelegenheden en "
        "diervoeders.",
        ["Afrikaanse varkenspest", "jacht"],
        history=[
            "Op welk gebied werken NRW en het Duitse bondsniveau volgens het jaarplan 2021 samen met de Benelux-landen om "
            "de voedselveiligheid te verbeteren?"
        ],
    ),
    # q11-032
    q(
        "Welke soorten sprekers en deskundigen wil men samenbrengen op het tweede colloquium over de btw-kloof?",
        "nl",
        "list",
        [ev(D000, "bedoeling sprekers en deskundigen", "samen te brengen.", *S000_42)],
        "Sprekers en deskundigen met verschillende achtergronden: internationale deskundigen, hoge ambtenaren en academici.",
        ["internationale deskundigen", "hoge ambtenaren", "academici"],
    ),
    # q11-033
    q(
        "Wanneer verscheen de bijgewerkte Benelux-brochure over de bejegening van slachtoffers van mensenhandel, en wanneer "
        "werd de eerste versie gemaakt?",
        "nl",
        "numeric",
        [ev(D002, "Eveneens in maart is een update van de brochure", "onder het Nederlandse voorzitterschap.", *S002_JUS)],
        "De update werd in maart 2021 gepubliceerd. De eerste versie was in 2020 opgesteld onder het Nederlandse "
        "voorzitterschap.",
        ["maart", "2020", "Nederlandse voorzitterschap"],
    ),
    # q11-034
    q(
        "Wat hebben de inspectiediensten in de Benelux afgesproken in verband met de aanbeveling over de uitvoer van "
        "vervuilende brandstoffen?",
        "nl",
        "factoid",
        [ev(D004, "In samenhang hiermee spraken de hiervoor verantwoordelijke inspectiediensten", "intensiever te gaan samenwerken.", *S004_EXP)],
        "De verantwoordelijke inspectiediensten uit de Benelux spraken uit dat ze intensiever gaan samenwerken.",
        ["inspectiediensten", "intensiever"],
    ),
    # q11-035
    q(
        "Waarom wil de Benelux Unie overheden helpen bij het opzetten van duurzame grensoverschrijdende juridische structuren?",
        "nl",
        "explain",
        [ev(D000, "De Benelux Unie zal verdere actieve ondersteuning bieden", "samen te zoeken naar oplossingen.", *S000_45)],
        "Omdat taken efficiënter kunnen worden uitgevoerd wanneer men op een structurele manier samenwerkt, en het dan "
        "gemakkelijker is om samen oplossingen te zoeken. De Benelux Unie biedt daarom actieve ondersteuning aan "
        "overheden en organisaties op alle niveaus.",
        ["structurele", "oplossingen"],
    ),
    # q11-036
    q(
        "Geef een korte samenvatting van hoe grenswerkers in 2021 tijdens de coronacrisis door de Benelux werden geïnformeerd.",
        "nl",
        "summary",
        [
            ev(D002, "Daarom werd bijgewerkte informatie ter beschikking gesteld", "in geval van werkloosheid, enz.", *S002_24),
            ev(D002, "Tegelijkertijd werd aan tal van burgers informatie verstrekt", "contactformulier van het portaal.", *S002_24),
        ],
        "Er kwam bijgewerkte informatie op de Benelux-informatieportal Grensarbeid, waar de rubriek 'coronamaatregelen' behouden bleef met informatie over onder meer thuiswerk, "
        "belastingen en werkloosheid. Daarnaast kregen veel burgers "
        "antwoord op vragen per e-mail, telefoon of via het contactformulier van het portaal en werden ze doorverwezen "
        "naar de bevoegde instanties.",
        ["Grensarbeid", "coronamaatregelen", "contactformulier"],
    ),
    # q11-037 (cross-doc 002 + 004)
    q(
        "Welke werkthema's rond circulaire economie legden de Benelux-landen in 2021 vast, en welke rol dicht de Benelux "
        "zichzelf in 2024 op dat terrein toe?",
        "nl",
        "cross-doc",
        [
            ev(D002, "In aansluiting op de Europese initiatieven werd kennis gedeeld", "als werkthema's aangeduid.", *S002_13),
            ev(D004, "Met deze initiatieven bevestigt de Benelux zijn rol als gidsregio", "transitie naar een circulaire economie.", *S004_CE),
        ],
        "In 2021 werden repareerbaarheid, overbrenging van afvalstoffen en single use plastic als werkthema's aangeduid. "
        "In 2024 bevestigt de Benelux met zijn initiatieven zijn rol als gidsregio voor duurzame productie en consumptie "
        "in de transitie naar een circulaire economie.",
        ["repareerbaarheid", "single use plastic", "gidsregio"],
    ),
    # q11-038
    q(
        "Kunnen vertegenwoordigers van de Grande Région aanschuiven bij Benelux-werkgroepen?",
        "nl",
        "factoid",
        [ev(D000, "De Benelux Unie bevestigt haar bereidheid", "tot wederzijds voordeel.", *S000_54)],
        "Ja. De Benelux Unie bevestigt haar bereidheid om afgevaardigden van de samenstellende delen van de Grande Région "
        "in haar werkgroepen te verwelkomen, rekening houdend met de institutionele bijzonderheden, over gezamenlijk "
        "vastgestelde onderwerpen.",
        ["afgevaardigden", "werkgroepen"],
    ),
    # q11-039 (unanswerable)
    q(
        "Hoeveel deelnemers trok de Noordzeeconferentie in Oostende in 2021?",
        "nl",
        "unanswerable",
        [],
        "Dat staat niet in de documenten. Het jaarverslag 2021 spreekt alleen van een groots opgezette conferentie in "
        "Oostende over de Noordzee als groene energiehub, waar ministers de resultaten van de offshore-studie toelichtten, "
        "zonder aantal deelnemers.",
        [],
    ),
]

FIELDS = ["id", "question", "language", "history", "type", "evidence", "answer", "key_facts"]
WANT_TYPES = {"numeric": 9, "factoid": 8, "list": 7, "explain": 6, "summary": 3, "cross-doc": 3, "unanswerable": 4}
WANT_LANGS = {"nl": 30, "en": 7, "fr": 3}


def check(items: list[dict]) -> None:
    assert len(items) == 40, len(items)
    for o in items:
        if o["type"] == "unanswerable":
            assert not o["evidence"] and not o["key_facts"], o["id"]
            continue
        assert o["evidence"] and 1 <= len(o["key_facts"]) <= 4, o["id"]
        quotes = " || ".join(e["quote"].lower() for e in o["evidence"])
        for k in o["key_facts"]:
            assert k.lower() in quotes, (o["id"], "key fact not in quotes", k)
            assert k.lower() in o["answer"].lower(), (o["id"], "key fact not in answer", k)
        if o["type"] == "cross-doc":
            assert len({e["doc"] for e in o["evidence"]}) == 2, o["id"]
    assert dict(collections.Counter(o["type"] for o in items)) == WANT_TYPES
    assert dict(collections.Counter(o["language"] for o in items)) == WANT_LANGS
    assert sum(1 for o in items if o["history"]) == 3


def main() -> None:
    items = []
    for n, item in enumerate(ITEMS):
        o = {"id": f"q11-{n:03d}", **item}
        items.append({k: o[k] for k in FIELDS})
    check(items)
    with OUT.open("w", encoding="utf-8") as handle:
        for o in items:
            handle.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
