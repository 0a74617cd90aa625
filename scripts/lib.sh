# Shared helpers for scripts/run.sh and scripts/test.sh (sourced, not run).

# Installs the pinned npm packages (Azurite, Agents Playground, adaptivecards, app-manifest, teams-js) from the lockfile
# when they are missing or older than the lockfile.
ensure_npm_packages() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "Node.js and npm are required (https://nodejs.org); install them and rerun." >&2; exit 1
  fi
  if [ ! -f "$ROOT/node_modules/.package-lock.json" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    echo "installing pinned npm packages (npm ci)..."
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for_port() {
  for _ in $(seq 1 100); do port_in_use "$1" && return 0; sleep 0.2; done
  echo "nothing listens on port $1" >&2; return 1
}

wait_for_http() {
  local url=$1 seconds=${2:-30}
  for _ in $(seq 1 $((seconds * 5))); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    sleep 0.2
  done
  echo "no answer from $url after ${seconds}s" >&2; return 1
}
