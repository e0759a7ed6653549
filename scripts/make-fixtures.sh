#!/usr/bin/env bash
# Generates the speech fixtures listed in test/fixtures/speech.json with flite + sox, so
# CI and a newcomer get the same files (flite is deterministic). Skips files that exist.
# Usage: scripts/make-fixtures.sh [--force]
set -euo pipefail
cd "$(dirname "$0")/../test/fixtures"
for tool in flite sox node; do
  if ! command -v "$tool" >/dev/null; then
    # Off Linux (Windows and macOS CI) the fixtures are optional: the tests that need them
    # are skipped by scripts/run-tests.js with this reason. On Linux they are required.
    if [[ "$(uname -s)" != Linux ]]; then
      echo "make-fixtures: skipped: '$tool' is not installed on $(uname -s); tests that need speech fixtures will be skipped"
      exit 0
    fi
    echo "make-fixtures: '$tool' is missing (apt-get install flite sox)" >&2; exit 1
  fi
done
force=${1:-}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

node -e '
const m = require("./speech.json");
for (const f of m.fixtures) console.log([f.name, f.voice, f.text].join("\t"));
' | while IFS=$'\t' read -r name voice text; do
  [[ -f "$name.wav" && "$force" != --force ]] && continue
  flite -voice "$voice" -t "$text" -o "$tmp/raw.wav"
  # A little silence around the speech, as a person leaves before and after speaking.
  sox "$tmp/raw.wav" -r 16000 -c 1 -b 16 -e signed-integer "$name.wav" pad 0.3 0.5
  echo "made $name.wav"
done

multi=$(node -e 'const m=require("./speech.json").multi; console.log([m.name, m.silenceSeconds, ...m.parts].join(" "))')
read -r mname silence parts <<<"$multi"
if [[ ! -f "$mname.wav" || "$force" == --force ]]; then
  sox -n -r 16000 -c 1 -b 16 -e signed-integer "$tmp/gap.wav" trim 0 "$silence"
  args=()
  for p in $parts; do args+=("$p.wav" "$tmp/gap.wav"); done
  sox "${args[@]}" "$mname.wav"
  echo "made $mname.wav"
fi
