-- The outputs list rows in the order of text columns (findings by file, duplicates by unit and
-- file, region-wide reports by unit). H2 orders text by character code; PostgreSQL orders by the
-- database's collation (en_US.UTF-8 puts "210103-a.csv" before "210103-D01.csv" and ignores the
-- hyphen in "210103-D01"), so the same input would be listed in another order. Collation "C"
-- orders by character code as H2 does, whatever locale the database was created with.
alter table submission alter column unit_code type varchar(200) collate "C";
alter table submission alter column scope type varchar(16) collate "C";
alter table submission alter column source_file type varchar(1000) collate "C";
alter table finding alter column source_file type varchar(1000) collate "C";
alter table finding alter column source type varchar(1100) collate "C";
alter table finding alter column unit_code type varchar(200) collate "C";
alter table finding alter column rule_id type varchar(64) collate "C";
alter table node_total alter column node_code type varchar(200) collate "C";
alter table source_file alter column source_file type varchar(1000) collate "C";
