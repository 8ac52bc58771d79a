-- The activity list at scale (issue 15): each of its orders read from an index, so that a page of 25
-- stops after 25 rows instead of sorting every activity the user may see (2,000 on the benchmark's
-- data set: 0.2-0.4 ms instead of 1.3-3.3 for the statement). The default order is the due date
-- (those without last); the list may also be sorted by title, by status and by the last update.
create index activity_due_date_idx on activity (due_date, id);
create index activity_title_idx on activity (lower(title), id);
create index activity_status_idx on activity (status, due_date, id);
create index activity_last_update_idx on activity (last_update_on desc nulls last, id);
