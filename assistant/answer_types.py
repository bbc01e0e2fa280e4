"""What kind of fact a question asks for, and whether a passage holds one.

The hardest unanswerable questions are near misses: the topic is in the documents but
the asked-for amount, count or date is not ("Hoeveel medewerkers telt ...?"). Checking
that the supporting sentences hold a fact of the asked type catches those.
"""

from __future__ import annotations

import re
from typing import Literal

from assistant.text_analysis import fold

AnswerType = Literal["money", "count", "frequency", "date", "place", "any"]

_TYPE_CUES: list[tuple[AnswerType, re.Pattern[str]]] = [
    # a city, asked by name ('In welke Belgische stad …?'); 'waar' / 'where' asks more often
    # for a topic ('Waar ging het over?') than for a place, so it is no cue
    (
        "place",
        re.compile(
            r"\b(welke (?:\w+ )?(?:stad|gemeente)|in welke plaats|which (?:\w+ )?(?:city|town)|"
            r"what (?:\w+ )?(?:city|town)|quelle (?:\w+ )?ville)\b"
        ),
    ),
    (
        "money",
        re.compile(
            r"\b(budget\w*|kost\w*|gekost|bedrag\w*|euro|cost\w*|price|prix|cout\w*|"
            r"financ\w+ ?(?:middelen|resources)|how much money|combien coute)\b"
        ),
    ),
    (
        "frequency",
        re.compile(r"\b(hoe vaak|hoe dikwijls|how often|how frequently|combien de fois)\b"),
    ),
    (
        "count",
        re.compile(
            r"\b(hoeveel|how many|how much|combien|aantal|number of|nombre de|"
            r"percentage|pourcentage)\b"
        ),
    ),
    (
        "date",
        re.compile(
            r"\b(wanneer|welke datum|op welke dag|tegen wanneer|when|by when|"
            r"welk jaar|welke maand|what year|which year|which month|quelle annee|quel mois|"
            # not "de longue date" (long-standing), "up to date", "to date"
            r"what date|quand|quelle date|(?<!longue )(?<!to )date)\b"
        ),
    ),
]
# Number words of the three languages, less those that are common Dutch words: 'ten'
# ('ten volle'), 'onze' (our), 'acht' in 'in acht nemen'. The documents are Dutch.
_NUMBER_WORDS = (
    r"twee|drie|vier|vijf|zes|zeven|(?<!in )acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|"
    r"zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|"
    r"tachtig|negentig|honderd|duizend|dozijn|tientallen|honderden|tweemaal|driemaal|viermaal|"
    r"two|three|four|five|six|seven|eight|nine|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|thousand|twice|"
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|treize|quatorze|quinze|seize|"
    r"vingt|trente|quarante|cinquante|cent|mille"
)
_MONTHS = (
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    r"voorjaar|najaar|zomer|winter|begin|eind|kwartaal|semester|trimester|halfjaar|jaarhelft|"
    r"(?:eerste|tweede) helft"
)
_CALENDAR_MONTHS = (
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    r"january|february|march|may|june|july|august|october|"
    r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
)
# The cities and towns the documents name as the place of a meeting or an office (Dutch
# spelling: answers quote the Dutch text). A city question is answered only by a sentence
# that names one: 'In welke stad vond de top plaats?' is a near miss when none is named.
_CITIES = (
    r"brussel|luxemburg|den haag|gent|oostende|maastricht|antwerpen|rotterdam|amsterdam|"
    r"breda|knokke|hazeldonk|trier|metz|lille|parijs|hamm|dusseldorf|aken|bonn|berlijn|"
    r"straatsburg|esch|luik|mons|tallinn|reykjavik|rochefort|glasgow|boekarest|"
    r"kopenhagen|vilnius|riga|lissabon|madrid|rome|wenen|praag|warschau|stockholm|oslo|"
    r"helsinki|dublin|londen|leuven|utrecht|eindhoven|arnhem|nijmegen|venlo|heerlen|"
    r"kerkrade|aarlen|arlon|bastenaken|eupen|charleroi|liege|brugge|kortrijk|mechelen|"
    r"hasselt|middelburg|vlissingen|terneuzen|zeebrugge|baarle|groningen|duinkerke|keulen|"
    r"munster|saarbrucken|genk|doornik|ieper|dinant|mondorf"
)
_DAY_CUE = re.compile(r"\b(welke datum|op welke dag|what date|which day|quelle date|quel jour)\b")
_DEADLINE_CUE = re.compile(
    r"\b(tot wanneer|tegen wanneer|uiterlijk wanneer|until when|by when|till when|"
    r"jusqu'a quand|d'ici quand|deadline|date limite)\b"
)
_DEADLINE = re.compile(
    rf"\b(tot|uiterlijk|tegen|ten laatste|voor|in de loop van|medio|until|by|till|in the course of|"
    rf"jusqu'|d'ici|avant|dans le courant de)\b"
    rf"(?:\s+\S+){{0,2}}?\s+(?:\d{{1,2}}\s+)?(?:{_CALENDAR_MONTHS}|eind|begin|(?:19|20)\d\d)\b"
)
_DAY = re.compile(
    rf"\b\d{{1,2}}(?:e|er|ste|de|st|nd|rd|th)?\s+({_CALENDAR_MONTHS})\b"
    rf"|\b({_CALENDAR_MONTHS})\s+\d{{1,2}}\b"
    r"|\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d{2}\b"
)
_EVIDENCE: dict[AnswerType, re.Pattern[str]] = {
    "money": re.compile(r"(€|\beur\b|\beuro\b|miljoen|miljard|million|\d[\d.,]*\s?k?€)"),
    "count": re.compile(rf"(\b\d+\b|\b({_NUMBER_WORDS})\b)"),
    # 'Natura 2000' names the EU's network of nature areas, not a year
    "date": re.compile(rf"(\b(?<!natura )(19|20)\d{{2}}\b|\b({_MONTHS})\b)"),
    "place": re.compile(rf"\b({_CITIES})\b"),
    # 'Hoe vaak …?' is answered by a count ('vier keer') or a rhythm ('jaarlijks')
    "frequency": re.compile(
        rf"(\b\d+\b|\b({_NUMBER_WORDS})\b|\b(\w*jaarlijks\w*|maandelijks\w*|wekelijks\w*|"
        r"dagelijks\w*|per (jaar|maand|week)|elk(e)? (jaar|maand|week)|regelmatig\w*|"
        r"annual\w*|yearly|monthly|weekly|regular\w*|every (year|month|week)|"
        r"annuel\w*|mensuel\w*|hebdomadaire\w*|chaque (annee|mois|semaine)|regulier\w*)\b)"
    ),
}


