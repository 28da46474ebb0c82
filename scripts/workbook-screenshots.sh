#!/usr/bin/env bash
# Renders the README's screenshots of the workbooks (issue 16) headless: the demo aggregated by the
# jar, each workbook printed to PDF by LibreOffice (Debian's libreoffice-calc), pages cut to PNG by
# pdftoppm (poppler-utils), made smaller by pngquant.
#   scripts/workbook-screenshots.sh [OUT_DIR]      default docs/workbooks
# The crops are of A4 landscape pages as the workbooks set them up to print (NodeSheet, ListSheet
# and FeedbackSheet print across, fitted to the page).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/workbooks}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for tool in soffice pdftoppm pdftotext pngquant; do
  command -v "$tool" > /dev/null || { echo "missing $tool: apt-get install libreoffice-calc poppler-utils pngquant" >&2; exit 2; }
done
[ -f target/ogi-rollup.jar ] || mvn -q -B package -DskipTests
java -jar target/ogi-rollup.jar aggregate --year=2021 --output="$work/out" --data="$work/data" > "$work/aggregate.log"
year="$work/out/2021"
cp "$year/2021-汇总.xlsx" "$work/year.xlsx"
cp "$year/问题清单/210702-D01-"*.xlsx "$work/unit.xlsx"
cp "$year/问题清单/210200-"*.xlsx "$work/city.xlsx"
(cd "$work" && soffice --headless --convert-to pdf year.xlsx unit.xlsx city.xlsx > soffice.log 2>&1)
# the page of a sheet: the first whose text starts with its title
page_of() {
  local pdf="$1" title="$2" pages
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  for ((p = 1; p <= pages; p++)); do
    # sed, not head: head would stop pdftotext with SIGPIPE, which pipefail counts as a failure
    if pdftotext -f "$p" -l "$p" "$pdf" - | sed -n 1p | grep -q "$title"; then echo "$p"; return; fi
  done
  echo "no page starts with $title in $pdf" >&2; exit 1
}
shot() { # pdf page dpi x y width height name
  pdftoppm -png -singlefile -r "$3" -f "$2" -l "$2" -x "$4" -y "$5" -W "$6" -H "$7" "$1" "$work/$8"
  pngquant --force --skip-if-larger --output "$out/$8.png" "$work/$8.png" || cp "$work/$8.png" "$out/$8.png"
}
mkdir -p "$out"
node_page=$(page_of "$work/year.pdf" '辽宁省（210000）')
findings_page=$(page_of "$work/year.pdf" '单位代码')
shot "$work/year.pdf" "$node_page" 300 190 200 1020 740 year-node-sheet
shot "$work/year.pdf" "$findings_page" 250 150 150 1700 700 year-findings-sheet
shot "$work/unit.pdf" 2 200 120 130 1200 880 feedback-unit-tables
shot "$work/unit.pdf" 2 200 120 1180 2100 200 feedback-unit-failing-cells
shot "$work/city.pdf" 1 200 100 100 1500 500 feedback-city-list
ls -l "$out"
