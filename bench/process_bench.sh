#!/usr/bin/env bash
# Whole-process figures for the CLI against an emulated TPM 1.2 (swtpm):
#
#   bench/process_bench.sh
#
# Each round starts a fresh TPM (enabled, active, unowned) with tpm-testbed and, inside it,
# times two command lines, wall clock, start to exit:
#   tpmprov status
#   tpmprov --json provision --owner-well-known
# Then (with tpm2-tools installed) rounds on a fresh swtpm TPM 2.0 time `tpmprov status`
# beside `tpm2_getcap properties-variable`, and `tpmprov provision --lockout-password-file`
# beside the same provisioning done with tpm2-tools (createprimary, evictcontrol,
# flushcontext, dictionarylockout, changeauth: five processes) after a clear.
# The provision JSON (steps[].commands[] with name and milliseconds) gives the TPM's own
# time per command; it is summed per command name for each round.
# Prints min/median/max wall time per command line and the median TPM time per ordinal.
# Figures only: nothing here asserts anything about time. A command that fails stops the
# benchmark (exit 1), since its figure would mean nothing.
#
# Environment:
#   BENCH_ROUNDS     rounds, each with a fresh TPM (default 5)
#   TPMPROV_BIN      tpmprov     (default build/default/app/tpmprov/tpmprov)
#   TPM_TESTBED_BIN  tpm-testbed (default build/default/tests/support/tpm-testbed)
#   BENCH_KEEP_DIR   keep the raw results (times.tsv, provision-N.json) in this directory
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
self="$root/bench/process_bench.sh"

# Wall-clock time in nanoseconds. EPOCHREALTIME (bash >= 5) costs no fork; its decimal
# separator follows the locale, so keep the digits only (microseconds).
now_ns() {
    if [[ -n "${EPOCHREALTIME:-}" ]]; then
        local us="${EPOCHREALTIME//[!0-9]/}"
        printf '%s000\n' "$us"
    else
        date +%s%N
    fi
}

# ------------------------------------------------------------------ one round, inner part
# Runs under tpm-testbed (which sets TPMPROV_TPM): times the command lines and appends
#   <label> TAB <round> TAB <nanoseconds>
# to times.tsv in the results directory; keeps the provision JSON as provision-<round>.json.
if [[ "${1:-}" == "--inner" ]]; then
    results="${2:?}"
    round="${3:?}"
    tpmprov="${TPMPROV_BIN:?}"
    : "${TPMPROV_TPM:?not running under tpm-testbed}"

    time_command() { # time_command LABEL OUTFILE -- ARGS...
        local label="$1" outfile="$2"
        shift 3
        local start end rc=0
        start="$(now_ns)"
        timeout -k 5 300 "$tpmprov" "$@" </dev/null >"$outfile" 2>"$outfile.stderr" || rc=$?
        end="$(now_ns)"
        if [[ $rc -ne 0 ]]; then
            echo "process_bench: round $round: 'tpmprov $*' exited with $rc" >&2
            sed 's/^/  stderr: /' "$outfile.stderr" >&2 || true
            head -c 2000 "$outfile" | sed 's/^/  stdout: /' >&2 || true
            exit 1
        fi
        printf '%s\t%s\t%s\n' "$label" "$round" "$((end - start))" >>"$results/times.tsv"
    }

    time_command "tpmprov status" "$results/status-$round.txt" -- status
    time_command "tpmprov --json provision --owner-well-known" "$results/provision-$round.json" \
        -- --json provision --owner-well-known
    exit 0
fi
# The TPM 2.0 round (tpm-testbed --tpm2): tpmprov's status beside tpm2-tools' getcap, the
# independent stack reading much the same (TPM2TOOLS_TCTI is set by tpm-testbed).
if [[ "${1:-}" == "--inner-tpm2" ]]; then
    results="${2:?}"
    round="${3:?}"
    time_tpm2() { # label, output file, command...
        local label="$1" out="$2"
        shift 2
        local start end
        start="$(now_ns)"
        timeout -k 5 300 "$@" </dev/null >"$out" 2>&1 || {
            echo "process_bench: round $round: '$*' failed" >&2
            sed 's/^/  /' "$out" >&2
            exit 1
        }
        end="$(now_ns)"
        printf '%s\t%s\t%s\n' "$label" "$round" "$((end - start))" >>"$results/times.tsv"
    }
    time_tpm2 "tpmprov status (TPM 2.0)" "$results/tpm2-$round.txt" "${TPMPROV_BIN:?}" status
    time_tpm2 "tpm2_getcap properties-variable" "$results/tpm2-$round.txt" \
        tpm2_getcap properties-variable
    lockout="$results/tpm2-lockout-$round"
    rm -f "$lockout"
    time_tpm2 "tpmprov provision (TPM 2.0, generated lockout password)" \
        "$results/tpm2-provision-$round.txt" "${TPMPROV_BIN:?}" provision \
        --lockout-password-file "$lockout"
    tpm2_clear -c l "file:$lockout" >/dev/null
    ctx="$results/tpm2-srk-$round.ctx"
    time_tpm2 "tpm2-tools: the same provisioning (5 processes)" \
        "$results/tpm2-tools-$round.txt" bash -c "set -e
        tpm2_createprimary -Q -C o -g sha256 -G ecc256:null:aes128cfb -a \
            'restricted|decrypt|fixedtpm|fixedparent|sensitivedataorigin|userwithauth|noda' \
            -c '$ctx'
        tpm2_evictcontrol -Q -C o -c '$ctx' 0x81000001
        tpm2_flushcontext -t
        tpm2_dictionarylockout -Q -s -n 32 -t 600 -l 86400
        tpm2_changeauth -c lockout 'file:$lockout'"
    exit 0
