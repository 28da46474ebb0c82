-- The year a stored submission's data belongs to when it is not its folder's (a 2020 file put in
-- the 2021 folder), null otherwise: such a file is rejected on its own and is never a duplicate of
-- the unit's right file (issue 17).
alter table submission add column other_year integer;
