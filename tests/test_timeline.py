"""Topic timelines over the real corpus: which documents cover a topic, and nothing else.

The expected document sets were decided by reading the documents (`grep -i` in
data/documents, then the lines around each hit), never from the code's output. Files:
001 Jaarplan 2021, 002 Jaarverslag 2021, 000 Jaarplan 2024, 004 Jaarverslag 2024,
003 Gemeenschappelijk Werkprogramma 2025-2028.
"""

from __future__ import annotations

import re

import pytest
from conftest import DOCUMENTS

from assistant.text_analysis import fold
from assistant.timeline import (
    Timeline,
    build_timeline,
    is_plan_versus_outcome,
    plan_versus_outcome_answer,
    render_timeline,
    stated_plan,
    topic_of,
)

P21, R21, P24, R24, WP = (
    "001_d2ddd7b07eceb66e.txt",
    "002_68ccab70ba53b511.txt",
    "000_23ffac28d6a1c9fd.txt",
    "004_93b1f14f67b4112b.txt",
    "003_3c9be9ba5f64d8e1.txt",
)
ALL = {P21, R21, P24, R24, WP}
ORDER = [P21, R21, P24, R24, WP]
LABELS = ["planned", "reported", "planned", "reported", "programmed"]
NO_TOC = {P21}  # no table of contents: its front matter precedes the first printed page

# topic, the documents that cover it, and what every kept passage must literally show
# (in its text or section heading): an independent check that nothing was padded in.
TOPICS = [
    # grep -ic waterstof: 001:12 002:9 000:12 004:7 003:3 (003: "koolstofarme ('blauwe')
    # waterstof in het transport", "hernieuwbare waterstofprojecten").
    ("waterstof", ALL, r"waterstof"),
    # English: the glossary translates it to waterstof, so the same five documents.
    ("hydrogen", ALL, r"waterstof|hydrogen"),
    # every document names it; 003: "de operationalisering van het Benelux-Politieverdrag".
    ("Politieverdrag", ALL, r"politieverdrag|politie[\s\S]*verdrag|verdrag[\s\S]*politie"),
    # only 002 (the transfer of the court's registry to Luxembourg) and 000 ("In 2024 viert
    # ook het Benelux-Gerechtshof zijn 50ste verjaardag"); no hit in 001, 004 or 003.
    ("Benelux-Gerechtshof", {R21, P24}, r"gerechtshof"),
    # 001, 002, 000, 004 speak of (automatic) recognition of (higher-education) diplomas;
    # 003 only of "de erkenning van elkaars beroepskwalificaties": not diplomas.
    ("erkenning van diploma's", {P21, R21, P24, R24}, r"diploma"),
    # fiets* in 001 (fietsbeleid, fietssnelwegen), 002, 000 (Fietsverklaring, conferentie
    # Fietsbeleid), 004 ("Ook de fiets bleef in 2024 een speerpunt binnen het
    # Benelux-beleid"); 003 never mentions cycling.
    ("fietsbeleid", {P21, R21, P24, R24}, r"fiets"),
    # all five; 003: "de strijd tegen sociale fraude en zogeheten social dumping".
    ("sociale fraude", ALL, r"fraude"),
    # all five; 003: "samenwerking met ... Noordrijn-Westfalen" (Benelux+ chapter).
    ("Noordrijn-Westfalen", ALL, r"noordrijn|nrw"),
    # all five; 003: "de samenwerking met de Grande Région verder uitbouwen".
    ("Grande Région", ALL, r"grande\s+region"),
    # 001, 002, 004 have a Crisisbeheersing section, 000 plans a crisisbeheersingsoefening;
    # 003 has the section "Civiele veiligheid, crisisbeheer en een weerbare samenleving"
    # (crisisbeheer is crisis management too).
    ("crisisbeheersing", ALL, r"crisisbeheer"),
    # vuurwerk in 001 (productvereisten), 002, 000, 004 (vuurwerkmisbruik); not in 003.
    ("vuurwerk", {P21, R21, P24, R24}, r"vuurwerk"),
    # drugs(criminaliteit/-handel/-smokkel) in 001, 002, 000, 004; not in 003.
    ("drugs", {P21, R21, P24, R24}, r"drug"),
    # one passing mention each in 001 and 002 ("beperkingen aan de grenzen binnen de
    # Schengen-ruimte"): a timeline of two short entries, the others not padded.
    ("Schengen", {P21, R21}, r"schengen"),
    # no document mentions bird flu.
    ("vogelgriep", set(), r"vogelgriep"),
]


