-- What a run of a year changes, so that the steps after the ingest touch only that (issue 17). A
-- unit is dirty when a file holding its submission changed, was added or removed; a file is dirty
-- when it changed, was added or removed. Both are cleared once the run's outputs are written.
create table dirty_unit (
    report_year  integer      not null,
    unit_code    varchar(200) not null
);
create index dirty_unit_year on dirty_unit (report_year, unit_code);

create table dirty_file (
    report_year  integer       not null,
    source_file  varchar(1000) not null
);
create index dirty_file_year on dirty_file (report_year, source_file);

-- Whether a submission's values are in the year's totals: set by the roll-up, so that the next
-- change of its unit takes exactly these out again.
alter table submission add column contributed boolean default false not null;

-- The values of contributing submissions whose files changed or went away, kept from the moment
-- their file is forgotten until the roll-up has taken them out of the totals.
create table old_contribution (
    report_year  integer       not null,
    unit_code    varchar(200)  not null,
    format       varchar(8)    not null,
    cell_values  varchar(100000) not null
);
create index old_contribution_year on old_contribution (report_year, unit_code);

-- Set when a year's totals and outputs are all to be made again (its files read again after a
-- changed registry or build, or the year before it made so): cleared once the run has written them.
alter table year_state add column full_pending boolean default false not null;

-- The output folder a year's outputs were last written to in full: a run writing elsewhere, or
-- into a folder of another run, writes every output again.
alter table year_state add column written_to varchar(1000);
