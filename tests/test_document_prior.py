"""The document prior: what a question says about the document it means."""

from __future__ import annotations

import pytest
from chunk_factory import make_chunk

from assistant.document_prior import (
    DocumentPrior,
    implied_documents,
    referred_documents,
    speaks_of_outcome,
)
from assistant.extractive import question_parts
from assistant.models import Chunk

DOCUMENTS = [
    ("jaarplan", 2021),
    ("jaarplan", 2024),
    ("jaarverslag", 2021),
    ("jaarverslag", 2024),
    ("werkprogramma", 2025),
]


def _chunks() -> list[Chunk]:
    return [
        make_chunk(
            "tekst",
            id=f"{kind}{year}:0",
            file=f"{kind}{year}.txt",
            title=f"{kind} {year}",
            kind=kind,
            year=year,
            char_end=4,
            content_hash="x",
        )
        for kind, year in DOCUMENTS
    ]


def _prior(question: str, named: float = 3.0) -> dict[tuple[str, int], float]:
    values = DocumentPrior(_chunks()).scores(
        question, kind_weight=1.0, year_weight=0.5, named_weight=named
    )
    return {document: float(value) for document, value in zip(DOCUMENTS, values, strict=True)}


@pytest.mark.parametrize(
    ("question", "document"),
    [
        ("Was het volgens het jaarverslag 2021 al geratificeerd?", ("jaarverslag", 2021)),
        ("By when is it mandatory, according to the 2024 annual plan?", ("jaarplan", 2024)),
        ("Wat staat er in het jaarplan van 2021 over waterstof?", ("jaarplan", 2021)),
        ("Que dit le rapport annuel 2024 sur le vélo ?", ("jaarverslag", 2024)),
        ("Wat zegt het werkprogramma 2025-2028 over de Grande Région?", ("werkprogramma", 2025)),
    ],
)
def test_a_document_named_by_kind_and_year_comes_first(question, document):
    prior = _prior(question)
    assert prior[document] == 1.0 + 0.5 + 3.0
    assert all(value < prior[document] for other, value in prior.items() if other != document)


def test_kind_and_year_apart_are_only_hints():
    """'In 2024 … zoals het jaarplan beoogde': the plan and the year, but not 'jaarplan 2024'."""
    prior = _prior("Is het verdrag in 2024 ondertekend, zoals het jaarplan beoogde?")
    assert prior[("jaarplan", 2024)] == 1.5
    assert prior[("jaarplan", 2021)] == 1.0
    assert prior[("jaarverslag", 2024)] == 0.5


def test_named_weight_zero_and_questions_without_cues_change_nothing():
    assert _prior("Wat is het jaarverslag 2021?", named=0.0)[("jaarverslag", 2021)] == 1.5
    assert set(_prior("Wat doet de Benelux aan waterstof?").values()) == {0.0}


@pytest.mark.parametrize(
    ("question", "leaning"),
    [
        ("Wat wil de Benelux in 2021 doen met de ervaringen van grensarbeiders?", "jaarplan"),
        ("What will the Benelux do on hydrogen in 2024?", "jaarplan"),
        ("Que prévoit la Benelux en 2024 pour le vélo ?", "jaarplan"),
        ("Wat werd er in 2024 gedaan voor de fiets?", "jaarverslag"),
        ("What did the Benelux achieve on hydrogen in 2024?", "jaarverslag"),
        ("Welke rol speelt de Benelux in 2024 in Europa?", None),
        ("Wat wil de Benelux in 2024 doen nadat er werd overlegd?", None),
        ("Hoe is in 2024 gewerkt aan de erkenning van beroepskwalificaties?", "jaarverslag"),
        ("Wat gebeurde er in 2021 rond de AIR-HEALTH-conferentie?", "jaarverslag"),
        ("Wat is er in 2024 voorgenomen rond de fiets?", "jaarplan"),
    ],
)
def test_with_a_year_the_verb_leans_to_the_plan_or_the_report(question, leaning):
    """'wil … doen' asks what was planned, 'werd … gedaan' what was done: a small push."""
    prior = _prior(question)
    year = 2021 if "2021" in question else 2024
    plan, report = prior[("jaarplan", year)], prior[("jaarverslag", year)]
    if leaning is None:
        assert plan == report == 0.5
    else:
        assert prior[(leaning, year)] == pytest.approx(0.5 + 0.2)
        assert min(plan, report) == 0.5
        # the lean is to the document of the asked year: "did … in 2024" is not the 2021 report
        assert prior[(leaning, 2024 if year == 2021 else 2021)] == 0.0


