#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Fupin needs to build, test and run, when any is missing.
set -euo pipefail
packages=(cmake ninja-build g++ qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n catch2 libsqlite3-dev libsodium-dev pkg-config libgl-dev fonts-noto-cjk
  clang-format xvfb xauth poppler-utils zlib1g-dev libfreexl-dev libzip-dev libqrencode-dev
  python3-openpyxl zbar-tools)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
