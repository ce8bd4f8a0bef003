#!/usr/bin/env bash
# Installs the front-end packages from package-lock.json (npm ci) and copies what every
# edition ships into src/trendbeeld/publish/static/vendor/: the NL Design System CSS
# (Utrecht components and theme tokens), the Noto Sans font and their licences. Built sites
# then work offline. axe-core stays in node_modules; only the accessibility tests use it.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v npm >/dev/null 2>&1; then
  echo "npm ontbreekt: installeer Node.js (met npm) om de NL Design System-CSS op te halen." >&2
  exit 1
fi
npm ci --no-audit --no-fund --loglevel=error

vendor=src/trendbeeld/publish/static/vendor
rm -rf "$vendor"
mkdir -p "$vendor"
cp node_modules/@utrecht/component-library-css/dist/index.css "$vendor/utrecht-components.css"
cp node_modules/@utrecht/design-tokens/dist/theme.css "$vendor/utrecht-theme.css"
cp node_modules/@fontsource-variable/noto-sans/files/noto-sans-latin-wght-normal.woff2 "$vendor/"
cp node_modules/@utrecht/component-library-css/LICENSE.md "$vendor/LICENSE-utrecht.md"
cp node_modules/@fontsource-variable/noto-sans/LICENSE "$vendor/LICENSE-noto-sans.txt"
echo "NL Design System-CSS gekopieerd naar $vendor" >&2
