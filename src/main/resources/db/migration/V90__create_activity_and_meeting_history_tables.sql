-- History (Hibernate Envers, see V21) of activities and of steering group meetings with their
-- agenda, attendance, decisions and action items: each entity's own columns as they were at
-- each revision. Not kept: an activity's deliverables and its search copy of the status
-- updates (the updates are never changed and carry who and when themselves); a meeting's
-- steering group (never changed), calendar UID and sequence; the person ids beside the names of
-- attendees and action item owners; and the minutes' events (the workflow's own record).

create table activity_aud (
    id                    bigint not null,
    rev                   bigint not null,
    revtype               smallint,
    title                 varchar(300),
    description           text,
    focus_area_id         bigint,
    commitment_id         bigint,
    lead_organisation_id  bigint,
    responsible_person_id bigint,
    status                varchar(20),
    start_date            date,
    due_date              date,
    completed_on          date,
    cancel_reason         varchar(2000),
    links                 text,
    tags                  varchar(500),
    current_light         varchar(10),
    last_update_on        date,
    example               boolean,
    constraint activity_aud_pk primary key (rev, id),
    constraint activity_aud_rev_fk foreign key (rev) references audit_revision (id)
);

create table activity_contributor_aud (
    rev         bigint not null,
    revtype     smallint,
    activity_id bigint not null,
    person_id   bigint not null,
    constraint activity_contributor_aud_pk primary key (rev, activity_id, person_id),
    constraint activity_contributor_aud_rev_fk foreign key (rev) references audit_revision (id)
);

create table meeting_aud (
    id                  bigint not null,
    rev                 bigint not null,
    revtype             smallint,
    starts_at           timestamptz,
    duration_minutes    integer,
    place               varchar(300),
    video_link          varchar(500),
    status              varchar(20),
    cancellation_reason varchar(2000),
    minutes_status      varchar(20),
    archive_reference   varchar(200),
    example             boolean,
    constraint meeting_aud_pk primary key (rev, id),
    constraint meeting_aud_rev_fk foreign key (rev) references audit_revision (id)
);

create table agenda_item_aud (
    id              bigint not null,
    rev             bigint not null,
    revtype         smallint,
    meeting_id      bigint,
    position        integer,
    title           varchar(300),
    presenter       varchar(200),
    planned_minutes integer,
    focus_area_id   bigint,
    commitment_id   bigint,
    notes           text,
    constraint agenda_item_aud_pk primary key (rev, id),
    constraint agenda_item_aud_rev_fk foreign key (rev) references audit_revision (id)
);
create index agenda_item_aud_meeting_idx on agenda_item_aud (meeting_id);

create table attendee_aud (
    id           bigint not null,
    rev          bigint not null,
    revtype      smallint,
    meeting_id   bigint,
    position     integer,
    name         varchar(200),
    organisation varchar(100),
    kind         varchar(20),
    presence     varchar(20),
    constraint attendee_aud_pk primary key (rev, id),
    constraint attendee_aud_rev_fk foreign key (rev) references audit_revision (id)
);
create index attendee_aud_meeting_idx on attendee_aud (meeting_id);

create table decision_aud (
    id             bigint not null,
    rev            bigint not null,
    revtype        smallint,
    meeting_id     bigint,
    agenda_item_id bigint,
    text           text,
    number         varchar(20),
    constraint decision_aud_pk primary key (rev, id),
    constraint decision_aud_rev_fk foreign key (rev) references audit_revision (id)
);
create index decision_aud_meeting_idx on decision_aud (meeting_id);

create table action_item_aud (
    id              bigint not null,
    rev             bigint not null,
    revtype         smallint,
    meeting_id      bigint,
    agenda_item_id  bigint,
    text            text,
    owner_name      varchar(200),
    due_date        date,
    done_at         timestamptz,
    done_by         varchar(200),
    done_comment    text,
    constraint action_item_aud_pk primary key (rev, id),
    constraint action_item_aud_rev_fk foreign key (rev) references audit_revision (id)
);
create index action_item_aud_meeting_idx on action_item_aud (meeting_id);
