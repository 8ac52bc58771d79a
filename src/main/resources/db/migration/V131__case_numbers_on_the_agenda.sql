-- Case numbers as Norwegian boards give them: an agenda item gets its number ("05/2026", counted
-- per year of its meeting) when it is put on the agenda, and a decision carries the number of
-- its case once its minutes are approved. Items already on an agenda are numbered here in the
-- order of their meetings and places on the agenda; decisions already numbered keep their
-- numbers (SG-2025-03), as they are published. Several decisions under one case share its number.

alter table agenda_item add column case_number varchar(20);

create table case_counter (
    year        integer not null,
    last_number integer not null,
    constraint case_counter_pk primary key (year)
);

create temporary table numbered_case on commit drop as
select a.id,
       extract(year from m.starts_at at time zone 'Europe/Oslo')::integer as year,
       row_number() over (partition by extract(year from m.starts_at at time zone 'Europe/Oslo')
                          order by m.starts_at, m.id, a.position, a.id)::integer as number
from agenda_item a join meeting m on m.id = a.meeting_id;

update agenda_item a set case_number = lpad(n.number::text, 2, '0') || '/' || n.year
from numbered_case n where n.id = a.id;

insert into case_counter (year, last_number) select year, max(number) from numbered_case group by year;

create unique index agenda_item_case_number_uk on agenda_item (case_number);

alter table decision drop constraint decision_number_uk;
create index decision_number_idx on decision (number);
