"""Builds eval/own21/own21.jsonl: check set own21, a seeded random draw (seed 21) of paragraphs.

Same method as own12/own13 (see their READMEs): paragraphs are blank-line split and
whitespace-collapsed as eval/make_probe.py does; only body paragraphs of 150+ characters are
kept; at each step rng.choices picks a document weighted by its remaining paragraphs and
rng.choice picks one of them, which is removed from the pool. Questions follow the draw order.

Usage: python eval/own21/build_own21.py   (writes eval/own21/own21.jsonl, deterministic)
"""

from __future__ import annotations

import collections
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC_DIR = ROOT / "data" / "documents"
OUT = ROOT / "eval" / "own21" / "own21.jsonl"
SEED = 21
PREFIX = "q21"

D0 = "000_23ffac28d6a1c9fd.txt"  # Jaarplan 2024
D1 = "001_d2ddd7b07eceb66e.txt"  # Jaarplan 2021 (no table of contents: page None)
D2 = "002_68ccab70ba53b511.txt"  # Jaarverslag 2021
D3 = "003_3c9be9ba5f64d8e1.txt"  # Gemeenschappelijk Werkprogramma 2025-2028
D4 = "004_93b1f14f67b4112b.txt"  # Jaarverslag 2024
DOCS = [D0, D1, D2, D3, D4]

# Body ranges by paragraph index (inclusive), as in own12/own13; None = to the end.
BODY = {D0: (75, None), D1: (0, None), D2: (15, None), D3: (15, 88), D4: (16, 200)}
EXCLUDED = {D1: {301}}  # page furniture: two running headers plus one short sentence
MIN_CHARS = 150


