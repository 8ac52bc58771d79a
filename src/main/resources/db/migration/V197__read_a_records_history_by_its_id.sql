-- A record's history at scale (issue 15): Envers keeps every saved version of a record in its
-- table's _aud table, keyed by (rev, id), and a history page reads one record's versions by its id
-- (and a part's, such as a meeting's agenda items, by the ids its owner's index finds). Without an
-- index led by the id each such read went through every version of every record of the table: on
-- a portal where each status update saves a version of its activity, one activity's history read
-- all of them. Each table's versions are now found by the record's id, in the order of revision
-- that the history reads them in; an element collection's (an account's roles, an activity's
-- contributors) by its owner's.
create index action_item_aud_id_idx on action_item_aud (id, rev);
create index activity_aud_id_idx on activity_aud (id, rev);
create index activity_contributor_aud_activity_idx on activity_contributor_aud (activity_id, rev);
create index activity_deliverable_aud_id_idx on activity_deliverable_aud (id, rev);
create index agenda_item_aud_id_idx on agenda_item_aud (id, rev);
create index agreement_aud_id_idx on agreement_aud (id, rev);
create index agreement_extension_aud_id_idx on agreement_extension_aud (id, rev);
create index attendee_aud_id_idx on attendee_aud (id, rev);
create index clause_aud_id_idx on clause_aud (id, rev);
create index commitment_aud_id_idx on commitment_aud (id, rev);
create index decision_aud_id_idx on decision_aud (id, rev);
create index delegation_aud_id_idx on delegation_aud (id, rev);
create index evaluation_assessment_aud_id_idx on evaluation_assessment_aud (id, rev);
create index evaluation_aud_id_idx on evaluation_aud (id, rev);
create index evaluation_rating_aud_id_idx on evaluation_rating_aud (id, rev);
create index focus_area_aud_id_idx on focus_area_aud (id, rev);
create index indicator_aud_id_idx on indicator_aud (id, rev);
create index indicator_measurement_aud_id_idx on indicator_measurement_aud (id, rev);
create index meeting_aud_id_idx on meeting_aud (id, rev);
create index person_aud_id_idx on person_aud (id, rev);
create index role_assignment_aud_id_idx on role_assignment_aud (id, rev);
create index user_account_aud_id_idx on user_account_aud (id, rev);
create index user_account_role_aud_account_idx on user_account_role_aud (account_id, rev);
