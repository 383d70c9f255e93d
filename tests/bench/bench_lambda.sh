#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Warm and cold Node.js Lambda behind `gatehouse serve` against the same handler behind serverless-offline, on the
# same machine, in the same run (tests/bench/lambda/: handler/index.js, api.yaml for Gatehouse, serverless.yml and
# package.json for serverless-offline, which is installed with npm into a cache folder outside the repository:
# $GATEHOUSE_BENCH_CACHE, else ${XDG_CACHE_HOME:-~/.cache}/gatehouse-bench, reused between runs; the first install
# takes about a minute).
#   throughput: wrk -t2 -c10 keep-alive, alternately with Gatehouse, SECONDS in all per server (two halves each):
#               serverless-offline as `serverless offline` runs it (its default mode: handlers in worker threads) for
#               the ratio the budget judges, then its opt-in --useInProcess mode (the handler called inside the
#               server's own process, without isolation) as a stricter reference, also printed;
#   warm p50:   wrk -t1 -c1 --latency (one connection, keep-alive), end to end at the client;
#   cold start: Gatehouse started afresh COLD_RUNS times (default 5); the first request's time at the client (curl)
#               and the Init Duration of Gatehouse's REPORT line, medians.
# Budget (DESIGN.md): Gatehouse >= 3 x serverless-offline's throughput, warm p50 < 2 ms, cold start < 150 ms (both the
# Init Duration and the first request).
#   tests/bench/bench_lambda.sh GATEHOUSE_BINARY [SECONDS]
# Exit: 0 budget met, 1 budget missed (or a server failed), 77 skipped (wrk, curl, node or npm missing, or the npm
# install failed, e.g. without network).
set -euo pipefail
gh=$(realpath "$1")
seconds=${2:-10}
cold_runs=${COLD_RUNS:-5}
here=$(cd "$(dirname "$0")" && pwd)
lambda="$here/lambda"
for tool in wrk curl node npm python3; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (apt-get install $tool)"; exit 77; }
done

# serverless-offline, installed once into the cache and reinstalled when package.json changes.
cache=${GATEHOUSE_BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/gatehouse-bench}/serverless-offline
mkdir -p "$cache"
if ! cmp -s "$lambda/package.json" "$cache/package.json" || [ ! -f "$cache/node_modules/serverless/bin/serverless.js" ] \
    || [ ! -f "$cache/node_modules/serverless-offline/package.json" ]; then
    echo "installing serverless-offline into $cache (npm install, once)"
    rm -rf "$cache/node_modules" "$cache/package-lock.json"
    cp "$lambda/package.json" "$cache/package.json"
    if ! (cd "$cache" && npm install --no-audit --no-fund --fetch-retries=1 --fetch-timeout=60000 --loglevel=error > "$cache/npm-install.log" 2>&1); then
        tail -n 20 "$cache/npm-install.log"
        rm -f "$cache/package.json"
        echo "SKIP: npm install of serverless / serverless-offline failed (no network to the npm registry?)"
        exit 77
    fi
fi
so_version=$(node -p "require('$cache/node_modules/serverless-offline/package.json').version")
sls_version=$(node -p "require('$cache/node_modules/serverless/package.json').version")

