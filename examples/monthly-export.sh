#!/usr/bin/env bash
# Exports last month's figures for every cell in the database into a dated folder
# (DEST/YYYY-MM), writes a manifest per file (by livcr) and keeps a SHA-256 checksum list.
#
#   monthly-export.sh [DEST]          DEST defaults to ./livcr-exports
#
# Environment: LIVCR (the livcr binary, default `livcr`), LIVCR_DB (the database),
# LIVCR_TODAY (fixes "today", e.g. in tests). Exits non-zero when an export fails.
set -euo pipefail

livcr=${LIVCR:-livcr}
dest=${1:-./livcr-exports}
today=${LIVCR_TODAY:-$(date +%F)}
# Last month: the day before the first of this month.
period=$(date -d "${today:0:7}-01 -1 day" +%Y-%m)
dir="$dest/$period"

umask 077
mkdir -p "$dir"
chmod 700 "$dir"

cells=$("$livcr" cell list --format csv | tail -n +2 | cut -d, -f1)
if [ -z "$cells" ]; then
    echo "monthly-export: no cell in the database" >&2
    exit 1
fi
for cell in $cells; do
    for format in csv json; do
        "$livcr" --cell "$cell" --format "$format" export monthly --month "$period" --out "$dir"
    done
done

cd "$dir"
sha256sum -- livcr-*.csv livcr-*.json > SHA256SUMS
chmod 600 SHA256SUMS
echo "monthly-export: $period written to $dir" >&2
