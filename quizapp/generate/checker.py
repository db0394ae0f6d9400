"""Checking a learner's answer: a verdict (correct, near miss, wrong) and what to show them.

One entry point, `check`, for study sessions and `quizapp grade`. Words are graded by
check_text.py (aliases, the source's phrase, metonyms, word order, heads, spelling); figures,
units, years and dates by check_numbers.py under tolerance.py; choices by number or text."""

from __future__ import annotations

from functools import partial

from quizapp.facts.normalise import normalise
from quizapp.generate.answer_context import (
    cloze_filled,
    comma_linked,
    time_bracketed,
    without_context,
    without_lead,
)
from quizapp.generate.answer_forms import with_loose_forms
from quizapp.generate.answer_frames import label_first, unframed
from quizapp.generate.answers import chosen_option, read_grade, read_sequence, read_ticks
from quizapp.generate.asked_units import asked_unit_kept
from quizapp.generate.basis_remarks import other_basis_as_remark
from quizapp.generate.bracket_kinds import false_aside, other_subject
from quizapp.generate.card_lists import every_name_right
from quizapp.generate.check_forms import (
    against_stem,
    as_percentage,
    per_million_as_percentage,
    unsigned_change,
)
from quizapp.generate.check_imported import as_numeric, imported_number
from quizapp.generate.check_measure import measure_problem
from quizapp.generate.check_numbers import check_number
from quizapp.generate.check_qualified import without_qualifier
from quizapp.generate.check_shapes import check_shaped
from quizapp.generate.check_text import check_text
from quizapp.generate.choice_figures import by_label, coded_as_options, comma_remark
from quizapp.generate.choice_verdicts import choice_verdict, sequence_verdict, ticks_verdict
from quizapp.generate.compound_remarks import RANK, compound_parts, in_parts
from quizapp.generate.contrast_asks import contrast_problem
from quizapp.generate.corrections import corrected
from quizapp.generate.depth_forms import echoed_bound, unsigned_depth
from quizapp.generate.estimates import asked_as_estimate
from quizapp.generate.figure_brackets import figure_bracket_read, read_as_meant
from quizapp.generate.figure_labels import labelled_part
from quizapp.generate.figure_remarks import false_fraction, said_twice
from quizapp.generate.kind_spec import SPECS
from quizapp.generate.name_variants import named_forms, variant_verdict
from quizapp.generate.namesakes import namesake_verdict
from quizapp.generate.number_asides import figure_before_aside
from quizapp.generate.numbers import MAX_ANSWER
from quizapp.generate.option_numbers import number_clash
from quizapp.generate.options_named import options_named
from quizapp.generate.place_countries import in_deck, with_comma, wrong_country
from quizapp.generate.question import Question
from quizapp.generate.range_asides import period_beside, range_beside
from quizapp.generate.remark_fallback import let_stand
from quizapp.generate.remark_notes import with_remark_note
from quizapp.generate.remark_words import wordy
from quizapp.generate.restated import restated_spans
from quizapp.generate.self_denials import refused_outright
from quizapp.generate.sentence_stops import typed_forms
from quizapp.generate.shown_working import without_working, working_noted
from quizapp.generate.site_places import site_verdict
from quizapp.generate.subject_leads import subject_first, subject_sentence
from quizapp.generate.symbol_answers import second_symbol, symbol_verdict
from quizapp.generate.text_problems import text_problem
from quizapp.generate.tie_claims import untied_claim
from quizapp.generate.truth_corrections import false_correction
from quizapp.generate.verdict import Checked, Verdict
from quizapp.generate.year_asides import other_year, year_aside

__all__ = ["Verdict", "answer_problem", "check"]

Vocabulary = dict[str, str] | None  # the deck's names, each to its entity id
UNREADABLE = "That answer could not be read."  # the safety net's note: a reader's bug
GRADE_PROBLEM = "How well did you know it? Type 1 again, 2 hard, 3 good or 4 easy."


