-- The script an analyst would write in DuckDB instead of running ogi-rollup: read every CSV of one
-- report year, join the registry and sum each item over the unit tree for every government node.
-- It checks nothing: no rules, no structure, no duplicates, no findings, no coverage.
--
-- scripts/benchmark.sh runs it through DuckDB's JDBC driver in a fresh in-memory database, after
-- replacing ${units_csv}, ${year_dir}, ${year} and ${totals_csv}.
--
-- What it reads and what it skips:
-- * units.csv as it is (code, name, level, parent_code).
-- * <year>/*.csv, every file under the first file's header, matched by position: the columns
--   unit_code,report_year,item,value come first in every file, an extra label or scope column
--   last. union_by_name = true would match by name, but DuckDB then keeps every file open at once:
--   past the open-file limit (20,000 here, ~94,000 files for the country) it stops with "Too many
--   open files", and on a province it took twice as long.
--   DuckDB reads UTF-8 (a BOM is dropped) but has no GB18030 decoder without its encodings
--   extension, which it downloads and this machine cannot. GB18030 files are read all the same
--   because every column the script uses is ASCII: with ignore_errors the Chinese label cells come
--   through as undecoded bytes that nobody looks at. ignore_errors also drops malformed rows
--   without a word; the benchmark checks the totals against ogi-rollup's afterwards.
-- * Region-wide reports (<code>.consolidated.csv) are left out by file name: a scope column is
--   not in every file, so the script cannot count on it. Report text (.txt) is not read at all.
-- * value: a number, or empty / '-' / anything else, counted as 0.

CREATE TABLE units AS
SELECT code, name, level, nullif(parent_code, '') AS parent_code
FROM read_csv('${units_csv}', header = true, all_varchar = true);

CREATE TABLE vals AS
SELECT unit_code, item, coalesce(try_cast(value AS DECIMAL(18, 2)), 0) AS value
FROM read_csv('${year_dir}/*.csv', header = true, all_varchar = true, ignore_errors = true,
              filename = true)
WHERE filename NOT LIKE '%.consolidated.csv';

-- every unit with itself and each of its ancestors
CREATE TABLE tree AS
WITH RECURSIVE up(unit_code, node_code) AS (
    SELECT code, code FROM units
    UNION ALL
    SELECT up.unit_code, u.parent_code
    FROM up JOIN units u ON u.code = up.node_code
    WHERE u.parent_code IS NOT NULL
)
SELECT * FROM up;

COPY (
    SELECT n.code AS node_code, n.name AS node_name, n.level, ${year} AS report_year, v.item,
           sum(v.value) AS value
    FROM vals v
    JOIN tree t USING (unit_code)
    JOIN units n ON n.code = t.node_code
    WHERE n.level IN ('nation', 'province', 'city', 'county')
    GROUP BY ALL
    ORDER BY node_code, item
) TO '${totals_csv}' (HEADER);
