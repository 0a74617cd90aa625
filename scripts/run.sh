#!/usr/bin/env bash
# Runs M365Nis2 locally on its embedded defaults: Azurite on loopback (data in .data/), the app on
# http://127.0.0.1:3978 with the built-in demo tenant and a locally generated signing certificate.
#   scripts/run.sh               app + Azurite; an empty store gets the labelled demo story (once)
#   scripts/run.sh --empty       start blank, in a store of its own (.data/azurite-empty): no demo story
#   scripts/run.sh --playground  also the Microsoft 365 Agents Playground (a Teams-like client) against the bot
#   scripts/run.sh --playground-user anders.kjaer@nordlysenergi.onmicrosoft.com   act as another demo user there
# Ctrl-C stops everything this script started.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DATA="$ROOT/.data"
APP_URL="${APP_URL:-http://127.0.0.1:3978}"
PLAYGROUND=0
PLAYGROUND_PORT="${PLAYGROUND_PORT:-56150}"
# The demo tenant (Graph and its Teams sink) on a fixed port: the demo's stored conversations name the sink, so a
# restart on the same .data must find it where it was.
DEMO_GRAPH_PORT="${DEMO_GRAPH_PORT:-3979}"
PLAYGROUND_USER="mette.holm@nordlysenergi.onmicrosoft.com"
SEED_STORY=true
STORE=azurite
while [ $# -gt 0 ]; do
  case "$1" in
    --playground) PLAYGROUND=1 ;;
    --empty) SEED_STORY=false; STORE=azurite-empty ;;
    --playground-user) PLAYGROUND=1; PLAYGROUND_USER="$2"; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

source "$ROOT/scripts/lib.sh"
ensure_npm_packages

PIDS=()
cleanup() {
  trap - EXIT INT TERM
  # Newest first, each waited for: the playground, then the app (it finishes its jobs' storage calls and releases its
  # leases, which needs Azurite still up), then Azurite. Stopping Azurite first made the app's shutdown wait on retries.
  for ((i=${#PIDS[@]}-1; i>=0; i--)); do
    kill "${PIDS[i]}" 2>/dev/null || true
    wait "${PIDS[i]}" 2>/dev/null || true
  done
  echo "stopped."
}
trap cleanup EXIT INT TERM

mkdir -p "$DATA/$STORE" "$DATA/logs"
for port in 10000 10001 10002; do
  if port_in_use "$port"; then
    echo "port $port is busy: another Azurite may be running (stop it, or it would be shared)." >&2; exit 1
  fi
done
APP_PORT="${APP_URL##*:}"; APP_PORT="${APP_PORT%%/*}"
if port_in_use "$APP_PORT"; then
  echo "port $APP_PORT (the app, $APP_URL) is busy: is the app already running? (APP_URL=http://127.0.0.1:<port> picks another)" >&2; exit 1
fi
if [ "$PLAYGROUND" = 1 ] && port_in_use "$PLAYGROUND_PORT"; then
  echo "port $PLAYGROUND_PORT (Agents Playground) is busy: is it already running? (PLAYGROUND_PORT=... picks another)" >&2; exit 1
fi
if port_in_use "$DEMO_GRAPH_PORT"; then
  echo "port $DEMO_GRAPH_PORT (demo tenant) is busy: is the app already running? (DEMO_GRAPH_PORT=... picks another; keep it for this store: its demo chats name the port)" >&2; exit 1
fi
node "$ROOT/node_modules/azurite/dist/src/azurite.js" --silent --location "$DATA/$STORE" \
  --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
  --skipApiVersionCheck --loose --disableTelemetry > "$DATA/logs/azurite.log" 2>&1 &
PIDS+=($!)
wait_for_port 10000 && wait_for_port 10002
echo "Azurite:   blob http://127.0.0.1:10000, table http://127.0.0.1:10002 (data in .data/$STORE)"

dotnet build "$ROOT/src/M365Nis2.Web" -nologo -v quiet >/dev/null
# The built dll, run from the repository root (so .data/ is the one folder of local state), not `dotnet run`, whose
# child process would outlive the script; its JSON logs go to a file to keep this terminal readable.
# Demo__SeedStory: on an empty store the app seeds the labelled demo story once (Features/Demo); --empty turns it off.
ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$APP_URL" Signing__LocalFolder="$DATA/signing" Demo__SeedStory="$SEED_STORY" \
  Graph__Demo__Port="$DEMO_GRAPH_PORT" \
  dotnet "$ROOT/src/M365Nis2.Web/bin/Debug/net10.0/M365Nis2.Web.dll" > "$DATA/logs/app.log" 2>&1 &
PIDS+=($!)
wait_for_http "$APP_URL/healthz" 60

if [ "$SEED_STORY" = true ]; then
  # The story is seeded in the background right after start; wait for it so the first look shows it (at most 2 min).
  for _ in $(seq 1 120); do
    story=$(curl -fsS -H "X-Dev-User: $PLAYGROUND_USER" "$APP_URL/api/demo/story" 2>/dev/null || true)
    case "$story" in *'"state":"seeding"'*|'') sleep 1 ;; *) break ;; esac
  done
  case "$story" in
    *'"state":"seeded"'*) echo "Demo story: seeded (labelled \"(demo)\" in the tab; scripts/run.sh --empty starts blank)." ;;
    *'"state":"skipped"'*) echo "Demo story: not seeded, the store already holds records." ;;
    *'"state":"failed"'*) echo "Demo story: failed, see .data/logs/app.log." ;;
  esac
fi

echo
echo "M365Nis2 is running (demo tenant: demo data)."
echo "  Tab (CISO view):  $APP_URL/tab/"
echo "  Bot endpoint:     $APP_URL/api/messages"
echo "  Health:           $APP_URL/healthz"
echo "  App log:          .data/logs/app.log (JSON lines)"
echo "  Dev API access:   curl -H 'X-Dev-User: mette.holm@nordlysenergi.onmicrosoft.com' $APP_URL/api/me"

if [ "$PLAYGROUND" = 1 ]; then
  dotnet "$ROOT/src/M365Nis2.Web/bin/Debug/net10.0/M365Nis2.Web.dll" playground-config "$DATA/.m365agentsplayground.yml" "$PLAYGROUND_USER"
  (cd "$DATA" && TEAMSAPPTESTER_BROWSER=none M365_AGENTS_PLAYGROUND_CONFIG_PATH="$DATA/.m365agentsplayground.yml" \
    exec node "$ROOT/node_modules/@microsoft/m365agentsplayground/cli.js" -e "$APP_URL/api/messages" -c msteams \
    -p "$PLAYGROUND_PORT" --disable-telemetry > "$DATA/logs/playground.log" 2>&1) &
  PIDS+=($!)
  wait_for_http "http://127.0.0.1:$PLAYGROUND_PORT/_debug/ping" 30
  echo "  Agents Playground: http://127.0.0.1:$PLAYGROUND_PORT  (you are $PLAYGROUND_USER; type 'help')"
else
  echo "  Teams client:     run with --playground to open the Microsoft 365 Agents Playground against the bot"
fi
echo
echo "Ctrl-C stops everything."
wait
