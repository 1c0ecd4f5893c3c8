#!/usr/bin/env bash
# Interoperability tests between tpmprov and an independent TSS 1.2 stack:
# trousers' tcsd (run with -e against the swtpm TPM 1.2 over TCP) and
# tpm-tools (tpm_takeownership, tpm_setenable, tpm_changeownerauth).
#
# usage: run-interop.sh [--tpmprov PATH] [--testbed PATH] [--workdir DIR] CASE
#
# CASE:
#   tpmtools-selfcheck        tpm-tools takes ownership and then uses the owner
#                             password; checks the harness (no tpmprov needed)
#   takeown-verify            tpm_takeownership (owner secret SHA1(password)),
#                             then tpmprov verify-owner: right 0, wrong 1
#   takeown-verify-utf16      tpm_takeownership -u, then tpmprov verify-owner
#                             --owner-encoding utf16: right 0, wrong 1, and
#                             the same password read as sha1 is wrong
#   provision-tpmtools        tpmprov provision, then tpm_setenable --status
#                             (owner-authorised) works with the password and
#                             fails with a wrong one; tpm_changeownerauth to a
#                             new password; tpmprov verify-owner new 0, old 1
#   provision-tpmtools-utf16  tpmprov provision --owner-encoding utf16, then
#                             tpm-tools -u accepts the password, without -u not
#   provision-sealdata        tpmprov provision (registering the SRK in tcsd's
#                             key store), then tpm_sealdata -z and
#                             tpm_unsealdata -z round-trip a file through tcsd
#
# With --testbed the script re-runs itself under
# `tpm-testbed -- run-interop.sh ...`, which provides a fresh, enabled,
# activated, unowned swtpm in TPMPROV_TPM=swtpm:HOST:PORT:CTRLPORT. Without
# --testbed it starts its own swtpm (development; the harness self-check).
#
# Exit: 0 pass, 1 fail, 77 skipped (not root / tools missing outside CI).
# Every process started here is stopped on exit; every wait is bounded.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
self="$here/$(basename "${BASH_SOURCE[0]}")"
tpmnet=(python3 "$here/tpmnet.py")

tpmprov=""
testbed=""
workdir=""
inner=false
case_name=""

usage() { sed -n '2,30p' "$self" | sed 's/^# \{0,1\}//'; }

while [[ $# -gt 0 ]]; do
    case "$1" in
        --tpmprov) tpmprov="$2"; shift 2 ;;
        --testbed) testbed="$2"; shift 2 ;;
        --workdir) workdir="$2"; shift 2 ;;
        --inner) inner=true; shift ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "run-interop: unknown option $1" >&2; exit 2 ;;
        *) case_name="$1"; shift ;;
    esac
done

case "$case_name" in
    tpmtools-selfcheck|takeown-verify|takeown-verify-utf16|provision-tpmtools|provision-tpmtools-utf16|provision-sealdata) ;;
    *) echo "run-interop: unknown or missing CASE '$case_name'" >&2; usage >&2; exit 2 ;;
esac

say() { printf '[interop %s] %s\n' "$case_name" "$*"; }
hint=""
die() {
    printf '[interop %s] FAIL: %s\n' "$case_name" "$*" >&2
    [[ -z "$hint" ]] || printf '[interop %s] note: %s\n' "$case_name" "$hint" >&2
    exit 1
}
skip() {
    printf '[interop %s] SKIP: %s\n' "$case_name" "$*" >&2
    if [[ "${CI:-}" == true ]]; then
        # In CI tools/install-deps installs everything: a skip would hide it.
        exit 1
    fi
    exit 77
}

# stop_pid PID: SIGTERM, wait up to 10 s for the exit, then SIGKILL; reap.
stop_pid() {
    local pid="$1" _
    [[ -n "$pid" ]] || return 0
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 200); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.05
        done
        kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
}
stop_own_swtpm() { stop_pid "${swtpm_pid:-}"; }

