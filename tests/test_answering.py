"""Answers a user would see: cited, in the question's language, honest when not found."""

from __future__ import annotations

import re

import pytest
from chunk_factory import make_chunk

from assistant.answer_types import asked_type, holds_answer_type, holds_asked_day
from assistant.language import detect_language
from assistant.models import Filters, ScoredChunk
from assistant.query_expansion import build_query, translate_terms
from assistant.service import InvalidQuestion
from assistant.text_analysis import fold


def test_dutch_question_gets_a_cited_answer_from_the_right_passage(assistant):
    result = assistant.ask("Wat deed de Benelux in 2024 rond waterstof?")
    assert not result.abstained
    assert result.answer.startswith("Volgens het ")
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", result.answer)}
    assert markers == {c.n for c in result.citations}
    assert any("waterstof" in c.text.lower() for c in result.citations)
    sentences = re.findall(r"\[\d+\]", result.answer)
    assert len(sentences) <= 5


def test_citation_carries_document_section_and_page(assistant):
    result = assistant.ask("Welk internationaal fietscongres vindt in 2024 in Gent plaats?")
    cited = [c for c in result.citations if "Velo-city" in c.text]
    assert cited, result.answer
    assert cited[0].title == "Jaarplan 2024"
    assert "DUURZAAM TRANSPORT" in cited[0].section and cited[0].page_start == 18


@pytest.mark.parametrize(
    ("question", "language", "sentence"),
    [
        (
            "Hoeveel medewerkers telt het Secretariaat-generaal na de uitrol van het HR-beleid?",
            "nl",
            "Ik vond hierover geen informatie in de documenten.",
        ),
        (
            "What is the total 2021 operating budget of the Benelux Secretariat-General?",
            "en",
            "I found no information about this in the documents.",
        ),
        (
            "Quel est le budget de fonctionnement du Secrétariat général en 2021 ?",
            "fr",
            "Je n'ai trouvé aucune information à ce sujet dans les documents.",
        ),
        (
            "Wat is de hoofdstad van Peru?",
            "nl",
            "Ik vond hierover geen informatie in de documenten.",
        ),
    ],
)
def test_abstains_in_the_questions_language(assistant, question, language, sentence):
    result = assistant.ask(question)
    assert result.abstained and result.language == language
    assert result.answer == sentence
    assert result.citations == [] and len(result.see_also) > 0


def test_english_question_finds_dutch_evidence_through_the_glossary(assistant):
    result = assistant.ask("Which seaports does the 2025-2028 work programme mention?")
    assert not result.abstained and result.answer.startswith("According to the ")
    assert any("Rotterdam" in c.text for c in result.retrieved[:5])


def test_follow_up_uses_the_conversation(assistant):
    history = ["Hoeveel Étoile-acties tegen drugssmokkel waren er in 2024?"]
    alone = assistant.ask("En welke spraakmakende zaken kwamen daaruit voort?")
    followed = assistant.ask("En welke spraakmakende zaken kwamen daaruit voort?", history)
    assert any("Étoile" in c.text or "Hazeldonk" in c.section for c in followed.retrieved[:3])
    assert followed.retrieved[0].file == "004_93b1f14f67b4112b.txt"
    assert [c.text for c in followed.retrieved[:3]] != [c.text for c in alone.retrieved[:3]]


def test_filters_and_k_limit_what_is_retrieved(assistant):
    result = assistant.ask("waterstof", filters=Filters(kind=["jaarplan"], year=[2021]), k=4)
    assert 0 < len(result.retrieved) <= 4
    assert {c.title for c in result.retrieved} == {"Jaarplan 2021"}


@pytest.mark.parametrize("question", ["", "   ", "x" * 4001, "a\x00b"])
def test_invalid_questions_are_refused_with_a_message(assistant, question):
    with pytest.raises(InvalidQuestion):
        assistant.ask(question)


def test_k_out_of_range_is_refused(assistant):
    with pytest.raises(InvalidQuestion, match="k must be"):
        assistant.ask("waterstof", k=0)


def test_language_detection():
    assert detect_language("Wat werd er gerealiseerd?") == "nl"
    assert detect_language("What was achieved on hydrogen?") == "en"
    assert detect_language("Qu'est-ce qui a été réalisé ?") == "fr"


def test_glossary_expansion_translates_english_and_french_terms():
    assert "waterstof" in translate_terms("hydrogen network", "en")
    assert "vrachtbrief" in translate_terms("electronic consignment notes", "en")
    assert "waterstof" in translate_terms("l'hydrogène", "fr")
    assert build_query("Wat is gepland?", [], "nl").expansion == ""


def test_answer_type_check():
    assert asked_type("Hoeveel medewerkers zijn er?") == "count"
    assert asked_type("What does it cost?") == "money"
    assert asked_type("Wanneer werd het verdrag ondertekend?") == "date"
    assert asked_type("Waarom is dat nodig?") == "any"
    question = "Hoeveel vergaderingen waren er in 2024?"
    assert holds_answer_type("Er waren 272 vergaderingen.", "count", question)
    assert not holds_answer_type("In 2024 werd vergaderd.", "count", question)
    assert holds_answer_type("Dit kost 2 miljoen euro.", "money", "Wat kost het?")
    countries = "Door hoeveel Europese landen was de verklaring ondertekend?"
    assert holds_answer_type("Door zestien Europese landen getekend.", "count", countries)
    assert holds_answer_type("Signée par seize pays.", "count", "Combien de pays ?")
    people = "Hoeveel mensen woonden de Benelux-dag bij?"
    assert not holds_answer_type("80 jaar Benelux-samenwerking.", "count", people)
    assert holds_answer_type("80 jaar Benelux-samenwerking.", "count", "Hoeveel jaar al?")
    assert holds_answer_type("Al 15 jaar samen.", "count", "Hoe lang werken ze al samen?")
    days = "Hoeveel dagen per jaar mag een grensarbeider thuiswerken?"
    assert holds_answer_type(
        "Tot 34 dagen per jaar thuiswerk is toegestaan.", "count", days, strict=True
    )
    assert not holds_answer_type("De 80.000 grensarbeiders pendelen.", "count", days, strict=True)
    when = "Wanneer werd de studie besproken?"
    assert holds_answer_type("Gepland voor de tweede helft van het jaar.", "date", when)
    assert not holds_answer_type("De helft van de landen.", "date", when)
    assert not holds_answer_type("De studie over Natura 2000 werd besproken.", "date", when)
    assert holds_answer_type("De studie werd in 2021 besproken.", "date", when)


def test_a_question_for_a_measure_needs_a_number_with_its_unit():
    """'Hoeveel hectare …?' / 'What percentage …?' is no near miss only when a number
    carries the asked unit: 'onze drie landen' or '2030' is not an answer."""
    area = "Hoeveel hectare natuur willen de Benelux-landen herstellen?"
    assert asked_type(area) == "count"
    assert holds_answer_type("Er wordt 500 ha natuur hersteld.", "count", area, strict=True)
    assert not holds_answer_type(
        "Onze 3 landen werken aan herstel tegen 2030.", "count", area, strict=True
    )
    share = "What percentage of the border areas has good 5G coverage?"
    assert asked_type(share) == "count"
    assert holds_answer_type("73 % van de grensgebieden.", "count", share, strict=True)
    assert holds_answer_type("BEVOLKING 29.664.912 6,6% van de EU", "count", share, strict=True)
    assert not holds_answer_type("Goede 5G-dekking in 2 regio's.", "count", share, strict=True)
    length = "Hoeveel kilometer weg telt de Benelux?"
    assert holds_answer_type("70.640 km autosnelweg.", "count", length, strict=True)
    # sentence by sentence (not strict) the unit is not asked of every number
    assert holds_answer_type("Onze 3 landen werken aan herstel.", "count", area)
    # a count of people asks no unit
    people = "Hoeveel mensen werken er bij het Secretariaat-generaal?"
    assert holds_answer_type("Er werken 80 mensen.", "count", people, strict=True)


