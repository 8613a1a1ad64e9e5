#!/usr/bin/env bash
# Installs what the build needs on a Debian machine (with --test, what the tests need too), then the npm packages.
#   bash scripts/setup.sh          Chromium: the build photographs the share images with it
#   bash scripts/setup.sh --test   also the CJK fonts the layout tests measure with, Firefox ESR and WebKitGTK
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium)
if [ "${1:-}" = "--test" ]; then
	# Noto CJK gives Chromium Chinese glyphs, so layout is measured with real text widths. Firefox ESR and WebKitGTK
	# (WebKitWebDriver in a bare GTK window under Xvfb) run the smoke suites of the other engines WeChat is built on.
	packages+=(fonts-noto-cjk firefox-esr webkit2gtk-driver xvfb python3-gi gir1.2-webkit2-4.1)
fi
missing=()
for pkg in "${packages[@]}"; do
	dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
	sudo=()
	[ "$(id -u)" -eq 0 ] || sudo=(sudo)
	"${sudo[@]}" apt-get update
	DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

npm ci --no-audit --no-fund
