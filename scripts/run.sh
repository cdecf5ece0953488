#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts Fupin on the demo county (invented data, marked
# 演示数据; created on first use). Arguments are passed on instead, e.g. --db FILE.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --parallel --target fupin fupin-cli
if [ $# -eq 0 ]; then
  exec build/app/fupin --demo
fi
exec build/app/fupin "$@"