def test_a_city_question_asks_for_a_named_city():
    assert asked_type("In welke Belgische stad vond de bijeenkomst plaats?") == "place"
    assert asked_type("In which city did they meet?") == "place"
    assert asked_type("Dans quelle ville s'est tenue la conférence ?") == "place"
    assert asked_type("Waar ging de bijeenkomst over?") == "any"
    city = "In welke stad vond de top plaats?"
    assert holds_answer_type("De top vond plaats in Den Haag.", "place", city, strict=True)
    assert not holds_answer_type("Een conferentie over communicatie in Steden.", "place", city)
    assert not holds_answer_type("Het overleg in Gent.", "place", "In welke stad na Gent?")


@pytest.mark.parametrize(
    ("question", "city"),
    [
        (
            "In welke stad vond in 2024 de ministeriële bijeenkomst over pyrotechnische "
            "artikelen plaats?",
            "Rochefort",
        ),
        ("In which city did the Benelux energy directors-general meet in 2024?", "Gent"),
    ],
)
def test_a_city_question_is_answered_with_the_city(assistant, question, city):
    result = assistant.ask(question)
    assert not result.abstained
    assert city in result.answer.split("[1]")[0], result.answer


def test_a_city_question_whose_passage_names_no_city_abstains(assistant):
    """The report names the GNSBI meeting but not where it was; the cities of other
    meetings in the report are no answer."""
    result = assistant.ask(
        "In welke stad vond de bijeenkomst van de North Seas Energy Cooperation in oktober "
        "2024 plaats?"
    )
    assert result.abstained, result.answer


@pytest.mark.parametrize(
    "question",
    [
        # the report says what the LEV group worked on; 'kwam vier keer bijeen' is the
        # electric aviation group's count
        "Hoe vaak kwam de werkgroep lichte elektrische voertuigen (LEV's) in 2024 bijeen?",
        # the IDRO passages give no number of codes; the key figures' '32,3 %' is another's
        "Hoeveel identificatiecodes voor laadpaaloperatoren zijn er tot nu toe via IDRO "
        "uitgegeven?",
    ],
)
def test_a_missing_count_is_not_taken_from_a_passage_on_another_topic(assistant, question):
    result = assistant.ask(question)
    assert result.abstained, result.answer


def test_a_near_miss_date_question_is_not_answered_by_the_year_in_natura_2000(assistant):
    """The 2024 plan only studies housing the Meuse and Scheldt secretariats 'op termijn';
    'Natura 2000' in another passage is a name, not the date asked for."""
    result = assistant.ask(
        "Quand les secrétariats de la Commission internationale de la Meuse et de la "
        "Commission internationale de l'Escaut doivent-ils s'installer dans les locaux du "
        "Secrétariat général Benelux ?"
    )
    assert result.abstained, result.answer
    assert result.answer.startswith("Je n'ai trouvé")


@pytest.mark.parametrize(
    ("sentence", "has_day"),
    [
        ("Het verdrag werd op 23 juli 2018 ondertekend.", True),
        ("Signé le 1er mars 2021.", True),
        ("Signed on March 5, 2020.", True),
        ("Ondertekend op 12/03/2021.", True),
        ("De inwerkingtreding aan het einde van 2023 was een mijlpaal.", False),
        ("In mei 2020 werd het voorbereid.", False),
    ],
)
def test_a_question_after_the_day_wants_a_day_not_a_year(sentence, has_day):
    """'Op welke datum ...?' is not answered by 'eind 2023'; 'Wanneer ...?' may be."""
    assert holds_answer_type(sentence, "date", "Op welke datum werd het getekend?")
    assert holds_asked_day(sentence, "Op welke datum werd het getekend?") == has_day
    assert holds_asked_day(sentence, "Wanneer werd het getekend?")


@pytest.mark.parametrize(
    "question",
    [
        "Op welke datum werd het nieuwe Benelux-politieverdrag getekend?",
        "Op welke datum hebben België, Nederland en Luxemburg het nieuwe politieverdrag getekend?",
    ],
)
def test_a_date_question_quotes_the_signing_day_and_no_undated_sentences(assistant, question):
    """The day the treaty was signed, not the year it came into force; and a sentence
    quoted from another passage must hold a date too, or it answers nothing."""
    result = assistant.ask(question)
    assert not result.abstained
    quoted = re.findall(r"(?:^|\] )(.+?) \[(\d+)\]", result.answer.split(": ", 1)[1])
    day = next(marker for sentence, marker in quoted if "23 juli 2018" in sentence)
    for sentence, marker in quoted:
        if marker != day:
            assert re.search(r"\b(19|20)\d\d\b", sentence), sentence


def test_why_question_quotes_the_reason_across_a_chunk_boundary(assistant):
    """The 'Daarom ...' sentence opens a chunk; the reason is the end of the one before."""
    result = assistant.ask(
        "Waarom sloten de Benelux-landen in 2021 een administratieve overeenkomst over de "
        "Dublinprocedure?"
    )
    assert not result.abstained
    assert "secundaire bewegingen" in result.answer, result.answer
    reason = result.answer.index("secundaire bewegingen")
    assert reason < result.answer.index("Daarom"), "the reason comes before its consequence"
    assert any("secundaire bewegingen" in c.text for c in result.citations)


def test_a_sentence_pointing_back_with_daarvan_brings_the_one_before_across_a_chunk(
    assistant,
):
    """'In het verlengde daarvan …' opens a chunk; the month of the police chiefs' meeting
    is in the last sentence of the chunk before."""
    result = assistant.ask(
        "Wanneer kwamen de Benelux-politiechefs in 2024 strategisch samen, en voor welke "
        "politiediensten werden daarna gerichte opleidingen georganiseerd?"
    )
    assert not result.abstained
    assert "in april" in result.answer, result.answer
    assert result.answer.index("in april") < result.answer.index("In het verlengde daarvan")
    assert "zeevaartpolitie" in result.answer


def test_a_list_cut_by_the_chunk_end_is_read_on_to_its_last_item(assistant):
    """The 2024 plan lists NRW's police working groups; the third item, POL-CYBER, opens the
    section's next chunk, and the heading after it ('Crisisbeheersing') ends the list."""
    result = assistant.ask(
        "Which police cooperation formats does North Rhine-Westphalia want to continue and "
        "intensify with the Benelux, according to the 2024 annual plan?"
    )
    assert not result.abstained
    for group in ("SENN-RECHERCHE", "SENN-POST", "POL-CYBER"):
        assert group in result.answer, result.answer
    assert "crisiscentrum" not in result.answer
    assert len(result.citations) == 1, "the two chunks of the list are one passage"


def test_every_cited_passage_supplies_a_quoted_sentence(assistant):
    """No passage is cited for sentences the answer does not quote from it."""
    result = assistant.ask("Wat deed de Benelux in 2024 rond waterstof?")
    for citation in result.citations:
        quoted = re.findall(rf"([^\]]*?)\s*\[{citation.n}\]", result.answer)
        assert quoted
        flat = " ".join(citation.text.split())
        assert any(part.strip()[-40:].rstrip(".") in flat for part in quoted), citation.n


def test_answer_sentences_are_whole_across_line_breaks():
    """OCR lines cut mid-sentence ('door het' / 'Verdrag') do not end answer sentences."""
    from assistant.text_analysis import sentence_spans

    text = (
        "Dankzij het kader dat door het\nVerdrag wordt geboden, worden de\n\n"
        "inspecties versterkt.\nStrategische overleggen 16\nEen tweede zin."
    )
    spans = [text[a:b].strip() for a, b in sentence_spans(text, join_fragments=True)]
    assert spans[0].startswith("Dankzij") and spans[0].endswith("versterkt.")
    assert "Strategische overleggen 16" in spans
    plain = [text[a:b].strip() for a, b in sentence_spans(text)]
    assert plain[0] == "Dankzij het kader dat door het", "chunking keeps the plain rule"


@pytest.mark.parametrize(
    "question",
    [
        "What does the work programme say about cross-border health care?",
        "Wat staat er in het werkprogramma over waterstof?",
    ],
)
def test_a_document_named_in_the_question_is_the_one_quoted(assistant, question):
    """Other documents have whole sections on the topic; the user asked for this one."""
    result = assistant.ask(question)
    assert not result.abstained
    assert result.citations[0].title == "Gemeenschappelijk Werkprogramma 2025-2028", result.answer