work=$(mktemp -d)
cleanup() {
    if [ -n "${gh_pid:-}" ]; then kill "$gh_pid" 2>/dev/null || true; fi
    if [ -n "${so_pid:-}" ]; then kill "$so_pid" 2>/dev/null || true; fi
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
cores=$(nproc)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
now_us() { echo "${EPOCHREALTIME/./}"; } # bash 5; no subprocess, so it can time things

# Gatehouse: the handler folder of the repository as the function's code, logs (START/END/REPORT) in $1.
start_gatehouse() {
    local logs=$1; shift
    "$gh" serve "$lambda/api.yaml" --api-id bench --port 0 \
        --function "hello=nodejs:$lambda/handler:index.handler" --function-logs "$logs" "$@" \
        > "$work/gh.out" 2> "$work/gh.err" &
    gh_pid=$!
    for _ in $(seq 200); do
        gh_port=$(sed -n 's#^Listening on http://127.0.0.1:\([0-9]*\)$#\1#p' "$work/gh.out")
        [ -n "$gh_port" ] && return 0
        sleep 0.05
    done
    echo "gatehouse did not start:"; cat "$work/gh.err"; exit 1
}
stop_gatehouse() { kill "$gh_pid"; wait "$gh_pid" 2>/dev/null || true; gh_pid=""; }

# serverless-offline from a scratch service folder: serverless.yml copied, handler/ and node_modules/ linked, so
# both servers load the very same handler file. $1: extra options (the run mode).
so_dir="$work/so"
mkdir -p "$so_dir"
cp "$lambda/serverless.yml" "$so_dir/"
ln -s "$lambda/handler" "$so_dir/handler"
ln -s "$cache/node_modules" "$so_dir/node_modules"
start_so() {
    so_port=$(free_port)
    local lambda_port websocket_port
    lambda_port=$(free_port); websocket_port=$(free_port)
    : > "$work/so.out"
    (cd "$so_dir" && SLS_TELEMETRY_DISABLED=1 SLS_NOTIFICATIONS_MODE=off exec node node_modules/serverless/bin/serverless.js \
        offline --noSponsor --httpPort "$so_port" --lambdaPort "$lambda_port" --websocketPort "$websocket_port" "$@" \
        >> "$work/so.out" 2>&1) &
    so_pid=$!
    for _ in $(seq 600); do
        grep -q "Server ready" "$work/so.out" && return 0
        kill -0 "$so_pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "serverless-offline did not start:"; cat "$work/so.out"; exit 1
}
stop_so() { kill "$so_pid"; wait "$so_pid" 2>/dev/null || true; so_pid=""; }

# The first request after start, at the client, in ms; fails on anything but 200.
first_request_ms() {
    local out
    out=$(curl -s -o "$work/first.body" -w '%{http_code} %{time_total}' "$1")
    [ "${out%% *}" = 200 ] || { echo "first request to $1 answered ${out%% *}:" >&2; cat "$work/first.body" >&2; exit 1; }
    awk -v s="${out#* }" 'BEGIN { printf "%.1f\n", s * 1000 }'
}

# CPU time (clock ticks) of Gatehouse itself and of its function processes, to tell where a request's cost lies.
cpu_ticks() { # PID OUTPUT
    local kids=0 kid
    for kid in $(pgrep -P "$1"); do kids=$(( kids + $(awk '{ print $14 + $15 }' "/proc/$kid/stat" 2>/dev/null || echo 0) )); done
    echo "$(awk '{ print $14 + $15 }' "/proc/$1/stat") $kids" > "$2"
}

run_wrk() { # URL OUTPUT DURATION [wrk options]
    local url=$1 out=$2 duration=$3; shift 3
    wrk -d"$duration" "$@" "$url" > "$out"
    if grep -qE "Non-2xx|Socket errors" "$out"; then echo "errors from $url:"; cat "$out"; exit 1; fi
}

# 1. Cold start: Gatehouse afresh each time (its node process starts on the first request).
: > "$work/cold.txt"
for _ in $(seq "$cold_runs"); do
    rm -rf "$work/logs"
    launched=$(now_us)
    start_gatehouse "$work/logs"
    first=$(first_request_ms "http://127.0.0.1:$gh_port/prod/hello")
    answered=$(now_us)
    for _ in $(seq 50); do grep -q "^REPORT" "$work/logs/hello.log" 2>/dev/null && break; sleep 0.02; done
    init=$(sed -n 's/^REPORT.*Init Duration: \([0-9.]*\) ms.*/\1/p' "$work/logs/hello.log" | head -n 1)
    duration=$(sed -n 's/^REPORT.*\tDuration: \([0-9.]*\) ms.*/\1/p' "$work/logs/hello.log" | head -n 1)
    [ -n "$init" ] || { echo "no Init Duration in the REPORT line:"; cat "$work/logs/hello.log"; exit 1; }
    echo "$first $init $duration $(( (answered - launched) / 1000 ))" >> "$work/cold.txt"
    stop_gatehouse
done

# The floor under any Node.js cold start on this machine: `node -e 0`, started the same number of times.
: > "$work/node.txt"
for _ in $(seq "$cold_runs"); do
    started=$(now_us); node -e 0; ended=$(now_us)
    echo "$(( (ended - started) / 1000 ))" >> "$work/node.txt"
done

# 2. Both servers up, serverless-offline in one mode; first requests to it timed too (its handler loads on first
# use). Warm up both, then measure alternately so drift hits both alike: `so-$1-{1,2}` against `gh-$1-{1,2}`, with
# Gatehouse's CPU time around its runs; then the warm latency of serverless-offline at one connection.
compare_with_so() { # NAME [serverless-offline options]
    local name=$1; shift
    start_so "$@"
    so_url="http://127.0.0.1:$so_port/prod/hello"
    first_request_ms "$so_url" > "$work/so-$name-first"
    wrk -t2 -c10 -d2s "$gh_url" > /dev/null; wrk -t2 -c10 -d2s "$so_url" > /dev/null
    for i in 1 2; do
        run_wrk "$so_url" "$work/so-$name-$i.txt" "${half}s" -t2 -c10
        cpu_ticks "$gh_pid" "$work/cpu-$name-${i}a"
        run_wrk "$gh_url" "$work/gh-$name-$i.txt" "${half}s" -t2 -c10
        cpu_ticks "$gh_pid" "$work/cpu-$name-${i}b"
    done
    run_wrk "$so_url" "$work/so-$name-c1.txt" 3s -t1 -c1 --latency
    stop_so
}
start_gatehouse "$work/logs"
gh_url="http://127.0.0.1:$gh_port/prod/hello"
curl -sf -o /dev/null "$gh_url"
half=$(( seconds > 1 ? (seconds + 1) / 2 : 1 ))
compare_with_so default
compare_with_so inprocess --useInProcess
# Gatehouse's warm latency: one connection, keep-alive.
run_wrk "$gh_url" "$work/gh-c1.txt" 3s -t1 -c1 --latency
stop_gatehouse

# Where Gatehouse's warm time goes, from its own trace, at one connection (a separate run: tracing costs a little).
start_gatehouse "$work/logs" --trace "$work/trace.jsonl"
curl -sf -o /dev/null "http://127.0.0.1:$gh_port/prod/hello"
wrk -t1 -c1 -d3s "http://127.0.0.1:$gh_port/prod/hello" > /dev/null
stop_gatehouse

python3 - "$work" "$cores" "$seconds" "$half" "$so_version" "$sls_version" "$(getconf CLK_TCK)" <<'PY'
import json, re, statistics, sys
work, cores, seconds, half, so_version, sls_version, clk_tck = sys.argv[1:8]
def text(name): return open(f"{work}/{name}.txt").read()
def rate(name): return float(re.search(r"Requests/sec:\s*([0-9.]+)", text(name)).group(1))
def ms(value):
    number, unit = re.fullmatch(r"([0-9.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]
def pcts(name):
    t = text(name)
    return {p: ms(re.search(rf"^\s+{p}%\s+(\S+)", t, re.M).group(1)) for p in (50, 90, 99)}

def ticks(name): return [int(x) for x in open(f"{work}/{name}").read().split()]
def requests(name): return int(re.search(r"(\d+) requests in", text(name)).group(1))
def first_ms(mode): return float(open(f"{work}/so-{mode}-first").read())

class Comparison:
    """Gatehouse against serverless-offline in one mode: rates of the alternate runs, and Gatehouse's CPU time."""
    def __init__(self, mode):
        self.so_rates = [rate(f"so-{mode}-1"), rate(f"so-{mode}-2")]
        self.gh_rates = [rate(f"gh-{mode}-1"), rate(f"gh-{mode}-2")]
        self.so, self.gh = statistics.mean(self.so_rates), statistics.mean(self.gh_rates)
        self.ratio = self.gh / self.so
        self.latency = pcts(f"so-{mode}-c1")
        self.requests = requests(f"gh-{mode}-1") + requests(f"gh-{mode}-2")
        self.cpu_gh = self.cpu_fn = 0
        for i in (1, 2):
            a, b = ticks(f"cpu-{mode}-{i}a"), ticks(f"cpu-{mode}-{i}b")
            self.cpu_gh, self.cpu_fn = self.cpu_gh + b[0] - a[0], self.cpu_fn + b[1] - a[1]

default, inprocess = Comparison("default"), Comparison("inprocess")
gh_c1 = pcts("gh-c1")
cold = [list(map(float, line.split())) for line in open(f"{work}/cold.txt")]
us_per_tick = 1e6 / int(clk_tck)
first, init, invoke, launch = (statistics.median(c[i] for c in cold) for i in range(4))

records = [json.loads(l) for l in open(f"{work}/trace.jsonl")][1:]  # the first is the cold start
def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))]
total = [r["totalUs"] for r in records]
integ = [sum(s["durationUs"] for s in r["steps"] if s["name"] == "integration") for r in records]
gateway = [t - i for t, i in zip(total, integ)]

