-- The submissions of some files (issue 17): a re-aggregation looks up the units of its changed
-- files and forgets those files' submissions; without this index each lookup read every
-- submission of the year, values and all (1 to 2 s for the country's 100,000).
create index submission_year_file on submission (report_year, source_file);

-- What became of each unit's own submission, asked for by five steps of every run: read from
-- this index, not from the rows with their values.
create index submission_outcome on submission (report_year, scope, unit_code, accepted);