@pytest.fixture(scope="module")
def timelines(assistant) -> dict[str, Timeline]:
    return {topic: build_timeline(assistant, topic) for topic, _, _ in TOPICS}


@pytest.mark.parametrize(("topic", "expected", "evidence"), TOPICS, ids=[t[0] for t in TOPICS])
def test_timeline_covers_exactly_the_documents_that_name_the_topic(
    timelines, topic, expected, evidence
):
    timeline = timelines[topic]
    covered = {entry.file for entry in timeline.entries if entry.covered}
    assert covered == expected
    for entry in timeline.entries:
        assert entry.covered == bool(entry.passages)
        assert len(entry.passages) <= 3
        assert len(entry.excerpts) == len(entry.passages)
        for passage in entry.passages:
            assert passage.file == entry.file
            assert re.search(evidence, fold(f"{passage.section}\n{passage.text}"))


@pytest.mark.parametrize(("topic", "expected", "evidence"), TOPICS, ids=[t[0] for t in TOPICS])
def test_timeline_is_in_year_order_with_labels_sections_and_pages(
    timelines, topic, expected, evidence
):
    timeline = timelines[topic]
    assert [entry.file for entry in timeline.entries] == ORDER
    assert [entry.label for entry in timeline.entries] == LABELS
    assert [entry.year for entry in timeline.entries] == [2021, 2021, 2024, 2024, 2025]
    passages = [p for entry in timeline.entries for p in entry.passages]
    assert [p.n for p in passages] == list(range(1, len(passages) + 1))
    for passage in passages:
        assert passage.section.strip()
        if passage.file not in NO_TOC:
            assert passage.page_start is not None and passage.page_source != "none"
        if passage.page_start is not None:
            assert passage.page_end is None or passage.page_end >= passage.page_start


def test_passages_are_the_indexed_chunks_unchanged(assistant, timelines):
    chunks = {(c.file, c.char_start): c for c in assistant.retriever.chunks}
    for timeline in timelines.values():
        for entry in timeline.entries:
            for passage in entry.passages:
                chunk = chunks[(passage.file, passage.char_start)]
                assert (passage.text, passage.section, passage.page_start) == (
                    chunk.text,
                    chunk.section,
                    chunk.page_start,
                )


def test_english_topic_is_detected_and_expanded(timelines):
    assert timelines["hydrogen"].language == "en"
    assert timelines["waterstof"].language == "nl"
    assert timelines["erkenning van diploma's"].language == "nl"  # the apostrophe is not French


def test_per_document_limits_the_passages(assistant):
    timeline = build_timeline(assistant, "waterstof", per_document=1)
    assert all(len(entry.passages) == 1 for entry in timeline.entries)


@pytest.mark.parametrize(
    ("topic", "per_document"),
    [("", 3), ("   ", 3), ("x" * 201, 3), ("waterstof", 0), ("waterstof", 11)],
)
def test_invalid_topics_are_refused(assistant, topic, per_document):
    from assistant.service import InvalidQuestion

    with pytest.raises(InvalidQuestion):
        build_timeline(assistant, topic, per_document)


def test_render_lists_uncovered_documents(timelines):
    text = render_timeline(timelines["Benelux-Gerechtshof"])
    assert text.count("— geen passages over dit onderwerp") == 3
    assert "reported · Jaarverslag 2021" in text
    assert "p. " in text


