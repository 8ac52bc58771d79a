-- Search at scale (issue 15). With 20,000 status updates a search took 250-330 ms per statement:
-- the trigram word-similarity index (pg_trgm) had to look at most rows for a word of ordinary
-- trigrams, the full-text indexes kept every new row in their pending list (read in full by each
-- search until a vacuum merges it), and each hit's tsvector was computed again to rank it.
--
-- 1. Every searched table keeps its Norwegian tsvector in a stored generated column, as activity
--    and document already do, indexed by GIN without a pending list (fastupdate off): an edit
--    costs a little more, a search never reads unmerged rows.
-- 2. Typos are no longer matched against the records' texts but against search_word, the words
--    that occur in them (a few thousand, not tens of thousands of texts): the search module looks
--    up the words similar to each word typed and searches for those with the full-text indexes.
--    The list only grows (a word that no longer occurs finds nothing); triggers keep it.

alter table status_update
    add column search_vector tsvector generated always as (to_tsvector('norwegian', text)) stored;
alter table activity_deliverable
    add column search_vector tsvector generated always as (to_tsvector('norwegian', title)) stored;
alter table agreement
    add column search_vector tsvector generated always as (
        to_tsvector('norwegian', title || ' ' || coalesce(subject, '') || ' ' || coalesce(preamble, ''))) stored;
alter table clause
    add column search_vector tsvector generated always as (to_tsvector('norwegian', heading || ' ' || body)) stored;
alter table agenda_item
    add column search_vector tsvector generated always as (
        to_tsvector('norwegian', title || ' ' || coalesce(notes, ''))) stored;
alter table decision
    add column search_vector tsvector generated always as (to_tsvector('norwegian', text)) stored;
alter table action_item
    add column search_vector tsvector generated always as (to_tsvector('norwegian', text)) stored;

drop index status_update_search_idx, activity_deliverable_search_idx, agreement_search_idx, clause_search_idx,
    agenda_item_search_idx, decision_search_idx, action_item_search_idx;
create index status_update_search_idx on status_update using gin (search_vector) with (fastupdate = off);
create index activity_deliverable_search_idx on activity_deliverable using gin (search_vector) with (fastupdate = off);
create index agreement_search_idx on agreement using gin (search_vector) with (fastupdate = off);
create index clause_search_idx on clause using gin (search_vector) with (fastupdate = off);
create index agenda_item_search_idx on agenda_item using gin (search_vector) with (fastupdate = off);
create index decision_search_idx on decision using gin (search_vector) with (fastupdate = off);
create index action_item_search_idx on action_item using gin (search_vector) with (fastupdate = off);

alter index activity_search_idx set (fastupdate = off);
alter index document_search_idx set (fastupdate = off);
alter index document_text_search_idx set (fastupdate = off);
select gin_clean_pending_list('activity_search_idx'), gin_clean_pending_list('document_search_idx'),
       gin_clean_pending_list('document_text_search_idx');

-- The trigram indexes over whole texts are no longer read.
drop index activity_words_idx, document_words_idx, document_text_words_idx, status_update_words_idx,
    activity_deliverable_words_idx, agreement_words_idx, clause_words_idx, agenda_item_words_idx,
    decision_words_idx, action_item_words_idx;

-- Each word of three letters or more (letters only, in lower case, as typed, not stemmed) that
-- occurs in a searched text. GiST, so that the closest words come first (<<->, word similarity).
create table search_word (
    word text not null,
    constraint search_word_pk primary key (word)
);
create index search_word_similar_idx on search_word using gist (word gist_trgm_ops);

-- Remembers the words of the columns named as the trigger's arguments of the row written.
create function search_word_remember() returns trigger language plpgsql as $$
declare
    column_name text;
begin
    foreach column_name in array tg_argv loop
        insert into search_word (word)
        select lexeme from unnest(to_tsvector('simple', coalesce(to_jsonb(new) ->> column_name, '')))
        where lexeme ~ '^[[:alpha:]]{3,}$'
        on conflict do nothing;
    end loop;
    return null;
end
$$;

create trigger activity_search_words after insert or update of title, description, tags, update_text on activity
    for each row execute function search_word_remember('title', 'description', 'tags', 'update_text');
create trigger status_update_search_words after insert or update of text on status_update
    for each row execute function search_word_remember('text');
create trigger activity_deliverable_search_words after insert or update of title on activity_deliverable
    for each row execute function search_word_remember('title');
create trigger document_search_words after insert or update of title, description, file_name on document
    for each row execute function search_word_remember('title', 'description', 'file_name');
create trigger document_text_search_words after insert or update of body on document_text
    for each row execute function search_word_remember('body');
create trigger agreement_search_words after insert or update of title, subject, preamble on agreement
    for each row execute function search_word_remember('title', 'subject', 'preamble');
create trigger clause_search_words after insert or update of heading, body on clause
    for each row execute function search_word_remember('heading', 'body');
create trigger agenda_item_search_words after insert or update of title, notes on agenda_item
    for each row execute function search_word_remember('title', 'notes');
create trigger decision_search_words after insert or update of text on decision
    for each row execute function search_word_remember('text');
create trigger action_item_search_words after insert or update of text on action_item
    for each row execute function search_word_remember('text');

insert into search_word (word)
select distinct lexeme
from (select to_tsvector('simple', title || ' ' || description || ' ' || tags || ' ' || update_text) as words from activity
      union all select to_tsvector('simple', text) from status_update
      union all select to_tsvector('simple', title) from activity_deliverable
      union all select to_tsvector('simple', title || ' ' || description || ' ' || file_name) from document
      union all select to_tsvector('simple', body) from document_text
      union all select to_tsvector('simple', title || ' ' || coalesce(subject, '') || ' ' || coalesce(preamble, '')) from agreement
      union all select to_tsvector('simple', heading || ' ' || body) from clause
      union all select to_tsvector('simple', title || ' ' || coalesce(notes, '')) from agenda_item
      union all select to_tsvector('simple', text) from decision
      union all select to_tsvector('simple', text) from action_item) texts,
     unnest(texts.words)
where lexeme ~ '^[[:alpha:]]{3,}$'
on conflict do nothing;