fi

case "${1:-}" in
    "") ;;
    -h | --help)
        sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "process_bench: unknown argument '$1' (try --help)" >&2
        exit 2
        ;;
esac

# ------------------------------------------------------------------------------ outer part
rounds="${BENCH_ROUNDS:-5}"
if ! [[ "$rounds" =~ ^[1-9][0-9]*$ ]]; then
    echo "process_bench: BENCH_ROUNDS must be a positive integer, not '$rounds'" >&2
    exit 2
fi
tpmprov="${TPMPROV_BIN:-$root/build/default/app/tpmprov/tpmprov}"
testbed="${TPM_TESTBED_BIN:-$root/build/default/tests/support/tpm-testbed}"
for binary in "$tpmprov" "$testbed"; do
    if [[ ! -x "$binary" ]]; then
        echo "process_bench: $binary is missing or not executable (build it, or set" \
            "TPMPROV_BIN / TPM_TESTBED_BIN)" >&2
        exit 2
    fi
done
# Absolute paths: tpm-testbed runs the inner part with its own working directory rules.
tpmprov="$(cd "$(dirname "$tpmprov")" && pwd)/$(basename "$tpmprov")"
testbed="$(cd "$(dirname "$testbed")" && pwd)/$(basename "$testbed")"
command -v swtpm >/dev/null || { echo "process_bench: swtpm is not installed" >&2; exit 2; }
command -v python3 >/dev/null || { echo "process_bench: python3 is needed" >&2; exit 2; }

if [[ -n "${BENCH_KEEP_DIR:-}" ]]; then
    results="$BENCH_KEEP_DIR"
    mkdir -p "$results"
    rm -f "$results"/times.tsv "$results"/provision-*.json "$results"/status-*.txt \
        "$results"/*.stderr
else
    results="$(mktemp -d "${TMPDIR:-/tmp}/process_bench.XXXXXX")"
    trap 'rm -rf "$results"' EXIT
fi
: >"$results/times.tsv"

echo "process_bench: $rounds round(s), fresh swtpm TPM 1.2 each"
echo "  tpmprov:     $tpmprov"
echo "  tpm-testbed: $testbed"
for ((round = 1; round <= rounds; round++)); do
    start="$(now_ns)"
    rc=0
    TPMPROV_BIN="$tpmprov" "$testbed" -- bash "$self" --inner "$results" "$round" || rc=$?
    end="$(now_ns)"
    if [[ $rc -ne 0 ]]; then
        echo "process_bench: round $round failed (tpm-testbed exit $rc)" >&2
        exit 1
    fi
    printf '%s\t%s\t%s\n' "tpm-testbed round (swtpm start/stop + both)" "$round" \
        "$((end - start))" >>"$results/times.tsv"
    printf '  round %d done\n' "$round"
done
if command -v tpm2_getcap >/dev/null; then
    echo "process_bench: $rounds round(s), fresh swtpm TPM 2.0 each"
    for ((round = 1; round <= rounds; round++)); do
        TPMPROV_BIN="$tpmprov" "$testbed" --tpm2 -- bash "$self" --inner-tpm2 "$results" \
            "$round" || { echo "process_bench: TPM 2.0 round $round failed" >&2; exit 1; }
    done
fi

python3 - "$results" "$rounds" <<'PYTHON'
import json, statistics, sys
from collections import defaultdict
from pathlib import Path

results, rounds = Path(sys.argv[1]), int(sys.argv[2])

wall = defaultdict(list)  # label -> [ms], in the order labels first appear
for line in (results / "times.tsv").read_text().splitlines():
    label, _round, ns = line.split("\t")
    wall[label].append(int(ns) / 1e6)

# TPM time per command name, summed within each round.
per_round = []  # one {name: (calls, ms)} per round
for r in range(1, rounds + 1):
    report = json.loads((results / f"provision-{r}.json").read_text())
    sums = defaultdict(lambda: [0, 0.0])
    for step in report.get("steps", []):
        for command in step.get("commands", []):
            entry = sums[command.get("name") or command.get("ordinal", "?")]
            entry[0] += 1
            entry[1] += float(command.get("milliseconds", 0.0))
    per_round.append(sums)

print()
print("Wall time per command line (ms), %d round(s)" % rounds)
print("%-56s %9s %9s %9s" % ("command line", "min", "median", "max"))
for label, values in wall.items():
    print("%-56s %9.1f %9.1f %9.1f" % (label, min(values), statistics.median(values), max(values)))

names = []
for sums in per_round:
    for name in sums:
        if name not in names:
            names.append(name)
print()
print("TPM time per ordinal in `tpmprov --json provision` steps (ms; sum per round, median of rounds)")
print("(the state reads before the plan are not listed per command: they fall in the remainder)")
print("%-34s %6s %7s %10s" % ("command", "rounds", "calls", "median ms"))
totals = [sum(ms for _, ms in sums.values()) for sums in per_round]
for name in names:
    present = [sums[name] for sums in per_round if name in sums]
    calls = statistics.median([c for c, _ in present])
    print("%-34s %6d %7g %10.2f" % (name, len(present), calls,
                                     statistics.median([ms for _, ms in present])))
print("%-34s %6d %7s %10.2f" % ("sum (commands in steps)", len(totals), "", statistics.median(totals)))
provision = wall.get("tpmprov --json provision --owner-well-known")
if provision:
    print("%-34s %6s %7s %10.2f" % ("provision wall minus that sum", "", "",
                                     statistics.median(provision) - statistics.median(totals)))
PYTHON
if [[ -n "${BENCH_KEEP_DIR:-}" ]]; then
    echo
    echo "raw results kept in $results"
fi