def test_cli_timeline(monkeypatch, assistant):
    import json

    from typer.testing import CliRunner

    import assistant.cli as cli

    monkeypatch.setattr(cli, "_assistant", lambda mode="hybrid": assistant)
    runner = CliRunner()
    human = runner.invoke(cli.app, ["timeline", "Schengen"])
    assert human.exit_code == 0, human.output
    assert "planned · Jaarplan 2021" in human.output
    assert human.output.count("— geen passages over dit onderwerp") == 3
    as_json = runner.invoke(cli.app, ["timeline", "Schengen", "--json"])
    data = json.loads(as_json.output)
    assert [e["covered"] for e in data["entries"]] == [True, True, False, False, False]
    assert runner.invoke(cli.app, ["timeline", " "]).exit_code == 2


# --- plan versus outcome in the chat ------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Wat was gepland voor waterstof in 2024 en wat is er gerealiseerd?",
        "Wat stond in het jaarplan over fietsbeleid en wat is daarvan terechtgekomen?",
        "What was planned on the police treaty in 2021 and what was achieved?",
        "Qu'est-ce qui était prévu pour l'hydrogène en 2024 et qu'est-ce qui a été réalisé ?",
        "Is het verdrag tegen sociale fraude in 2024 ondertekend, zoals het jaarplan beoogde?",
        "Was the police treaty ratified as planned?",
        "Wat plande het jaarplan 2021 voor douaneaudits, en is dat gelukt?",
        "Did the plans for joint customs audits in 2021 succeed?",
        "Is de geplande studiedag in 2021 doorgegaan?",
    ],
)
def test_plan_versus_outcome_questions_are_recognised(question):
    assert is_plan_versus_outcome(question)


@pytest.mark.parametrize(
    "question",
    [
        "Wat is gepland voor waterstof?",
        "Wat werd in 2024 gerealiseerd rond waterstof?",
        "Wie zit in het Comité van Ministers?",
    ],
)
def test_other_questions_are_not(question):
    assert not is_plan_versus_outcome(question)


def test_topic_is_the_question_without_its_cues():
    assert topic_of("Wat was gepland voor waterstof in 2024 en wat is er gerealiseerd?") == (
        "waterstof"
    )
    assert topic_of("What was planned on the police treaty and what was achieved?") == (
        "police treaty"
    )
    assert topic_of("En wat is er gerealiseerd?", ["Wat was gepland voor fietsbeleid?"]) == (
        "fietsbeleid"
    )
    assert topic_of("What did the annual plan say about cycling, and what came of it?") == (
        "cycling"
    )
    assert topic_of(
        "Wat stond in het jaarplan over fietsbeleid en wat is ervan terechtgekomen?"
    ) == ("fietsbeleid")


def test_a_follow_up_that_points_back_keeps_the_topic_of_the_turn_before():
    """'die bijeenkomst' is the study day the previous turn asked about."""
    topic = topic_of(
        "Heeft die bijeenkomst ook plaatsgevonden?",
        ["Welke studiedag over kwetsbare weggebruikers stond in het jaarplan 2021?"],
    )
    assert topic.startswith("studiedag over kwetsbare weggebruikers")
    assert "bijeenkomst" in topic


@pytest.mark.parametrize(
    ("question", "plan", "report"),
    [
        ("Wat was gepland voor waterstof in 2024 en wat is er gerealiseerd?", P24, R24),
        ("What was planned on the Benelux police treaty in 2021 and what was achieved?", P21, R21),
        ("Wat was gepland rond sociale fraude en wat is daarvan terechtgekomen?", P24, R24),
        (
            "Is het Benelux-verdrag tegen sociale fraude in 2024 ondertekend, zoals het jaarplan "
            "2024 beoogde?",
            P24,
            R24,
        ),
    ],
)
def test_plan_versus_outcome_cites_plan_and_report_of_the_year(assistant, question, plan, report):
    result = plan_versus_outcome_answer(assistant, question)
    assert result is not None and not result.abstained
    assert [c.file for c in result.citations] == [plan, report]
    assert [c.n for c in result.citations] == [1, 2]
    assert "[1]" in result.answer and "[2]" in result.answer
    assert result.retrieved