_DATE_DAY = re.compile(rf"\s*(?:e|er|ste|de)?\s+(?:{_CALENDAR_MONTHS})\b")
_COUNTRIES = re.compile(r"\s+(?:\S+\s+)?(?:benelux-)?(?:landen|lidstaten|countries|pays|etats)\b")
_COUNTRIES_ASKED = re.compile(r"\b(?:landen|lidstaten|countries|pays|etats)\b")
_TIME_UNITS = (
    r"jaar|jaren|maanden|maand|weken|week|dagen|dag|uur|years?|months?|weeks?|days?|hours?|"
    r"ans?|annees?|mois|semaines?|jours?|heures?"
)
_TIME_UNIT = re.compile(rf"\s*-?\s*(?:{_TIME_UNITS})\b")
_TIME_UNIT_ASKED = re.compile(
    rf"\b(?:hoeveel|how many|combien d[e']|nombre d[e']|aantal)\s*(?:{_TIME_UNITS})\b"
    r"|\bhoe lang\b|\bhow long\b|\bdepuis combien\b"
)

# Units of measure a count question can ask for, each with the units that answer it: 'Hoeveel
# hectare natuur …?' is not answered by 'onze drie landen'. The documents give few measures
# (key figures in %, '70.640 km', '50 ton'), so the asked unit decides.
_MEASURES = (  # (units, words only a question uses, abbreviations only answers use)
    (r"procent|percent|pour cent", r"percentage|pourcentage", r"%"),
    (r"hectares?|km2|vierkante (?:kilo)?meters?|square (?:kilo)?met(?:er|re)s?", "", r"ha|km²"),
    (r"kilomet(?:er|re)s?|km|miles?", "", ""),
    (r"ton|tonnen|tonnes?|tons|kilo(?:gram)?s?|kg", "", ""),
    (r"megawatt\w*|gigawatt\w*|terawatt\w*|mw|gw|kwh|mwh|gwh|twh", "", ""),
)


