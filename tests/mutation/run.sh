#!/usr/bin/env bash
# Mutation testing of one package with mutmut, against that package's fast tests.
#
#   tests/mutation/run.sh [PACKAGE [MODULE...]]
#     PACKAGE: generate (default), facts, review, store, report, or checker (the answer checker's
#     modules in quizapp/generate, against the checker's tests and the grading corpus)
#     MODULE: mutate only these files of the package, e.g. `run.sh checker tolerance.py`
#   LIMIT=900 JOBS=2 tests/mutation/run.sh checker check_numbers.py   (a time limit, in s)
#   FAST=1 tests/mutation/run.sh checker check_text.py   (checker: its unit tables only, without
#     the grading corpus and the all-items test, which take a minute per surviving mutant)
#   SAMPLE=80 SEED=1 tests/mutation/run.sh generate   (a seeded uniform random sample of 80 of the
#     package's mutants, each module weighted by its mutant count; prints the score with its 95%
#     Wilson interval, counting a mutant no fast test reaches as surviving: tests/mutation/sample.py)
#   NAMES_FILE=old-survivors.txt tests/mutation/run.sh generate   (judge the mutants named in the
#     file, one a line, as a sample is judged: an earlier sample's survivors against a new list)
#
# Works on a scratch copy of the work tree (tracked and untracked, not ignored files), so the
# tree itself is never mutated and no mutants/ folder is left in it. Prints the score and every
# surviving mutant; `mutmut show NAME` in the scratch folder shows a survivor's diff.
# Needs mutmut (pip install -e '.[mutation]'). Slow: not part of the default test run.
set -euo pipefail

PKG="${1:-generate}"
shift || true
MODULES=("$@")
HERE="$(cd "$(dirname "$0")/../.." && pwd)"
PY="${PYTHON:-$HERE/.venv/bin/python}"
JOBS="${JOBS:-2}"
LIMIT="${LIMIT:-0}"  # seconds; stop mutmut after this long and report what it judged so far

