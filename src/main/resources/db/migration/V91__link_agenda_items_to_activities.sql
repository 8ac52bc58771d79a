-- Issue 5: an agenda item may refer to one of the agreement's activities, as it refers to a focus
-- area and a commitment. Removing an activity leaves the item without the link.
alter table agenda_item add column activity_id bigint;
alter table agenda_item add constraint agenda_item_activity_fk foreign key (activity_id) references activity (id) on delete set null;
create index agenda_item_activity_idx on agenda_item (activity_id);

alter table agenda_item_aud add column activity_id bigint;