# ---------------------------------------------------------------- outer part
if [[ "$inner" == false ]]; then
    [[ $(id -u) -eq 0 ]] || skip "tcsd insists on a root:tss config file; run as root"
    for tool in tcsd tpm_takeownership tpm_setenable tpm_changeownerauth tpm_sealdata tpm_unsealdata python3 setsid timeout; do
        command -v "$tool" >/dev/null 2>&1 || skip "$tool not installed (tools/install-deps)"
    done
    if [[ "$case_name" != tpmtools-selfcheck ]]; then
        [[ -n "$tpmprov" && -x "$tpmprov" ]] || die "tpmprov binary missing: '$tpmprov'"
    fi
    if [[ -z "$workdir" ]]; then
        workdir="$(mktemp -d "${TMPDIR:-/tmp}/interop.XXXXXX")"
    fi
    rm -rf -- "$workdir"
    mkdir -p -- "$workdir"
    chmod 0700 "$workdir"
    workdir="$(cd "$workdir" && pwd)"
    args=(--inner --workdir "$workdir")
    [[ -n "$tpmprov" ]] && args+=(--tpmprov "$tpmprov")
    args+=("$case_name")

    if [[ -n "$testbed" ]]; then
        [[ -x "$testbed" ]] || die "tpm-testbed binary missing: '$testbed'"
        say "starting under $testbed"
        # tpm-testbed starts and stops swtpm itself and returns our status.
        exec timeout -k 10 240 "$testbed" --state-dir "$workdir/tpm" -- "$self" "${args[@]}"
    fi
    # No tpm-testbed: our own swtpm TPM 1.2 on free ports. An inherited
    # TPMPROV_TPM is ignored on purpose: these tests take ownership.
    command -v swtpm >/dev/null 2>&1 || skip "swtpm not installed"
    swtpm_pid=""
    trap stop_own_swtpm EXIT
    trap 'exit 143' TERM INT HUP
    mkdir -p "$workdir/tpm"
    timeout 120 swtpm_setup --tpm-state "$workdir/tpm" --createek --runas root \
        >"$workdir/swtpm_setup.log" 2>&1 || { cat "$workdir/swtpm_setup.log" >&2; die "swtpm_setup failed"; }
    port="$("${tpmnet[@]}" free-port)"
    ctrl="$("${tpmnet[@]}" free-port)"
    swtpm socket --tpmstate "dir=$workdir/tpm" \
        --server "type=tcp,port=$port,bindaddr=127.0.0.1" \
        --ctrl "type=tcp,port=$ctrl,bindaddr=127.0.0.1" \
        --flags not-need-init,startup-clear --log "file=$workdir/swtpm.log" &
    swtpm_pid=$!
    for _ in $(seq 200); do
        ss -ltnH "sport = :$port" 2>/dev/null | grep -q . && break
        kill -0 "$swtpm_pid" 2>/dev/null || die "swtpm exited at start"
        sleep 0.05
    done
    ss -ltnH "sport = :$port" | grep -q . || die "swtpm does not listen on $port"
    say "own swtpm on 127.0.0.1:$port (ctrl $ctrl)"
    rc=0
    TPMPROV_TPM="swtpm:127.0.0.1:$port:$ctrl" timeout -k 10 240 "$self" "${args[@]}" || rc=$?
    exit "$rc"
fi

# ---------------------------------------------------------------- inner part
[[ -n "$workdir" ]] || die "no --workdir"
spec="${TPMPROV_TPM:-}"
IFS=: read -r kind tpm_host tpm_port tpm_ctrl <<<"$spec"
[[ "$kind" == swtpm && -n "$tpm_host" && "$tpm_port" =~ ^[0-9]+$ ]] \
    || die "TPMPROV_TPM='$spec' is not swtpm:HOST:PORT:CTRLPORT"
say "TPM at $tpm_host:$tpm_port (ctrl ${tpm_ctrl:-?}); work dir $workdir"

# tpm-tools reads passwords with getpass(3): from /dev/tty, or from stdin when
# the process has no controlling terminal. setsid gives it none, so the
# password comes from a file on stdin and never appears on a command line.
# The TSP (libtspi) finds tcsd through TSS_TCSD_HOSTNAME / TSS_TCSD_PORT.
export HOME="$workdir/home"      # libtspi keeps user PS in ~/.trousers
mkdir -p "$HOME"
export LC_ALL=C.UTF-8            # tpm-tools -u converts from the locale's charset
umask 077

tcsd_pid=""
tcsd_port=""
stop_tcsd() {
    stop_pid "$tcsd_pid"
    tcsd_pid=""
}
trap stop_tcsd EXIT
trap 'exit 143' TERM INT HUP

tcsd_listening() { ss -ltnH "sport = :$tcsd_port" 2>/dev/null | grep -q .; }

