-- A frozen evaluation dossier judged each year of its period against the whole yearly minimum, and
-- never called a part of a year short. A year the period covers only in part is now judged for that
-- part: its minimum is the yearly minimum in proportion to the days covered, rounded (as
-- SteeringGroupMeetings.Year.judged does). Whole years keep their minimum.
update evaluation e
set dossier = jsonb_set(e.dossier, '{group,years}', coalesce((
        select jsonb_agg(case
                   when (y ->> 'wholeYear')::boolean then y
                   else jsonb_set(y, '{minimum}', to_jsonb(round((y ->> 'minimum')::int
                       * ((least(make_date((y ->> 'year')::int, 12, 31), (e.dossier ->> 'to')::date)
                           - greatest(make_date((y ->> 'year')::int, 1, 1), (e.dossier ->> 'from')::date) + 1)::numeric
                          / (make_date((y ->> 'year')::int, 12, 31) - make_date((y ->> 'year')::int, 1, 1) + 1)))::int))
               end order by y.ordinality)
        from jsonb_array_elements(e.dossier -> 'group' -> 'years') with ordinality as y(y, ordinality)), '[]'::jsonb))
where e.dossier is not null and jsonb_typeof(e.dossier -> 'group' -> 'years') = 'array';