def col(text: str) -> str:
    """Whitespace-collapsed text, as the validator compares quotes."""
    return re.sub(r"\s+", " ", text).strip()


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, whitespace collapsed (eval/make_probe.py)."""
    return [" ".join(part.split()) for part in re.split(r"\n\s*\n", text)]


RAW = {d: (DOC_DIR / d).read_text(encoding="utf-8") for d in DOCS}
TEXT = {d: col(RAW[d]) for d in DOCS}
PARAS = {d: paragraphs(RAW[d]) for d in DOCS}


def pool() -> dict[str, list[int]]:
    out = {}
    for d in DOCS:
        start, end = BODY[d]
        end = len(PARAS[d]) - 1 if end is None else end
        out[d] = [
            i
            for i in range(start, end + 1)
            if len(PARAS[d][i]) >= MIN_CHARS and i not in EXCLUDED.get(d, set())
        ]
    return out


def draw_order(seed: int, n: int | None = None) -> list[tuple[str, int]]:
    rng = random.Random(seed)
    left = {d: list(v) for d, v in pool().items()}
    order: list[tuple[str, int]] = []
    while any(left.values()) and (n is None or len(order) < n):
        doc = rng.choices(DOCS, weights=[len(left[d]) for d in DOCS])[0]
        i = rng.choice(left[doc])
        left[doc].remove(i)
        order.append((doc, i))
    return order


def check_against_own12_own13() -> None:
    """The facts the own12 and own13 READMEs give about their pool and draws."""
    sizes = {d[:3]: len(v) for d, v in pool().items()}
    assert sizes == {"000": 151, "001": 211, "002": 178, "003": 49, "004": 119}, sizes
    assert sum(sizes.values()) == 708

    def counts(order):
        return dict(collections.Counter(d[:3] for d, _ in order))

    o12 = draw_order(12, 42)  # own12: draws 0-41
    assert counts(o12) == {"000": 9, "001": 12, "002": 12, "003": 3, "004": 6}, counts(o12)
    # q12-000 (draws 0+22): the Einstein Telescope, 2021 plan (001) + work programme (003)
    assert o12[0][0] == D1 and "Einstein Telescope" in PARAS[D1][o12[0][1]]
    assert o12[22][0] == D3 and "Einstein" in PARAS[D3][o12[22][1]]
    # q12-008 (draws 8+31): the Digital Twin study, 000 + 004
    assert {o12[8][0], o12[31][0]} == {D0, D4}
    assert all("igital" in PARAS[d][i] for d, i in (o12[8], o12[31]))

    o13 = draw_order(13, 44)  # own13: draws 0-43
    assert counts(o13) == {"000": 6, "001": 14, "002": 14, "003": 3, "004": 7}, counts(o13)
    # q13-000 (draw 0): 2021 plan, health care ("te- rugbetaling")
    assert o13[0][0] == D1 and "te- rugbetaling" in PARAS[D1][o13[0][1]]
    # q13-011 (draws 11+20): the diploma-treaty sentence split by a page header, 000
    assert o13[11][0] == D0 and o13[20][0] == D0
    assert "Baltische staten" in PARAS[D0][o13[11][1]]
    assert PARAS[D0][o13[20][1]].startswith("toetreding van andere landen")


# Sections: the heading at the level the table of contents lists, with its page there.
S0_PRIO = ("PRIORITEITEN VAN HET BELGISCHE VOORZITTERSCHAP", 8)
S0_VOORWOORD = ("VOORWOORD", 6)
S0_VEILIG = ("1.1. SAMENWERKING IN DE VEILIGHEIDSKETEN", 10)
S0_JUST = ("1.4. JUSTITIE", 14)
S0_CONC = ("2.1. CONCURRENTIEVERMOGEN EN WEERBAARHEID", 16)
S0_TRANS = ("2.2. DUURZAAM TRANSPORT", 18)
S0_LANDB = ("3.8. DUURZAME EN GEDIVERSIFIEERDE LANDBOUW", 27)
S0_VOEDSEL = ("3.9. VOEDSELVEILIGHEID EN DIERGEZONDHEID", 28)
S0_NRW = ("5.1. Noordrijn-Westfalen (NRW)", 34)
S1_INL = ("INLEIDING", None)  # not printed; convention of own12/own13
S1_PRIO = ("PRIORITEITEN VAN HET BELGISCHE VOORZITTERSCHAP", None)
S1_ECON = ("1. Economie & duurzaamheid in de interne markt", None)
S1_HANDEL = ("1.3. HANDEL, DIGITALISERING EN CIRCUL AIRE ECONOMIE", None)
S1_POL = ("2.1.1. Politiesamenwerking", None)
S1_ASIEL = ("2.1.3. Asiel en migratie", None)
S1_FISC = ("2.2.1. Bestrijding van fiscale fraude", None)
S1_DUURZ = ("2.3. DUURZAME SAMENLEVING", None)
S1_WERK = ("2.4. WERKEN IN DE BENELUX", None)
S1_BIJL = ("BIJLAGE: BEOOGDE JURIDISCHE INSTRUMENTEN", None)
S2_POL = ("2.1.1. POLITIESAMENWERKING", 18)
S2_CRISIS = ("2.1.2. CRISISBEHEERSING", 24)
S2_ASIEL = ("2.1.3. ASIEL EN MIGRATIE", 26)
S2_FISC = ("2.2.1. BESTRIJDING VAN FISCALE FRAUDE", 30)
S2_SOC = ("2.2.2. BESTRIJDING VAN SOCIALE FRAUDE", 32)
S2_DUURZ = ("2.3. DUURZAME SAMENLEVING", 33)
S4_POLV = ("IMPLEMENTATIE VAN HET POLITIEVERDRAG", 9)
S4_OVER = ("OVERIGE SAMENWERKING", 14)
S4_TRANS = ("DUURZAAM TRANSPORT", 19)
S4_ARB = ("ARBEIDSMOBILITEIT EN WERKGELEGENHEID", 21)
S4_KLIM = ("KLIMAAT, KLIMAATADAPTATIE EN WATERBEHEER", 25)
S4_PENTA = ("PENTA-SAMENWERKING", 27)
S4_LANDB = ("DUURZAME EN GEDIVERSIFIEERDE LANDBOUW", 29)
S4_NATUUR = ("NATUUR EN BIODIVERSITEIT", 31)
S4_LUCHT = ("LUCHTKWALITEIT", 31)


def Q(draws, qtype, lang, question, answer, keys, evidence, history=()):
    return {
        "draws": draws,
        "type": qtype,
        "language": lang,
        "history": list(history),
        "question": question,
        "answer": answer,
        "key_facts": list(keys),
        "evidence": evidence,  # (doc, start anchor, end anchor, (section, page))
    }


ITEMS = [
    Q([0], "list", "nl",
      "Waar ligt in 2024 de nadruk als de Benelux-overheden hun samenwerking rond de voedselketen versterken?",
      "De nadruk ligt op twee punten: de voedselveiligheid in de bedrijven en het gebruik van nieuwe technologieën voor het toezicht en de controle op de voedselketen.",
      ["voedselveiligheid in de bedrijven", "nieuwe technolog"],
      [(D0, "De samenwerking en het overleg tussen de bevoegde overheden binnen de Benelux", "controle op de voedselketen.", S0_VOEDSEL)]),
    Q([1], "factoid", "nl",
      "accijnzen op nieuwe tabaksproducten: waar werkten de delegaties in 2021 aan om tot een gezamenlijk standpunt te komen?",
      "Aan een vergelijkende tabel van de regelingen die in de drie landen van toepassing zijn. Die moet helpen om tot een gemeenschappelijk standpunt over de Europese accijnswetgeving te komen, vooral voor nieuwe soorten tabaksproducten.",
      ["vergelijkende tabel"],
      [(D2, "In het kader van het streven naar een gemeenschappelijk standpunt over de Europese accijnswetgeving", "van toepassing zijnde regelingen.", S2_FISC)]),
    Q([2], "list", "en",
      "What did the Benelux focus on for air quality in 2024, and in which regional action plan is air quality a priority?",
      "The focus was on prevention, regulation and awareness-raising. Air quality is one of the priorities of the Action Plan for cooperation with the Hauts-de-France region, and the three countries also compared policies to align standards and enforcement practices.",
      ["prevent", "Hauts-de-France"],
      [(D4, "De Benelux bleef in 2024 bijdragen aan de verbetering van de luchtkwaliteit", "normen en handavingspraktijken.", S4_LUCHT)]),
    Q([3, 43], "cross-doc", "en",
      "Foreign nationals who may threaten national security: what did the 2021 annual plan want the migration services to clarify, and what does the 2024 plan prioritise for this group?",
      "In 2021, under the AMR project (Asylum, Migration, Radicalism), the Benelux migration services were to further clarify how they exchange relevant information on such foreign nationals. In 2024, the Belgian Benelux presidency made their return a priority, in line with the roadmap of the EU return coordinator.",
      ["AMR", "roadmap"],
      [(D1, "Uitvoeren van het AMR-project", "nationale veiligheid kunnen vormen.", S1_ASIEL),
       (D0, "Een andere prioriteit van het Belgische Benelux-voorzitterschap", "van de Europese Unie.", S0_PRIO)]),
    Q([4, 34], "list", "nl",
      "Op welke gebieden rond milieu en mobiliteit wil NRW in 2024 blijven samenwerken met de Benelux?",
      "Aan het koolstofvrij maken van zwaar goederenvervoer, samenwerking in het kader van Rh2ine en HyTruck, milieuvriendelijke digitale mobiliteit voor grensoverschrijdend openbaar vervoer (easyConnect, met het MaaS Living Lab-project) en samenwerking rond fietsbeleid.",
      ["HyTruck", "easyConnect", "fietsbeleid"],
      [(D0, "NRW wil de samenwerking met de Benelux op de volgende gebieden", "samenwerken rondom fietsbeleid:", S0_NRW)]),
    Q([5], "explain", "nl",
      "Waarom is nauwe grensoverschrijdende samenwerking volgens het jaarplan 2021 belangrijker dan ooit?",
      "Het plan is opgesteld tijdens de coronacrisis, die heeft aangetoond dat intensieve internationale, Europese en grensoverschrijdende samenwerking noodzakelijk is. Zo kregen de Benelux-landen opnieuw te maken met uitdagingen uit het verleden, zoals grensbeperkingen binnen de Schengen-ruimte zelf.",
      ["coronacrisis", "Schengen"],
      [(D1, "Het jaarplan is in de context van de coronacrisis opgesteld.", "binnen de Schengen-ruimte zelf,", S1_INL)]),
    Q([6], "factoid", "nl",
      "Met welk buurland wil de Benelux in 2024 verschillen in de uitvoering van de Europese regels over diervoeding wegwerken?",
      "Met Duitsland, zowel op Bondsniveau als met Noordrijn-Westfalen. Door verschillen in interpretatie en uitvoering van de Europese wetgeving te vermijden, wordt veilige diervoeding beter gegarandeerd.",
      ["Duitsland", "Noordrijn"],
      [(D0, "Veilige diervoeding wordt beter gegarandeerd", "op dit gebied te vermijden.", S0_VOEDSEL)]),
    Q([7], "factoid", "fr",
      "Quelle directive européenne sur les poids lourds le Secrétariat général veut-il faire appliquer au niveau Benelux en 2024 ?",
      "La révision de la directive « Maten en Gewichten » (poids et dimensions) des véhicules utilitaires lourds, la directive 96/53/CE. Le Secrétariat général propose d'y travailler au sein du Benelux dès que cette révision sera achevée.",
      ["96/53", "Maten en Gewichten"],
      [(D0, "Maten en gewichten: de mogelijkheid voor de drie landen", "zodra deze is voltooid.", S0_TRANS)]),
    Q([8, 9], "cross-doc", "nl",
      "Welke uitdagingen voor een duurzamere landbouw noemt het jaarplan 2024, en welke Benelux-werkgroep werd daar volgens het jaarverslag 2024 weer voor opgestart?",
      "Het jaarplan 2024 noemt vooral de stikstof- en methaanuitstoot en het terugdringen en beheersen van de CO2-uitstoot. Na een aanbeveling van het Benelux Parlement van 16 juni werd in 2024 de Benelux-werkgroep Landbouw gereactiveerd, als kader voor structureel overleg over duurzame landbouw.",
      ["stikstof", "methaan", "werkgroep Landbouw"],
      [(D0, "In de Benelux-landen bestaan momenteel grote uitdagingen", "ingrijpend voor de sector.", S0_LANDB),
       (D4, "Ten gevolge van de aanbeveling van het Benelux Parlement van 16 juni", "op het vlak van duurzame landbouw.", S4_LANDB)]),
    Q([10], "unanswerable", "nl",
      "Hoe groot was de begroting van het Secretariaat-Generaal van de Benelux in 2021?",
      "Dat staat niet in de documenten. Het jaarverslag 2021 vermeldt alleen dat het Secretariaat-Generaal zijn begroting voorbereidt en uitvoert, zonder een bedrag te noemen.",
      [], []),
    Q([11], "list", "nl",
      "En welke maatregelen bevatte de routekaart die daar werd voorgesteld?",
      "De gezamenlijke routekaart die op de Benelux-Waterdag van 26 maart werd gepresenteerd, bevat maatregelen voor betere datadeling, geïntegreerd waterbeheer en de vergroening van stedelijke omgevingen.",
      ["datadeling", "geïntegreerd waterbeheer", "vergroening"],
      [(D4, "Een belangrijk moment was de Benelux-Waterdag op 26 maart", "Mobiliteit en Openbare werken.", S4_KLIM),
       (D4, "Tijdens deze bijeenkomst werd een gezamenlijke routekaart gepresenteerd", "vergroening van stedelijke omgevingen.", S4_KLIM)],
      history=["Wanneer werd in 2024 de Benelux-Waterdag gehouden?"]),
    Q([12], "list", "nl",
      "Over welke sectoren zou de studiedag over de grensoverschrijdende impact van AI onder Belgisch voorzitterschap (2021) gaan?",
      "Over een aantal belangrijke gemeenschappelijke sectoren: transport, energie, handel en landbouw.",
      ["transport", "energie", "handel", "landbouw"],
      [(D1, "• Het ondersteunt ook de organisatie van een studiedag", "handel en landbouw.", S1_PRIO)]),
    Q([13], "numeric", "nl",
      "Hoeveel delegaties hebben het protocol ondertekend dat het bestaan van dat netwerk markeert?",
      "20 delegaties. Zij ondertekenden in het Egmontpaleis een samenwerkingsprotocol dat symbolisch het bestaan van het netwerk van directeuren-generaal van de Europese crisiscentra markeert.",
      ["20", "Egmontpaleis"],
      [(D2, "Tijdens de bijeenkomst in het Egmontpaleis ondertekenden", "van de Europese crisiscentra markeert.", S2_CRISIS)],
      history=["Welk netwerk van Europese crisisdiensten hielp de Benelux in 2021 verder uitbouwen?"]),
    Q([14, 30], "cross-doc", "nl",
      "Wat wilde het jaarplan 2021 samen met Frankrijk doen tegen drugscriminaliteit, en waar legt het jaarplan 2024 de nadruk bij de aanpak van internationale drugshandel?",
      "Het jaarplan 2021 wilde de Hazeldonk-samenwerking tussen de Benelux-landen en Frankrijk bevorderen met een strategisch Hazeldonk-overleg, om na te gaan of dit samenwerkingsverband een impuls kan krijgen. In 2024 brengt het Secretariaat-generaal de relevante Benelux-partners samen, met bijzondere aandacht voor publiek-private samenwerking en de integrale aanpak.",
      ["Hazeldonk", "publiek-private samenwerking", "integrale aanpak"],
      [(D1, "Bevorderen van de Hazeldonk-samenwerking", "een impuls kan krijgen.", S1_POL),
       (D0, "Het Secretariaat-generaal zal relevante Benelux-partners samenbrengen", "en aan de integrale aanpak.", S0_VEILIG)]),
    Q([15], "summary", "nl",
      "Kun je samenvatten wat het voorwoord van het jaarplan 2024 over de Noordzee zegt?",
      "De Noordzee wordt steeds meer gezien als de toekomstige ‘groene energiecentrale’ van Europa; op de bodem ligt kritische Europese infrastructuur en drie van de vier belangrijkste Europese havens liggen in de Noordzee-delta van de Benelux. Tegelijk is het een kostbaar maar kwetsbaar natuurgebied. Daarom wil het Secretariaat-generaal een meer integrale benadering van de Noordzeeprojecten, van omgevingseisen voor windmolenparken tot regels voor nautische drones.",
      ["groene energiecentrale", "drie van de vier", "integrale benadering"],
      [(D0, "Op het terrein van duurzaamheid en energie wordt de Noordzee", "Noordzee-delta van de Benelux.", S0_VOORWOORD),
       (D0, "Tegelijk is de Noordzee een kostbaar, maar kwetsbaar natuurgebied.", "hiertoe initiatieven ontplooien.", S0_VOORWOORD)]),
    Q([16], "factoid", "en",
      "Which system are the joint trainings on VAT fraud in the 2021 plan about?",
      "The ‘Transaction Network Analysis’ (TNA) system. The plan also provides for exchanging knowledge and experience on new technologies such as blockchain and analysing how they can help fight fraud.",
      ["Transaction Network Analysis", "blockchain"],
      [(D1, "Voorkomen van btw-fraude door het gebruik van nieuwe technologieën", "in de fraudebestrijding.", S1_FISC)]),
    Q([17], "list", "nl",
      "Wat bespraken de Benelux-landen in 2021 op hun bijeenkomsten over asiel en migratie?",
      "Ze lichtten hun nationale prioriteiten en de actuele uitdagingen rond COVID-19 toe en bespraken verschillende aspecten van de internationale context, zoals het EU-Migratiepact en de Dublinoverdrachten.",
      ["prioriteiten", "Migratiepact", "Dublinoverdrachten"],
      [(D2, "Deze bijeenkomsten boden de Benelux-landen de kans", "de Dublinoverdrachten.", S2_ASIEL)]),
    Q([18], "summary", "nl",
      "Vat kort samen wat volgens het jaarplan 2021 blijvend veranderd is door de COVID-19-crisis.",
      "Enkele zaken zijn voorgoed veranderd en lopende veranderingsprocessen zijn in een stroomversnelling geraakt. (Grens)arbeid is veel digitaler geworden en de plannen om de economie te vergroenen worden ingezet voor de klimaatdoelstellingen, om de economie duurzaam een nieuwe impuls te geven. Voorbeelden zijn de CO2-reductiedoelstellingen in transport en het Europese plan voor een ‘waterstofeconomie’.",
      ["stroomversnelling", "digitaler", "waterstofeconomie"],
      [(D1, "Terwijl de Benelux-landen nog steeds intensief bezig zijn", "in een stroomversnelling zijn geraakt.", S1_ECON),
       (D1, "(grens)arbeid substantieel digitaler geworden", "‘waterstofeconomie’.", S1_ECON)]),
    Q([19], "numeric", "nl",
      "Hoe vaak is er in 2021 onder het Belgische voorzitterschap onderhandeld over het Benelux-verdrag tegen sociale fraude, en welke delen werden aangepast?",
      "Er werden vier onderhandelingsbijeenkomsten gehouden. Daarin herwerkten en wijzigden deskundigen uit de Benelux-landen de preambule en het eerste hoofdstuk van het ontwerpverdrag.",
      ["vier", "preambule", "eerste hoofdstuk"],
      [(D2, "De onderhandelingen over het ontwerp Benelux-Verdrag", "herwerkt en gewijzigd.", S2_SOC)]),
    Q([20], "numeric", "en",
      "When was the Benelux study day on human trafficking and new technologies held in 2024?",
      "On 12 December 2024. The well-attended study day examined how technological tools can help authorities detect and combat human trafficking.",
      ["12 december"],
      [(D4, "Een belangrijke impuls werd gegeven door de goedbezochte studiedag", "bestrijden van mensenhandel.", S4_OVER)]),
    Q([21], "unanswerable", "nl",
      "Welke grenswaarden voor cadmium en lood in porselein wil de Benelux met haar productveiligheidsinstrument vastleggen?",
      "Dat staat niet in de documenten. Het jaarplan 2024 zegt alleen dat verder wordt gewerkt aan een Benelux-instrument rond cadmium en lood in porselein, vooruitlopend op EU-regelgeving, en het jaarverslag 2024 meldt een beschikking over lood en cadmium in voedselcontactmaterialen, maar nergens worden grenswaarden genoemd.",
      [], []),
    Q([22], "explain", "nl",
      "Waarom legt het jaarplan 2021 nog niet vast welk juridisch instrument gebruikt wordt voor bijvoorbeeld het terugdringen van motorlawaai?",
      "Omdat pas kan worden bepaald of een juridisch instrument zich daartoe leent, en zo ja welk, wanneer de concrete inhoud van de beoogde afspraken voorhanden is. Het plan kondigt daarom alleen een verkenning aan, ook voor de eventuele aanpassing van de beschikkingen over grensoverschrijdend spoedeisend ambulancevervoer.",
      ["concrete inhoud", "ambulancevervoer"],
      [(D1, "voor projecten zoals de beperking van geluidsoverlast", "voorhanden zal zijn.", S1_BIJL)]),
    Q([23], "factoid", "nl",
      "Wat is er in 2024 opgericht in het Landschapspark Zwinstreek, en waarvoor dient het?",
      "Er werd formeel een Parkbureau opgericht. Die structuur moet de gezamenlijke beheerinspanningen stroomlijnen en de ecologische samenhang in het gebied versterken.",
      ["Parkbureau", "ecologische samenhang"],
      [(D4, "Ook werd voortgebouwd op bestaande grensoverschrijdende natuurinitiatieven", "samenhang in het gebied versterken.", S4_NATUUR)]),
    Q([24], "factoid", "en",
      "Penta 2024: through which group did the Benelux provide input for security-of-supply analyses and market models?",
      "Through a sounding board group with the European Commission and ENTSO-E. The Benelux also contributed actively to the discussion on reforming the European electricity market design.",
      ["ENTSO-E"],
      [(D4, "De Benelux leverde een actieve bijdrage aan de discussie over de hervorming", "leveringszekerheidsanalyses en marktmodellen.", S4_PENTA)]),
    Q([25], "numeric", "nl",
      "En wanneer worden de onderhandelingen over een tweede tranche afspraken bij dat verdrag verwacht, en waarover zouden die gaan?",
      "De onderhandelingen worden in de loop van 2025 verwacht. De eerste reflecties op die tweede tranche gaan onder meer over grensoverschrijdende opsporing, directe raadpleging van politiedatabanken en toegang tot bevolkingsregisters.",
      ["2025", "politiedatabanken", "bevolkingsregisters"],
      [(D4, "Parallel hieraan vond op 8 oktober een belangrijk seminarie plaats", "diende als beleidsmatig reflectiemoment.", S4_POLV),
       (D4, "In aanvulling daarop startten de eerste reflecties", "in de loop van 2025 verwacht.", S4_POLV)],
      history=["Welk seminarie over het Benelux-Politieverdrag vond in oktober 2024 plaats, en met wie werd het georganiseerd?"]),
    Q([26], "unanswerable", "nl",
      "Sinds wanneer is het Nederlands-Vlaamse Schakelpunt Grensbelemmeringen officieel operationeel?",
      "Dat staat niet in de documenten. Het jaarplan 2024 noemt het schakelpunt nog ‘in oprichting’ en het werkprogramma 2025-2028 verwijst ernaar, maar geen van beide geeft een startdatum.",
      [], []),
    Q([27], "explain", "nl",
      "Waarom zouden de Benelux-landen en Noordrijn-Westfalen crisispartners aan beide kanten van de grens regionaal informatie willen laten uitwisselen?",
      "Ze willen de grensoverschrijdende samenwerking van crisispartners versterken. Via regionale informatie-uitwisseling kunnen ze grensoverschrijdende risico's bespreken en de mogelijkheden voor wederzijdse bijstand bij het beheersen van calamiteiten die een link met de grens hebben.",
      ["risico", "wederzijdse bijstand", "calamiteiten"],
      [(D2, "De Benelux-landen en Noordrijn-Westfalen willen de grensoverschrijdende samenwerking van crisispartners", "link is met de grens, te bespreken.", S2_CRISIS)]),
    Q([28], "numeric", "en",
      "Pre-employment screening: which ministerial declaration, and of what date, underpins the cross-border information exchange in the 2024 plan, and which EU system is being implemented?",
      "The Benelux ministerial declaration of 6 June 2019, which also involves Germany. It includes implementing the new EU regulation on ECRIS-TCN, the European Criminal Records Information System.",
      ["2019", "ECRIS-TCN"],
      [(D0, "De grensoverschrijdende uitwisseling van informatie over pre-employment screening", "Strafregister Informatiesysteem).", S0_JUST)]),
    Q([29], "list", "fr",
      "Quelles approches la Benelux a-t-elle suivies en 2024 pour la reconnaissance mutuelle des qualifications professionnelles ?",
      "Deux approches complémentaires : une approche horizontale, via l'application de la directive européenne 2005/36, et une approche verticale, centrée sur la reconnaissance mutuelle de qualifications prioritaires dans des secteurs non réglementés. De septembre à décembre, un chercheur de l'institut ITEM a soutenu ce processus par des études et analyses approfondies.",
      ["horizonta", "vertica", "2005/36", "ITEM"],
      [(D4, "Op het vlak van de wederzijdse erkenning van beroepskwalificaties", "in niet-gereguleerde sectoren.", S4_ARB),
       (D4, "Van september tot december ondersteunde een onderzoeker", "met verdiepende studies en analyses.", S4_ARB)]),
    Q([31], "explain", "nl",
      "Waarom wil de Benelux in 2021 nadenken over de impact van grote internationale digitale platformen?",
      "Omdat de sterke recente groei van de grensoverschrijdende online handel dwingt om ook in Benelux-context over die impact na te denken. Daarnaast wordt in een workshop de invoer van kleine pakketten bekeken, als essentieel onderdeel van de online Benelux-markt.",
      ["online handel", "kleine pakketten"],
      [(D1, "De sterke recente groei van grensoverschrijdende online handel", "online Benelux-markt.", S1_HANDEL)]),
    Q([32], "numeric", "nl",
      "Op basis van welk artikel van de EU-verordening namen de lidstaten in 2024 een gezamenlijke paragraaf op in hun nationale actieplannen voor alternatieve brandstoffen?",
      "Conform artikel 14 van de relevante EU-verordening. Daarnaast werd via het Benelux IDRO-platform een enquête uitgezet en werden statische en dynamische laaddata uitgewisseld.",
      ["artikel 14", "IDRO"],
      [(D4, "Tot slot werd gewerkt aan de uitbouw van infrastructuur voor alternatieve brandstoffen", "statische en dynamische laaddata.", S4_TRANS)]),
    Q([33], "unanswerable", "nl",
      "Welke belemmeringen voor parallelle invoer in de detailhandel kwamen uit de Benelux-studie naar voren?",
      "Dat staat niet in de documenten. Het jaarplan 2021 kondigt alleen aan dat het Belgische voorzitterschap de impact van de Commissiestudie over parallelle invoer onderzoekt en een Benelux-studie steunt die de belangrijkste belemmeringen moet identificeren; resultaten worden nergens vermeld.",
      [], []),
    Q([35], "numeric", "nl",
      "Welke verjaardag valt samen met de Benelux-dag van 2024, en op welke datum is dat?",
      "De 80ste verjaardag van de douanesamenwerking, op 5 september 2024. Die dag wordt een Benelux-dag georganiseerd om de communicatie en de zichtbaarheid van de verwezenlijkingen van de Benelux te versterken.",
      ["80ste", "douanesamenwerking", "5 september"],
      [(D0, "In dit verband, en als aanvulling op de inspanningen om de communicatie", "een Benelux-dag worden georganiseerd.", S0_PRIO)]),
    Q([36], "factoid", "nl",
      "Met welke controletechniek voor onlineverkoop willen de voedselveiligheidsexperts van de Benelux elkaar helpen?",
      "Met mystery shopping, zoals bedoeld in artikel 36 van Verordening (EU) 2017/625. De experts willen elkaar versterken bij het opzetten ervan en die wens wordt verder uitgewerkt.",
      ["mystery shopping", "2017/625"],
      [(D2, "Overheidsdeskundigen op dit gebied", "zal verder worden uitgewerkt.", S2_DUURZ)]),
    Q([37], "explain", "nl",
      "Wat moet het strategisch overleg over een post-corona analyse van grensarbeid opleveren?",
      "Het moet de inzichten opleveren die de COVID-19-crisis aan het licht bracht over het effect van de beperkende maatregelen op de mobiliteit in de grensstreek in brede zin: wonen, werken, familiebezoek en de toegang tot zorg. Het sluit aan bij het bestaande strategische overleg.",
      ["beperkende maatregelen", "familiebezoek"],
      [(D1, "• Strategisch overleg over een post-corona analyse grensarbeid", "toegankelijkheid van de zorg.", S1_WERK)]),
    Q([38], "factoid", "nl",
      "Welke regio wil men laten onderzoeken als vestigingsplaats voor de Einstein Telescope, en door wie?",
      "De Euregio Maas-Rijn. Een politiek gesteund Belgisch-Nederlands-Duits samenwerkingsverband moet de mogelijkheden van die regio als locatie onderzoeken.",
      ["Euregio Maas-Rijn", "Belgisch-Nederlands-Duits"],
      [(D1, "Het is nodig om een politiek gesteund Belgisch-Nederlands-Duits", "locatie van de Einstein Telescope.", S1_WERK)]),
    Q([39], "summary", "en",
      "Can you summarise what the Benelux wants to achieve with its strategic dialogue on the internal market in 2024?",
      "The aim is a stronger, more resilient and more sustainable internal market based on harmonisation and mutual recognition, efficient application and enforcement, and structural alignment of shared competitiveness priorities. The countries want to send a joint signal for the European Commission's new work programme, also anchored in the Benelux multiannual plan 2025-2028, and may discuss current EU files such as the Net Zero Industry Act and product liability.",
      ["2025-2028", "Net Zero Industry Act", "product liability"],
      [(D0, "De Benelux-landen bouwen voort op het strategisch overleg", "prioriteiten inzake concurrentievermogen.", S0_CONC),
       (D0, "De ambitie is om een gezamenlijk signaal af te geven", "Net Zero Industry Act en product liability.", S0_CONC)]),
    Q([40], "explain", "nl",
      "Waarom kon de Benelux-politieapp in 2021 nog niet helemaal worden doorontwikkeld?",
      "Omdat de volledige doorontwikkeling pas kan gebeuren zodra elke lidstaat al zijn bijdragen heeft geleverd voor de ontwikkeling van de opleidingsmodules ZZDGO. Intussen werd de app verder geïmplementeerd in Luxemburg en uitgebreid met de onderwerpen ‘bijstand en gemeenschappelijke patrouilles’.",
      ["ZZDGO", "Luxemburg"],
      [(D2, "De app wordt nu verder geïmplementeerd in Luxemburg.", "gemeenschappelijke patrouilles'.", S2_POL),
       (D2, "De doorontwikkeling van de Benelux-app", "opleidingsmodules ZZDGO.", S2_POL)]),
    Q([41], "numeric", "nl",
      "Wanneer en waar vindt in 2021 de conferentie over educatie voor duurzame ontwikkeling voor NME-werkers plaats, en hoelang duurt ze?",
      "In november in Antwerpen; het is een driedaagse conferentie voor NME-werkers, leerkrachten en onderzoekers. Op basis daarvan worden gemeenschappelijke aanbevelingen geformuleerd.",
      ["driedaagse", "november", "Antwerpen"],
      [(D1, "Educatie voor duurzame ontwikkeling • Organisatie van een driedaagse", "gemeenschappelijke aanbevelingen.", S1_DUURZ)]),
    Q([42], "numeric", "fr",
      "Quand et où la déclaration Benelux demandant des règles européennes plus strictes sur les articles pyrotechniques a-t-elle été signée ?",
      "Le 16 mai 2024, lors d'une réunion ministérielle Benelux à Rochefort, pendant la présidence belge du Conseil de l'UE. La déclaration commune appelle à des règles européennes plus strictes et harmonisées pour les articles pyrotechniques.",
      ["Rochefort", "2024"],
      [(D4, "Als verdere impuls voor actie vond op tijdens het Belgische EU-voorzitterschap", "regels voor pyrotechnische artikelen.", S4_OVER)]),
]

WANT_TYPES = {
    "numeric": 9,
    "factoid": 8,
    "list": 7,
    "explain": 6,
    "summary": 3,
    "cross-doc": 3,
    "unanswerable": 4,
}
WANT_LANGS = {"nl": 30, "en": 7, "fr": 3}
FIELDS = ["id", "question", "language", "history", "type", "evidence", "answer", "key_facts"]


def cut(doc: str, start: str, end: str) -> str:
    text = TEXT[doc]
    assert text.count(start) == 1, (doc, start, text.count(start))
    a = text.index(start)
    b = text.index(end, a) + len(end)  # the first end anchor after the start
    assert b >= a + len(start), (doc, start, end)
    quote = text[a:b]
    assert 40 <= len(quote) <= 400, (doc, start, len(quote))
    return quote


def grams(s: str, n: int = 40) -> set[str]:
    s = col(s).lower()
    return {s[i : i + n] for i in range(max(0, len(s) - n + 1))}


def sentences(s: str) -> int:
    return len(re.split(r"(?<=[.!?])\s+(?=[A-Z0-9À-Ý‘“(])", s.strip()))


def build() -> list[dict]:
    check_against_own12_own13()
    used = sorted(d for it in ITEMS for d in it["draws"])
    assert used == list(range(len(used))), "draws 0..N must be used once each, without gaps"
    order = draw_order(SEED, len(used))
    assert [it["draws"][0] for it in ITEMS] == sorted(it["draws"][0] for it in ITEMS)

    out = []
    for n, it in enumerate(ITEMS):
        qid = f"{PREFIX}-{n:03d}"
        evidence = []
        for doc, start, end, (section, page) in it["evidence"]:
            quote = cut(doc, start, end)
            evidence.append({"doc": doc, "quote": quote, "section": section, "page": page})
        answer, keys = it["answer"], it["key_facts"]
        assert 1 <= sentences(answer) <= 3, (qid, sentences(answer))
        if it["type"] == "unanswerable":
            assert not evidence and not keys, qid
        else:
            assert evidence and 1 <= len(keys) <= 4, qid
            quotes = " || ".join(e["quote"].lower() for e in evidence)
            for k in keys:
                assert k.lower() in quotes, (qid, "key fact not in quotes", k)
                assert k.lower() in answer.lower(), (qid, "key fact not in answer", k)
            for d in it["draws"]:  # each drawn paragraph is quoted (a shared 40-char window)
                doc, i = order[d]
                window = grams(PARAS[doc][i])
                shared = [e for e in evidence if e["doc"] == doc and grams(e["quote"]) & window]
                assert shared, (qid, "drawn paragraph not quoted", d, doc, i)
        if it["type"] == "cross-doc":
            assert len({e["doc"] for e in evidence}) == 2, qid
        item = {
            "id": qid,
            "question": it["question"],
            "language": it["language"],
            "history": it["history"],
            "type": it["type"],
            "evidence": evidence,
            "answer": answer,
            "key_facts": keys,
        }
        assert list(item) == FIELDS
        out.append(item)

    assert [o["id"] for o in out] == [f"{PREFIX}-{n:03d}" for n in range(40)]
    assert dict(collections.Counter(o["type"] for o in out)) == WANT_TYPES
    assert dict(collections.Counter(o["language"] for o in out)) == WANT_LANGS
    assert sum(1 for o in out if o["history"]) == 3
    return out


def main() -> None:
    items = build()
    with OUT.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