start_tcsd() {
    # tcsd only talks to a TPM that has seen TPM_Startup.
    "${tpmnet[@]}" startup "$tpm_host" "$tpm_port" || die "TPM_Startup failed"
    tcsd_port="$("${tpmnet[@]}" free-port)"
    local conf="$workdir/tcsd.conf"
    mkdir -p "$workdir/tcsd"
    # tcsd refuses a config file that is not user/group root/tss, mode 0640.
    printf 'port = %s\nsystem_ps_file = %s\n' "$tcsd_port" "$workdir/tcsd/system.data" >"$conf"
    chown root:tss "$conf"
    chmod 0640 "$conf"
    # -e: TPM over TCP at TCSD_TCP_DEVICE_HOSTNAME:TCSD_TCP_DEVICE_PORT.
    TCSD_USE_TCP_DEVICE=1 TCSD_TCP_DEVICE_HOSTNAME="$tpm_host" TCSD_TCP_DEVICE_PORT="$tpm_port" \
        tcsd -e -f -c "$conf" >>"$workdir/tcsd.log" 2>&1 &
    tcsd_pid=$!
    local i
    for i in $(seq 400); do          # up to ~20 s
        tcsd_listening && break
        if ! kill -0 "$tcsd_pid" 2>/dev/null; then
            cat "$workdir/tcsd.log" >&2
            die "tcsd exited at start"
        fi
        sleep 0.05
    done
    tcsd_listening || { cat "$workdir/tcsd.log" >&2; die "tcsd does not listen on $tcsd_port after $i polls"; }
    export TSS_TCSD_HOSTNAME=127.0.0.1 TSS_TCSD_PORT="$tcsd_port"
    say "tcsd (pid $tcsd_pid) on 127.0.0.1:$tcsd_port"
}

# pwfile NAME PASSWORD [REPEAT]: a 0600 file with PASSWORD on REPEAT lines.
pwfile() {
    local f="$workdir/$1" n="${3:-1}" i
    : >"$f"
    for ((i = 0; i < n; i++)); do printf '%s\n' "$2" >>"$f"; done
    printf '%s' "$f"
}

step=0
# tt EXPECT INPUT LOG -- CMD...: run a tpm-tools command, answers from INPUT.
# EXPECT: ok | authfail
tt() {
    local expect="$1" input="$2" logname="$3"; shift 4
    step=$((step + 1))
    local log="$workdir/$step-$logname.log" rc=0
    say "tpm-tools: $* (expect $expect)"
    timeout -k 5 90 setsid -w "$@" <"$input" >"$log" 2>&1 || rc=$?
    sed 's/^/    /' "$log"; echo
    case "$expect" in
        ok) [[ $rc -eq 0 ]] || die "$1 exited $rc, expected success" ;;
        authfail)
            [[ $rc -ne 0 ]] || die "$1 succeeded with a wrong password"
            grep -q 'Authentication failed' "$log" || die "$1 failed ($rc) but not with TPM_AUTHFAIL"
            ;;
    esac
}

# tp WANT LOG -- ARGS...: run tpmprov, check its exit status.
tp() {
    local want="$1" logname="$2"; shift 3
    step=$((step + 1))
    local log="$workdir/$step-$logname.log" rc=0
    say "tpmprov $* (expect exit $want)"
    timeout -k 5 180 "$tpmprov" "$@" </dev/null >"$log" 2>&1 || rc=$?
    sed 's/^/    /' "$log"
    [[ $rc -eq "$want" ]] || die "tpmprov $1 exited $rc, expected $want"
}

# provision with tpmprov; a restart request (3) is answered with
# firmware-restart, at most 3 rounds.
provision() {
    local round rc
    for round in 1 2 3; do
        step=$((step + 1))
        local log="$workdir/$step-provision.log"
        rc=0
        say "tpmprov provision $* (round $round)"
        timeout -k 5 300 "$tpmprov" provision "$@" </dev/null >"$log" 2>&1 || rc=$?
        sed 's/^/    /' "$log"
        case $rc in
            0) return 0 ;;
            3) tp 0 firmware-restart -- firmware-restart ;;
            *) die "tpmprov provision exited $rc" ;;
        esac
    done
    die "tpmprov provision still wants a restart after 3 rounds"
}

# Passwords with a space and non-ASCII characters (UTF-8 in the files).
# INTEROP_OWNER_PW overrides the owner password (to narrow down a failure).
owner_pw="${INTEROP_OWNER_PW:-Ünïcødé owner pass 1}"
wrong_pw="${owner_pw}x"
new_pw='new owner pass'
p_owner="$(pwfile owner.pw "$owner_pw")"
p_owner2="$(pwfile owner2.pw "$owner_pw" 2)"
p_wrong="$(pwfile wrong.pw "$wrong_pw")"
p_new="$(pwfile new.pw "$new_pw")"
p_change="$workdir/change.in"   # old password, new password, confirmation
{ printf '%s\n' "$owner_pw"; printf '%s\n' "$new_pw" "$new_pw"; } >"$p_change"

