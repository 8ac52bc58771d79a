-- History (Envers) of each party's rating of a focus area in its assessment of the agreement.
-- Ratings written before this migration have no history of their own until they next change.
create table evaluation_rating_aud (
    id            bigint not null,
    rev           bigint not null,
    revtype       smallint,
    assessment_id bigint,
    focus_area_id bigint,
    rating        integer,
    worked        text,
    did_not_work  text,
    to_change     text,
    constraint evaluation_rating_aud_pk primary key (rev, id),
    constraint evaluation_rating_aud_rev_fk foreign key (rev) references audit_revision (id)
);
create index evaluation_rating_aud_assessment_idx on evaluation_rating_aud (assessment_id);