print(f"machine: {cores} cores")
print(f"serverless {sls_version}, serverless-offline {so_version}")
print(f"throughput, wrk -t2 -c10, keep-alive, 2 x {half}s each, alternately:")
for label, c in (("serverless-offline (default mode: worker threads)", default),
                 ("serverless-offline --useInProcess", inprocess)):
    print(f"  {label}: {c.so:.0f} req/s ({c.so_rates[0]:.0f}, {c.so_rates[1]:.0f}); gatehouse in between: "
          f"{c.gh:.0f} req/s ({c.gh_rates[0]:.0f}, {c.gh_rates[1]:.0f})")
    print(f"    CPU per request during gatehouse's runs: gatehouse {c.cpu_gh * us_per_tick / c.requests:.0f} us, "
          f"its node processes {c.cpu_fn * us_per_tick / c.requests:.0f} us (both cores: {1e6 * int(cores) / c.gh:.0f} us)")
print(f"ratio gatehouse/serverless-offline: {default.ratio:.2f}  (budget >= 3.00; serverless-offline as "
      f"`serverless offline` runs it)")
print(f"  against its opt-in --useInProcess mode (no isolation; reference, not judged): {inprocess.ratio:.2f}")
print("warm latency at the client, wrk -t1 -c1 (keep-alive), p50 / p90 / p99:")
for label, p in (("gatehouse", gh_c1), ("serverless-offline default", default.latency),
                 ("serverless-offline in-process", inprocess.latency)):
    print(f"  {label:30s} {p[50]:7.2f} / {p[90]:7.2f} / {p[99]:7.2f} ms")