def test_english_words_do_not_outweigh_their_dutch_translation(assistant):
    """The documents hold a few English phrases; an English question must still find Dutch text."""
    result = assistant.ask("Which regions belong to the Grande Région?")
    assert not result.abstained
    assert "Lotharingen" in " ".join(c.text for c in result.citations), result.answer


@pytest.mark.parametrize(
    ("question", "broad"),
    [
        ("Vat samen wat de Benelux in 2024 voor de fiets deed.", True),
        ("Waarom wil de Benelux normen voor windturbines bestuderen?", True),
        ("Wanneer was het symposium, en wie zaten er aan tafel?", True),
        ("Summarise the 2024 work on cycling.", True),
        ("Kun je samenvatten wat de Benelux in 2024 voor de fiets deed?", True),
        ("Wanneer vindt het congres Velo-city 2024 plaats?", False),
        ("Hoeveel Étoile-acties waren er in 2024?", False),
        ("Welke havens noemt het werkprogramma?", False),
    ],
)
def test_a_broad_question_reads_on_in_the_passage_a_fact_question_stays_short(question, broad):
    """'Vat samen …', 'Kun je samenvatten …' want the passage's next sentences, 'Wanneer …'
    one fact; never more than 5."""
    from assistant.extractive import ExtractiveAnswerer, _is_broad, _Sentence

    assert _is_broad(question) is broad
    topic = _Sentence(0, 0, "De fiets bleef in 2024 een speerpunt van het beleid.", 1.0, 1.0)
    rest = [
        _Sentence(0, n, f"Daarna volgde activiteit nummer {n} met veel deelnemers.", 0.1, 0.1)
        for n in range(1, 7)
    ]
    answerer = ExtractiveAnswerer(lexical=None, threshold=0.1, max_sentences=5)
    chosen = answerer._select([topic, *rest], broad=broad)
    assert [s.position for s in chosen] == ([0, 1, 2, 3, 4] if broad else [0, 1, 2, 3])


def test_a_line_ending_in_an_abbreviation_does_not_end_the_sentence():
    """'… in de strijd tegen o.a.' / 'de georganiseerde criminaliteit.' is one sentence."""
    from assistant.text_analysis import sentence_spans

    text = "Het is een instrument in de strijd tegen o.a.\n\nde georganiseerde criminaliteit."
    spans = [text[a:b].strip() for a, b in sentence_spans(text, join_fragments=True)]
    assert len(spans) == 1 and spans[0].endswith("criminaliteit."), spans


def test_question_words_are_not_search_terms(assistant):
    """'Hoeveel', 'welke', 'quand' are in every question and say nothing of its topic."""
    analyzer = assistant.retriever.lexical.analyzer
    assert analyzer.terms("Hoeveel welke wanneer waarom quand combien pourquoi") == []
    assert analyzer.terms("Hoeveel Étoile-acties?") == analyzer.terms("Étoile-acties")
    assert analyzer.terms("Wat houdt het eigenlijk precies in, intussen?") == analyzer.terms(
        "Wat houdt het in?"
    )


def test_a_compound_in_the_passage_covers_the_parts_of_the_question_word():
    """'werkgroep-' splits into werk + groep; 'Werkgroepen' in a table line is not split."""
    from assistant.extractive import _covered
    from assistant.text_analysis import Analyzer, CompoundSplitter

    analyzer = Analyzer(CompoundSplitter(["werk", "groep", "werkgroep"]))
    compounds = analyzer.compound_parts("Hoeveel werkgroep- en expertvergaderingen?")
    assert compounds == {"werkgroep": ("werk", "groep")}
    equivalents = [(frozenset([w]), parts) for w, parts in compounds.items()]
    covered = _covered(analyzer, "Werkgroepen 272", equivalents)
    assert {"werkgroep", "werk", "groep"} <= covered


def test_a_thesaurus_wording_in_a_sentence_covers_the_question_word(assistant):
    """'EU-landen' in the question, 'EU-lidstaten' in the passage: the same thing."""
    from assistant.extractive import _covered
    from assistant.query_expansion import build_query

    query = build_query("Kregen ze steun van andere EU-landen?", [], "nl")
    answerer = assistant.extractive
    analyzer = answerer.lexical.analyzer
    equivalents = answerer._equivalents(query)
    sentence = "ondersteund door meerdere EU-lidstaten"
    own = set(analyzer.terms("EU-landen"))
    assert own - set(analyzer.terms(sentence)), "the words themselves differ"
    assert own <= _covered(analyzer, sentence, equivalents)


def test_a_thesaurus_wording_inside_a_compound_covers_nothing(assistant):
    """'in werking' (treden) is a wording of 'in werking getreden'; 'samenwerking' holds
    the part 'werking' but says nothing about a treaty coming into force."""
    from assistant.extractive import _covered
    from assistant.query_expansion import build_query

    query = build_query("Wanneer is het verdrag in werking getreden?", [], "nl")
    answerer = assistant.extractive
    analyzer = answerer.lexical.analyzer
    equivalents = answerer._equivalents(query)
    asked = set(analyzer.terms("in werking getreden"))
    assert not asked <= _covered(analyzer, "De samenwerking met het verdrag loopt.", equivalents)
    assert asked <= _covered(analyzer, "Het verdrag trad in werking op 1 juni.", equivalents)


def test_each_part_of_a_two_part_question_gets_its_own_sentence(assistant):
    """'Hoeveel X, en hoeveel Y?' answered with the line for Y alone misses half."""
    result = assistant.ask(
        "Hoeveel werkgroep- en expertvergaderingen waren er in 2024, "
        "en hoeveel strategische overleggen?"
    )
    assert not result.abstained
    assert "272" in result.answer and "16" in result.answer, result.answer


def test_two_part_question_split():
    from assistant.extractive import question_parts

    assert question_parts("Wanneer was het symposium, en wie zaten er aan tafel?") == [
        "wanneer was het symposium",
        "wie zaten er aan tafel?",
    ]
    assert question_parts("Welke rol spelen België en Nederland?") == [
        "welke rol spelen belgie en nederland?"
    ]


def test_a_past_participle_matches_the_past_tense():
    """Snowball keeps 'ge-': 'gelanceerd' and 'lanceerden' must still share a term."""
    from assistant.text_analysis import Analyzer

    analyzer = Analyzer()
    assert set(analyzer.terms("gelanceerd")) & set(analyzer.terms("lanceerden"))
    assert set(analyzer.terms("geratificeerd")) & set(analyzer.terms("ratificeerde"))
    assert analyzer.terms("gebied") == ["gebied"], "short ge- words are not participles"


def test_a_question_in_the_participle_finds_the_sentence_in_the_past_tense(assistant):
    result = assistant.ask("Welk portaal voor detailhandelaars is in 2021 gelanceerd?")
    assert not result.abstained
    assert "Infopunt Benelux Detailhandel" in result.answer, result.answer


def test_a_why_answer_reads_on_into_the_next_chunk_of_the_section(assistant):
    """The reason follows the quoted sentence, but the chunk ends first: read on into the next."""
    result = assistant.ask(
        "Waarom is de Benelux volgens het voorwoord van het jaarverslag 2024 een instrument "
        "en geen monument?"
    )
    assert not result.abstained
    assert "geen monument, maar een instrument" in result.answer, result.answer
    assert "wendbaarheid" in result.answer, result.answer
    assert len(re.findall(r"\[\d+\]", result.answer)) <= 5
    # One passage of the section across the chunk boundary: one citation that holds both.
    assert len(result.citations) == 1, result.answer
    cited = result.citations[0]
    assert "geen monument" in cited.text and "wendbaarheid" in cited.text
    assert cited.char_end - cited.char_start > len(cited.text) * 0.9


def test_a_fact_question_does_not_read_on(assistant):
    result = assistant.ask("Welk internationaal fietscongres vindt in 2024 in Gent plaats?")
    assert len(result.citations) == 1, result.answer