@pytest.mark.parametrize(
    ("question", "leaned"),
    [
        (
            "Waarom willen de landen samen met NRW nauwer samenwerken?",
            {"jaarplan", "werkprogramma"},
        ),
        ("What is the Benelux planning to do on digital archiving?", {"jaarplan", "werkprogramma"}),
        ("Which channels are the crisis centres going to test?", {"jaarplan", "werkprogramma"}),
        ("Wanneer vond de communicatietest van de crisiscentra plaats?", {"jaarverslag"}),
        ("Wat doet de Benelux aan waterstof?", set()),
    ],
)
def test_without_a_year_the_verb_leans_weakly_to_every_plan_or_report(question, leaned):
    """'Waarom willen …' with no year asks a plan, but not which one: half the dated lean."""
    prior = _prior(question)
    for (kind, _year), value in prior.items():
        assert value == pytest.approx(0.1 if kind in leaned else 0.0), (kind, value)


def test_a_named_kind_leaves_the_verb_aside():
    prior = _prior("Wat wil het jaarverslag 2021 zeggen over grensarbeid?")
    assert prior[("jaarverslag", 2021)] == 1.0 + 0.5 + 3.0
    assert prior[("jaarplan", 2021)] == 0.5


def test_each_part_of_a_question_refers_to_its_own_document():
    """A named kind stands for every year of it; a year with a verb of outcome or intention
    names that year's report or plan."""
    parts = [
        "hoe willen de landen volgens het werkprogramma 2025-2028 de terugkeer verbeteren",
        "welke denkpiste werd daarvoor in 2021 al verkend?",
    ]
    assert referred_documents(parts) == {("werkprogramma", None), ("jaarverslag", 2021)}
    assert referred_documents(["Wat wil de Benelux in 2024 doen?"]) == {("jaarplan", 2024)}
    assert referred_documents(["Wat is Penta?"]) == set()


def test_a_document_named_with_its_year_is_that_document_and_a_range_names_the_kind():
    parts = question_parts(
        "Hoe willen het jaarplan 2024 en het werkprogramma 2025-2028 KMO's helpen?"
    )
    assert referred_documents(parts) == {("jaarplan", 2024), ("werkprogramma", None)}


def test_each_sentence_of_a_part_points_to_its_own_document():
    question = (
        "The 2021 annual plan wanted to organise energy conferences with Penta. "
        "What was actually signed at Penta level on this in 2021, and on what date?"
    )
    assert referred_documents(question_parts(question)) == {
        ("jaarplan", 2021),
        ("jaarverslag", 2021),
    }


def test_a_part_asking_what_came_of_a_named_plan_points_to_the_reports():
    came_of_it = question_parts(
        "Wanneer moest de studie volgens het jaarplan 2024 klaar zijn, "
        "en wanneer is ze uiteindelijk gevalideerd?"
    )
    assert referred_documents(came_of_it) == {("jaarplan", 2024), ("jaarverslag", None)}
    # the plan's own background, in the past tense, asks no report
    background = question_parts(
        "Waarom verwijst het jaarplan 2021 naar de aanbeveling over fiscale fraude, "
        "en wanneer werd die ondertekend?"
    )
    assert referred_documents(background) == {("jaarplan", 2021)}


@pytest.mark.parametrize(
    ("question", "outcome"),
    [
        ("Quelle candidature la Benelux a-t-elle soutenue en 2024 ?", True),
        ("Combien de réunions ont-ils organisé en 2024 ?", True),
        ("À quoi sert l'outil Transaction Network Analysis ?", False),
        ("Que prévoit le plan annuel 2024 ?", False),
    ],
)
def test_a_french_perfect_with_inversion_asks_what_happened(question, outcome):
    assert speaks_of_outcome(question) is outcome