# What tpm-tools -u really hashes (Debian 12: tpm-tools 1.3.9, trousers 0.3.15):
# getPasswd converts to UTF-16LE with two NUL bytes (Trspi_Native_To_UNICODE),
# then _getPasswd12 trims them again because the context's
# TSS_TSPATTRIB_SECRET_HASH_MODE is TSS_TSPATTRIB_HASH_MODE_NOT_NULL, trousers'
# default. Measured: the secret is SHA1(UTF-16LE(password)), no terminator.
utf16_note="tpm-tools -u here hashes UTF-16LE(password) WITHOUT the two NUL bytes (trousers' default hash mode NOT_NULL strips them), i.e. what --owner-encoding windows computes"

case "$case_name" in
    tpmtools-selfcheck)
        start_tcsd
        tt ok "$p_owner2" takeown -- tpm_takeownership -z
        tt ok "$p_owner" status -- tpm_setenable --status
        tt authfail "$p_wrong" status-wrong -- tpm_setenable --status
        tt ok "$p_change" change -- tpm_changeownerauth -o
        tt ok "$p_new" status-new -- tpm_setenable --status
        stop_tcsd
        ;;
    takeown-verify)
        start_tcsd
        tt ok "$p_owner2" takeown -- tpm_takeownership -z
        stop_tcsd   # tcsd holds the TPM connection; tpmprov needs it
        tp 0 verify -- verify-owner --owner-password-file "$p_owner"
        tp 0 verify-explicit-sha1 -- verify-owner --owner-password-file "$p_owner" --owner-encoding sha1
        tp 1 verify-wrong -- verify-owner --owner-password-file "$p_wrong"
        ;;
    takeown-verify-utf16)
        hint="$utf16_note"
        start_tcsd
        tt ok "$p_owner2" takeown-u -- tpm_takeownership -u -z
        stop_tcsd
        tp 0 verify-utf16 -- verify-owner --owner-password-file "$p_owner" --owner-encoding utf16
        tp 1 verify-sha1 -- verify-owner --owner-password-file "$p_owner" --owner-encoding sha1
        tp 1 verify-utf16-wrong -- verify-owner --owner-password-file "$p_wrong" --owner-encoding utf16
        ;;
    provision-tpmtools)
        provision --owner-password-file "$p_owner" --srk-well-known
        tp 0 verify -- verify-owner --owner-password-file "$p_owner"
        start_tcsd
        tt ok "$p_owner" status -- tpm_setenable --status
        tt authfail "$p_wrong" status-wrong -- tpm_setenable --status
        tt ok "$p_change" change -- tpm_changeownerauth -o
        tt ok "$p_new" status-new -- tpm_setenable --status
        stop_tcsd
        tp 0 verify-new -- verify-owner --owner-password-file "$p_new"
        tp 1 verify-old -- verify-owner --owner-password-file "$p_owner"
        ;;
    provision-sealdata)
        # Issue 8, item 1: trousers records the SRK only in its own TakeOwnership; without
        # the record tpm_sealdata fails with 0x2020 (Key not found in persistent storage).
        mkdir -p "$workdir/tcsd"
        provision --owner-password-file "$p_owner" --srk-well-known \
            --trousers-store "$workdir/tcsd/system.data"
        grep -q "Registered the storage root key" "$workdir/$step-provision.log" \
            || die "tpmprov did not say it registered the SRK with trousers"
        printf 'sealed with the SRK of an owner tpmprov set\n' >"$workdir/plain.txt"
        start_tcsd
        step=$((step + 1))
        say "tpm-tools: tpm_sealdata -z (expect ok)"
        timeout -k 5 90 setsid -w tpm_sealdata -z -i "$workdir/plain.txt" -o "$workdir/sealed.txt" \
            </dev/null >"$workdir/$step-seal.log" 2>&1 || { cat "$workdir/$step-seal.log"; die "tpm_sealdata -z failed"; }
        step=$((step + 1))
        say "tpm-tools: tpm_unsealdata -z (expect ok)"
        timeout -k 5 90 setsid -w tpm_unsealdata -z -i "$workdir/sealed.txt" -o "$workdir/unsealed.txt" \
            </dev/null >"$workdir/$step-unseal.log" 2>&1 || { cat "$workdir/$step-unseal.log"; die "tpm_unsealdata -z failed"; }
        cmp -s "$workdir/plain.txt" "$workdir/unsealed.txt" || die "unsealed data differs from the sealed data"
        stop_tcsd
        ;;
    provision-tpmtools-utf16)
        hint="$utf16_note"
        provision --owner-password-file "$p_owner" --owner-encoding utf16 --srk-well-known
        start_tcsd
        tt ok "$p_owner" status-u -- tpm_setenable -u --status
        tt authfail "$p_owner" status-plain -- tpm_setenable --status
        stop_tcsd
        ;;
esac
say "PASS"
