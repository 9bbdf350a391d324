#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources of ui/. Edit the results in Qt Linguist.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lupdate=/usr/lib/qt6/bin/lupdate
cd "$root"
for language in en de; do
  file="translations/causeway_$language.ts"
  # Qt 6.4's lupdate does not understand "namespace causeway::ui {" and drops the
  # namespace from the context, while tr() looks the class up by its full name: strip
  # the namespace so lupdate matches existing entries, then put it back.
  [ -f "$file" ] && sed -i -E 's#<name>causeway::ui::([A-Za-z]+)</name>#<name>\1</name>#' "$file"
  "$lupdate" -no-obsolete -locations relative ui -target-language "$language" \
    -ts "$file"
  sed -i -E 's#<name>([A-Za-z]+)</name>#<name>causeway::ui::\1</name>#' "$file"
done