def _either(*patterns: str) -> str:
    return "|".join(pattern for pattern in patterns if pattern)


_MEASURE_CUE = r"hoeveel|how many|how much|combien d[e']|aantal|nombre d[e']|welk|what|which|quel"
_MEASURE_ASKED = [
    (
        re.compile(rf"\b(?:{_MEASURE_CUE})\s+(?:\w+\s+)?(?:{_either(units, asked)})\b"),
        re.compile(rf"\s*(?:{_either(answered, units)})(?!\w)"),
    )
    for units, asked, answered in _MEASURES
]


def asked_type(question: str) -> AnswerType:
    folded = fold(question)
    for answer_type, cue in _TYPE_CUES:
        if cue.search(folded):
            return answer_type
    return "any"


def holds_answer_type(
    passage: str, answer_type: AnswerType, question: str, strict: bool = False
) -> bool:
    """True if the passage has a fact of the asked type that the question does not already give.

    `strict` (the check before answering at all): a year, the day of a date or 'de drie
    landen' is no count either. Sentence by sentence the looser test stays: 'Op 10 februari
    vond het webinar plaats.' leads to the next sentence, 'Bijna 400 deelnemers …'.
    """
    if answer_type == "any":
        return True
    given = set(re.findall(r"\d+", question))
    if answer_type == "place":  # 'In welke stad na Gent …?' is not answered by Gent
        given |= set(_EVIDENCE["place"].findall(fold(question)))
    text = fold(passage)
    asks_units = bool(_TIME_UNIT_ASKED.search(fold(question)))
    measure = _asked_measure(question) if answer_type == "count" and strict else None
    for match in _EVIDENCE[answer_type].finditer(text):
        if match.group().strip() in given:
            continue
        if answer_type == "count" and _other_unit(text, match.end(), asks_units, strict):
            continue
        if measure is not None and not measure.match(text, match.end()):
            continue
        if answer_type == "count" and strict and _is_no_count(text, match, question):
            continue
        return True
    return False


def _is_no_count(text: str, match: re.Match[str], question: str) -> bool:
    """Numbers that answer no 'Hoeveel …?': a year or a day of a date ('29 januari 2025'),
    and 'de drie landen' — the Benelux countries themselves, unless the question asks
    about countries (eval/EXPERIMENTS.md, session 6)."""
    number = match.group()
    if re.fullmatch(r"(?:19|20)\d\d", number) or _DATE_DAY.match(text, match.end()):
        return True
    return bool(_COUNTRIES.match(text, match.end())) and not _COUNTRIES_ASKED.search(fold(question))


def _asked_measure(question: str) -> re.Pattern[str] | None:
    """The units that answer 'Hoeveel hectare …?' / 'What percentage …?', if it asks one."""
    folded = fold(question)
    return next((unit for asked, unit in _MEASURE_ASKED if asked.search(folded)), None)


def _other_unit(text: str, end: int, asks_units: bool, strict: bool) -> bool:
    """'80 jaar' counts years: no answer to 'Hoeveel mensen …?', only to 'Hoeveel jaar …?'.
    Before answering at all (`strict`), the mirror too: 'Hoeveel dagen per jaar …?' is not
    answered by '80.000 grensarbeiders', a number without the asked unit."""
    has_unit = bool(_TIME_UNIT.match(text, end))
    return has_unit and not asks_units or strict and asks_units and not has_unit


def is_day_line(text: str) -> bool:
    """A line that is only a day ('5 SEPTEMBER'): a timeline's date, not a figure."""
    return bool(_DAY.fullmatch(fold(text).strip()))


def holds_asked_day(passage: str, question: str, deadline: bool = True) -> bool:
    """False only when the question asks for the day and the passage names none: 'Op
    welke datum ...?' is not answered by a sentence with only a year ('eind 2023'). 'Tot
    wanneer …?' / 'By when …?' asks an end date: 'tot juni 2026', 'uiterlijk op 1 januari
    2027', not the date something started. Before answering at all (`deadline` off), only
    the day counts: 'by when …?' is also answered by 'in 2026'."""
    asked, text = fold(question), fold(passage)
    if deadline and _DEADLINE_CUE.search(asked) and not _DEADLINE.search(text):
        return False
    return not _DAY_CUE.search(asked) or bool(_DAY.search(text))
