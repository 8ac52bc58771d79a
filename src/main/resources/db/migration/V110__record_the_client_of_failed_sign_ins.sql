-- The client (its address, as the servlet container reports it) of each failed sign-in: the
-- throttle counts failures per client and per username and client, besides per username.
alter table failed_login add column client varchar(64);
create index failed_login_client_attempted_at_idx on failed_login (client, attempted_at desc);
