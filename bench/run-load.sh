#!/usr/bin/env bash
# The relay under load on loopback: starts Payara Micro with the relay and the echo floor, connects
# AGENTS simulated agents (ramped) and VIEWERS viewers, holds the load for SECONDS, and prints the
# figures (also written as result.md and result.json). Before the measured phase it sets the fresh
# relay up with its setup code and makes one account with an API token per viewer. See docs/benchmarks.md.
#   bench/run-load.sh [AGENTS] [VIEWERS] [SECONDS] [generator options...]   defaults: 1000 100 60
#   bench/run-load.sh 5000 500 120 --jfr 60 --relay-setting deskrelay.agent-message-burst=80
# BENCH_SKIP_BUILD=1 uses the jars already in target/; BENCH_OUT=DIR puts the results there.
# Exit status: 0 a correct run, 3 the run finished with errors or losses, 1 it could not run.
set -euo pipefail
cd "$(dirname "$0")/.."

agents=${1:-1000}
viewers=${2:-100}
seconds=${3:-60}
shift $(( $# < 3 ? $# : 3 ))

# Every socket is an open file, in the generator and again in the relay, which inherits the limit.
ulimit -n 200000 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
echo "open files per process: $(ulimit -n); ephemeral ports: $(tr '\t' '-' < /proc/sys/net/ipv4/ip_local_port_range);" \
    "load average: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
if pgrep -f plexus-classworlds > /dev/null; then
    echo "warning: a Maven build is running: it shares the CPU with the relay and the generator" >&2
fi

if [[ -z ${BENCH_SKIP_BUILD:-} ]]; then
    echo "Building..." >&2
    ./mvnw -q -B package -DskipTests -pl relay-war,bench/echo,bench/load -am
fi

stamp=$(date +%Y%m%d-%H%M%S)
out=${BENCH_OUT:-bench/load/target/bench-results/$stamp-${agents}x${viewers}x${seconds}s}
work=bench/load/target/bench-work
mkdir -p "$out" "$work"
# copies, so that a build running meanwhile changes nothing under the benchmark
cp relay-war/target/payara-micro.jar relay-war/target/relay.war relay-war/target/lib/connection-buffers.jar \
    bench/echo/target/bench-echo.war bench/load/target/deskrelay-bench.jar "$work/"

generator_pid=
cleanup() {
    if [[ -n $generator_pid ]] && kill -0 "$generator_pid" 2>/dev/null; then
        kill "$generator_pid" 2>/dev/null || true     # its shutdown hook stops the relay
        wait "$generator_pid" 2>/dev/null || true
    fi
    if [[ -f $out/relay.pid ]]; then
        relay_pid=$(cat "$out/relay.pid")
        # only if that pid is still our Payara Micro, not a process that got the number since
        if tr '\0' ' ' < "/proc/$relay_pid/cmdline" 2>/dev/null | grep -q -- "$work/payara-micro.jar"; then
            kill "$relay_pid" 2>/dev/null || true
        fi
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The generator: 3 GiB is room for 20,000 JDK WebSockets and the histograms.
java -Xms1g -Xmx3g -jar "$work/deskrelay-bench.jar" \
    --agents "$agents" --viewers "$viewers" --seconds "$seconds" \
    --payara-jar "$work/payara-micro.jar" --relay-war "$work/relay.war" --echo-war "$work/bench-echo.war" \
    --connection-buffers "$work/connection-buffers.jar" \
    --work-dir "$work" --out "$out" "$@" &
generator_pid=$!
status=0
wait "$generator_pid" || status=$?
generator_pid=
exit "$status"
