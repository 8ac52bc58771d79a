-- The large data set of issue 15, reproducible from a seed, written into the portal's own schema.
--
--   psql -v seed=0.42 -d avtaleportal_bench -f bench/generate.sql
--
-- Run it on a database the portal has migrated once in demo mode (AVTALEPORTAL_DEMO_ENABLED=true:
-- the real NTNU–NHO agreement, the demo people and the demo logins with the password "demo");
-- bench/run.sh does both. It adds, beside the demo content:
--   9 more NTNU–NHO agreements (10 in all), each a copy of the real one's clauses, focus areas,
--   commitments and steering group (the same member roles, so the prorector and the department
--   director sit in every group), 500 people with 500 accounts, 2,000 activities,
--   20,000 status updates, 200 meetings (published minutes before 2026-12-01, drafts after) with
--   two agenda items, a numbered decision and ten action items each (2,000 action items), and the
--   history of each of these records (a version for each save: 22,000 versions of activities).
-- Same seed, same rows. Everything runs in one transaction.
\set ON_ERROR_STOP on
\if :{?seed}
\else
\set seed 0.42
\endif
begin;
select setseed(:seed);

create temporary table bench_base as
select a.id as agreement_id from agreement a where a.import_key = 'ntnu-nho-2023';

-- 9 more agreements between NTNU and NHO, with clauses, focus areas and commitments
insert into agreement (import_key, title, subject, kind, preamble, signed_on, signed_place, start_date, term_months,
    extension_allowed, approximate_dates, evaluation_from, evaluation_to, created_by, created_at, last_modified_by, last_modified_at)
select 'bench-' || n, 'Ytelsesavtale ' || n || ' mellom NTNU og NHO', a.subject, a.kind, a.preamble, a.signed_on, a.signed_place,
       a.start_date, a.term_months + 24, a.extension_allowed, a.approximate_dates, a.evaluation_from, a.evaluation_to,
       'bench', now(), 'bench', now()
from agreement a join bench_base b on b.agreement_id = a.id, generate_series(1, 9) n;

create temporary table bench_agreements as
select a.id, a.import_key from agreement a where a.import_key like 'bench-%' order by a.id;

insert into agreement_party (agreement_id, organisation_id, referred_to_as, signatory_name, signatory_title, position,
    created_by, created_at, last_modified_by, last_modified_at)
select n.id, p.organisation_id, p.referred_to_as, p.signatory_name, p.signatory_title, p.position, 'bench', now(), 'bench', now()
from bench_agreements n, agreement_party p join bench_base b on b.agreement_id = p.agreement_id;

insert into clause (agreement_id, number, heading, body, level, position, created_by, created_at, last_modified_by, last_modified_at)
select n.id, c.number, c.heading, c.body, c.level, c.position, 'bench', now(), 'bench', now()
from bench_agreements n, clause c join bench_base b on b.agreement_id = c.agreement_id;

insert into focus_area (agreement_id, clause_id, code, title, description, created_by, created_at, last_modified_by, last_modified_at)
select n.id, nc.id, f.code, f.title, f.description, 'bench', now(), 'bench', now()
from bench_agreements n
join focus_area f on f.agreement_id = (select agreement_id from bench_base)
join clause c on c.id = f.clause_id
join clause nc on nc.agreement_id = n.id and nc.number = c.number;

insert into commitment (focus_area_id, clause_id, text, lead_organisation_id, responsibility_note, position,
    created_by, created_at, last_modified_by, last_modified_at)
select nf.id, nc.id, m.text, m.lead_organisation_id, m.responsibility_note, m.position, 'bench', now(), 'bench', now()
from bench_agreements n
join focus_area f on f.agreement_id = (select agreement_id from bench_base)
join commitment m on m.focus_area_id = f.id
join focus_area nf on nf.agreement_id = n.id and nf.code = f.code
join clause c on c.id = m.clause_id
join clause nc on nc.agreement_id = n.id and nc.number = c.number;

insert into steering_group (agreement_id, clause_id, minimum_meetings_per_year, secretary_role_id,
    created_by, created_at, last_modified_by, last_modified_at)
