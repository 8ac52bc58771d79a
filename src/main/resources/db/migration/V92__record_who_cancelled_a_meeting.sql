-- Issue 5: a cancelled meeting records who cancelled it and when, as every other step does.
alter table meeting add column cancelled_by varchar(200);
alter table meeting add column cancelled_at timestamptz;

alter table meeting_aud add column cancelled_by varchar(200);
alter table meeting_aud add column cancelled_at timestamptz;
