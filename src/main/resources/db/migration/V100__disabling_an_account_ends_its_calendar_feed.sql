-- A personal calendar feed ends when its account is disabled, however that happens: enabling the
-- account again does not bring the old address back; its owner makes a new feed (issue 13).
create function calendar_feed_end_with_account() returns trigger
    language plpgsql as
$$
begin
    delete from calendar_feed where account_id = new.id;
    return new;
end
$$;

create trigger user_account_disabled_ends_calendar_feed
    after update of enabled on user_account
    for each row
    when (old.enabled and not new.enabled)
    execute function calendar_feed_end_with_account();

-- feeds of accounts disabled before this migration end too
delete from calendar_feed f using user_account a where a.id = f.account_id and not a.enabled;
