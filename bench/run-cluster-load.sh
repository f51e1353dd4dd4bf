#!/usr/bin/env bash
# The relay as a cluster under load on loopback: starts PostgreSQL, NODES relay nodes on the data
# grid and as many generator processes as the sockets need (at most 15,000 each: one process may
# hold only 20,000 open files here), holds the load for SECONDS in all of them together, and
# prints the merged figures, per node and in total (also written as cluster-result.md and .json).
# The nodes started here are set up with their setup code; each generator process makes its viewers'
# accounts (one each, with an API token) before it connects. See docs/benchmarks.md, "Cluster".
#   bench/run-cluster-load.sh [NODES] [AGENTS] [VIEWERS] [SECONDS] [cluster options...] [-- generator options...]
#   bench/run-cluster-load.sh 2 2000 200 60 --cross 0.5
#   bench/run-cluster-load.sh 2 2000 200 60 --kill-node 1 --kill-after 20        # a node's loss
#   bench/run-cluster-load.sh 2 200 20 20 --grid off --database h2 --cross 0     # the mechanics, no grid routing
# defaults: 2 2000 200 60. BENCH_SKIP_BUILD=1 uses the jars already in target/; BENCH_OUT=DIR puts the results there.
# Exit status: 0 a correct run, 3 the run finished with errors or losses, 1 it could not run.
set -euo pipefail
cd "$(dirname "$0")/.."

nodes=${1:-2}
agents=${2:-2000}
viewers=${3:-200}
seconds=${4:-60}
shift $(( $# < 4 ? $# : 4 ))

ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
echo "open files per process: $(ulimit -n); load average: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
if pgrep -f plexus-classworlds > /dev/null; then
    echo "warning: a Maven build is running: it shares the CPU with the nodes and the generators" >&2
fi

if [[ -z ${BENCH_SKIP_BUILD:-} ]]; then
    echo "Building..." >&2
    ./mvnw -q -B package -DskipTests -pl relay-war,bench/load -am
fi

work=bench/load/target/bench-work/cluster
mkdir -p "$work"
# copies, so that a build running meanwhile changes nothing under the benchmark
cp relay-war/target/payara-micro.jar relay-war/target/relay.war relay-war/target/lib/connection-buffers.jar \
    relay-war/target/lib/postgresql.jar bench/load/target/deskrelay-bench.jar "$work/"

# The coordinator stops what it started (nodes, PostgreSQL, generators) from its shutdown hook.
coordinator_pid=
cleanup() {
    if [[ -n $coordinator_pid ]] && kill -0 "$coordinator_pid" 2>/dev/null; then
        kill "$coordinator_pid" 2>/dev/null || true
        wait "$coordinator_pid" 2>/dev/null || true
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

java -Xmx512m -cp "$work/deskrelay-bench.jar" dev.deskrelay.bench.cluster.ClusterMain \
    --nodes "$nodes" --agents "$agents" --viewers "$viewers" --seconds "$seconds" \
    --payara-jar "$work/payara-micro.jar" --relay-war "$work/relay.war" \
    --connection-buffers "$work/connection-buffers.jar" --postgres-driver "$work/postgresql.jar" \
    --bench-jar "$work/deskrelay-bench.jar" --work-dir "$work" \
    --out "${BENCH_OUT:-bench/load/target/bench-results/cluster}" "$@" &
coordinator_pid=$!
status=0
wait "$coordinator_pid" || status=$?
coordinator_pid=
exit "$status"
