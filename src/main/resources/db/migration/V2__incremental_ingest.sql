-- What each stored submission file looked like when it was read, so that the next run of the
-- year reads only the files that changed (issue 5). The ingest key changes with the registry and
-- the application version, and a new key means every file of the year is read again.
create table source_file (
    report_year     integer       not null,
    source_file     varchar(1000) not null,
    size_bytes      bigint        not null,
    modified_millis bigint        not null,
    checksum        varchar(64)   not null,
    primary key (report_year, source_file)
);

create table year_state (
    report_year  integer      not null primary key,
    ingest_key   varchar(200) not null
);

-- The verdict of a submission's own checks; accepted is that verdict less duplicates.
alter table submission add column valid boolean default true not null;
update submission set valid = accepted;
