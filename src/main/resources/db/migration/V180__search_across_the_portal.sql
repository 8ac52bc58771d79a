-- One search across the portal (issue 19). Each kind of record is matched three ways, each on a
-- GIN index: Norwegian full-text search (stems, phrases, exclusions), prefixes of its words in
-- the same tsvector (compound words: "livslang" finds "livslanglæring"), and pg_trgm word
-- similarity (small typos: "kunstlig" finds "kunstig"). The indexed expressions are the ones
-- the search sources in each module use, character for character.
--
-- pg_trgm ships with PostgreSQL (contrib). On a managed PostgreSQL where the portal's user may
-- not create extensions, create it once as an administrator before the first start:
--   create extension if not exists pg_trgm;
create extension if not exists pg_trgm;

-- The text inside an uploaded file (PDF, Word, PowerPoint, Excel), extracted with Apache Tika.
-- A document without a row here has not been read yet; the portal reads those when it starts.
create table document_text (
    document_id   bigint      not null,
    body          text        not null,
    extracted_at  timestamptz not null,
    search_vector tsvector generated always as (to_tsvector('norwegian', body)) stored,
    constraint document_text_pk primary key (document_id),
    constraint document_text_document_fk foreign key (document_id) references document (id) on delete cascade
);
create index document_text_search_idx on document_text using gin (search_vector);
create index document_text_words_idx on document_text using gin (body gin_trgm_ops);

create index activity_words_idx on activity using gin ((title || ' ' || description || ' ' || tags) gin_trgm_ops);
create index document_words_idx on document using gin ((title || ' ' || description) gin_trgm_ops);

create index status_update_search_idx on status_update using gin (to_tsvector('norwegian', text));
create index status_update_words_idx on status_update using gin (text gin_trgm_ops);

create index activity_deliverable_search_idx on activity_deliverable using gin (to_tsvector('norwegian', title));
create index activity_deliverable_words_idx on activity_deliverable using gin (title gin_trgm_ops);

create index agreement_search_idx on agreement using gin (
    to_tsvector('norwegian', title || ' ' || coalesce(subject, '') || ' ' || coalesce(preamble, '')));
create index agreement_words_idx on agreement using gin (
    (title || ' ' || coalesce(subject, '') || ' ' || coalesce(preamble, '')) gin_trgm_ops);

create index clause_search_idx on clause using gin (to_tsvector('norwegian', heading || ' ' || body));
create index clause_words_idx on clause using gin ((heading || ' ' || body) gin_trgm_ops);

create index agenda_item_search_idx on agenda_item using gin (to_tsvector('norwegian', title || ' ' || coalesce(notes, '')));
create index agenda_item_words_idx on agenda_item using gin ((title || ' ' || coalesce(notes, '')) gin_trgm_ops);

create index decision_search_idx on decision using gin (to_tsvector('norwegian', text));
create index decision_words_idx on decision using gin (text gin_trgm_ops);

create index action_item_search_idx on action_item using gin (to_tsvector('norwegian', text));
create index action_item_words_idx on action_item using gin (text gin_trgm_ops);

-- How each decision is followed up, where someone has said so; a decision without a row is
-- "to follow up" while it has open action items, else as its action items say.
create table decision_follow_up (
    decision_id      bigint       not null,
    status           varchar(20)  not null,
    version          bigint       not null default 0,
    created_by       varchar(100) not null,
    created_at       timestamptz  not null,
    last_modified_by varchar(100) not null,
    last_modified_at timestamptz  not null,
    constraint decision_follow_up_pk primary key (decision_id),
    constraint decision_follow_up_decision_fk foreign key (decision_id) references decision (id) on delete cascade,
    constraint decision_follow_up_status_ck check (status in ('TO_FOLLOW_UP', 'IN_PROGRESS', 'DONE', 'NOT_NEEDED'))
);