def check(
    q: Question, response: str, vocabulary: Vocabulary = None, this_year: int | None = None
) -> Verdict:
    """Grade a typed response to any question kind. Never raises. `this_year` (the clock's, at
    the edge) reads 'N years ago' (years_ago.py)."""
    try:
        response = typed_forms(response, SPECS[q.kind].shape, q.options or q.answer, q.prompt)
        graded = partial(check_unguarded, q, vocabulary=vocabulary, this_year=this_year)
        if SPECS[q.kind].shape not in ("text", "choice"):  # 'Ne, H, He (He highest)' (r467 B)
            response = comma_remark(response, q, vocabulary)  # '3 1 2, neon highest' (r483 B)
            return with_remark_note(response, graded(response), graded, bracket_only=True)
        whole = partial(check, q, vocabulary=vocabulary, this_year=this_year)
        if parts := in_parts(response, whole):  # 'Davy (1807), by electrolysis' (r483 A)
            return parts
        verdict = graded(response)
        wrong_fix = verdict.verdict == "correct" and false_correction(q, response)
        if wrong_fix:  # 'False, it was 13 April 1970' (truth_corrections.py, review r450 A)
            return Verdict("wrong", verdict.expected, wrong_fix, verdict.understood)
        typed = (*(q.options or ()), *q.answer, *q.accepted)  # an option or key typed whole
        return with_remark_note(response, verdict, graded, options=typed, asked=q)
    except Exception:  # a reader's bug must not cost the learner a session: grade it wrong
        return Verdict("wrong", "; ".join(q.answer), UNREADABLE)


def check_unguarded(
    q: Question, response: str, vocabulary: Vocabulary = None, this_year: int | None = None
) -> Verdict:
    """`check` without its safety net: the property tests call this, so a bug shows."""
    expected = "; ".join(q.answer)
    if len(response) > MAX_ANSWER * 5:
        return Verdict("wrong", expected, "That answer is too long to be one.")
    text = response.strip()
    if not text:
        return Verdict("wrong", expected, "No answer given.")
    q, text = as_numeric(q, text, vocabulary)  # an imported year or count
    graded = partial(check_unguarded, q, vocabulary=vocabulary, this_year=this_year)
    if (fixed := corrected(q, text, vocabulary or {})) is not None:  # 'CSTO, I mean SCO',
        final = graded(fixed[1])  # 'C, I mean B' (corrections.py, reviews r416 A, r419 A)
        return final if not fixed[2] or final.verdict == "wrong" else graded(fixed[0])
    if (refused := refused_outright(q, text, graded)) is not None:  # '1669 is wrong' (r463 A)
        return Verdict("wrong", expected, refused, text)
    shape, text = SPECS[q.kind].shape, coded_as_options(q, text, vocabulary)  # 'Cu' (r382 B)
    if shape == "text":  # '28.5 (Cs)', '621 (°F)', 'copper (1,085 °C)' (figure_brackets.py)
        text = read_as_meant(q, text, vocabulary)
        text = _linked(q, text, expected, vocabulary, this_year)  # 'X after Y' (r453 C)
    if shape == "choice":  # the remark beside the option read from the answer as typed
        return choice_verdict(q, text, expected, vocabulary, response.strip())
    if shape == "ticks":
        return ticks_verdict(q, text, expected)
    if shape in ("order", "pairs"):
        return sequence_verdict(q, text, expected, vocabulary)
    best = _check_open(q, text, expected, vocabulary, this_year)
    second = second_symbol(q, text) and not wordy(text, vocabulary or {})  # not 'Au (silver is Ag)'
    if best.verdict == "correct" or against_stem(q, text) or second:
        return namesake_verdict(q, text, best)  # '-6%' where it rose, 'Na and He': none saves it
    bare = unframed(text, q.prompt)  # 'It is Bern' (r325); '12.3% in 2015' (answer_context)
    spans = [subject_first(q, text, vocabulary or {}), bare]  # 'Apollo 12, Alan Bean' (r426 A)
    spans.append(subject_sentence(q, text))  # 'Apollo 11 returned 22 kg' (subject_leads.py)
    spans += [without_context(text, q.prompt), cloze_filled(text, q.prompt), label_first(text)]
    spans.append(without_lead(text, q.prompt))  # 'a return to the CSTO' (answer_context.py)
    spans.append(time_bracketed(text) if q.numeric is None else None)  # 'Gazprom since 2014'
    restated = restated_spans(text, q.prompt, named=q.numeric is None)  # 'It joined the EEU'
    if bare is not None and not restated:  # 'China leads there, I think' (review r356 C)
        restated = restated_spans(bare, q.prompt, named=q.numeric is None)
    for span in [*filter(None, spans), *restated]:
        said = _check_open(q, span, expected, vocabulary, this_year)
        read = said.understood and not best.understood  # 'It launched on 16 July 1969'
        if RANK[said.verdict] > RANK[best.verdict] or (said.verdict == best.verdict and read):
            best = said
        if best.verdict == "correct" or (q.numeric is not None and said.understood):
            break  # a figure: the longest run read decides ('on 13 April 1970', not 'April 1970')
    if best.verdict != "correct":  # 'Fred Haise (Lovell and Swigert were the others)'
        best = let_stand(q, text, vocabulary or {}, graded, best)  # (remark_fallback.py)
    return namesake_verdict(q, text, best)  # 'Rutherford (the physicist)' (namesakes.py)