select n.id, nc.id, g.minimum_meetings_per_year, g.secretary_role_id, 'bench', now(), 'bench', now()
from bench_agreements n
join steering_group g on g.agreement_id = (select agreement_id from bench_base)
left join clause c on c.id = g.clause_id
left join clause nc on nc.agreement_id = n.id and nc.number = c.number;

insert into steering_group_member (steering_group_id, role_id, position)
select ng.id, m.role_id, m.position
from bench_agreements n
join steering_group ng on ng.agreement_id = n.id
join steering_group g on g.agreement_id = (select agreement_id from bench_base)
join steering_group_member m on m.steering_group_id = g.id;

-- 500 people of NTNU and NHO, each with an account (password "demo", as the demo logins)
create temporary table bench_orgs as
select array_agg(p.organisation_id order by p.position) as ids
from agreement_party p join bench_base b on b.agreement_id = p.agreement_id;

insert into person (import_key, name, organisation_id, email, example, created_by, created_at, last_modified_by, last_modified_at)
select 'bench-' || n, 'Testperson ' || lpad(n::text, 3, '0'), (select ids[1 + n % 2] from bench_orgs),
       'bench' || n || '@example.org', true, 'bench', now(), 'bench', now()
from generate_series(1, 500) n;

insert into user_account (username, display_name, email, password_hash, organisation_id, enabled, person_id)
select replace(p.import_key, '-', ''), p.name, p.email, (select password_hash from user_account where username = 'leser'),
       p.organisation_id, true, p.id
from person p where p.import_key like 'bench-%' order by p.id;

insert into user_account_role (account_id, role)
select a.id, case when a.id % 3 = 0 then 'READER' else 'CONTRIBUTOR' end
from user_account a where a.username like 'bench%';

create temporary table bench_people as
select row_number() over (order by id) as n, id, name, organisation_id from person where import_key like 'bench-%';

create temporary table bench_areas as
select row_number() over (order by f.id) as n, f.id as focus_area_id,
       (select min(c.id) from commitment c where c.focus_area_id = f.id) as commitment_id
from focus_area f where f.agreement_id in (select id from bench_agreements) or f.agreement_id = (select agreement_id from bench_base);

-- 2,000 activities
create temporary table bench_activity_plan as
select n,
       1 + floor(random() * (select count(*) from bench_areas))::int as area,
       1 + floor(random() * 500)::int as person,
       (array['PLANNED','IN_PROGRESS','IN_PROGRESS','IN_PROGRESS','COMPLETED','ON_HOLD','CANCELLED'])[1 + floor(random() * 7)::int] as status,
       date '2023-11-20' + floor(random() * 700)::int as start_date,
       floor(random() * 500)::int as length,
       (array['GREEN','GREEN','YELLOW','RED'])[1 + floor(random() * 4)::int] as light,
       (array['kunstig intelligens','etter- og videreutdanning','kompetansebehov','digital sikkerhet','strategi',
              'rapporter og analyser','medlemsbedrifter','Nemonoor','NAIL','HPC'])[1 + floor(random() * 10)::int] as topic
from generate_series(1, 2000) n;

insert into activity (title, description, focus_area_id, commitment_id, lead_organisation_id, responsible_person_id, status,
    start_date, due_date, completed_on, cancel_reason, current_light, last_update_on, update_text, example,
    created_by, created_at, last_modified_by, last_modified_at)
select 'Ytelsestest ' || lpad(p.n::text, 4, '0') || ': ' || p.topic,
       'Aktivitet om ' || p.topic || ' laget for ytelsesmålingen.',
       a.focus_area_id, a.commitment_id, pe.organisation_id, pe.id, p.status,
       p.start_date, p.start_date + p.length,
       case when p.status = 'COMPLETED' then p.start_date + p.length end,
       case when p.status = 'CANCELLED' then 'Avlyst i ytelsestesten' end,
       p.light, p.start_date + p.length / 2, 'Siste status for ' || p.topic, true,
       'bench', now(), 'bench', now()