def _scored(ordinal: int, section: str, text: str) -> ScoredChunk:
    chunk = make_chunk(
        text,
        ordinal,
        id=f"f:{ordinal}",
        file="f.txt",
        section=section,
        page_start=3,
        page_end=3 + ordinal,
        page_source="toc",
        char_start=100 * ordinal,
        char_end=100 * ordinal + 90,
        content_hash="x",
    )
    return ScoredChunk(chunk=chunk, score=1.0 - ordinal / 10)


def test_chunks_quoted_one_after_the_other_in_a_section_are_one_citation():
    from assistant.extractive import _joined, _passages

    chunks = [
        _scored(4, "A", "vier"),
        _scored(5, "A", "vijf"),
        _scored(6, "B", "zes"),
        _scored(8, "B", "acht"),
    ]
    assert _passages([0, 1, 2, 3], chunks) == [[0, 1], [2], [3]]
    joined = _joined([chunks[0], chunks[1]]).chunk
    assert joined.text == "vier\nvijf" and (joined.char_start, joined.char_end) == (400, 590)
    assert (joined.page_start, joined.page_end) == (3, 8)


def test_a_chunk_that_continues_a_better_ranked_one_shares_its_rank():
    """The second half of a passage cut by the token budget is as good a witness as the
    first; a chunk of another section, or one further on, keeps its own rank."""
    from assistant.extractive import _passage_ranks

    chunks = [_scored(4, "A", ""), _scored(9, "B", ""), _scored(5, "A", ""), _scored(6, "A", "")]
    assert _passage_ranks(chunks) == [0, 1, 0, 2]
    assert _passage_ranks([_scored(5, "A", ""), _scored(4, "A", "")]) == [0, 1]


def test_the_sentences_after_the_best_stop_at_the_next_list_item():
    """'- Informatievoorziening voor grenswerkers.' opens another item, about another
    subject; after '… de volgende prioriteiten:' the items are the answer."""
    from assistant.extractive import _following, _Sentence

    def sentences(first: str) -> list[_Sentence]:
        texts = [
            first,
            "- Informatievoorziening voor grenswerkers.",
            "De brochures voor grensarbeiders zijn bijgewerkt in de drie landen.",
        ]
        return [_Sentence(0, i, text, 0.5, 0.5) for i, text in enumerate(texts)]

    told = sentences("Het verdrag moet nu geratificeerd worden; in Estland is dat al gebeurd.")
    assert _following(told, told[0], 2) == []
    listed = sentences("De Benelux werkt in 2021 aan de volgende twee prioriteiten:")
    assert _following(listed, listed[0], 2) == listed[1:]


def test_a_list_announced_by_the_best_sentence_goes_on_past_a_long_item():
    """'In het kader van … politiebijstand:' then a long item and two short ones: the short
    items ('- In bruikleen geven van materiaal.') are still the announced list's."""
    from assistant.extractive import _following, _Sentence

    texts = [
        "In het kader van het leveren van wederzijdse politiebijstand:",
        "- Ontwikkelen en verfijnen van aanspreekpunten voor de grensoverschrijdende bijstand.",
        "- In bruikleen geven van materiaal.",
        "- Opstellen van een draaiboek.",
    ]
    sentences = [_Sentence(0, i, text, 0.5, 0.5) for i, text in enumerate(texts)]
    assert _following(sentences, sentences[0], 3) == sentences[1:]


def test_over_the_limit_the_longest_quote_loses_its_last_sentence_first():
    """A reason read back, or another document's sentence, is not what gets cut."""
    from assistant.extractive import _Sentence, _trimmed

    quote = [_Sentence(0, i, f"Zin {i} van de eerste passage.", 0.5, 0.5) for i in range(5)]
    other = _Sentence(3, 2, "Dit werkprogramma houdt ook rekening met mobiliteit.", 0.4, 0.4)
    kept = _trimmed([*quote, other], 5)
    assert kept == [*quote[:4], other]


def test_a_follow_up_is_answered_from_the_continuation_of_the_passage(assistant):
    """The signing sentence ends one chunk; the ratification sentence opens the next one."""
    result = assistant.ask(
        "Was dat verdrag volgens het jaarverslag 2021 al geratificeerd?",
        [
            "Wanneer werd het verdrag over de automatische erkenning van "
            "hogeronderwijsdiploma's met de Baltische staten ondertekend?"
        ],
    )
    assert not result.abstained
    assert "in Estland is de nationale procedure daarvoor reeds afgerond" in result.answer
    assert all("geratificeerd" in citation.text for citation in result.citations)


@pytest.mark.parametrize(
    "question",
    ["What is the capital of France?", "Who is the president of the United States?"],
)
def test_a_question_nothing_in_the_documents_is_near_is_not_answered(
    assistant, corpus_settings, question
):
    """'capital' → 'kapitaal' finds a passage on free movement of capital; it is not an answer."""
    from assistant.factory import build_assistant

    result = assistant.ask(question)
    assert result.abstained, result.answer
    assert result.answer == "I found no information about this in the documents."
    assert result.citations == [] and result.see_also
    ungated = build_assistant(corpus_settings.model_copy(update={"min_similarity": 0.0}))
    assert not ungated.ask(question).abstained, "the similarity gate is what abstains"


def test_an_english_paraphrase_with_verbs_the_glossary_lacks_is_answered(assistant):
    """'become', 'acceptance', 'mandatory' are unknown to the corpus, not missing topics."""
    result = assistant.ask(
        "According to the 2024 annual plan, when should EU-wide acceptance of the digital "
        "consignment note become mandatory?"
    )
    assert not result.abstained
    assert "2026" in result.answer


def test_a_named_document_is_the_only_one_quoted_when_it_is_retrieved(assistant):
    result = assistant.ask(
        "By when is EU-wide acceptance of the electronic consignment note supposed to become "
        "mandatory, according to the 2024 annual plan?"
    )
    assert not result.abstained
    assert {c.title for c in result.citations} == {"Jaarplan 2024"}, result.answer


@pytest.mark.parametrize(
    "question",
    [
        "Wie wordt in 2027 voorzitter van het Comité van Ministers?",
        "Which country chairs the Benelux Committee of Ministers in 2029?",
    ],
)
def test_a_year_no_passage_is_of_or_mentions_is_not_answered_from_other_years(assistant, question):
    """The 2021 report on the Committee of Ministers does not say who chairs it in 2027."""
    result = assistant.ask(question)
    assert result.abstained, result.answer


def test_a_named_year_prefers_passages_of_that_year(assistant):
    """'in 2024': quoting the 2021 report on VAT fraud would answer another year."""
    result = assistant.ask("What did the Benelux do in 2024 to fight VAT fraud?")
    assert not result.abstained
    assert {c.title for c in result.citations} == {"Jaarverslag 2024"}, result.answer


def test_reading_on_into_a_chunk_already_quoted_repeats_nothing(assistant):
    """The next chunk of the section was among the passages already: reading on into it
    must not quote its sentences a second time, under a second number."""
    result = assistant.ask(
        "Met welke landen heeft de Benelux in 2024 akkoorden over terugname en visa "
        "gesloten, en welke precies?"
    )
    sentences = re.findall(r"(?:^|\] )(.+?) \[\d+\]", result.answer.split(": ", 1)[1])
    assert "Mongolië" in result.answer and "Kazachstan" in result.answer
    assert len(sentences) == len(set(sentences)), result.answer
    spans = [(c.file, c.char_start, c.char_end) for c in result.citations]
    for i, (file, start, end) in enumerate(spans):
        for other_file, other_start, other_end in spans[i + 1 :]:
            assert file != other_file or end <= other_start or other_end <= start, spans


def test_a_question_about_a_year_quotes_only_passages_of_that_year(assistant):
    """A 2021 report's hydrogen study day is no answer to what happened in 2024, not even
    beside 2024 sentences: the answer would be introduced as the 2021 report's."""
    result = assistant.ask("Can you summarise what the Benelux did on hydrogen in 2024?")
    assert result.answer.startswith("According to the Jaarverslag 2024:"), result.answer
    assert {c.title for c in result.citations} == {"Jaarverslag 2024"}


