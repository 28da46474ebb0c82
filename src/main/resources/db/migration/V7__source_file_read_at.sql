-- When each stored file was read (issue 18): the console names the run that read it, the run of
-- its year that was under way then. Files stored before this column came show no time.
alter table source_file add column read_at timestamp default localtimestamp;
update source_file set read_at = null;