from bench_activity_plan p
join bench_areas a on a.n = p.area
join bench_people pe on pe.n = p.person
order by p.n;

create temporary table bench_activities as
select row_number() over (order by id) as n, id, status, start_date from activity where created_by = 'bench';

insert into activity_status_change (activity_id, status, changed_on, changed_at)
select a.id, a.status, coalesce(a.start_date, date '2023-11-20'), coalesce(a.start_date, date '2023-11-20')::timestamptz
from bench_activities a order by a.n;

-- 20,000 status updates
insert into status_update (activity_id, written_on, author_person_id, author_name, light, text,
    created_by, created_at, last_modified_by, last_modified_at)
select a.id, coalesce(a.start_date, date '2023-11-20') + floor(random() * 600)::int, pe.id, pe.name,
       (array['GREEN','GREEN','YELLOW','RED'])[1 + floor(random() * 4)::int],
       'Statusoppdatering ' || u.n || ': arbeidet går videre.', 'bench', now(), 'bench', now()
from (select n, 1 + floor(random() * 2000)::int as activity, 1 + floor(random() * 500)::int as person
      from generate_series(1, 20000) n) u
join bench_activities a on a.n = u.activity
join bench_people pe on pe.n = u.person
order by u.n;

-- 200 meetings: 20 for each of the ten steering groups, spring and autumn from 2024
create temporary table bench_groups as
select row_number() over (order by g.id) as n, g.id, g.agreement_id
from steering_group g
where g.agreement_id in (select id from bench_agreements) or g.agreement_id = (select agreement_id from bench_base);

insert into meeting (steering_group_id, starts_at, duration_minutes, place, status, minutes_status, archive_reference,
    calendar_uid, example, created_by, created_at, last_modified_by, last_modified_at)
select g.id, ts, 120, 'Trondheim',
       case when ts < timestamptz '2026-12-01' then 'HELD' else 'PLANNED' end,
       case when ts < timestamptz '2026-12-01' then 'PUBLISHED' else 'DRAFT' end,
       case when ts < timestamptz '2026-12-01' then '2024/' || (1000 + g.n) || '-' || m end,
       'bench-' || g.n || '-' || m || '@avtaleportal', true, 'bench', now(), 'bench', now()
from bench_groups g, generate_series(1, 20) m,
     lateral (select timestamptz '2024-01-10 09:00+00' + ((m - 1) * interval '73 days') + (g.n * interval '1 day') as ts) t
order by g.n, m;

create temporary table bench_meetings as
select row_number() over (order by m.id) as n, m.id, m.starts_at, m.minutes_status
from meeting m where m.created_by = 'bench';

insert into agenda_item (meeting_id, position, title, presenter, planned_minutes, focus_area_id, notes, case_number)
select m.id, i, 'Sak ' || i || ' i møtet ' || to_char(m.starts_at, 'DD.MM.YYYY'), 'Testperson 001', 30, null,
       'Notater fra saken.', lpad((2 * m.n + i)::text, 3, '0') || '/' || to_char(m.starts_at, 'YYYY')
from bench_meetings m, generate_series(1, 2) i;

insert into decision (meeting_id, agenda_item_id, text, number)
select i.meeting_id, i.id, 'Styringsgruppen tar saken til orientering.',
       case when m.minutes_status = 'PUBLISHED' then i.case_number end
from agenda_item i join bench_meetings m on m.id = i.meeting_id where i.position = 1;

insert into minutes_event (meeting_id, kind, actor_username, actor_name, occurred_at)
select m.id, 'PUBLISHED', 'sekretaer', 'Ingrid Berg', m.starts_at + interval '10 days'
from bench_meetings m where m.minutes_status = 'PUBLISHED';

-- 2,000 action items, ten for each meeting; most of the published meetings' done
insert into action_item (meeting_id, agenda_item_id, text, owner_name, owner_person_id, due_date, done_at, done_by)
select i.meeting_id, i.id, 'Oppfølging ' || k || ' fra møtet', pe.name, pe.id, (m.starts_at + interval '30 days')::date,
       case when m.minutes_status = 'PUBLISHED' and random() < 0.7 then m.starts_at + interval '20 days' end,
       case when m.minutes_status = 'PUBLISHED' then 'bench' end
