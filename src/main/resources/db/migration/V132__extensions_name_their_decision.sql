-- An extension decided by the steering group after the evaluation names its decision by number,
-- so that each page says so in its own language; the note is for what an administrator writes.
-- Extensions recorded before kept a Norwegian sentence as their note ("Vedtak SG-2025-03 etter
-- evalueringen"): its number moves to the new column.

alter table agreement_extension add column decision_number varchar(20);
alter table agreement_extension_aud add column decision_number varchar(20);

update agreement_extension
set decision_number = substring(note from '^Vedtak (\S+) etter evalueringen$'), note = null
where note ~ '^Vedtak \S+ etter evalueringen$';