def _linked(
    q: Question, text: str, expected: str, vocabulary: Vocabulary, this_year: int | None
) -> str:
    """'X after Y' as 'X, after Y' where X is right ('W as in wolfram': review r463 B); a
    symbol's 'for' names its origin, read as such ('W for wolfram', not 'W for the Germans')."""
    if q.numeric is not None or (len(expected) <= 3 and " for " in f" {text.lower()} "):
        return text
    right = partial(_check_open, q, expected=expected, vocabulary=vocabulary, this_year=this_year)
    return comma_linked(text, lambda head: right(text=head).verdict == "correct")


def _check_open(
    q: Question, text: str, expected: str, vocabulary: Vocabulary, this_year: int | None
) -> Verdict:
    """An open answer: a figure, or words (a name, a term, a place)."""
    if q.numeric is not None:
        figure = asked_unit_kept(q, text, _check_figure(q, text, expected, this_year))
        other = other_subject(q, text, vocabulary or {}) if figure.verdict != "wrong" else None
        untrue = untied_claim(q, text, vocabulary or {}) if figure.verdict != "wrong" else None
        if other is None and untrue is None:  # 'with Armstrong in command' (tie_claims.py)
            return figure
        note = f"The question does not ask about {other}." if other else (untrue or "")
        return Verdict("wrong", expected, note, text.strip())
    if q.case_sensitive and (casing := symbol_verdict(q, text, expected)) is not None:
        return casing
    number = imported_number(q, text, expected, vocabulary or {})
    if number is not None:  # '753 BCE' for an imported card's '753 BC' (check_imported.py)
        return number
    q = with_loose_forms(q, vocabulary or {})  # 'Nile River', 'Speke' (answer_forms.py)
    framed = unframed(text, q.prompt) or text  # 'It is Singapore' is no place in a country
    # what comes before a country must answer ('Dodoma' of 'Dodoma (Kenya)', not 'Port' of
    fits = lambda head: check_text(q, head, expected, vocabulary or {}).verdict != "wrong"  # noqa: E731
    misplaced = wrong_country(framed, q.prompt, fits)  # 'Port Spain') to be checked against it
    if misplaced is not None:
        return Verdict("wrong", expected, misplaced, text.strip())
    site = partial(check_text, q, expected=expected, vocabulary=vocabulary or {})
    sited = site_verdict(q, framed, vocabulary or {}, site)
    if sited is not None:  # 'KSC, Cape Canaveral, Florida'; 'KSC in Texas' (site_places.py)
        return sited
    variant = variant_verdict(q, framed, expected, vocabulary or {})  # 'Constitution' (r428 C)
    if variant is not None:
        return variant
    verdict = check_text(q, text, expected, vocabulary or {})
    if verdict.verdict == "correct":  # 'the CSTO (in 2014)' asked of 2012 (year_asides.py)
        return year_aside(q, text, verdict)
    named = named_forms(q, text, expected, vocabulary or {})
    if named is not None:
        return named
    if every_name_right(q, text, lambda part: check_text(q, part, expected, vocabulary or {})):
        return Verdict("correct", expected, understood=normalise(text))
    # 'Kyiv, Ukraine'; 'Dublin, Ireland'; 'Salzburg Austria', read with its comma
    head = without_qualifier(q.prompt, with_comma(text), vocabulary, placed=in_deck(q, vocabulary))
    if (
        head is not None
        and not false_aside(q, text, vocabulary or {})  # 'Mirziyoyev (Kazakhstan)' (r365 A)
        and (again := check_text(q, head, expected, vocabulary or {})).verdict != "wrong"
    ):
        return again
    shaped = check_shaped(q, text, expected, vocabulary or {})  # a range, fraction, ordinal
    return verdict if shaped is None else shaped


