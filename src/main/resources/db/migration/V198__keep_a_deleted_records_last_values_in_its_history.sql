-- A deletion in a record's history keeps the record's last values (issue 15): Envers now stores
-- them at a deletion (org.hibernate.envers.store_data_at_delete), as it stores them at every
-- other change, so that a removed part (a meeting's agenda item, decision or action item; an
-- activity's deliverable) keeps the owner it was removed from, and the owner's history reads all
-- its parts' versions by the owner alone. Deletions saved before this held only the record's id:
-- each is given the values of the record's version before it.
do $$
declare
	history record;
	columns text;
begin
	for history in
		select t.table_name from information_schema.tables t
		where t.table_schema = current_schema() and t.table_name like '%\_aud'
			and exists (select 1 from information_schema.columns c where c.table_schema = t.table_schema
				and c.table_name = t.table_name and c.column_name = 'id')
			and exists (select 1 from information_schema.columns c where c.table_schema = t.table_schema
				and c.table_name = t.table_name and c.column_name = 'revtype')
	loop
		select string_agg(quote_ident(c.column_name), ', ' order by c.ordinal_position) into columns
		from information_schema.columns c
		where c.table_schema = current_schema() and c.table_name = history.table_name
			and c.column_name not in ('id', 'rev', 'revtype');
		if columns is not null then
			execute format('update %1$I deletion set (%2$s) = (select %2$s from %1$I earlier'
					' where earlier.id = deletion.id and earlier.rev < deletion.rev and earlier.revtype <> 2'
					' order by earlier.rev desc limit 1)'
					' where deletion.revtype = 2 and exists (select 1 from %1$I earlier'
					' where earlier.id = deletion.id and earlier.rev < deletion.rev and earlier.revtype <> 2)',
					history.table_name, columns);
		end if;
	end loop;
end
$$;
