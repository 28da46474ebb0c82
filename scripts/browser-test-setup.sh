#!/usr/bin/env bash
# The headless browser of the console's end-to-end tests (ConsoleBrowserTests): Debian's
# chromium and chromium-driver, installed when missing.
#
#   scripts/browser-test-setup.sh     install them if missing (as root), then print the path of
#                                     chromedriver on standard output
#
# Idempotent and non-interactive: as root it runs apt-get update and apt-get install -y chromium
# chromium-driver only when either is missing. Without root and without the browser it fails,
# saying what to install. .ci/run exports what it prints as OGI_TEST_CHROMEDRIVER; the tests
# start Chromium themselves (headless, a fresh profile, no network of its own).
set -euo pipefail

log() { echo "browser-test-setup: $*" >&2; }

find_driver() {
	local driver
	for driver in /usr/bin/chromedriver /usr/lib/chromium/chromedriver; do
		if [[ -x "$driver" ]]; then
			echo "$driver"
			return 0
		fi
	done
	command -v chromedriver 2>/dev/null
}

find_browser() {
	local browser
	for browser in /usr/bin/chromium /usr/lib/chromium/chromium; do
		if [[ -x "$browser" ]]; then
			echo "$browser"
			return 0
		fi
	done
	command -v chromium 2>/dev/null
}

if ! find_driver > /dev/null || ! find_browser > /dev/null; then
	if [[ $(id -u) -ne 0 ]]; then
		log "Chromium or its driver is missing; run this script as root, or: apt-get install chromium chromium-driver"
		exit 1
	fi
	log "installing chromium and chromium-driver from Debian's packages"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -q >&2
	apt-get install -y -q --no-install-recommends chromium chromium-driver fonts-noto-cjk >&2
fi
driver=$(find_driver) || { log "chromium-driver installed, but no chromedriver found"; exit 1; }
browser=$(find_browser) || { log "chromium installed, but no chromium found"; exit 1; }
log "$("$browser" --version 2>/dev/null || echo chromium), $("$driver" --version 2>/dev/null | head -1)"
echo "$driver"
