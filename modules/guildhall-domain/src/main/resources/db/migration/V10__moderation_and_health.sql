-- Moderation: reports and the review queue, decisions on posts, comments and wiki revisions
-- (hidden content stays recoverable), pre-moderation, bans, pins and locks, the audit log,
-- write limits; and the figures of network health, pre-aggregated for company-wide views.

-- Hidden by a moderator (with the reason the author sees), or held until one approves it.
alter table post add column hidden_at timestamp(6) with time zone;
alter table post add column hidden_reason varchar(1000);
alter table post add column held boolean default false not null;
alter table post add column pinned_at timestamp(6) with time zone;
alter table post add column featured_at timestamp(6) with time zone;
alter table post add column comments_locked boolean default false not null;
create index post_pinned_idx on post (network_id, pinned_at);

alter table post_comment add column hidden_at timestamp(6) with time zone;
alter table post_comment add column hidden_reason varchar(1000);
alter table post_comment add column held boolean default false not null;

alter table wiki_revision add column hidden_at timestamp(6) with time zone;
alter table wiki_revision add column hidden_reason varchar(1000);

-- One case per reported or held item while it is open (open_key is kind:id then, null once
-- decided, so an item reported again after a decision opens a new case).
create sequence moderation_case_seq start with 1 increment by 50;
create table moderation_case (
    id               bigint        not null,
    network_id       bigint,
    kind             varchar(20)   not null,
    target_id        bigint        not null,
    author_id        bigint        not null,
    origin           varchar(20)   not null,
    open_key         varchar(60),
    title            varchar(300)  not null,
    excerpt          varchar(400)  not null,
    link             varchar(500)  not null,
    report_count     integer       not null,
    assignee_id      bigint,
    decision         varchar(20),
    decision_reason  varchar(1000),
    decided_by       bigint,
    decided_at       timestamp(6) with time zone,
    opened_at        timestamp(6) with time zone not null,
    version          bigint        not null,
    constraint moderation_case_pk primary key (id),
    constraint moderation_case_open_uk unique (open_key),
    constraint moderation_case_network_fk foreign key (network_id) references network (id),
    constraint moderation_case_author_fk foreign key (author_id) references person (id),
    constraint moderation_case_assignee_fk foreign key (assignee_id) references person (id),
    constraint moderation_case_decided_by_fk foreign key (decided_by) references person (id)
);
create index moderation_case_queue_idx on moderation_case (network_id, decided_at, opened_at);
create index moderation_case_target_idx on moderation_case (kind, target_id);
create index moderation_case_author_idx on moderation_case (author_id, opened_at);

create sequence moderation_report_seq start with 1 increment by 50;
create table moderation_report (
    id           bigint         not null,
    case_id      bigint         not null,
    reporter_id  bigint         not null,
    kind         varchar(20)    not null,
    target_id    bigint         not null,
    reason       varchar(20)    not null,
    details      varchar(2000),
    created_at   timestamp(6) with time zone not null,
    constraint moderation_report_pk primary key (id),
    constraint moderation_report_once_uk unique (reporter_id, kind, target_id),
    constraint moderation_report_case_fk foreign key (case_id) references moderation_case (id),
    constraint moderation_report_reporter_fk foreign key (reporter_id) references person (id)
);
create index moderation_report_case_idx on moderation_report (case_id);

-- A ban (no writing, no joining) or mute (no writing) in one network, or company-wide when
-- network_id is null; until ends_at, or until lifted.
create sequence moderation_sanction_seq start with 1 increment by 50;
create table moderation_sanction (
    id          bigint         not null,
    network_id  bigint,
    person_id   bigint         not null,
    kind        varchar(10)    not null,
    reason      varchar(1000)  not null,
    starts_at   timestamp(6) with time zone not null,
    ends_at     timestamp(6) with time zone not null,
    imposed_by  bigint         not null,
    lifted_at   timestamp(6) with time zone,
    lifted_by   bigint,
    version     bigint         not null,
    constraint moderation_sanction_pk primary key (id),
    constraint moderation_sanction_network_fk foreign key (network_id) references network (id),
    constraint moderation_sanction_person_fk foreign key (person_id) references person (id),
    constraint moderation_sanction_imposed_fk foreign key (imposed_by) references person (id)
);
create index moderation_sanction_person_idx on moderation_sanction (person_id, ends_at);
create index moderation_sanction_network_idx on moderation_sanction (network_id, ends_at);

-- Every moderation action, with the content before and after; what authors are told comes from here.
create sequence moderation_audit_seq start with 1 increment by 50;
create table moderation_audit (
    id           bigint          not null,
    network_id   bigint,
    actor_id     bigint          not null,
    action       varchar(30)     not null,
    kind         varchar(20),
    target_id    bigint,
    subject_id   bigint,
    case_id      bigint,
    reason       varchar(1000),
    before_text  varchar(100000),
    after_text   varchar(100000),
    at           timestamp(6) with time zone not null,
    constraint moderation_audit_pk primary key (id),
    constraint moderation_audit_network_fk foreign key (network_id) references network (id),
    constraint moderation_audit_actor_fk foreign key (actor_id) references person (id),
    constraint moderation_audit_subject_fk foreign key (subject_id) references person (id)
);
create index moderation_audit_network_idx on moderation_audit (network_id, at);
create index moderation_audit_at_idx on moderation_audit (at);
create index moderation_audit_subject_idx on moderation_audit (subject_id, at);

-- Per network and content kind: NONE, NEW_MEMBERS (their first first_items items) or EVERYTHING.
create table network_premoderation (
    network_id   bigint       not null,
    kind         varchar(20)  not null,
    mode         varchar(20)  not null,
    first_items  integer      not null,
    updated_at   timestamp(6) with time zone not null,
    updated_by   bigint       not null,
    constraint network_premoderation_pk primary key (network_id, kind),
    constraint network_premoderation_network_fk foreign key (network_id) references network (id)
);

-- Writes per person per minute: the rate limit's counters (old minutes are swept).
create table write_window (
    username      varchar(100) not null,
    window_start  timestamp(6) with time zone not null,
    writes        integer      not null,
    constraint write_window_pk primary key (username, window_start)
);
create index write_window_start_idx on write_window (window_start);

-- Figures per network for company-wide views, recomputed by one node at a time.
create table network_health (
    network_id         bigint        not null,
    members            integer       not null,
    joins              integer       not null,
    leaves             integer       not null,
    contributors       integer       not null,
    contributions      integer       not null,
    earlier_contributions integer    not null,
    departments        integer       not null,
    trend              varchar(20)   not null,
    computed_at        timestamp(6) with time zone not null,
    constraint network_health_pk primary key (network_id),
    constraint network_health_network_fk foreign key (network_id) references network (id)
);
create index network_health_trend_idx on network_health (trend, contributions);

-- A recurring job's lease, so that one node at a time runs it.
create table scheduled_lease (
    name          varchar(60)   not null,
    holder        varchar(100),
    held_until    timestamp(6) with time zone,
    last_run_at   timestamp(6) with time zone,
    constraint scheduled_lease_pk primary key (name)
);
insert into scheduled_lease (name) values ('network-health');
