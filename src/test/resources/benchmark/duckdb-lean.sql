-- The leanest script an analyst would write (issue 17): the same roll-up as duckdb-rollup.sql, with
-- nothing DuckDB has to guess. The columns and their types are given, so no file is sniffed and no
-- value is cast twice: unit_code, report_year, item, value as a DECIMAL, and the optional label
-- (null_padding fills it for the files without one). The ancestors of every unit are joined once
-- and each item summed with one GROUP BY. It checks nothing, like the other script, and reads
-- GB18030 files the same way (ignore_errors; only the label is not ASCII). A value that is not a
-- number is dropped with its row: the benchmark's files have none, and the totals are checked.
--
-- scripts/benchmark.sh runs it through DuckDB's JDBC driver in a fresh in-memory database, after
-- replacing ${units_csv}, ${year_dir}, ${year} and ${totals_csv}.

CREATE TABLE units AS
SELECT code, name, level, nullif(parent_code, '') AS parent_code
FROM read_csv('${units_csv}', header = true, auto_detect = false,
              columns = {'code': 'VARCHAR', 'name': 'VARCHAR', 'level': 'VARCHAR', 'parent_code': 'VARCHAR'});

CREATE TABLE vals AS
SELECT unit_code, item, value
FROM read_csv('${year_dir}/*.csv', header = true, auto_detect = false, null_padding = true,
              ignore_errors = true, filename = true,
              columns = {'unit_code': 'VARCHAR', 'report_year': 'INTEGER', 'item': 'VARCHAR',
                         'value': 'DECIMAL(18, 2)', 'label': 'VARCHAR'})
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
