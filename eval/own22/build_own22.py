"""Builds eval/own22/own22.jsonl: 40 gold questions on a seeded random draw of body paragraphs.

Method of own12/own13 (see their READMEs), with SEED = 22. The script first checks that its
pool() and draw_order() reproduce the facts the own12 and own13 READMEs give, then cuts every
quote from the whitespace-collapsed document text by start/end anchors and checks each item.

Usage: python eval/own22/build_own22.py   (writes eval/own22/own22.jsonl, deterministic)
"""

from __future__ import annotations

import collections
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC_DIR = ROOT / "data" / "documents"
OUT = Path(__file__).resolve().parent / "own22.jsonl"
SEED = 22
PREFIX = "q22"

DOCS = {
    "000": "000_23ffac28d6a1c9fd.txt",  # Jaarplan 2024
    "001": "001_d2ddd7b07eceb66e.txt",  # Jaarplan 2021 (no table of contents: page None)
    "002": "002_68ccab70ba53b511.txt",  # Jaarverslag 2021
    "003": "003_3c9be9ba5f64d8e1.txt",  # Werkprogramma 2025-2028
    "004": "004_93b1f14f67b4112b.txt",  # Jaarverslag 2024
}
# Body ranges by paragraph index (inclusive), as in own12/own13.
BODY = {"000": (75, None), "001": (0, None), "002": (15, None), "003": (15, 88), "004": (16, 200)}
EXCLUDED = {"001": {301}}  # page furniture: two running headers plus one short sentence
MIN_CHARS = 150


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, whitespace collapsed (as eval/make_probe.py)."""
    return [" ".join(part.split()) for part in re.split(r"\n\s*\n", text)]


RAW = {k: (DOC_DIR / name).read_text(encoding="utf-8") for k, name in DOCS.items()}
PARAS = {k: paragraphs(raw) for k, raw in RAW.items()}
TEXT = {k: re.sub(r"\s+", " ", raw).strip() for k, raw in RAW.items()}  # as the validator


def pool() -> dict[str, list[int]]:
    out = {}
    for k in sorted(DOCS):
        first, last = BODY[k]
        last = len(PARAS[k]) - 1 if last is None else last
        out[k] = [
            i
            for i in range(first, last + 1)
            if len(PARAS[k][i]) >= MIN_CHARS and i not in EXCLUDED.get(k, set())
        ]
    return out


def draw_order(seed: int) -> list[tuple[str, int]]:
    """rng.choices picks a document weighted by its paragraphs left, rng.choice a paragraph."""
    rng = random.Random(seed)
    left = pool()
    order = []
    while any(left.values()):
        keys = sorted(left)
        k = rng.choices(keys, weights=[len(left[key]) for key in keys])[0]
        i = rng.choice(left[k])
        left[k].remove(i)
        order.append((k, i))
    return order


def para(k: str, i: int) -> str:
    return PARAS[k][i]


def check_method() -> None:
    """Facts stated in the own12 and own13 READMEs."""
    sizes = {k: len(v) for k, v in pool().items()}
    assert sizes == {"000": 151, "001": 211, "002": 178, "003": 49, "004": 119}, sizes
    assert sum(sizes.values()) == 708
    o12 = draw_order(12)
    assert len(o12) == 708 and len(set(o12)) == 708
    c12 = collections.Counter(k for k, _ in o12[:42])
    assert c12 == {"000": 9, "001": 12, "002": 12, "003": 3, "004": 6}, c12
    assert o12[0][0] == "001" and "Einstein Telescope" in para(*o12[0])  # q12-000
    assert o12[22][0] == "003" and "Einstein" in para(*o12[22])  # q12-000, second doc
    assert "twee jaar geleden" in para(*o12[1]) and "verlengd" in para(*o12[1])  # q12-001
    assert o12[2][0] == "000" and "tachtig jaar" in para(*o12[2])  # q12-002
    assert "strategische goederen" in para(*o12[3])  # q12-003
    assert {o12[8][0], o12[31][0]} == {"000", "004"}  # q12-008, Digital Twin
    assert "Digital Twin" in para(*o12[8])
    assert ("004", 95) not in o12[:42]  # q12-010's undrawn partner
    o13 = draw_order(13)
    c13 = collections.Counter(k for k, _ in o13[:44])
    assert c13 == {"000": 6, "001": 14, "002": 14, "003": 3, "004": 7}, c13
    assert o13[0][0] == "001" and "te- rugbetaling" in para(*o13[0])  # q13-000
    assert "26 november 2021" in para(*o13[3])  # q13-003
    assert o13[20] == ("000", o13[11][1] + 1) and "2.3. ARBEID" in para(*o13[11])  # split sentence
    assert o13[32] == ("002", 82) and "common access point" in para(*o13[32])  # q13-025
    for undrawn in [("000", 300), ("000", 302), ("004", 164), ("002", 228), ("004", 181)]:
        assert undrawn not in o13[:44], undrawn


def cut(k: str, start: str, end: str) -> str:
    text = TEXT[k]
    assert text.count(start) == 1, (k, start, text.count(start))
    a = text.index(start)
    b = text.index(end, a + len(start)) + len(end)  # first end anchor after the start anchor
    quote = text[a:b]
    assert 40 <= len(quote) <= 400, (k, start, len(quote))
    return quote


def ev(k, start, end, section, page, paras):
    """One evidence item; paras are the paragraph indices the quote takes text from."""
    return {"k": k, "start": start, "end": end, "section": section, "page": page, "paras": paras}


S_NRW24 = "5.1. Noordrijn-Westfalen (NRW)"
S_PRIO = "PRIORITEITEN VAN HET BELGISCHE VOORZITTERSCHAP"
S_POL21 = "2.1.1. Politiesamenwerking"
S_SOC21 = "2.2.2. Bestrijding van sociale fraude"
S_DIG24R = "GRENSOVERSCHRIJDENDE TOEGANG TOT MEDIA EN DIGITALE AGENDA: NAAR EEN VERBONDEN TOEKOMST"

# Questions in draw order. "draws": the draws the question uses (first one = its own draw).
ITEMS = [
    dict(  # q22-000
        draws=[0], type="list", language="nl", history=[],
        question="Wie kwamen er in 2024 in het Benelux-huis samen om de justitiële samenwerking op gang te brengen?",
        evidence=[ev("004", "Zo vond er onder meer een overleg plaats met de procureur", "de antiterrorismecoördinatoren", "GRENDOERSCHRIJDENDE INTEGRALE AANPAK EN GEZAMENLIJKE CONTROLEACTIES", 10, [61])],
        answer="Europese bestuurders van verschillende justitiële diensten, onder wie de hoofden van de openbare ministeries, de hoofden van de immigratie- en naturalisatiediensten en de antiterrorismecoördinatoren. Daarnaast was er overleg met de procureur des Konings van het parket Antwerpen en de Belgische drugscommissaris.",
        key_facts=["openbare ministeries", "naturalisatiediensten", "antiterrorismecoördinatoren"],
    ),
    dict(  # q22-001
        draws=[1], type="numeric", language="nl", history=[],
        question="Tegen wanneer moest het Europees platform tegen zwartwerk volgens het jaarplan 2021 opgaan in de Europese Arbeidsautoriteit?",
        evidence=[ev("001", "Identificeren van synergieën met de acties waartoe ELA", "het initiatief hebben genomen.", S_SOC21, None, [279])],
        answer="Uiterlijk op 1 augustus 2021. De Benelux wilde synergieën zoeken met de acties van ELA en van dat platform.",
        key_facts=["1 augustus 2021", "ELA"],
    ),
    dict(  # q22-002
        draws=[2, 38], type="summary", language="nl", history=[],
        question="Kun je kort samenvatten wat de Benelux in 2024 deed rond migratie met derde landen en rond het EU-migratiepact?",
        evidence=[
            ev("004", "De samenwerking met derde landen werd concreet versterkt", "met Kazachstan op 7 november.", "ASIEL EN MIGRATIE", 13, [70]),
            ev("004", "Daarnaast kwam een ad-hoc werkgroep bijeen in maart", "eerste helft van 2024.", "ASIEL EN MIGRATIE", 13, [74]),
        ],
        answer="Er werden drie bilaterale overeenkomsten ondertekend: een terug- en overnameakkoord en een visumvrijstellingsakkoord met Mongolië (9 januari) en een herzien visumvrijstellingsakkoord met Kazachstan (7 november). Daarnaast besprak een ad-hocwerkgroep in maart het EU-migratiepact en stelde ze een gezamenlijke nota op als reactie op de routekaart van de EU-coördinator voor terugkeer.",
        key_facts=["Mongolië", "Kazachstan", "gezamenlijke nota"],
    ),
    dict(  # q22-003
        draws=[3], type="factoid", language="en", history=[],
        question="According to the 2021 annual report, which Benelux body does North Rhine-Westphalia sit on to help remove obstacles to a cross-border labour market?",
        evidence=[ev("002", "Om de obstakels voor een grensoverschrijdende arbeidsmarkt", "regelgeving in de toekomst.", "2.1. SAMENWERKING MET NOORDRIJN-WESTFALEN (NRW)", 42, [372])],
        answer="NRW is a member of the Strategieraad Arbeidsmobiliteit (Strategic Council on Labour Mobility). Its exchange of views there on labour mobility during the pandemic and on better future regulation was particularly notable.",
        key_facts=["Strategieraad Arbeidsmobiliteit"],
    ),
    dict(  # q22-004 (second document: 000 p88, not among draws 0-43)
        draws=[4], type="cross-doc", language="nl", history=[],
        question="België wilde het Benelux-verdrag over sociale fraude onder zijn voorzitterschap in 2024 ondertekend krijgen. Is dat ook gelukt?",
        evidence=[
            ev("000", "Belgié zal alles in het werk stellen om de ondertekening", "arbeidsvoorwaarden te kunnen waarmaken.", S_PRIO, 8, [88]),
            ev("004", "In 2024 werd verder gewerkt aan de voorbereiding van het Benelux-verdrag", "formeel zal worden ondertekend.", "VERDRAG ROND SOCIALE FRAUDE EN FATSOENLIJKE ARBEIDSOMSTANDIGHEDEN", 33, [176]),
        ],
        answer="Nee, niet in 2024. Volgens het jaarplan 2024 zou België alles in het werk stellen om de ondertekening waar te maken, maar het jaarverslag 2024 meldt dat er in 2024 verder aan de voorbereiding werd gewerkt en dat het verdrag naar verwachting in 2025 formeel wordt ondertekend.",
        key_facts=["voorbereiding", "2025", "ondertekend"],
    ),
    dict(  # q22-005
        draws=[5], type="factoid", language="nl", history=[],
        question="Wat moet het Pyro-pass-systeem voorkomen?",
        evidence=[ev("004", "Daarnaast werden diverse innovatieve initiatieven ontplooid.", "door vuurwerkmisbruik te voorkomen.", "OVERIGE SAMENWERKING", 14, [79])],
        answer="Het Pyro-pass-systeem is ontworpen om fysiek letsel en materiële schade door vuurwerkmisbruik te voorkomen. In 2024 werd de implementatie ervan verder doorgezet.",
        key_facts=["letsel", "vuurwerkmisbruik"],
    ),
    dict(  # q22-006
        draws=[6], type="explain", language="nl", history=[],
        question="Welke rol wil de Benelux Unie volgens het jaarplan 2021 spelen, ook binnen de EU?",
        evidence=[ev("001", "De Benelux Unie verstevigt hiermee resoluut haar rol", "binnen de Europese Unie op zich te nemen.", "INLEIDING", None, [12])],
        answer="Ze verstevigt haar rol als operationeel grensoverschrijdend platform en moderniseert tegelijk haar structuren en werkwijze. Zo bevestigt ze haar ambitie om binnen de Europese Unie de rol van aanjager op zich te nemen.",
        key_facts=["operationeel grensoverschrijdend platform", "aanjager"],
    ),
    dict(  # q22-007
        draws=[7], type="numeric", language="nl", history=[],
        question="Van wanneer dateert de overeenkomst over elektronische gegevensuitwisseling die bij de aanpak van sociale fraude wordt gebruikt, en waarvoor dient ze?",
        evidence=[ev("001", "Verdere uitvoering geven aan de Overeenkomst inzake elektronische", "fraude met werkloosheidsuitkeringen.", S_SOC21, None, [276])],
        answer="Van 9 april 2018. Ze maakt gegevensuitwisseling mogelijk in een proefproject om met name fraude met werkloosheidsuitkeringen op te sporen.",
        key_facts=["9 april 2018", "werkloosheidsuitkeringen"],
    ),
    dict(  # q22-008
        draws=[8], type="factoid", language="nl", history=[],
        question="Welke bestaande grensoverschrijdende samenwerking wil Noordrijn-Westfalen in 2024 uitbreiden naar de hele regio Benelux-NRW?",
        evidence=[ev("000", "de reeds doeltreffende grensoverschrijdende samenwerking in de Euregio", "regio Benelux - Noordrijn-Westfalen.", S_NRW24, 34, [310])],
        answer="De al doeltreffende samenwerking in de Euregio Maas-Rijn op het gebied van startup-ecosystemen.",
        key_facts=["Euregio Maas-Rijn", "startup"],
    ),
    dict(  # q22-009
        draws=[9], type="explain", language="nl",
        history=["Wat hebben de Benelux-landen en Duitsland in 2021 afgesproken rond pre-employment screening?"],
        question="En waarom is die er dat jaar nog niet gekomen?",
        evidence=[ev("002", "De landen hebben afgesproken een studiedag te organiseren.", "studiedag alsnog te laten plaatsvinden.", "2.1.3. JUSTITIE", 28, [249])],
        answer="Omdat men de voorkeur gaf aan een fysieke bijeenkomst, kon de studiedag nog niet plaatsvinden. Tijdens hun overleg in november spraken de partners af om de studiedag alsnog te organiseren.",
        key_facts=["fysieke", "november"],
    ),
    dict(  # q22-010
        draws=[10], type="factoid", language="en", history=[],
        question="Which North Seas study did the Benelux countries use when preparing the tender for the Penta 2050 study?",
        evidence=[ev("002", "*Seas Energy Cooperation* (NSEC), aan een eerste verkenning", "tender voor een Penta 2050-studie.", "1.1. ENERGIE & KLIMAAT", 8, [42])],
        answer="The results of the NSEC study “Offshore renewable energy and grids”, a first exploration of how offshore renewable energy can help reach climate neutrality by 2050.",
        key_facts=["Offshore renewable energy and grids", "NSEC", "2050"],
    ),
    dict(  # q22-011
        draws=[11], type="numeric", language="fr", history=[],
        question="Dans quel délai le greffe de la Cour de justice Benelux doit-il être transféré de Bruxelles à Luxembourg ?",
        evidence=[ev("002", "De overbrenging van de griffie van Brussel naar Luxemburg", "tot en met 30 juni 2023.", "1. COMITÉ VAN MINISTERS", 6, [26])],
        answer="Le transfert doit être achevé dans une période de transition de dix-huit mois, du 1er janvier 2022 au 30 juin 2023.",
        key_facts=["2022", "2023"],
    ),
    dict(  # q22-012
        draws=[12], type="unanswerable", language="nl", history=[],
        question="Tegen wanneer moesten de landen hun opmerkingen bezorgen op het communicatieplan van het Secretariaat-Generaal over het politieverdrag?",
        evidence=[],
        answer="Dat staat niet in de documenten. Het jaarverslag 2021 zegt alleen dat het communicatieplan van het Secretariaat-Generaal werd toegelicht en zou worden doorgestuurd, waarna de landen opmerkingen konden maken; een termijn wordt niet genoemd.",
        key_facts=[],
    ),
    dict(  # q22-013
        draws=[13], type="factoid", language="nl", history=[],
        question="Op welke vorm van drugshandel wilde het Belgische voorzitterschap in 2021 extra letten?",
        evidence=[ev("001", "Er zal bijzondere aandacht gaan naar de aanpak van de inter", "de link met de cybercriminaliteit.", S_PRIO, None, [53])],
        answer="Op de internationale georganiseerde handel in (synthetische) drugs via post- en koerierdiensten, en op de link daarvan met cybercriminaliteit.",
        key_facts=["koerierdiensten", "cybercriminaliteit"],
    ),
    dict(  # q22-014
        draws=[14], type="factoid", language="nl", history=[],
        question="Wat is er gebeurd met de aanbevelingen uit de crisisoefening Pentex The Hague?",
        evidence=[ev("004", "De aanbevelingen uit de eerdere crisisoefening", "(zie ook ‘Crisisbeheersing’).", "PENTA-SAMENWERKING", 27, [139])],
        answer="Ze werden omgezet in een nieuwe tweedaagse oefening op DG-niveau, ‘Pentex BXL’. Die gaf waardevolle inzichten in de onderlinge afhankelijkheden bij grootschalige stroomuitval.",
        key_facts=["Pentex BXL", "tweedaagse", "stroomuitval"],
    ),
    dict(  # q22-015
        draws=[15], type="list", language="nl", history=[],
        question="Op welke manieren konden burgers in 2021 via het portaal Grensarbeid met hun grensoverschrijdende vragen terecht?",
        evidence=[ev("002", "Tegelijkertijd werd aan tal van burgers informatie verstrekt", "via het contactformulier van het portaal.", "2.4. WERKEN IN DE BENELUX", 36, [330])],
        answer="Per e-mail, per telefoon of via het contactformulier van het portaal. Ze kregen informatie en werden doorverwezen naar de bevoegde instanties.",
        key_facts=["e-mail", "telefoon", "contactformulier"],
    ),
    dict(  # q22-016
        draws=[16], type="unanswerable", language="nl", history=[],
        question="Wanneer valt de beslissing of de Einstein-telescoop in de Euregio Maas-Rijn gebouwd wordt?",
        evidence=[],
        answer="Dat staat niet in de documenten. Ze zeggen alleen dat het Secretariaat-generaal de kandidatuur van Nederland, België en Noordrijn-Westfalen nauw volgt en het project ondersteunt waar nodig; een beslissingsdatum wordt nergens genoemd.",
        key_facts=[],
    ),
    dict(  # q22-017
        draws=[17], type="list", language="en", history=[],
        question="What are the four priority topics of the police expert network that the Benelux partners and NRW agreed on?",
        evidence=[ev("002", "De belangrijkste doelstelling is het delen van vakkennis", "(4) digitaal forensisch onderzoek.", "2.1.1. POLITIESAMENWERKING", 18, [156])],
        answer="Phishing, OSint, ransomware and darknet, and digital forensic investigation. The main aim of the new mandate is to share expertise through a network of experts.",
        key_facts=["phishing", "OSint", "ransomware", "darknet"],
    ),
    dict(  # q22-018
        draws=[18], type="explain", language="nl", history=[],
        question="Hoe wil de Benelux de regionale klimaatsamenwerking in 2024 verder uitbouwen?",
        evidence=[ev("000", "Regionale klimaatsamenwerking zal verder worden vormgegeven", "is eveneens voorzien.", "3.7. KLIMAAT EN KLIMAATADAPTATIE", 26, [228])],
        answer="Ze wordt verder vormgegeven op basis van de inzichten uit de COP28, met gebruik van het Benelux-klimaatplatform en zijn leden. Daarnaast worden de definitieve energie- en klimaatplannen uitgewisseld voor een goede regionale afstemming.",
        key_facts=["COP28", "Benelux-klimaatplatform", "klimaatplannen"],
    ),
    dict(  # q22-019
        draws=[19], type="numeric", language="fr", history=[],
        question="Depuis quand le Benelux et la France explorent-ils de nouvelles pistes de coopération transfrontalière, et dans quels domaines ?",
        evidence=[ev("001", "Sinds de ondertekening van de intentieverklaring van 11 de", "innovatie en digitalisering.", "2.2. SAMENWERKING MET ANDERE STATEN, DEELSTATEN EN INTERNATIONALE ORGANISATIES", None, [375])],
        answer="Depuis la signature de la déclaration d'intention du 11 décembre 2018. Ils renforcent leur coopération sur des projets de développement durable, d'innovation et de numérisation.",
        key_facts=["2018", "innovati"],
    ),
    dict(  # q22-020
        draws=[20], type="list", language="nl", history=[],
        question="Welke circulaire praktijken stonden centraal op de Benelux-workshop in Rotterdam?",
        evidence=[ev("004", "Een belangrijke stap was de organisatie van een Benelux-workshop in Rotterdam", "voor consumptiegoederen centraal stonden.", "CIRCULAIRE ECONOMIE EN INNOVATIE", 29, [153])],
        answer="Het hergebruik van bouwmaterialen, circulaire verpakkingslogistiek en terugnamesystemen voor consumptiegoederen.",
        key_facts=["bouwmaterialen", "logistiek", "consumptiegoederen"],
    ),
    dict(  # q22-021
        draws=[21], type="explain", language="nl", history=[],
        question="Hoe worden politiemensen in de grensstreek opgeleid met de cursus ‘zonder zorgen de grens over’?",
        evidence=[ev("002", "Een aantal trainers in België en Nederland werden reeds", "via deze Benelux-opleiding ZZDGO.", "2.1.1. POLITIESAMENWERKING", 18, [168])],
        answer="Via een ‘train the trainer’-programma werden eerst trainers in België en Nederland opgeleid, die de cursus ZZDGO dan aan de ‘end users’ geven, op basis van het huidige Benelux-politiesamenwerkingsverdrag. Zo is al een aantal politiemensen in de grensstreek België-Nederland opgeleid.",
        key_facts=["train the trainer", "ZZDGO"],
    ),
    dict(  # q22-022
        draws=[22, 26], type="cross-doc", language="en", history=[],
        question="On water management: what does the 2025-2028 work programme plan, and which 2024 event kicked off the work on transnational water security?",
        evidence=[
            ev("003", "Zoals reeds vermeld hebben de Benelux-landen vele gemeenschappelijke", "aan een regionale Wateragenda.", "Weerbaarheid tegen natuurrampen en waterbeheer", 12, [78]),
            ev("004", "Een belangrijk moment was de Benelux-Waterdag op 26 maart", "Mobiliteit en Openbare werken.", "KLIMAAT, KLIMAATADAPTATIE EN WATERBEHEER", 25, [128]),
        ],
        answer="The work programme calls water management vital for the safety and prosperity of the Benelux and continues work on a regional Water Agenda (Wateragenda). In 2024 the Benelux-Waterdag of 26 March, organised with the Flemish minister of Mobility and Public Works, was the starting shot for an ambitious track on transnational water security.",
        key_facts=["Wateragenda", "Benelux-Waterdag"],
    ),
    dict(  # q22-023
        draws=[23, 40], type="cross-doc", language="nl", history=[],
        question="Wat deed de Benelux in 2021 rond Transaction Network Analysis, en wat wordt daar volgens het jaarplan 2024 verder over onderzocht?",
        evidence=[
            ev("002", "Ondanks de beperkingen in verband met de pandemie konden verscheidene", "het gebruik van Transaction Network Analysis.", "2.2.1. BESTRIJDING VAN FISCALE FRAUDE", 30, [263]),
            ev("000", "Er wordt onderzocht voor welke uitdagingen de landen komen te staan", "uit verschillende bronnen beschikbaar zullen komen.", "4.2. SAMENWERKING OP FISCAAL GEBIED", 31, [266]),
        ],
        answer="In 2021 werd, ondanks de pandemie, onder meer een opleiding over het gebruik van Transaction Network Analysis gegeven. In 2024 wordt onderzocht voor welke uitdagingen de landen staan bij de implementatie van het VIDA-maatregelenpakket (VAT in the Digital Age) en van TNA, omdat er nieuwe gegevens uit verschillende bronnen beschikbaar komen.",
        key_facts=["opleiding", "Transaction Network Analysis", "VIDA"],
    ),
    dict(  # q22-024
        draws=[24], type="numeric", language="nl",
        history=["Voor welke conferentie wil Noordrijn-Westfalen de Benelux-partners in 2024 uitnodigen?"],
        question="En wanneer is die gepland, en waar gaat ze over?",
        evidence=[ev("000", "de Benelux-partners uitnodigen voor de Rijn-conferentie 2024", "Alpencorridor centraal.", S_NRW24, 34, [304])],
        answer="De Rijn-conferentie 2024 is gepland voor de tweede helft van het jaar. Ze gaat over de binnenvaart in de Duitse Rijnoeverstaten, met de Green Deal voor de Rijn-Alpencorridor centraal.",
        key_facts=["tweede helft", "binnenvaart"],
    ),
    dict(  # q22-025
        draws=[25, 34], type="summary", language="fr", history=[],
        question="Pouvez-vous résumer ce que le Benelux a fait en 2024 pour l'agenda numérique, y compris la facturation électronique ?",
        evidence=[
            ev("004", "De digitale agenda was een uitgesproken prioriteit.", "digitale vaardigheden en gebruikersrechten.", S_DIG24R, 22, [110]),
            ev("004", "Binnen de werkgroep e-invoicing werd intensief samengewerkt.", "elektronische facturatie bij overheidsopdrachten.", S_DIG24R, 22, [112]),
        ],
        answer="Lors d'une concertation stratégique sur la numérisation et les télécommunications, on a discuté de l'infrastructure numérique, des compétences numériques et des droits des utilisateurs. Le groupe de travail e-invoicing s'est réuni huit fois, ce qui a abouti le 16 mars à une recommandation du Comité de ministres Benelux (M(2024)1) fixant des lignes directrices communes pour la facturation électronique dans les marchés publics.",
        key_facts=["e-invoicing", "M(2024)1"],
    ),
    dict(  # q22-026
        draws=[27], type="factoid", language="nl", history=[],
        question="Welke uitvoeringsovereenkomst bij het nieuwe Benelux-Politieverdrag gaat over het meenemen van wapens bij een grensoverschrijdende inzet?",
        evidence=[ev("001", "Uitvoeringsovereenkomst inzake de aanduiding van de bevoegde autoriteit", "grensoverschrijdende aanwezigheid.", S_POL21, None, [155, 156])],
        answer="De uitvoeringsovereenkomst over de aanduiding van de bevoegde autoriteit die uitzonderlijk toestemming kan geven om wapens en munitie te vervoeren en te dragen die normaal niet gedragen en vervoerd mogen worden tijdens een grensoverschrijdend optreden of een grensoverschrijdende aanwezigheid.",
        key_facts=["bevoegde autoriteit", "uitzonderlijk", "munitie"],
    ),
    dict(  # q22-027
        draws=[28], type="list", language="nl", history=[],
        question="Welke veranderingen zijn volgens het jaarplan 2021 door de coronacrisis in een stroomversnelling geraakt?",
        evidence=[ev("001", "(grens)arbeid substantieel digitaler geworden", "plan voor een ‘waterstofeconomie’.", "1. Economie & duurzaamheid in de interne markt", None, [58])],
        answer="(Grens)arbeid is substantieel digitaler geworden, en de plannen om de economie te vergroenen worden ingezet voor de klimaatdoelstellingen. Tastbare voorbeelden zijn de CO2-reductiedoelstellingen in transport en het Europese plan voor een ‘waterstofeconomie’.",
        key_facts=["digitaler", "CO2-reductiedoelstellingen", "waterstofeconomie"],
    ),
    dict(  # q22-028
        draws=[29], type="numeric", language="nl",
        history=["Welke aanbeveling toont volgens het jaarplan 2021 aan dat er politieke wil is om de fiscale samenwerking in de Benelux voort te zetten?"],
        question="En wanneer is die ondertekend?",
        evidence=[ev("001", "De aanbeveling van het Comité van Ministers betreffende de fis", "in stand te houden en te ver- sterken.", "2. Veiligheid en samenleving", None, [142])],
        answer="Op 10 oktober 2019. Het gaat om de aanbeveling van het Comité van Ministers over de fiscale samenwerking en de strijd tegen de fiscale fraude.",
        key_facts=["10 oktober 2019"],
    ),
    dict(  # q22-029
        draws=[30], type="numeric", language="nl", history=[],
        question="Uit welke verklaring komt het voornemen om samen sterker uit de covidcrisis te komen, en van wanneer is die?",
        evidence=[ev("001", "In het licht van de Covid-19-crisis is het ons doel", "van de premiers, 7 oktober 2020)", "INLEIDING", None, [6, 7])],
        answer="Uit de gezamenlijke Benelux-verklaring van de premiers van 7 oktober 2020. Daarin staat het doel de crisis samen te overwinnen, samen tot een duurzaam herstel van economie, samenleving en burgers te komen en sterker uit de crisis te komen dan tevoren.",
        key_facts=["7 oktober 2020", "premiers"],
    ),
    dict(  # q22-030
        draws=[31], type="numeric", language="nl", history=[],
        question="Hoeveel dagen duurt de conferentie over educatie voor duurzame ontwikkeling uit het jaarplan 2021, en wanneer en waar vindt ze plaats?",
        evidence=[ev("001", "Organisatie van een driedaagse conferentie in november", "formuleren van gemeenschappelijke aanbevelingen.", "2.3. DUURZAME SAMENLEVING", None, [287, 288])],
        answer="Het is een driedaagse conferentie in november in Antwerpen, voor NME-werkers, leerkrachten en onderzoekers, over de rol van natuur- en milieueducatie en educatie voor duurzame ontwikkeling bij ruimtelijke ordeningsvraagstukken. Op basis daarvan worden gemeenschappelijke aanbevelingen geformuleerd.",
        key_facts=["driedaagse", "november", "Antwerpen"],
    ),
    dict(  # q22-031
        draws=[32], type="factoid", language="nl", history=[],
        question="Met welke landen is in 2021 een denkoefening gestart over een nieuwe stuurgroep voor voedselveiligheid, en wie nam daartoe het initiatief?",
        evidence=[ev("002", "Ten slotte is op initiatief van België een Benelux-denkoefening", "op het gebied van voedselveiligheid.", "2.3. DUURZAME SAMENLEVING", 33, [316])],
        answer="Met Frankrijk en Duitsland, op initiatief van België. Het doel is een nieuwe strategische stuurgroep voor regionale samenwerking op het gebied van voedselveiligheid.",
        key_facts=["Frankrijk", "Duitsland", "België"],
    ),
    dict(  # q22-032
        draws=[33], type="explain", language="nl", history=[],
        question="Waarom wil men een BGTS North Sea Port District oprichten?",
        evidence=[ev("001", "Oprichting BGTS North Sea Port District", "gestructureerd kan plaatsvinden.", "1. Benelux Kenniscentrum Grensoverschrijdende Samenwerking", None, [341, 342])],
        answer="Zodat het grensoverschrijdend overleg van gemeenten en andere organisaties in het Gentse havengebied gestructureerd kan plaatsvinden.",
        key_facts=["Gentse havengebied", "gestructureerd"],
    ),
    dict(  # q22-033
        draws=[35], type="unanswerable", language="nl", history=[],
        question="Welke grenswaarden voor fijnstof hebben de Benelux-landen in hun beleidsverklaring over luchtverontreiniging vastgelegd?",
        evidence=[],
        answer="Dat staat niet in de documenten. Het jaarplan 2024 zegt alleen dat verder uitvoering wordt gegeven aan de Benelux-beleidsverklaring rond luchtverontreiniging door de luchtkwaliteitsnormen te verbeteren, en dat men van gedachten wil wisselen over de herziening van de Europese luchtkwaliteitsrichtlijnen; concrete waarden worden niet genoemd.",
        key_facts=[],
    ),
    dict(  # q22-034
        draws=[36], type="explain", language="en", history=[],
        question="Why do the Benelux countries keep exchanging best practices on passenger data, according to the 2021 annual plan?",
        evidence=[ev("001", "Voortzetting van het uitwisselen van best practices", "op luchthavens verder te optimaliseren.", S_POL21, None, [182])],
        answer="To further optimise their respective PNR systems and the related checks at airports, by continuing to exchange best practices and operational information on the use of passenger data.",
        key_facts=["PNR", "best practices"],
    ),
    dict(  # q22-035
        draws=[37], type="list", language="en", history=[],
        question="What do Belgium, the Netherlands and Luxembourg share, according to the introduction of the 2025-2028 work programme?",
        evidence=[ev("003", "België, Nederland en Luxemburg delen niet alleen", "via de Benelux Unie vooroplopen.", "INLEIDING", 4, [19])],
        answer="Strong historical, economic and cultural ties. They also have a unique position in Europe, because through the Benelux Union they can lead the way.",
        key_facts=["histori", "econom", "cultur"],
    ),
    dict(  # q22-036
        draws=[39], type="numeric", language="en", history=[],
        question="When did the Senningen consultation originate, and into which clusters are its activities grouped?",
        evidence=[ev("001", "Het Senningenoverleg vindt zijn oorsprong", "en justitie) gegroepeerd", "2.1. SENNINGENOVERLEG", None, [162])],
        answer="It originates in the Senningen memorandum of 4 June 1996, which gave the Benelux a real justice and home affairs department. Its activities are grouped into four clusters (police cooperation, crisis management, asylum and migration, and justice).",
        key_facts=["1996", "Senningen"],
    ),
    dict(  # q22-037
        draws=[41], type="summary", language="nl", history=[],
        question="Vat samen hoe de Benelux-crisiscentra in 2024 in de praktijk samenwerkten.",
        evidence=[
            ev("004", "De samenwerking kreeg verdere vorm via een testdag", "met deze belangrijke buurregio", "CRISISBEHEERSING: PARAATHEID EN VEERKRACHT", 12, [67]),
            ev("004", "Een thematische workshop over rampenrisicoreductie", "gap-analyse voor wederzijdse bijstand.", "CRISISBEHEERSING: PARAATHEID EN VEERKRACHT", 12, [67]),
        ],
        answer="Op 25 maart werden telefonie, e-mail en videocommunicatie tussen de crisiscentra van de drie landen met succes getest, en op 9 en 10 oktober volgde een werkbezoek aan het crisiscentrum van Noordrijn-Westfalen. Een workshop over rampenrisicoreductie legde de nadruk op preventie, en onder het bestaande Memorandum of Understanding werden de bestaande afspraken in kaart gebracht, met een gap-analyse voor wederzijdse bijstand.",
        key_facts=["25 maart", "Noordrijn-Westfalen", "gap-analyse"],
    ),
    dict(  # q22-038
        draws=[42], type="unanswerable", language="nl", history=[],
        question="Hoeveel teerhoudend afval wordt er jaarlijks tussen de Benelux-landen overgebracht?",
        evidence=[],
        answer="Dat staat niet in de documenten. Het jaarplan 2024 zegt alleen dat het Secretariaat-generaal in het kader van de EVOA onderzoekt of de drie landen bereid zijn de grenswaarde voor teerhoudend afval samen aan te scherpen; hoeveelheden worden niet genoemd.",
        key_facts=[],
    ),
    dict(  # q22-039
        draws=[43], type="list", language="nl", history=[],
        question="Waarover wil de Benelux volgens het jaarplan 2021 praten met de overheden en beleidsmakers die over mededinging gaan?",
        evidence=[ev("001", "Bijeenbrengen van overheden en beleidsmakers op het ge", "te verkennen.", "1.3. HANDEL, DIGITALISERING EN CIRCUL AIRE ECONOMIE", None, [129])],
        answer="Over de relevante marktontwikkelingen, met name digitalisering, en over samenwerking rond gedeelde uitdagingen zoals territoriale leveringsbeperkingen.",
        key_facts=["digitalisering", "territoriale"],
    ),
]

WANT_TYPES = {"numeric": 9, "factoid": 8, "list": 7, "explain": 6, "summary": 3, "cross-doc": 3, "unanswerable": 4}
WANT_LANGS = {"nl": 30, "en": 7, "fr": 3}
# Undrawn paragraphs a quote also takes text from (not among draws 0..N-1).
UNDRAWN = {("000", 88), ("001", 7), ("001", 155), ("001", 287), ("001", 342)}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def shares_window(quote: str, paragraph: str, n: int = 40) -> bool:
    return any(quote[i : i + n] in paragraph for i in range(max(1, len(quote) - n + 1)))


def build() -> list[dict]:
    check_method()
    order = draw_order(SEED)
    used = [d for item in ITEMS for d in item["draws"]]
    n = len(used)
    assert sorted(used) == list(range(n)), "draws 0..N-1 used without gaps or repeats"
    firsts = [item["draws"][0] for item in ITEMS]
    assert firsts == sorted(firsts), "questions follow the draw order"
    drawn = set(order[:n])
    assert not UNDRAWN & drawn, UNDRAWN & drawn
    out = []
    for idx, item in enumerate(ITEMS):
        qid = f"{PREFIX}-{idx:03d}"
        evidence = []
        for e in item["evidence"]:
            quote = cut(e["k"], e["start"], e["end"])
            for p in e["paras"]:
                assert shares_window(quote, para(e["k"], p)), (qid, e["k"], p)
            evidence.append({"doc": DOCS[e["k"]], "quote": quote, "section": e["section"], "page": e["page"]})
        quoted = {(e["k"], p) for e in item["evidence"] for p in e["paras"]}
        for d in item["draws"]:
            if item["type"] == "unanswerable":
                break
            assert order[d] in quoted, (qid, d, order[d])
        for p in quoted:
            assert p in {order[d] for d in item["draws"]} or p in UNDRAWN, (qid, p)
        if item["type"] == "unanswerable":
            assert not evidence and not item["key_facts"] and len(item["draws"]) == 1
        else:
            assert evidence and 1 <= len(item["key_facts"]) <= 4, qid
            quotes = " || ".join(norm(e["quote"]) for e in evidence)
            for kf in item["key_facts"]:
                assert norm(kf) in quotes, (qid, "key fact not in quote", kf)
                assert norm(kf) in norm(item["answer"]), (qid, "key fact not in answer", kf)
        if item["type"] == "cross-doc":
            assert len({e["doc"] for e in evidence}) == 2, qid
        if item["history"]:
            assert item["type"] != "unanswerable", qid
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
    assert [o["id"] for o in out] == [f"{PREFIX}-{i:03d}" for i in range(40)]
    assert dict(collections.Counter(o["type"] for o in out)) == WANT_TYPES
    assert dict(collections.Counter(o["language"] for o in out)) == WANT_LANGS
    assert sum(1 for o in out if o["history"]) == 3
    return out


def main() -> None:
    items = build()
    with OUT.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    n = sum(len(item["draws"]) for item in ITEMS)
    print(f"wrote {len(items)} items to {OUT} (draws 0-{n - 1})")


if __name__ == "__main__":
    main()