from bench_meetings m
join agenda_item i on i.meeting_id = m.id and i.position = 2
cross join generate_series(1, 10) k
join bench_people pe on pe.n = 1 + ((m.n * 10 + k) % 500)
order by m.n, k;

-- Their histories, as the portal keeps them (Envers: a revision, and a version of each record it
-- saved): each activity's registration and each of its status updates, which set its light and the
-- day of its last update (22,000 versions of activities); each meeting's planning and the
-- publication of its minutes; each agenda item, decision and action item made, and each action
-- item done. One revision per version, after the demo content's.
create temporary table bench_versions as
select (select coalesce(max(id), 0) from audit_revision) + row_number() over (order by v.at, v.kind, v.record, v.revtype) as rev,
       v.*
from (select 'activity' as kind, a.id as record, 0 as revtype, a.start_date::timestamptz as at,
             null::varchar as light, null::date as written_on
      from bench_activities a
      union all
      select 'activity', u.activity_id, 1, u.written_on::timestamptz + interval '12 hours', u.light, u.written_on
      from status_update u join bench_activities a on a.id = u.activity_id
      union all
      select 'meeting', m.id, 0, m.starts_at - interval '30 days', null, null from bench_meetings m
      union all
      select 'meeting', m.id, 1, m.starts_at + interval '10 days', null, null
      from bench_meetings m where m.minutes_status = 'PUBLISHED'
      union all
      select 'agenda_item', i.id, 0, m.starts_at - interval '29 days', null, null
      from agenda_item i join bench_meetings m on m.id = i.meeting_id
      union all
      select 'decision', d.id, 0, m.starts_at + interval '1 hour', null, null
      from decision d join bench_meetings m on m.id = d.meeting_id
      union all
      select 'action_item', x.id, 0, m.starts_at + interval '2 hours', null, null
      from action_item x join bench_meetings m on m.id = x.meeting_id
      union all
      select 'action_item', x.id, 1, x.done_at, null, null
      from action_item x join bench_meetings m on m.id = x.meeting_id where x.done_at is not null) v;

insert into audit_revision (id, changed_at, username)
select rev, (extract(epoch from at) * 1000)::bigint, 'bench' from bench_versions order by rev;
select setval(pg_get_serial_sequence('audit_revision', 'id'), (select max(id) from audit_revision));

-- each version holds the record's columns that its history keeps, as the record has them now
do $$
declare
    kind text;
    columns text;
begin
    foreach kind in array array['activity', 'meeting', 'agenda_item', 'decision', 'action_item'] loop
        select string_agg(quote_ident(h.column_name), ', ' order by h.ordinal_position) into columns
        from information_schema.columns h
        join information_schema.columns r on r.table_name = kind and r.column_name = h.column_name
        where h.table_name = kind || '_aud' and h.column_name not in ('id', 'rev', 'revtype');
        execute format('insert into %I (id, rev, revtype, %s) select r.id, v.rev, v.revtype, %s
                        from bench_versions v join %I r on r.id = v.record where v.kind = %L order by v.rev',
                kind || '_aud', columns, 'r.' || replace(columns, ', ', ', r.'), kind, kind);
    end loop;
end $$;

-- an activity's version of a status update has that update's light and day
update activity_aud h set current_light = v.light, last_update_on = v.written_on
from bench_versions v where v.rev = h.rev and v.kind = 'activity' and v.revtype = 1;

commit;

-- statistics and clean indexes for the planner, as a production database has them (autovacuum may
-- be off, or not have run yet, on the machine that measures)
vacuum analyze;

select (select count(*) from agreement) as agreements, (select count(*) from activity) as activities,
       (select count(*) from status_update) as status_updates, (select count(*) from meeting) as meetings,
       (select count(*) from action_item) as action_items, (select count(*) from user_account) as accounts;