def test_plan_versus_outcome_follow_up_takes_the_topic_from_history(assistant):
    result = plan_versus_outcome_answer(
        assistant, "En wat is er gerealiseerd?", ["Wat was gepland voor fietsbeleid in 2024?"]
    )
    assert result is not None
    assert [c.file for c in result.citations] == [P24, R24]
    assert all(re.search("fiets", fold(c.text)) for c in result.citations)


def test_plan_versus_outcome_says_when_the_report_is_silent(assistant):
    question = "Wat was gepland voor het Benelux-Gerechtshof in 2024 en wat is er gerealiseerd?"
    result = plan_versus_outcome_answer(assistant, question)
    assert result is not None
    assert [c.file for c in result.citations] == [P24]
    assert "Het Jaarverslag 2024 bevat geen passage over dit onderwerp." in result.answer


@pytest.mark.parametrize(
    ("question", "plan_words", "report_words"),
    [
        # the plan writes "handel in (synthetische) drugs via post- en koerierdiensten"
        (
            "Het jaarplan 2021 wilde extra aandacht voor de drugshandel via post- en "
            "koeriersdiensten. Wat is daar volgens het jaarverslag 2021 concreet mee gedaan?",
            r"koerierdiensten",
            r"criminaliteitsbeeldanalyses",
        ),
        # the report speaks of "e-cmr gegevens" and "common access point", not of a pilot
        (
            "The 2021 annual plan said the e-CMR pilot needed a common access point for "
            "authorities. Why, and what was done about it in phase II according to the 2021 "
            "annual report?",
            r"common acces",
            r"fase ii",
        ),
    ],
)
def test_a_side_that_words_the_topic_otherwise_is_quoted_not_called_silent(
    assistant, question, plan_words, report_words
):
    result = plan_versus_outcome_answer(assistant, question)
    assert result is not None
    assert [c.file for c in result.citations] == [P21, R21]
    assert "[1]" in result.answer and "[2]" in result.answer
    assert re.search(plan_words, fold(result.citations[0].text))
    assert re.search(report_words, fold(result.citations[1].text))
    assert not re.search(r"geen passage|no passage", result.answer)


def test_plan_versus_outcome_leaves_other_questions_to_the_normal_flow(assistant):
    assert plan_versus_outcome_answer(assistant, "Wat is gepland voor waterstof?") is None
    unknown = "Wat was gepland voor vogelgriep in 2024 en wat is er gerealiseerd?"
    assert plan_versus_outcome_answer(assistant, unknown) is None
    vague = "Wat was gepland voor de Benelux in 2024 en wat werd er gerealiseerd?"
    assert plan_versus_outcome_answer(assistant, vague) is None  # every passage names it


@pytest.mark.parametrize(
    ("question", "first_line", "topic"),
    [
        (
            "Wat is er sinds 2021 gebeurd met het operationeel actieplan van Hazeldonk?",
            "In 2021 (Jaarverslag 2021):",
            "hazeldonk",
        ),
        (
            "Qu'est-ce qui a changé depuis 2021 pour la reconnaissance des diplômes ?",
            "En 2021 (Jaarverslag 2021):",
            "erkenning",
        ),
        (
            "Hoe is de samenwerking met Noordrijn-Westfalen sinds 2021 geëvolueerd?",
            "In 2021 (Jaarverslag 2021):",
            "noordrijn-westfalen",
        ),
    ],
)
def test_a_since_question_cites_that_years_report_and_the_latest_one(
    assistant, question, first_line, topic
):
    """'Sinds 2021' spans documents: what the 2021 report says, then what the 2024 one says."""
    result = assistant.ask(question)
    assert not result.abstained
    assert [c.file for c in result.citations] == [R21, R24]
    lines = result.answer.splitlines()
    assert lines[0].startswith(first_line) and lines[0].endswith("[1]")
    assert lines[1].split("): ", 1)[0].endswith("(Jaarverslag 2024")
    assert lines[1].endswith("[2]")
    assert all(topic in fold(c.text) for c in result.citations)