case "$PKG" in
  generate) TESTS='"tests/unit/test_gates.py", "tests/unit/test_checker.py", "tests/unit/test_generated_items.py", "tests/unit/test_grading_forms.py", "tests/unit/test_fairness.py", "tests/property/test_checker_property.py", "tests/property/test_generators_property.py", "tests/unit/test_check_text.py", "tests/unit/test_tolerance.py", "tests/unit/test_check_measure.py", "tests/unit/test_number_words.py", "tests/unit/test_compare.py", "tests/unit/test_check_forms.py", "tests/unit/test_check_shapes.py", "tests/unit/test_generation_pinned.py", "tests/unit/test_periods.py", "tests/unit/test_estimate_years.py", "tests/unit/test_generation_pinned_s22.py", "tests/unit/test_generation_pinned_s24.py", "tests/unit/test_generation_pinned_s25.py", "tests/unit/test_generation_pinned_s26.py", "tests/unit/test_imported_battles.py", "tests/unit/test_imported_lists_s243.py"'
    # the fast tests of other files that reach the generating code too (session 24: 47 files,
    # 607 tests, 41 s of CPU; the imported decks, the fairness and understanding rounds)
    TESTS="$TESTS"', "tests/unit/test_unlike_set.py", "tests/unit/test_checker_mutants.py", "tests/unit/test_given_names.py", "tests/unit/test_set_card_wording.py", "tests/unit/test_coverage_density.py", "tests/unit/test_understanding_session13.py", "tests/unit/test_years_ago.py", "tests/unit/test_shorter_rounding.py", "tests/unit/test_rival_figures.py", "tests/unit/test_compound_units.py", "tests/unit/test_streams.py", "tests/unit/test_source_figure.py", "tests/unit/test_person_names.py", "tests/unit/test_check_imported.py", "tests/unit/test_templates.py", "tests/unit/test_name_marks.py", "tests/unit/test_argument_beside.py", "tests/unit/test_fair_session12.py", "tests/unit/test_review_session10.py", "tests/unit/test_deck_tables.py", "tests/unit/test_understanding_session14.py", "tests/unit/test_units.py", "tests/unit/test_fair_session14_recall.py", "tests/unit/test_understanding_session20.py", "tests/unit/test_fair_session21.py", "tests/unit/test_imported_rivers.py", "tests/unit/test_argument_fairness.py", "tests/unit/test_generation_memos.py", "tests/unit/test_imported_peaks.py", "tests/unit/test_units_and_names.py", "tests/unit/test_imported_novels.py", "tests/unit/test_ladder_options.py", "tests/property/test_value_kinds_property.py", "tests/unit/test_import_session21b.py", "tests/unit/test_imported_session21.py", "tests/unit/test_close_figures.py", "tests/unit/test_assertion_reason_forms.py", "tests/unit/test_fair_session17.py", "tests/property/test_argument_property.py", "tests/unit/test_fair_session16_recall.py", "tests/unit/test_cloze_kind_cue.py", "tests/unit/test_fair_session13.py", "tests/unit/test_element_groups.py", "tests/unit/test_kind_spec.py", "tests/unit/test_value_kinds.py", "tests/unit/test_check_companies.py", "tests/unit/test_review_session12.py"'
    # session 27: the files importing quizapp.generate that were not listed, each under
    # 10 s alone (test_architecture, which spawns processes, and 18 slower ones left out:
    # docs/quality/mutation-session27-generate.md)
    TESTS="$TESTS"', "tests/unit/test_absence_stems.py", "tests/unit/test_any_subject_session21.py", "tests/unit/test_argument_effects.py", "tests/unit/test_argument_kinds.py", "tests/unit/test_fair_patterns.py", "tests/unit/test_fair_session11.py", "tests/unit/test_fair_session16.py", "tests/unit/test_faith_branches.py", "tests/unit/test_false_figure_reach.py", "tests/unit/test_false_neighbours.py", "tests/unit/test_fuller_names.py", "tests/unit/test_gate_scope.py", "tests/unit/test_gate_verdict.py", "tests/unit/test_generation_scales.py", "tests/unit/test_grading_imports.py", "tests/unit/test_kind_words.py", "tests/unit/test_ladder_absolute_zero.py", "tests/unit/test_ladders.py", "tests/unit/test_led_names.py", "tests/unit/test_matching_rows.py", "tests/unit/test_near_values.py", "tests/unit/test_option_eras.py", "tests/unit/test_option_ranking.py", "tests/unit/test_option_readings.py", "tests/unit/test_place_countries.py", "tests/unit/test_published_figures.py", "tests/unit/test_regnal_names.py", "tests/unit/test_seed113_recheck.py", "tests/unit/test_shared_traits.py", "tests/unit/test_text_cues.py", "tests/unit/test_text_prefilters.py", "tests/unit/test_understanding_session15.py", "tests/unit/test_understanding_session16.py", "tests/unit/test_understanding_session21.py", "tests/unit/test_why_baseline.py", "tests/unit/test_year_parts.py", "tests/unit/test_generation_pinned_s27.py", "tests/unit/test_generation_pinned_s28.py", "tests/unit/test_answer_readings_s28.py", "tests/unit/test_name_readings_s28.py"'
    # session 41: the files sessions 29-40 added that import quizapp.generate and were not
    # listed (232 tests, 8 s together; test_bound_words and test_figure_remarks kill two of
    # seed 4101's survivors: docs/quality/mutation-session41-generate.md)
    TESTS="$TESTS"', "tests/unit/test_answer_context.py", "tests/unit/test_answer_frames.py", "tests/unit/test_argument_memos.py", "tests/unit/test_bound_words.py", "tests/unit/test_bracket_answers.py", "tests/unit/test_bracket_kinds.py", "tests/unit/test_figure_remarks.py", "tests/unit/test_gate_memos.py", "tests/unit/test_imported_capitals_r328.py", "tests/unit/test_number_asides.py", "tests/unit/test_number_spelling.py", "tests/unit/test_numbered_options.py", "tests/unit/test_option_countries.py", "tests/unit/test_restated.py", "tests/unit/test_review_findings_s28.py", "tests/unit/test_short_years.py", "tests/unit/test_why_foils_nearby.py"'
    # session 41: the tests written for seed 4101's survivors
    TESTS="$TESTS"', "tests/unit/test_generation_pinned_s41.py"'
    # session 41b: the grading corpus and the generation digest, existing tests outside the
    # list that killed 6 of seed 4101's 12 real survivors (the list gap that sample showed)
    TESTS="$TESTS"', "tests/unit/test_grading_corpus.py", "tests/unit/test_generation_digest.py"'
    # session 41b: the tests written for seed 4111's survivors
    TESTS="$TESTS"', "tests/unit/test_generation_pinned_s41b.py"'
    # session 42: the tests of this session's generating and grading changes
    TESTS="$TESTS"', "tests/unit/test_ladder_spread.py", "tests/unit/test_multi_select_background.py", "tests/unit/test_deck_references.py"'
    # session 54: the files sessions 43-53 added that import quizapp.generate and were not
    # listed, each about 10 s or less alone (test_grading_s47 11 s); test_grading_s48 (the
    # grading TSV tables, 2,354 tests, 96-105 s alone) left out as too slow for every mutant
    # it reaches: docs/quality/mutation-session54-generate.md
    TESTS="$TESTS"', "tests/unit/test_agent_nouns_s52.py", "tests/unit/test_alike_nodes.py", "tests/unit/test_argument_bonds.py", "tests/unit/test_assertion_keys_s47.py", "tests/unit/test_assertion_words.py", "tests/unit/test_choice_labels.py", "tests/unit/test_figure_places.py", "tests/unit/test_grading_s47.py", "tests/unit/test_imported_chess_weather_s46.py", "tests/unit/test_imported_forms_s49.py", "tests/unit/test_imported_mushrooms_s47.py", "tests/unit/test_imported_year_ranks_s47.py", "tests/unit/test_key_glosses_s48.py", "tests/unit/test_matching_diagonal_s47.py", "tests/unit/test_month_options_s51.py", "tests/unit/test_no_backtracking_s50.py", "tests/unit/test_number_asides_s49.py", "tests/unit/test_one_way_links_s48.py", "tests/unit/test_option_roundings_s50.py", "tests/unit/test_readings_s45.py", "tests/unit/test_remark_notes_s46.py", "tests/unit/test_sentence_stops_s50.py", "tests/unit/test_tie_claims.py", "tests/unit/test_truth_corrections_s46.py", "tests/unit/test_unit_siblings_s50.py"'
    # session 54: the tests written for seed 5411's survivors
    TESTS="$TESTS"', "tests/unit/test_generation_pinned_s54.py"' ;;
  facts) TESTS='"tests/unit/test_loader.py", "tests/unit/test_deck_references.py", "tests/unit/test_schema.py", "tests/unit/test_values.py", "tests/unit/test_templates.py", "tests/unit/test_deck_input_limits.py", "tests/unit/test_deck_defences.py", "tests/unit/test_deck_values.py", "tests/unit/test_claims_model.py", "tests/unit/test_importer.py", "tests/unit/test_deck_messages_and_years.py", "tests/unit/test_deck_lookup.py", "tests/unit/test_compiled_decks.py", "tests/unit/test_authoring_errors.py", "tests/unit/test_deck_findings_pinned.py", "tests/service/test_catalog.py", "tests/unit/test_units.py", "tests/property/test_loader_fuzz.py", "tests/unit/test_import_session21b.py", "tests/unit/test_deck_and_import_edges.py", "tests/property/test_normalise_ascii.py", "tests/unit/test_facts_messages_s25.py", "tests/unit/test_facts_refusals_s25.py", "tests/unit/test_facts_seed2511.py", "tests/unit/test_facts_edges_s26.py", "tests/unit/test_facts_seed2611.py"' ;;
  # review: without the three long simulations (18-90 s each, run for every surviving mutant
  # they reach); the short seeded simulation stays; the incremental-queue property test reaches
  # the session's own view of its queue (`_candidates`), which no review test calls
  # session 27: plus the fast files outside tests/review that import quizapp.review (each
  # under 5 s; test_lazy_questions.py, 13 s of tests and 40 s with its imports, stays out)
  review) TESTS='"tests/review", "tests/property/test_queue_incremental.py", "tests/property/test_due_index_exact.py", "tests/property/test_report_days.py", "tests/service/test_outline.py", "tests/unit/test_kind_spec.py", "--deselect", "tests/review/test_simulation.py::test_exam_mode_reaches_the_target_on_the_exam_date", "--deselect", "tests/review/test_simulation.py::test_sixty_days_of_scheduled_review", "--deselect", "tests/review/test_simulation.py::test_claim_level_items_enter_once_recall_is_stable_and_reports_split_by_level"' ;;
  store) TESTS='"tests/store", "tests/property/test_store_roundtrip.py", "--deselect", "tests/store/test_crash.py", "--deselect", "tests/store/test_restore_kills.py"' ;;
  report) TESTS='"tests/report", "tests/property/test_report_days.py"' ;;
  checker) TESTS='"tests/unit/test_checker.py", "tests/unit/test_number_words.py", "tests/unit/test_units.py", "tests/unit/test_tolerance.py", "tests/unit/test_check_forms.py", "tests/unit/test_check_measure.py", "tests/unit/test_check_shapes.py", "tests/unit/test_compare.py", "tests/review/test_feedback_units.py"'
    # FAST=1: the unit tables only; by default the grading corpus and the all-items test too
    [ "${FAST:-0}" = 1 ] || TESTS="$TESTS"', "tests/unit/test_grading_corpus.py", "tests/unit/test_grading_forms.py"' ;;
  *) echo "unknown package '$PKG' (generate, facts, review, store, report or checker)" >&2; exit 2 ;;