def _check_figure(q: Question, text: str, expected: str, this_year: int | None) -> Verdict:
    """A figure; then the forms the stem decides (check_forms.py): '-19%' asked how much it
    fell, '0.74' where the key is 74% (a near miss at best, the reading said)."""
    assert q.numeric is not None
    key = asked_as_estimate(q.numeric, q.prompt)
    text = per_million_as_percentage(key, text) or other_basis_as_remark(q.prompt, text)
    text = echoed_bound(q.prompt, text)  # r544 A; '0.93% (or 1.3% by mass)' (r573 A)
    against = against_stem(q, text)
    if against is not None:  # '+19%' for a fall: the opposite of the fact, however close
        return Verdict("wrong", expected, against, text.strip())
    grade = lambda part: _check_figure(q, part, expected, this_year)  # noqa: E731
    if (asked := labelled_part(q.prompt, text)) is not None:  # 'nitrogen 78%, oxygen 21%'
        return _check_figure(q, asked, expected, this_year)
    if (figure := without_working(text)) is not None:  # '7! = 5040' (shown_working.py)
        return working_noted(text, figure, _check_figure(q, figure, expected, this_year))
    false = false_fraction(key, text, grade)  # '21% (a quarter)': the fraction is another figure
    verdict = false or check_number(key, text, expected, this_year)
    if verdict.verdict != "wrong" or false:
        return verdict
    period = period_beside(text, q.prompt)  # '6% (2014-2015)': the asked year's (r531 A)
    lead = period or figure_before_aside(text, key, q.prompt)  # '12 (two per landing)'; not
    lead = lead or range_beside(text, q.prompt)  # '20% (19-22%)', '6% over 2014' (range_asides)
    dated = key.family.startswith(("year", "date"))
    if lead is not None and (period or dated or not other_year(text, q.prompt)):
        return _check_figure(q, lead, expected, this_year)
    if (twice := said_twice(key, text, grade)) is not None:  # '75% (three quarters)'
        return twice
    unsigned = unsigned_change(q, text) or unsigned_depth(q, text)  # '-86 m' (depth_forms)
    again = None if unsigned is None else check_number(key, unsigned, expected)
    if again is not None and again.verdict != "wrong":
        return again
    share = as_percentage(key, text)
    if share is not None:
        again = check_number(key, share, expected)
        note = f"Read {text.strip()} as {share} - give a share in per cent."
        kind: Checked = "wrong" if again.verdict == "wrong" else "near_miss"
        return Verdict(kind, expected, note, share)
    return verdict


def answer_problem(q: Question, response: str, vocabulary: Vocabulary = None) -> str | None:
    """Why a response cannot be graded (asked again, losing nothing), or None: a blank line, no
    such option, none of the options, another measure ('95%' for $865m), a contrast remark."""
    if asked := contrast_problem(q, response, vocabulary or {}, check):
        return asked  # 'D, though it is A' (contrast_asks.py, reviews r681-r683)
    shape = SPECS[q.kind].shape
    response = typed_forms(response, shape, q.options or q.answer, q.prompt)  # 'False. It boils'
    if (fixed := corrected(q, response, vocabulary or {})) is not None and not fixed[2]:
        return answer_problem(q, fixed[1], vocabulary)  # 'A, B, wait, A, C' (review r501 D)
    if shape in ("text", "choice") and (parts := compound_parts(response)) is not None:
        problem = partial(answer_problem, q, vocabulary=vocabulary)  # 'C (1898), named after
        return next(filter(None, map(problem, parts)), None)  # Poland' (review r483 B)
    q, response = as_numeric(q, response, vocabulary)
    text = coded_as_options(q, response.strip(), vocabulary)
    if shape == "self" and read_grade(text) is None:
        return GRADE_PROBLEM
    if not text and q.kind == "multi_select":
        return "Give the numbers of every option that applies, e.g. 1 3, or ? to see the answer."
    if not text:
        return "Type an answer, or ? to see it."
    if len(response) > MAX_ANSWER * 5:
        return "That answer is too long to be one."
    options = q.options or []
    if shape == "choice" and (clash := number_clash(text, options)):
        return clash  # '2' where option 1 is '2 projects' (answers.number_clash)
    if shape == "choice" and options_named(text, options) > 1:
        return "Choose one option: that names two."  # 'A's text or B's' (review r437 C)
    if shape == "choice" and chosen_option(text, options, vocabulary) is None:
        return f"Answer with an option: its number (1 to {len(options)}), letter or text."
    if shape == "choice" and q.numeric is not None and not by_label(text):
        return measure_problem(q.numeric, text)  # '€1 billion', '6 neutrons' (r401 C)
    if shape == "ticks" and read_ticks(text, options) is None:
        return f"Give the numbers of every right option, from 1 to {len(options)}, e.g. 1 3."
    if shape in ("order", "pairs") and read_sequence(text, options, q.left, vocabulary) is None:
        return f"Give all {len(options)} option numbers in order, e.g. 2 1 3."
    if q.numeric is not None and q.kind in ("numeric", "typed", "cloze"):
        return measure_problem(q.numeric, figure_bracket_read(text, vocabulary, q.numeric.unit))
    if shape != "text":  # 'Bell (Edinburgh)', 'Joseph Nicéphore Niépce', "KSC at Vandenberg"
        return None
    right = lambda: check(q, text, vocabulary).verdict == "correct"  # noqa: E731
    return text_problem(q, text, vocabulary or {}, right)  # text_problems.py
