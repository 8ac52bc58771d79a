-- The meeting notice (innkalling, issue 18): when the secretary last sent it, by whom, and the
-- calendar SEQUENCE it carried. The meeting's calendar_sequence rises when it is moved or
-- cancelled; a notice whose sequence is lower is out of date and the page offers an update.
alter table meeting add column notice_sent_at timestamp with time zone;
alter table meeting add column notice_sent_by varchar(200);
alter table meeting add column notice_sequence int;
