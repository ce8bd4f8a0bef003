#!/usr/bin/env bash
# Installs what the tests need from Debian's packages, only when it is missing:
# PostgreSQL (store tests), Chromium (pages and accessibility), poppler-utils (pdftotext).
# Without root or apt-get it says what is missing; the tests then skip those parts
# (never under CI=true, where they fail instead).
set -euo pipefail

need=()
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  need+=(postgresql)
fi
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
# WeasyPrint needs Pango; fonts for the brochure
ldconfig -p 2>/dev/null | grep -q libpango-1.0 || need+=(libpango-1.0-0 libpangoft2-1.0-0)
fc-list 2>/dev/null | grep -qi "dejavu" || need+=(fonts-dejavu-core)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Niet geïnstalleerd: ${need[*]}. Installeer ze met apt-get (als root); de tests die ze nodig hebben worden anders overgeslagen." >&2
  exit 0
fi
echo "Installeren: ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
