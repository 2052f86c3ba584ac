#!/usr/bin/env bash
# Score the crate on the hand-written "world" articles (wars and outlets beyond the seeds).
# Run from the project's root:
#   bash scripts/score-world.sh            # table
#   bash scripts/score-world.sh --detail   # plus every miss and false alarm
#   bash scripts/score-world.sh --json     # one JSON object
set -euo pipefail
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
cargo run --quiet --release --example extract -- tests/fixtures/world/*.txt > "$tmp"
python3 ../shared/eval/score.py --pred "$tmp" --gold tests/fixtures/world/gold --texts tests/fixtures/world "$@"