def test_a_sentence_that_announces_a_list_is_followed_by_its_items(assistant):
    """'Het betreft … afspraken over:' says nothing until the items after it are quoted."""
    result = assistant.ask(
        "Over welke onderwerpen moeten volgens het jaarverslag 2021 nog aanvullende akkoorden "
        "gesloten worden om het nieuwe politieverdrag te kunnen toepassen?"
    )
    assert "afspraken over: [1] - Raadpleging van elkaars politiedatabanken" in result.answer
    assert len(re.findall(r"\[\d+\]", result.answer)) <= 5


def test_a_list_announced_by_the_best_sentence_is_quoted_to_its_last_item(assistant):
    """'… wordt versterkt door:' then four OCR-bulleted items ("\\' ", "V' "): every item is
    part of the answer, not only the two that follow any best sentence."""
    result = assistant.ask(
        "Via welke kanalen wordt de informatie-uitwisseling tussen de crisiscentra in 2024 "
        "versterkt?"
    )
    for item in ("communicatietests", "discussies", "werkbezoeken", "directeurs"):
        assert item in result.answer, result.answer


def test_ocr_bullets_open_list_items_in_answers_but_not_in_chunking():
    from assistant.extractive import _is_item
    from assistant.text_analysis import sentence_spans

    text = "De uitwisseling via:\nV' discussies in werkgroepen;\n\\' werkbezoeken aan de\ncentra."
    quoted = [text[a:b].strip() for a, b in sentence_spans(text, join_fragments=True)]
    assert quoted[1:] == ["V' discussies in werkgroepen;", "\\' werkbezoeken aan de\ncentra."]
    assert _is_item("e samenwerken in het kader van Rh2ine;") and not _is_item("een samenwerking;")
    long_line = "NRW wil de samenwerking met de Benelux op de volgende gebieden voortzetten en ook"
    listed = f"{long_line}\ne samenwerken in het kader van Rh2ine."
    assert len(sentence_spans(listed, join_fragments=True)) == 2
    assert len(sentence_spans(listed)) == 1  # chunking keeps its rule: chunk ids stay the index's


def test_ocr_bullets_are_shown_as_bullets_in_answers(assistant):
    """The 2021 report prints its four channels as bullets that OCR read as "V' " and
    "\\' ": the answer shows '•', not those letters."""
    result = assistant.ask(
        "Via welke kanalen wordt de informatie-uitwisseling tussen de crisiscentra in 2024 "
        "versterkt?"
    )
    assert "• " in result.answer, result.answer
    assert not re.search(r"(?:^|[:;.\]]\s)(?:V'|\\'|e|¢)\s", result.answer), result.answer


def test_readable_keeps_letters_that_are_no_bullets():
    from assistant.extractive import _readable

    assert _readable("intensiveren: e koolstofvrij maken. e samenwerken") == (
        "intensiveren: • koolstofvrij maken. • samenwerken"
    )
    assert _readable("Bij 20 °C werkt de e-mail.") == "Bij 20 °C werkt de e-mail."


def test_a_best_sentence_of_another_year_is_replaced_not_only_dropped(assistant):
    """The 2021 plan's sentence matched best; dropping it left the 2024 sentence without the
    one after it ('Deze input werd meegenomen … op 13 december'), which answers the second half."""
    result = assistant.ask(
        "When did the Benelux consult on the problems of cross-border workers in 2024, and "
        "when was that input taken to the strategic meeting?"
    )
    assert "12 november" in result.answer and "13 december" in result.answer, result.answer
    assert {c.title for c in result.citations} == {"Jaarverslag 2024"}


def test_a_section_heading_printed_in_the_passage_is_not_quoted_as_an_answer(assistant):
    """'Versterking van de interne markt' opens its passage as a line of its own: it is
    the section's title, which the citation shows, not a sentence of the answer."""
    result = assistant.ask(
        "Op welke punten wil het werkprogramma 2025-2028 de interne markt versterken?"
    )
    assert "interne markt" in result.answer
    assert "Versterking van de interne markt. [1]" not in result.answer, result.answer
    assert result.citations[0].section.endswith("Versterking van de interne markt")


def test_what_a_thing_is_for_is_a_broad_question(assistant):
    """'Waarvoor dient …?' / 'À quoi sert …?' want the explanation after the naming sentence."""
    from assistant.extractive import _is_broad

    assert _is_broad("À quoi sert l'outil Transaction Network Analysis ?")
    assert _is_broad("Waartoe dienen de BGTS?")
    assert not _is_broad("Wat is het bedrag van de subsidie?")
    result = assistant.ask("Waarvoor dient Transaction Network Analysis?")
    assert "De sterke punten van TNA" in result.answer, result.answer


def test_the_sentences_after_the_best_go_on_into_a_retrieved_continuation():
    """A fact question's answer often follows the topic sentence across a chunk end."""
    from assistant.extractive import _following, _Sentence

    first = [
        _Sentence(0, i, f"Zin {i} van het eerste stuk, met genoeg letters.", 0.5, 0.5)
        for i in range(2)
    ]
    second = [
        _Sentence(3, i, f"Zin {i} van het volgende stuk, met genoeg letters.", 0.1, 0.1)
        for i in range(2)
    ]
    sentences = [*first, *second]
    assert _following(sentences, first[0], 2) == [first[1]]
    assert _following(sentences, first[0], 2, {0: 3}) == [first[1], second[0]]


def test_a_fact_that_opens_the_next_chunk_is_quoted_in_one_passage_citation(assistant):
    result = assistant.ask(
        "In welke hoedanigheid neemt het Secretariaat-generaal deel aan het Interreg-project "
        "voor het fietspad tussen Aarlen en Luxemburg?"
    )
    assert "methodologische partner" in result.answer, result.answer
    assert len(result.citations) == 1
    assert "methodologische partner" in result.citations[0].text


def test_a_sentence_pointing_back_is_quoted_with_the_one_it_points_to(assistant):
    """'Tijdens dit evenement werd … ondertekend' names the event only as 'dit evenement':
    the sentence before says where and when it took place."""
    result = assistant.ask(
        "Welke verklaring over pyrotechnische artikelen werd in 2024 ondertekend?"
    )
    assert "Tijdens dit evenement" in result.answer
    assert "plaats in Rochefort" in result.answer
    assert result.answer.index("Rochefort") < result.answer.index("Tijdens dit evenement")


def test_a_question_part_its_passage_answers_takes_no_sentence_of_another_group(assistant):
    """'Hoe vaak kwam het Gasplatform bijeen, en welke landen …?': the Gas platform passage
    answers both parts; another group's 'kwamen tweemaal bijeen' answers neither."""
    result = assistant.ask(
        "Hoe vaak kwam het Gasplatform in 2024 bijeen, en welke landen zitten erin?"
    )
    assert "In drie bijeenkomsten" in result.answer
    assert "tweemaal" not in result.answer
    assert {c.section for c in result.citations} == {
        "DUURZAME ONTWIKKELING EN ENERGIE › Gas platform"
    }


def test_how_often_asks_for_a_count_or_a_rhythm():
    question = "Hoe vaak komt de werkgroep samen?"
    assert asked_type(question) == "frequency"
    assert holds_answer_type("De werkgroep kwam vier keer bijeen.", "frequency", question)
    assert holds_answer_type("De werkgroep komt jaarlijks samen.", "frequency", question)
    assert not holds_answer_type("De werkgroep kwam in Brussel samen.", "frequency", question)


def test_a_question_naming_two_documents_quotes_each(assistant):
    """'Wat zeggen het jaarplan 2024 en het werkprogramma …?' asks both documents; the best
    words of one must not crowd the other out."""
    result = assistant.ask(
        "Wat zeggen het jaarplan 2024 en het werkprogramma 2025-2028 over grensoverschrijdende "
        "mobiliteit?"
    )
    titles = [c.title for c in result.citations]
    assert "Jaarplan 2024" in titles
    assert "Gemeenschappelijk Werkprogramma 2025-2028" in titles
    assert all("mobiliteit" in fold(c.text) for c in result.citations)


