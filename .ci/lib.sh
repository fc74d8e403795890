# Shared by .ci/serve, .ci/test, .ci/run and .ci/bench: installs what is missing, skips what
# is there. Source it; it sets ROOT and PATH.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/.ci/tools/node_modules/.bin:$PATH"
TRUNK_VERSION="0.21.14"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root to run: $*" >&2; return 1; fi
}

# The wasm-bindgen version Cargo.lock pins; the CLI must match it exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_rust() {
  command -v cargo >/dev/null || { echo "cargo is missing: install Rust with rustup first" >&2; exit 1; }
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (about 8 minutes on 2 cores, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  local want; want="$(wasm_bindgen_version)"
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ] \
    || ! command -v wasm-bindgen-test-runner >/dev/null; then
    say "installing wasm-bindgen-cli $want (matches Cargo.lock)"
    # Not --locked: the CLI's own lock pins a crate the registry no longer serves.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

# npm ci in a folder when its lock changed since the last install.
npm_install_in() {
  local dir="$1" stamp="$1/node_modules/.installed-lock"
  if [ ! -f "$stamp" ] || ! cmp -s "$dir/package-lock.json" "$stamp"; then
    say "installing npm packages in ${dir#$ROOT/}"
    (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
    cp "$dir/package-lock.json" "$stamp"
  fi
}

# wasm-opt from npm's binaryen: Debian's (108) silently breaks current wasm-bindgen output.
ensure_binaryen() {
  command -v node >/dev/null || { say "installing node"; as_root apt-get update -qq; as_root apt-get install -y -qq nodejs npm; }
  npm_install_in "$ROOT/.ci/tools"
}

ensure_chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing chromium and chromedriver from Debian"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver
  fi
}

ensure_e2e_deps() {
  npm_install_in "$ROOT/tests/e2e"
}

# Lighthouse 12.2.3 for the benchmark (13 needs Node 22); it runs Debian's Chromium.
ensure_lighthouse() {
  npm_install_in "$ROOT/.ci/tools/lighthouse"
}

# cargo-fuzz for `.ci/fuzz` (the targets themselves build on the nightly toolchain).
ensure_cargo_fuzz() {
  if ! command -v cargo-fuzz > /dev/null; then
    say "installing cargo-fuzz"
    cargo install cargo-fuzz --version 0.13.2
  fi
}

# The release build's post-build hook renders the first view in Chromium with the
# end-to-end tests' Playwright (scripts/prerender.mjs), so a build needs both.
ensure_build_tools() {
  ensure_rust
  ensure_trunk
  ensure_wasm_bindgen
  ensure_binaryen
  ensure_chromium
  ensure_e2e_deps
}

release_build() {
  say "building the release app into dist/"
  (cd "$ROOT" && trunk build --release --offline)
}
