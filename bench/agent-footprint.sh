#!/usr/bin/env bash
# The agent's footprint against a relay on loopback: start-to-connected time, CPU and memory,
# as a person runs the jar (java -jar, which restarts itself with the launcher's options), held to
# the JVM's default flags, with the launcher's (agent-standalone/src/packaging/jvm-options), and
# the installer's app image itself if it has been built (mvn -Pinstaller package).
#   bench/agent-footprint.sh [SECONDS]                    each agent runs this long once connected (60)
#   bench/agent-footprint.sh 30 'small=-Xmx16m' ...       also compare other flag sets
# BENCH_SKIP_BUILD=1 uses the jars already in target/. Not a test: it prints figures, it judges nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${1:-60}
shift $(( $# > 0 ? 1 : 0 ))
options_file=agent-standalone/src/packaging/jvm-options
launcher_flags=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$options_file" | tr '\n' ' ')
# the property tells the jar its options were chosen, so "defaults" keeps the JVM's own
variants=("jar=" "defaults=-Ddeskrelay.jvm-options=defaults" "launcher=$launcher_flags" "$@")
hz=$(getconf CLK_TCK)

work=$(mktemp -d)
relay_pid= agent_pid=
cleanup() {
    for pid in $agent_pid $relay_pid; do
        kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ -z ${BENCH_SKIP_BUILD:-} ]]; then
    echo "Building..." >&2
    ./mvnw -q -B package -Dmaven.test.skip=true
fi
# copies, so that a build running meanwhile changes nothing under the benchmark
cp agent-standalone/target/deskrelay-agent.jar relay-war/target/relay.war "$work/"
app_image=agent-standalone/target/installer/deskrelay-agent
if [[ -x $app_image/bin/deskrelay-agent ]]; then
    cp -a "$app_image" "$work/app-image"
    variants+=("app-image=")
fi

# a free loopback port
while :; do
    port=$(( 20000 + RANDOM % 30000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || break
done

# The relay listens on 127.0.0.1 only: no data grid (Hazelcast binds every interface), and H2
# without AUTO_SERVER (which opens a TCP port on every interface).
echo 'set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false' > "$work/preboot"
cat > "$work/postboot" <<'ASADMIN'
set resources.jdbc-connection-pool.H2Pool.property.URL=jdbc:h2:${deskrelay.data.dir}/relay;TRACE_LEVEL_FILE=0
set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1
ASADMIN
echo "Starting a relay on 127.0.0.1:$port..." >&2
mkdir -p "$work/tmp" "$work/data"
java -Xmx512m -Djava.io.tmpdir="$work/tmp" -Ddeskrelay.data.dir="$work/data" \
    -jar relay-war/target/payara-micro.jar --nocluster --port "$port" --contextroot / \
    --prebootcommandfile "$work/preboot" --postbootcommandfile "$work/postboot" \
    --deploy "$work/relay.war" > "$work/relay.log" 2>&1 &
relay_pid=$!
for _ in $(seq 1 240); do
    grep -q 'Payara Micro .* ready in' "$work/relay.log" && break
    kill -0 "$relay_pid" 2>/dev/null || { tail -n 30 "$work/relay.log" >&2; exit 1; }
    sleep 0.5
done
grep -q 'ready in' "$work/relay.log" || { echo "the relay did not start; see $work/relay.log" >&2; exit 1; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# utime + stime of all the process's threads, in clock ticks (fields 14 and 15 of /proc/PID/stat)
cpu_ticks() { awk '{ sub(/.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"; }
status_mib() { awk -v k="$2:" '$1 == k { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }

results=()
for variant in "${variants[@]}"; do
    name=${variant%%=*}
    read -ra flags <<< "${variant#*=}"
    if [[ $name == app-image ]]; then
        command=("$work/app-image/bin/deskrelay-agent")   # its own runtime and options
    else
        command=(java "${flags[@]}" -jar "$work/deskrelay-agent.jar")
    fi
    echo "Running the agent: ${command[*]} for ${duration}s..." >&2
    home=$work/agent-$name
    mkdir -p "$home"
    start=$(now_ms)
    # A fresh config file, so the agent enrolls on its first connection. JNA unpacks its native
    # library under XDG_CACHE_HOME.
    XDG_CONFIG_HOME=$home XDG_CACHE_HOME=$home "${command[@]}" \
        --relay "ws://127.0.0.1:$port" --config "$home/agent.json" --interval 1 > "$home/out" 2>&1 &
    agent_pid=$!
    until grep -qs '^Connected to' "$home/out"; do
        if ! kill -0 "$agent_pid" 2>/dev/null || (( $(now_ms) - start > 30000 )); then
            echo "the agent did not connect:" >&2; cat "$home/out" >&2; exit 1
        fi
        sleep 0.01
    done
    connected=$(now_ms)
    ticks0=$(cpu_ticks "$agent_pid")
    sleep "$duration"
    ticks1=$(cpu_ticks "$agent_pid")
    elapsed_ms=$(( $(now_ms) - connected ))
    peak=$(status_mib "$agent_pid" VmHWM)
    steady=$(status_mib "$agent_pid" VmRSS)
    kill "$agent_pid"; wait "$agent_pid" 2>/dev/null || true; agent_pid=
    results+=("$(awk -v n="$name" -v c=$((connected - start)) -v t0="$ticks0" -v t1="$ticks1" -v hz="$hz" \
        -v ms="$elapsed_ms" -v p="$peak" -v s="$steady" 'BEGIN {
        printf "| %-10s | %7.2f s | %6.2f %% | %7.2f s | %6s MiB | %6s MiB |", n, c / 1000,
            100 * (t1 - t0) / hz / (ms / 1000), t0 / hz, p, s }')")
done

echo
echo "Agent footprint: ${duration}s connected to a relay on loopback, telemetry every second;"
echo "$(nproc) cores, $(java -version 2>&1 | head -n 1)."
echo "CPU: % of one core while connected; start CPU: CPU time until connected."
echo
echo "| flags      | connected |  CPU     | start CPU |   peak RSS |    end RSS |"
echo "|------------|-----------|----------|-----------|------------|------------|"
printf '%s\n' "${results[@]}"
for variant in "${variants[@]}"; do
    case ${variant%%=*} in
        jar) echo "jar: java -jar, no options (it restarts itself with the launcher's)" ;;
        app-image) echo "app-image: $app_image/bin/deskrelay-agent (jlinked runtime, the launcher's options)" ;;
        *) echo "${variant%%=*}: ${variant#*=}" ;;
    esac
done