@pytest.mark.parametrize(
    ("question", "documents"),
    [
        ("Hoe werd in 2021 de samenwerking versterkt?", {("jaarverslag", 2021)}),
        ("Wat wil de Benelux in 2024 doen rond waterstof?", {("jaarplan", 2024)}),
        (
            "Sur quoi l'accord que les pays devaient élaborer en 2021 repose-t-il ?",
            {("jaarplan", 2021)},
        ),
        ("Wat zegt het jaarverslag over 2021?", set()),  # a named kind: not implied
        ("Welke rol zou het netwerk sinds 2021 kunnen spelen?", set()),  # a conditional
        ("Wat gebeurde er rond waterstof?", set()),  # no year
        ("What does the Benelux want to do about hydrogen in 2024?", {("jaarplan", 2024)}),
        # "did" asks what happened, "want" what was meant to: neither document is implied
        # (the presidency's wish is in the 2021 plan, ranked first; the report's second)
        ("Which EU regulation did the Belgian presidency in 2021 want a position on?", set()),
    ],
)
def test_a_year_and_a_tense_imply_a_document(question, documents):
    assert implied_documents(question) == documents


@pytest.mark.parametrize(
    "question",
    [
        "Is de Benelux in 2021 begonnen met een gezamenlijke aanpak?",
        "Hoe vaak is de werkgroep in 2024 bijeengekomen?",
        "Welke overleggen zijn er in 2024 gehouden?",
        "Welke landen hadden het verdrag eind 2021 al geratificeerd?",
        "Is de studiedag in 2021 doorgegaan?",
    ],
)
def test_a_perfect_with_a_strong_participle_asks_what_happened(question):
    assert speaks_of_outcome(question)


@pytest.mark.parametrize(
    "question",
    [
        "Met welke landen begon België in 2021 een denkoefening over voedselveiligheid?",
        "Hoe verliep de conferentie in 2021?",
        "Wanneer trad het verdrag in werking?",
        "Welke prijs won het project in 2024?",
    ],
)
def test_a_strong_simple_past_asks_what_happened(question):
    assert speaks_of_outcome(question)


def test_what_was_wanted_in_a_year_is_that_years_plan():
    """Nine in ten such questions of the check sets quote the plan (eval/EXPERIMENTS.md)."""
    question = "Over welke onderwerpen wilde men in 2021 verkennende bijeenkomsten houden?"
    assert implied_documents(question) == {("jaarplan", 2021)}
    assert implied_documents("Que voulait faire le Benelux en 2021 ?") == {("jaarplan", 2021)}


@pytest.mark.parametrize(
    ("question", "documents"),
    [
        (
            "Vat samen wat de Benelux-landen in 2024 op fiscaal vlak samen ondernamen.",
            {("jaarverslag", 2024)},
        ),
        ("Welke landen organiseerden in 2021 de conferentie?", {("jaarverslag", 2021)}),
        ("Wie leidde de werkgroep in 2021?", {("jaarverslag", 2021)}),
        ("Welke stappen wil de Benelux in 2024 zetten?", {("jaarplan", 2024)}),
        ("Welke namen staan er in 2024 op de lijst?", set()),
    ],
)
def test_a_dutch_simple_past_asks_the_report(question, documents):
    """'ondernamen', 'organiseerden', 'leidde' tell what happened; the infinitive 'zetten'
    after 'wil' does not."""
    assert implied_documents(question) == documents


@pytest.mark.parametrize(
    ("question", "documents"),
    [
        ("Is het geplande bezoek in 2021 doorgegaan?", {("jaarverslag", 2021)}),
        (
            "Waarom kwam de geplande verkenning van de toerismesector er in 2021 niet?",
            {("jaarverslag", 2021)},
        ),
        # what was planned, asked as such, is the plan's
        ("Welke acties zijn in 2024 gepland rond offshore energie?", {("jaarplan", 2024)}),
        # a named plan stays named
        ("Het jaarplan 2021 plande een bezoek. Is dat doorgegaan?", {("jaarplan", 2021)}),
    ],
)
def test_whether_a_planned_thing_happened_is_asked_of_the_report(question, documents):
    assert referred_documents([question]) == documents