def test_a_since_question_on_a_topic_no_later_document_covers_takes_the_normal_flow(assistant):
    from assistant.timeline import since_answer

    assert since_answer(assistant, "Wat is er sinds 2021 gebeurd met vogelgriep?") is None
    assert since_answer(assistant, "Wat is er in 2021 gebeurd met Hazeldonk?") is None


def test_a_quote_skips_no_sentence_between_its_first_and_last(assistant):
    """'Dit OAP is door de landen goedgekeurd.' is short, but leaving it out of the middle
    of a quote would make the passage say something it does not."""
    result = assistant.ask(
        "Wat is er sinds 2021 gebeurd met het operationeel actieplan van Hazeldonk?"
    )
    assert "(OAP) opgesteld. Dit OAP is door de landen goedgekeurd. In de loop" in result.answer


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        (
            "Het jaarplan 2021 wilde de toeristische sector in kaart brengen. Is dat overzicht er "
            "ook gekomen?",
            "toeristische sector in kaart brengen",
        ),
        (
            "Volgens het jaarplan 2024 zou er een werkgroep rond elektrisch vliegen komen. Hoe "
            "vaak kwam die bijeen?",
            "werkgroep elektrisch vliegen komen",
        ),
        (
            "The 2024 annual plan expected a study on a digital twin. When was it actually "
            "validated?",
            "study on a digital twin",
        ),
        (
            "Is er in 2024 iets gekomen van het plan om lood en cadmium in porselein te beperken?",
            "lood en cadmium in porselein te beperken",
        ),
    ],
)
def test_a_plan_told_then_asked_after_in_the_past_is_plan_versus_outcome(question, topic):
    """The user tells what the plan said and asks what became of it: the topic is the plan's
    wording, not the question's scaffolding."""
    assert is_plan_versus_outcome(question)
    assert stated_plan(question) is not None
    assert topic_of(question) == topic


@pytest.mark.parametrize(
    "question",
    [
        "Het jaarplan 2024 noemt drie prioriteiten voor digitalisering. Welke zijn dat?",
        "Wat wil het jaarplan 2024 doen rond waterstof?",
        "Wat is volgens het jaarplan 2024 de rol van de gemeenten?",
    ],
)
def test_a_plan_named_in_a_question_about_the_plan_is_not(question):
    assert not is_plan_versus_outcome(question)


def test_a_told_plan_is_answered_with_the_reports_count_read_on_into_the_next_chunk(assistant):
    """'Hoe vaak …?' quotes the report's sentence with the count ('vier keer'), not the one
    naming the topic best, and the next sentence, which opens the next chunk of the section,
    in the same citation."""
    question = (
        "Volgens het jaarplan 2024 zou er een werkgroep rond elektrisch vliegen komen. "
        "Hoe vaak kwam die in 2024 bijeen?"
    )
    result = assistant.ask(question)
    assert [c.file for c in result.citations] == [P24, R24]
    report = result.answer.splitlines()[1]
    assert report.startswith("Gerealiseerd (Jaarverslag 2024): De werkgroep elektrische luchtvaart")
    assert "vier keer" in report and "no-regrets" in report
    cited = result.citations[1]
    assert "vier keer" in cited.text and "no-regrets" in cited.text
    document = (DOCUMENTS / R24).read_text(encoding="utf-8")
    assert " ".join(document[cited.char_start : cited.char_end].split()) == " ".join(
        cited.text.split()
    )


def test_a_plan_asked_in_the_simple_past_is_answered_per_document(assistant):
    """'Wat plande het jaarplan …, en is dat gelukt?': 'plande' is a plan cue, not part of
    the topic, so the report's passage on the same audits is found and quoted."""
    question = "Wat plande het jaarplan 2021 voor gezamenlijke douaneaudits, en is dat gelukt?"
    assert topic_of(question) == "gezamenlijke douaneaudits"
    result = assistant.ask(question)
    assert result.answer.startswith("Gepland (Jaarplan 2021):"), result.answer
    assert "Gerealiseerd (Jaarverslag 2021):" in result.answer
    assert "opgeschort" in result.answer
    assert {c.title for c in result.citations} == {"Jaarplan 2021", "Jaarverslag 2021"}
