#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Inside the build environment: builds the fuzz preset and runs the targets
# (called by scripts/fuzz, which says what the arguments are).
set -euo pipefail
minutes=$1
jobs=$2
shift 2
all=(fuzz_index fuzz_textdecoder fuzz_gazetteer fuzz_webannotation fuzz_qdaarchive fuzz_qdaproject fuzz_htmlpage fuzz_segmenter fuzz_packaged fuzz_warc)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
bin=build/fuzz/tests/fuzz

# Seeds: the test data each reader is tested with, plus tests/fuzz/seeds.
seed() { # seed TARGET FILE [PREFIX-BYTE-OCTAL]
    local dir=.fuzz/corpus/$1 name
    name=seed-$(basename "$2")
    [ -f "$dir/$name" ] && return 0
    if [ -n "${3:-}" ]; then { printf "\\$3"; cat "$2"; } >"$dir/$name"; else cp "$2" "$dir/$name"; fi
}
for target in "${targets[@]}"; do
    mkdir -p ".fuzz/corpus/$target" ".fuzz/findings/$target"
    [ -d "tests/fuzz/seeds/$target" ] && for f in tests/fuzz/seeds/"$target"/*; do seed "$target" "$f"; done
    case "$target" in
        fuzz_index)
            seed "$target" tests/data/forms/manifest.json 000
            seed "$target" tests/data/forms/list.txt 001
            seed "$target" tests/data/forms/index.csv 002
            seed "$target" tests/data/forms/index.tsv 003
            seed "$target" tests/data/forms/corpus.jsonl 004 ;;
        fuzz_textdecoder|fuzz_segmenter)
            while IFS= read -r f; do seed "$target" "$f"; done < <(find tests/data -type f \( -name '*.txt' -o -name '*.md' \) | sort | head -n 40) ;;
        fuzz_gazetteer)
            while IFS= read -r f; do seed "$target" "$f"; done < <(find tests/data resources -type f -name '*.tsv' | sort) ;;
        fuzz_webannotation)
            while IFS= read -r f; do seed "$target" "$f"; done < <(find tests/data -type f -name '*.jsonld' | sort) ;;
        fuzz_htmlpage)
            while IFS= read -r f; do seed "$target" "$f"; done < <(find tests/data resources -type f -name '*.html' | sort) ;;
        fuzz_qdaarchive)
            if [ -x build/release/app/lectern-cli ] && [ ! -f ".fuzz/corpus/$target/seed-sample.qdpx" ]; then
                build/release/app/lectern-cli export resources/samples/newsroom/bundle.json --format qdpx \
                    --out ".fuzz/corpus/$target/seed-sample.qdpx" >/dev/null 2>&1 || true
            fi ;;
    esac
done

seconds=$(( minutes * 60 * jobs / ${#targets[@]} ))
[ "$seconds" -ge 10 ] || seconds=10
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
echo "fuzz: ${#targets[@]} target(s), ${seconds} s each, ${jobs} at a time"
start=$(date +%s)
run_one() {
    local target=$1 log=.fuzz/$1.log status=0
    # -rss_limit_mb and -timeout turn memory bombs and hangs into findings.
    "$bin/$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -max_len=262144 \
        -artifact_prefix=".fuzz/findings/$target/" -print_final_stats=1 ".fuzz/corpus/$target" >"$log" 2>&1 || status=$?
    local runs corpus findings
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
    corpus=$(find ".fuzz/corpus/$target" -type f | wc -l)
    findings=$(find ".fuzz/findings/$target" -type f | wc -l)
    printf 'fuzz: %-20s runs %-10s corpus %-6s findings %s%s\n' "$target" "${runs:-?}" "$corpus" "$findings" \
        "$([ "$status" -eq 0 ] || echo "  (stopped with status $status; see $log)")"
}
running=0
for target in "${targets[@]}"; do
    run_one "$target" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then wait -n || true; running=$((running - 1)); fi
done
wait || true
end=$(date +%s)
echo "fuzz: $(( (end - start) / 60 )) min wall, about $(( (end - start) * jobs / 60 )) CPU-minutes; corpora in .fuzz/corpus, findings in .fuzz/findings"
