#!/usr/bin/env bash
# First README command: install what is missing, build, run the main job on
# sample_evidence/ and print where to look. Re-running is safe (idempotent;
# the second run records the same zips as duplicate submissions).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/packages.sh
kc_install $KC_BUILD_PACKAGES
kc_build
# The sample PDFs are signed by the fixture test CA (tests/fixtures/pki, NOT a
# real CA); trusting it here is what makes their signatures "valid" in the demo.
# --as-of 2022-11-30: judge the 2022 sample as the office would have at the time.
KC_LOG=quiet build/kiemchung ingest sample_evidence/ --as-of 2022-11-30 --trust tests/fixtures/pki/trust "$@"