print(f"  gatehouse warm p50 {gh_c1[50]:.2f} ms (budget < 2 ms)")
print(f"  gatehouse trace at one connection ({len(records)} requests): totalUs p50 {pct(total, 0.5)} us, "
      f"p99 {pct(total, 0.99)} us; integration step p50 {pct(integ, 0.5)} us; the rest (gateway) p50 "
      f"{pct(gateway, 0.5)} us")
print(f"cold start, Gatehouse started afresh {len(cold)} times (medians):")
print(f"  first request at the client: {first:.1f} ms  (runs: {', '.join(f'{c[0]:.1f}' for c in cold)}) (budget < 150 ms)")
print(f"  Init Duration (REPORT):      {init:.1f} ms  (runs: {', '.join(f'{c[1]:.1f}' for c in cold)}) (budget < 150 ms)")
print(f"  Duration of that invocation: {invoke:.1f} ms;  gatehouse launch to first response: {launch:.1f} ms")
node_floor = [float(line) for line in open(f"{work}/node.txt")]
print(f"  for reference, `node -e 0` on this machine: {statistics.median(node_floor):.0f} ms  "
      f"(runs: {', '.join(f'{v:.0f}' for v in node_floor)})")
print(f"  serverless-offline's first request after 'Server ready': default mode {first_ms('default'):.1f} ms, "
      f"in-process {first_ms('inprocess'):.1f} ms")
met = {"throughput ratio >= 3": default.ratio >= 3.0, "warm p50 < 2 ms": gh_c1[50] < 2.0,
       "cold first request < 150 ms": first < 150.0, "cold Init Duration < 150 ms": init < 150.0}
missed = [name for name, ok in met.items() if not ok]
print("budget: " + ("met" if not missed else "MISSED: " + "; ".join(missed)))
sys.exit(0 if not missed else 1)
PY