def test_the_second_named_document_is_quoted_with_the_sentence_after_its_best(assistant):
    """'Hoe verschilt … tussen het jaarplan 2024 en het werkprogramma 2025-2028?': the work
    programme's best sentence names the pact; the one after it says what it will do."""
    result = assistant.ask(
        "Hoe verschilt de aandacht voor het Europese Asiel- en Migratiepact tussen het "
        "jaarplan 2024 en het werkprogramma 2025-2028?"
    )
    assert "tweede semester van 2024" in result.answer
    assert "synergie" in fold(result.answer), result.answer
    assert len(re.findall(r"\[\d+\]", result.answer)) <= 5


def test_a_named_document_whose_best_sentence_is_off_topic_is_not_quoted(assistant):
    """The work programme's introduction names the work programme, not the telescope: it is
    no answer about the Einstein Telescope, so it is not cited."""
    result = assistant.ask(
        "Wat zeggen het werkprogramma 2025-2028 en het jaarverslag 2024 over de Einstein Telescoop?"
    )
    assert not any(c.section.endswith("INLEIDING") for c in result.citations)


def test_an_enumeration_item_is_quoted_with_the_items_around_it():
    """'Welke taken …?' matched best by '- Voorbereiden van de begroting;' is answered by the
    whole enumeration; a bulleted paragraph on a topic of its own stands alone."""
    from assistant.extractive import ExtractiveAnswerer, _Sentence

    def sentences(texts: list[str], best: int) -> list[_Sentence]:
        return [
            _Sentence(0, i, text, 0.6 if i == best else 0.1, 0.6 if i == best else 0.1)
            for i, text in enumerate(texts)
        ]

    answerer = ExtractiveAnswerer(lexical=None, threshold=0.0, max_sentences=5)  # type: ignore[arg-type]
    tasks = [
        "- Voorbereiden van het jaarplan en het jaarverslag ten behoeve van het Comité;",
        "- Voorbereiden van de begroting van het Secretariaat-Generaal;",
        "- Uitvoeren van de begroting;",
        "- Verzorgen van de communicatie.",
    ]
    chosen = answerer._select(sentences(tasks, 1))
    assert [s.text for s in chosen] == tasks
    paragraphs = [
        "• Overleg plegen met de luchtverkeersleiders over het beheer van het droneverkeer.",
        "• Faciliteren van een proefproject om het vervoer van schepen op waterstof te testen.",
        "• Mogelijk maken van wederzijdse erkenning van veiligheidscertificaten in de kustvaart.",
    ]
    chosen = answerer._select(sentences(paragraphs, 1))
    assert chosen[0].text == paragraphs[1]


@pytest.mark.parametrize(
    ("sentence", "holds"),
    [
        ("De landen brengen hun regels uiterlijk op 1 januari 2027 in overeenstemming.", True),
        ("Deze rol, die de landen tot juni 2026 op zich nemen, onderstreept hun inzet.", True),
        ("België kan de conversie voltooien in de loop van 2024.", True),
        ("In november 2024 keurden de Benelux-landen een aanbeveling goed.", False),
        ("Sinds 1 oktober 2024 verzorgen de landen het secretariaat.", False),
    ],
)
def test_until_when_asks_for_an_end_date(sentence, holds):
    """'By when / tot wanneer …?' is answered by the deadline, not by the date it was agreed."""
    assert holds_asked_day(sentence, "By when should the countries adapt their rules?") is holds
    assert holds_asked_day(sentence, "Tot wanneer doen ze dat?") is holds
    assert holds_asked_day(sentence, "Wanneer werd de aanbeveling goedgekeurd?")


def test_a_summary_quotes_the_sentences_that_add_new_facts(assistant):
    """'Vat samen …' gets the passage's sentences that add facts (a date, a name), not the
    ones that repeat what the best sentence already said."""
    from assistant.extractive import _Sentence

    texts = [
        "De Benelux-landen werkten in 2021 nauw samen op het vlak van luchtkwaliteit.",
        "De samenwerking op het vlak van luchtkwaliteit werd door de Benelux-landen voortgezet.",
        "Ook in 2021 werkten de Benelux-landen samen op het vlak van luchtkwaliteit.",
        "De Benelux-landen zetten de samenwerking op het vlak van luchtkwaliteit voort.",
        "De samenwerking van de Benelux-landen op het vlak van luchtkwaliteit ging verder.",
        "De conferentie AIR-HEALTH werd met NRW en Hauts-de-France verzet naar 23 maart 2022.",
        "Een strategische High Level Group AIR werd geïnstalleerd voor politieke sturing.",
    ]
    sentences = [
        _Sentence(0, i, text, 0.6 if i == 0 else 0.3, 0.6 if i == 0 else 0.3)
        for i, text in enumerate(texts)
    ]
    chosen = assistant.extractive._most_informative(sentences[:3], sentences, {})
    quoted = [s.text for s in chosen]
    assert quoted[0] == texts[0]
    assert texts[5] in quoted and texts[6] in quoted
    assert len(quoted) <= 5


@pytest.mark.parametrize(
    "question",
    [
        "Hoeveel kilometer telt het fietspad van Aarlen naar Luxemburg?",
        "Hoeveel wasberen leven er in de Benelux?",
    ],
)
def test_a_count_question_answered_only_by_dates_and_the_three_countries_abstains(
    assistant, question
):
    """The passages name the cycle path and the raccoon, but their only numbers are a date
    ('29 januari 2025') and 'de drie Benelux-landen': no count of kilometres or raccoons."""
    result = assistant.ask(question)
    assert result.abstained, result.answer
    assert result.citations == []


def test_years_days_and_the_three_countries_are_no_counts():
    question = "Hoeveel deelnemers waren er?"
    for sentence in (
        "Het symposium vond plaats op 21 maart in Breda.",
        "De aanvraag werd in 2025 goedgekeurd.",
        "De soort heeft zich in alle drie de Benelux-landen gevestigd.",
    ):
        assert not holds_answer_type(sentence, "count", question, strict=True)
    assert holds_answer_type("Het symposium trok meer dan 200 deelnemers.", "count", question)
    asked = "Door hoeveel landen werd de verklaring ondertekend?"
    assert holds_answer_type("Zestien Europese landen ondertekenden.", "count", asked, strict=True)
    assert holds_answer_type("De drie Benelux-landen ondertekenden.", "count", asked, strict=True)


def test_a_follow_up_prefers_the_sentence_with_all_its_own_words(assistant):
    """The earlier turn's best passage matches 'opleiding' and the carried topic; the
    sentence 'Na deze opleiding is het de bedoeling …' matches all the new question asks."""
    history = [
        "Wanneer kregen de Benelux-landen en Frankrijk in 2021 een opleiding over "
        "Transaction Network Analysis?"
    ]
    result = assistant.ask("En wat is de bedoeling na die opleiding?", history)
    assert "operationeel handboek" in result.answer


def test_a_key_figures_table_is_read_as_label_and_figure_records():
    """'BEVOLKING' / '29.664.912' / '6,6% van de EU-bevolking' is one record to quote, not
    a fragment 'van de Benelux-productie' without its label and figure."""
    from assistant.extractive import _sentence_texts

    text = (
        "BENELUX - KERNCIJFERS\n\nALGEMEEN\n\nBEVOLKING\n29.664.912\n\n6,6% van de EU-bevolking\n\n"
        "BBP/INWONER\n48.2358 €\n\n9,9 % van de EU-economie\n\n"
        "De Benelux Unie is een pionier in grensoverschrijdende samenwerking."
    )
    assert _sentence_texts(text) == [
        "BENELUX - KERNCIJFERS",
        "ALGEMEEN",
        "BEVOLKING 29.664.912 6,6% van de EU-bevolking",
        "BBP/INWONER 48.2358 € 9,9 % van de EU-economie",
        "De Benelux Unie is een pionier in grensoverschrijdende samenwerking.",
    ]


def test_dutch_words_that_spell_a_foreign_number_are_no_count():
    """'ten volle', 'onze' (our) and 'in acht nemen' are Dutch, not 10, 11 and 8."""
    question = "Hoeveel politiemensen werden opgeleid?"
    for sentence in (
        "De app zal pas ten volle kunnen gebeuren zodra alle bijdragen geleverd zijn.",
        "Onze opleiding werd in de grensstreek gegeven.",
        "De landen nemen de regels in acht bij de opleiding.",
    ):
        assert not holds_answer_type(sentence, "count", question, strict=True), sentence
    assert holds_answer_type("Er werden acht agenten opgeleid.", "count", question, strict=True)