esac
DIR="$PKG"
if [ "$PKG" = checker ]; then
  DIR=generate
  [ ${#MODULES[@]} -eq 0 ] && MODULES=(checker.py check_text.py check_numbers.py check_measure.py \
    check_forms.py check_shapes.py compare.py tolerance.py number_words.py quantity_reader.py \
    units.py dates.py text_words.py text_qualifiers.py numbered_names.py person_names.py)
fi
ONLY="\"quizapp/$DIR/*\""
if [ ${#MODULES[@]} -gt 0 ]; then
  ONLY=""
  for m in "${MODULES[@]}"; do
    [ -f "$HERE/quizapp/$DIR/$m" ] || { echo "no module quizapp/$DIR/$m" >&2; exit 2; }
    ONLY="$ONLY${ONLY:+, }\"quizapp/$DIR/$m\""
  done
fi

"$PY" -c "import mutmut" 2>/dev/null || {
  echo "mutmut is not installed: $PY -m pip install -e '.[mutation]'" >&2
  exit 2
}

SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/quizapp-mutation-$PKG.XXXXXX")"
echo "scratch copy: $SCRATCH"
(cd "$HERE" && git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf -) \
  | tar -xf - -C "$SCRATCH"
[ -d "$HERE/../shared" ] && ln -s "$HERE/../shared" "$SCRATCH/shared"
cat >> "$SCRATCH/pyproject.toml" <<TOML

[tool.mutmut]
source_paths = ["quizapp/"]
only_mutate = [$ONLY]
also_copy = ["questions/", "docs/"]  # docs/authoring.md: test_value_kinds reads its table
pytest_add_cli_args = ["-p", "no:xdist", "-p", "no:cacheprovider", "-q"]
pytest_add_cli_args_test_selection = [$TESTS]
TOML

cd "$SCRATCH"
# no compiled-deck or question cache: mutmut's mutated code has one hash for every mutant, so
# questions generated under one mutant would be read back under the next (and the deck
# loaded while the tests are collected would never see a mutant of the generating code)
export QUIZAPP_CACHE=/dev/null/quizapp-mutation-no-cache
# a sampled mutant's tests may share one fresh cache folder of their own (quick.py): safe where
# no fast test looks into the cache folder or mutates the code that keys it (not facts)
case "$PKG" in generate|review|checker) export QUIZAPP_MUTATION_SHARED_CACHE=1 ;; esac
start=$(date +%s)
runner=()
[ "$LIMIT" -gt 0 ] && runner=(timeout --signal=INT --kill-after=30 "$LIMIT")
status=0
NAMES=()
if [ -n "${NAMES_FILE:-}" ]; then
  # judge the named mutants (an earlier sample's names) rather than a fresh draw: every mutant
  # is still generated (a draw of none), then the file stands in for the sample
  SAMPLE=0
  SEED="0 (not drawn: the names in $NAMES_FILE)"
  names_src="$(cd "$HERE" && realpath "$NAMES_FILE")"
fi
if [ -n "${SAMPLE:-}" ]; then
  SEED="${SEED:-1}"
  echo "sample: $SAMPLE mutants, seed $SEED"
  "$PY" -m tests.mutation.sample draw "${SEED%% *}" "$SAMPLE" >"$SCRATCH/sample.txt" \
    2>"$SCRATCH/draw.log" || { tail -c 3000 "$SCRATCH/draw.log" >&2; exit 1; }
  grep -v '^/\|^quizapp/\|^tests/' "$SCRATCH/draw.log" | grep -v Warning || true
  [ -n "${NAMES_FILE:-}" ] && grep '__mutmut_' "$names_src" >"$SCRATCH/sample.txt"
  mapfile -t NAMES < <(grep '__mutmut_' "$SCRATCH/sample.txt")
fi
if [ -n "${SAMPLE:-}" ] && [ "${MAPPED:-0}" != 1 ]; then
  # the quick way (default for a sample): no mutmut mapping pass; one clean run notes which
  # tests reach which function, then each drawn mutant runs only those tests, with mutmut's
  # time-limit rule (tests/mutation/quick.py)
  eval "QARGS=($(printf '%s' "$TESTS" | tr ',' ' '))"
  # only the modules holding a drawn mutant stay mutated: the others' trampolines would slow
  # every call of the clean run and of each mutant's tests, and hold nothing to judge
  "$PY" -m tests.mutation.sample strip "$SCRATCH/sample.txt" "quizapp/$DIR"
  (cd "$SCRATCH/mutants" && "${runner[@]}" "$PY" -m tests.mutation.quick "$SCRATCH/sample.txt" \
    "$SCRATCH/results.txt" "$JOBS" -- "${QARGS[@]}") 2>&1 | tee "$SCRATCH/run.log" \
    | grep -v ': killed (' || true
  secs=$(( $(date +%s) - start ))
  [ -s "$SCRATCH/results.txt" ] || { echo "no results: see $SCRATCH/run.log" >&2; exit 1; }
  echo "$PKG: seed $SEED, ${secs} s (quick: no mapping pass)"
  "$PY" -m tests.mutation.sample score "$SCRATCH/sample.txt" "$SCRATCH/results.txt"
  exit 0
fi
"${runner[@]}" "$PY" -m mutmut run --max-children "$JOBS" "${NAMES[@]}" >"$SCRATCH/run.log" 2>&1 || status=$?
secs=$(( $(date +%s) - start ))
if [ "$status" -eq 124 ] || [ "$status" -eq 130 ]; then
  echo "stopped after the ${LIMIT} s limit: the figures below cover the mutants judged so far"
elif [ "$status" -ne 0 ]; then
  tail -c 3000 "$SCRATCH/run.log" >&2
  exit 1
fi
"$PY" -m mutmut results --all true >"$SCRATCH/results.txt" 2>&1 || true
if [ -n "${SAMPLE:-}" ]; then
  echo "$PKG: seed $SEED, ${secs} s"
  "$PY" -m tests.mutation.sample score "$SCRATCH/sample.txt" "$SCRATCH/results.txt"
  exit 0
fi
"$PY" - "$SCRATCH/results.txt" "$PKG ${MODULES[*]:-}" "$secs" <<'PY'
import collections, sys
path, pkg, secs = sys.argv[1], sys.argv[2], sys.argv[3]
status = collections.Counter()
survivors = []
for line in open(path):
    name, sep, what = line.strip().rpartition(": ")
    if not sep:
        continue
    status[what] += 1
    if what in ("not checked", "not checked yet"):
        continue
    if what == "survived":
        survivors.append(name)
killed = status["killed"] + status["timeout"] + status["segfault"]
judged = killed + status["survived"]
print(f"{pkg}: {sum(status.values())} mutants in {secs} s: " + ", ".join(
    f"{n} {s}" for s, n in status.most_common()))
if judged:
    print(f"score: {killed}/{judged} killed = {100 * killed / judged:.1f}% (no tests: "
          f"{status['no tests']}, not counted)")
for name in survivors:
    print(f"  survived: {name}")
PY
