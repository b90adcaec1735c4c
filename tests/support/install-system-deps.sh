#!/usr/bin/env bash
# Debian packages the end-to-end tests use: Chromium (npm cannot download browsers here), and
# Request Tracker 5 with SQLite and its standalone server (a real helpdesk for the overlay tests).
set -euo pipefail
browser=()
[ -x /usr/bin/chromium ] || browser+=(chromium)
# Its translations: without them Chromium (and extension i18n) stays in English, and the Russian UI tests fail.
dpkg -s chromium-l10n >/dev/null 2>&1 || browser+=(chromium-l10n)
helpdesk=()
for pkg in request-tracker5 rt5-db-sqlite rt5-standalone; do
  dpkg -s "$pkg" >/dev/null 2>&1 || helpdesk+=("$pkg")
done
[ ${#browser[@]} -eq 0 ] && [ ${#helpdesk[@]} -eq 0 ] && exit 0
sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
apt=($sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600)
"${apt[@]}" update -qq
[ ${#browser[@]} -eq 0 ] || "${apt[@]}" install -y -qq "${browser[@]}"
if [ ${#helpdesk[@]} -gt 0 ]; then
  # The tests make their own throwaway RT database: dbconfig-common must not build one at install time.
  echo "request-tracker5 request-tracker5/dbconfig-install boolean false" | $sudo debconf-set-selections
  "${apt[@]}" install -y -qq --no-install-recommends "${helpdesk[@]}"
fi