def test_a_question_after_the_day_abstains_when_the_passages_give_only_the_year(assistant):
    """The report dates the PENTEX'24 exercise only by its year: 'Op welke dag …?' is not
    answered by that, 'Wanneer …?' is."""
    day = assistant.ask("Op welke dag werd de PENTEX'24-oefening gehouden?")
    assert day.abstained, day.answer
    assert day.citations == []
    when = assistant.ask("Wanneer vond de PENTEX'24-oefening plaats?")
    assert not when.abstained
    assert "2024" in when.answer and "PENTEX" in when.answer


def test_a_timeline_entry_is_its_day_and_the_event_lines_under_it():
    """'5 SEPTEMBER' under an upper-case entry is the next entry's date, not a figure of it;
    each entry is read as one record, its day with its event. A figure under a label
    ('BEVOLKING' / '29.664.912') is still the label's record."""
    from assistant.extractive import _sentence_texts

    timeline = (
        "17 MEI\nBENELUX-VERKLARING VOOR REGULERING\nARTIKELN (TEGEN VUURWERKMISBRUIK)\n\n\n"
        "5 SEPTEMBER\nBENELUX-DAG: 80 JAAR\n\n\nDe Benelux vierde dit met de burgers.\n"
    )
    assert _sentence_texts(timeline) == [
        "17 MEI: BENELUX-VERKLARING VOOR REGULERING ARTIKELN (TEGEN VUURWERKMISBRUIK)",
        "5 SEPTEMBER: BENELUX-DAG: 80 JAAR",
        "De Benelux vierde dit met de burgers.",
    ]
    assert _sentence_texts("BEVOLKING\n29.664.912\n") == ["BEVOLKING 29.664.912"]


def test_a_timeline_entry_cut_from_its_day_by_a_chunk_border_is_read_with_it(assistant):
    """'17 MEI' ends one chunk and 'BENELUX-VERKLARING … (STRIJD TEGEN VUURWERKMISBRUIK)'
    opens the next: the entry is quoted with its day."""
    result = assistant.ask(
        "Wanneer verscheen in 2024 de Benelux-verklaring tegen vuurwerkmisbruik?"
    )
    assert "17 MEI: BENELUX-VERKLARING VOOR REGULERING" in result.answer
    assert result.citations[0].section == "HET JAAR 2024 IN BEELD"


def test_a_when_question_leads_with_the_timeline_entry_of_the_event(assistant):
    """The report's prose says only 'In december …'; the timeline of the year in pictures
    has the day ('16 DECEMBER' / 'OVERLEG MKB/KMO-ORGANISATIES')."""
    result = assistant.ask("Wanneer vond in 2024 het overleg met de MKB/KMO-organisaties plaats?")
    assert not result.abstained
    assert result.answer.split(": ", 1)[1].startswith("16 DECEMBER: OVERLEG MKB/KMO")
    assert result.citations[0].section == "HET JAAR 2024 IN BEELD"


def test_a_timeline_entry_holding_every_asked_fact_is_the_whole_answer(assistant):
    """'Hoeveel jaar …, en op welke datum?' is answered by '5 SEPTEMBER: BENELUX-DAG: 80
    JAAR …'; the foreword's prose about the day would only add a second citation. A part
    that asks something else ('wie zaten er aan tafel?') still gets its prose."""
    entry = assistant.ask(
        "Hoeveel jaar Benelux-samenwerking werd er gevierd op de Benelux-dag in 2024, "
        "en op welke datum?"
    )
    assert entry.answer.split(": ", 1)[1].startswith("5 SEPTEMBER: BENELUX-DAG: 80 JAAR")
    assert [c.section for c in entry.citations] == ["HET JAAR 2024 IN BEELD"]
    who = assistant.ask(
        "Wanneer was het internationale btw-symposium van 2024, en wie zaten er aan tafel?"
    )
    assert "12 MAART" in who.answer and "OESO" in who.answer
    assert len(who.citations) == 2


@pytest.mark.parametrize(
    ("question", "history"),
    [
        (
            "En welke nieuwe werkgroep werd daarnaast opgericht?",
            ["Wat deed de Benelux in 2024 rond de Hazeldonk-samenwerking?"],
        ),
        (
            "And which new working group was set up besides?",
            ["What did the Benelux achieve in 2024 with the Hazeldonk cooperation?"],
        ),
    ],
)
def test_a_follow_up_without_a_year_stays_in_the_year_of_the_conversation(
    assistant, question, history
):
    """The 2021 report's Hazeldonk passage matches the words best; the conversation is
    about 2024, so the 2024 report is quoted."""
    result = assistant.ask(question, history)
    assert not result.abstained
    assert {c.title for c in result.citations} == {"Jaarverslag 2024"}, result.answer


@pytest.mark.parametrize(
    ("question", "second"),
    [
        (
            "Waarom zet het werkprogramma in op de circulaire economie, en kan het "
            "Benelux-instrumentarium daarbij helpen?",
            "kan het benelux-instrumentarium daarbij helpen?",
        ),
        ("Why was the treaty signed, and did it enter into force?", "did it enter into force?"),
        ("Wat is er gepland, en wat is er gerealiseerd?", "wat is er gerealiseerd?"),
    ],
)
def test_a_yes_no_question_after_a_comma_is_a_second_part(question, second):
    from assistant.extractive import question_parts

    assert question_parts(question)[-1] == second
    assert len(question_parts("Hoe werken België en Nederland samen?")) == 1


def test_a_part_whose_topic_word_no_quoted_sentence_names_gets_its_own_sentence(assistant):
    """The reasons for the circular economy share the carried words, but none names the
    'instrumentarium' the second part asks about; the sentence that does is quoted."""
    result = assistant.ask(
        "Waarom zet het werkprogramma 2025-2028 in op de circulaire economie, en kan het "
        "Benelux-instrumentarium daarbij helpen?"
    )
    assert "Benelux-juridisch instrumentarium behulpzaam" in result.answer, result.answer
    assert "afval" in result.answer


def test_a_part_asking_what_a_year_did_quotes_that_years_report(assistant):
    """The work programme is named and fills the ranking; '… werd daarvoor in 2021 al
    verkend?' asks the 2021 report, whose passage must be read and quoted too."""
    result = assistant.ask(
        "Hoe willen de Benelux-landen volgens het werkprogramma 2025-2028 de samenwerking met "
        "derde landen rond terugkeer verbeteren, en welke denkpiste rond overname werd daarvoor "
        "in 2021 al verkend?"
    )
    titles = {c.title for c in result.citations}
    assert titles == {"Gemeenschappelijk Werkprogramma 2025-2028", "Jaarverslag 2021"}
    assert "niet-bindende overeenkomsten" in result.answer
    assert "visumvrijstelling" in result.answer


def test_a_fact_answer_whose_best_sentence_ends_its_chunk_reads_on_into_the_next(assistant):
    """The info point sentence is the last of its chunk; the 'other theme' the follow-up asks
    for opens the next chunk of the section, which retrieval did not rank."""
    result = assistant.ask(
        "En welk ander onderwerp rond winkelen over de grens brengt de Benelux opnieuw onder de "
        "aandacht van de EU?",
        ["Welk informatiepunt helpt in 2024 de grensoverschrijdende detailhandel?"],
    )
    assert "territoriale leveringsbeperkingen" in result.answer
    assert len(result.citations) == 1  # the chunk and its continuation are one passage
    assert "Informatiepunt detailhandel" in result.citations[0].text
    assert "territoriale leveringsbeperkingen" in result.citations[0].text


