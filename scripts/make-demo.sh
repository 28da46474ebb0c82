#!/usr/bin/env bash
# Regenerates the demo data in input/: the 辽宁省 registry (province, 14 cities, 100 counties, one
# department each), submissions for 2019 and 2020 (F2019) and 2021 (F2021), consistent by
# construction, with one planted defect of each kind (listed in input/defects.csv) and region-wide
# reports for the province and every city. Each year 2 units send their own report as a web page,
# 2 as Word, 2 as Excel and 2 as PDF instead of CSV, with the figures their CSV would have carried
# (PDF needs a font with Chinese characters: apt-get install -y fonts-wqy-microhei). The real
# 阜新市 2019 report (../shared/seed) stands in for 阜新市's generated region-wide report of 2019.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/ogi-rollup.jar ] || mvn -q -B package -DskipTests
rm -rf input/units.csv input/defects.csv input/20??
java -jar target/ogi-rollup.jar generate --scope=21 --years=2019,2020,2021 --departments=1 \
  --defects=1 --consolidated=true --documents=2 --output=input
rm input/2019/210900.consolidated.csv
cp src/test/resources/reports/fuxin-2019.txt input/2019/210900.consolidated.txt
