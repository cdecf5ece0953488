#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds with warnings as errors, and runs every test headless.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFUPIN_WERROR=ON
cmake --build build --parallel
cd build
# A test that hangs fails after 5 minutes and is run once more (see the note on the busy-file tests).
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel 2 --timeout 300 --repeat after-timeout:2