def test_a_list_announced_after_the_best_sentence_takes_the_room_of_the_sentences_between():
    """'Op welke punten …?': the best sentence names the topic, two sentences on, '… de
    volgende punten:' announces the answer; the five sentences hold the items, and the
    sentences between give way. With no items after it, the announcement keeps them."""
    from assistant.extractive import ExtractiveAnswerer, _Sentence

    texts = [
        "Het Secretariaat-generaal brengt partners samen tegen de drugshandel.",
        "Er is aandacht voor publiek-private samenwerking.",
        "Het doel is een brede integrale aanpak.",
        "De focus wordt gericht op de volgende punten:",
        "- een bijeenkomst over de integrale aanpak;",
        "- de bestrijding van smokkel via havens;",
        "- misbruik van post- en koeriersdiensten.",
    ]
    scores = [1.0, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]
    sentences = [
        _Sentence(0, i, t, s, s) for i, (t, s) in enumerate(zip(texts, scores, strict=True))
    ]
    answerer = ExtractiveAnswerer.__new__(ExtractiveAnswerer)
    answerer.max_sentences = 5
    chosen = [s.text for s in answerer._select(sentences)]
    assert chosen == [texts[0], *texts[3:]]
    cut = sentences[:4]
    assert [s.text for s in answerer._select(cut)] == texts[:4]


def test_a_year_and_a_past_tense_quote_that_years_report_not_its_plan(assistant):
    """'Hoe werd in 2021 … versterkt?' asks what happened: the 2021 plan ranks first on the
    words, but the answer quotes the 2021 report."""
    result = assistant.ask(
        "Hoe werd in 2021 de informatie-uitwisseling tussen de crisiscentra versterkt?"
    )
    assert not result.abstained
    assert {c.title for c in result.citations} == {"Jaarverslag 2021"}
    assert result.retrieved[0].title == "Jaarplan 2021"  # retrieval alone would quote the plan


def test_a_follow_up_is_answered_from_the_document_the_earlier_turn_implied(assistant):
    """'Is de Benelux in 2021 begonnen met …?' asks the 2021 report (a perfect with a strong
    participle); the follow-up names no year or tense of its own and stays in that report."""
    result = assistant.ask(
        "Welk instituut doet daarvoor het onderzoek?",
        ["Is de Benelux in 2021 begonnen met een aanpak van wangedrag in het voetbal?"],
    )
    assert {c.title for c in result.citations} == {"Jaarverslag 2021"}
    assert "voetbal" in result.answer


def test_a_question_the_document_asks_itself_is_quoted_with_the_sentence_before():
    """'Welke lessen zijn er te leren …?' is no answer on its own: the sentence before it
    says what is to be done ('… een post-corona-analyse …')."""
    from assistant.extractive import _preceding, _Sentence

    texts = [
        "Lessen trekken uit de crisis door een post-corona-analyse op te stellen.",
        "Welke lessen zijn er te leren uit de coronacrisis voor transport en logistiek?",
        "Eenvormig aanpassen van technische voorschriften voor voertuigen.",
    ]
    sentences = [_Sentence(0, i, text, 0.5, 0.5) for i, text in enumerate(texts)]
    assert _preceding(sentences, sentences[1]) == [sentences[0]]
    assert _preceding(sentences, sentences[2]) == []


def test_one_part_of_a_two_part_question_with_its_fact_is_an_answer():
    """'Hoeveel jaar …, en op welke dag …?': the day alone is worth answering (no abstention),
    but the count is still missing, so the answer is not complete (`every`)."""
    from assistant.extractive import _has_asked_fact, _Sentence

    question = "Hoeveel jaar wordt er in 2024 gevierd, en op welke dag komt er een Benelux-dag?"
    day = [_Sentence(0, 0, "Op 5 september 2024 wordt een Benelux-dag georganiseerd.", 1, 1)]
    assert _has_asked_fact(question, day)
    assert not _has_asked_fact(question, day, every=True)
    both = [*day, _Sentence(0, 1, "De samenwerking bestaat in 2024 tachtig jaar.", 1, 1)]
    assert _has_asked_fact(question, both, every=True)
    none = [_Sentence(0, 0, "De Benelux-dag wordt elk jaar gevierd.", 1, 1)]
    assert not _has_asked_fact(question, none)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        (
            "Quel réseau illustre la coopération de longue date entre le Benelux et la France ?",
            "any",
        ),
        ("Is the cross-border workers' brochure up to date?", "any"),
        ("À quelle date le traité a-t-il été signé ?", "date"),
        ("What is the date of the Benelux summit?", "date"),
    ],
)
def test_date_as_a_word_of_another_phrase_asks_no_date(question, kind):
    """'de longue date' is 'long-standing': a question with it is not answered by a date."""
    assert asked_type(question) == kind


def test_a_semester_of_the_asked_year_is_a_date():
    """'From when …, in 2024?' is answered by 'vanaf het tweede semester van 2024': the year
    is given, the semester is the answer."""
    question = "From when is the pact to be put into operation in 2024?"
    sentence = "De operationalisering zal vanaf het tweede semester van 2024 plaatsvinden."
    assert holds_answer_type(sentence, "date", question)
    assert not holds_answer_type("Het pact wordt in 2024 uitgevoerd.", "date", question)


@pytest.mark.parametrize(
    "question",
    [
        "In welk jaar zijn de proefprojecten van start gegaan?",
        "Uit welk jaar is het oudere verdrag?",
        "In which year should the treaty enter into force?",
        "En quelle année le plan a-t-il été signé ?",
    ],
)
def test_which_year_asks_a_date(question):
    """An answer to 'In welk jaar …?' must hold a year; without one the assistant abstains."""
    assert asked_type(question) == "date"
    assert not holds_answer_type("De projecten lopen nog.", "date", question)
    assert holds_answer_type("De projecten zijn in 2019 gestart.", "date", question)


def test_a_fact_answer_that_quotes_its_chunk_to_the_end_reads_on_into_the_next(assistant):
    """The plan's list of actions runs past the chunk end: the answer quotes the chunk's last
    items, so the item after the boundary belongs to it as it would mid-chunk."""
    result = assistant.ask(
        "Welke concrete acties noemt het jaarplan 2021 voor de tenuitvoerlegging van straffen "
        "over de grens?"
    )
    assert "Opstellen van guidelines" in result.answer, result.answer
    assert "Organisatie van opleidingen" in result.answer, result.answer
    assert len(result.citations) == 1  # one passage across the boundary, one citation
    assert "Organisatie van opleidingen" in result.citations[0].text


def test_a_two_part_answer_reads_on_into_a_next_chunk_retrieval_did_not_rank(assistant):
    """'…, en welke richtlijn …?' is broad, and a broad answer reads on only into a chunk
    retrieval found; when that fails it still reads on as far as a fact answer would: the
    directive opens the next chunk ('Dit alles … Pyrorichtlijn (2013/29/EU).')."""
    result = assistant.ask(
        "Volgens welke aanbeveling stemmen de landen de opleidingsvereisten voor professionele "
        "aanstekers af, en welke richtlijn wordt geëvalueerd?"
    )
    assert "Aanbeveling M (2020) 15" in result.answer, result.answer
    assert "2013/29/EU" in result.answer, result.answer
    assert len(re.findall(r"\[\d+\]", result.answer)) <= 5


def test_reading_on_across_a_chunk_end_stops_where_a_new_item_begins(assistant):
    """After the report's prose on pre-employment screening, the next chunk goes on with one
    more sentence of it and then '- Verbeteren van de samenwerking inzake …', the next
    project: prose followed by a bullet is a new topic, not more of the answer."""
    result = assistant.ask("Wat zegt het jaarverslag 2021 over pre-employment screening?")
    assert "Benelux-pilot als succesvol" in result.answer, result.answer
    assert "tenuitvoerlegging" not in result.answer, result.answer


def test_the_words_that_name_a_document_do_not_choose_its_introduction(assistant):
    """'… in het gemeenschappelijk werkprogramma 2025-2028' names the document, whose
    introduction names itself in the same words: the summary is of the North Sea passage."""
    result = assistant.ask(
        "Vat samen welke rol de Noordzee krijgt in het gemeenschappelijk werkprogramma 2025-2028."
    )
    assert result.answer.startswith("Volgens het Gemeenschappelijk Werkprogramma 2025-2028:")
    assert "Noordzee" in result.answer.split("[1]")[0], result.answer
    assert "richt zich op de drie centrale thema's" not in result.answer, result.answer
