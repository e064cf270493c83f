-- Formal expert networks: a charter, a join policy, roles, and a log of every membership change.
create sequence network_seq start with 1 increment by 50;

create table network (
    id                  bigint        not null,
    slug                varchar(80)   not null,
    name                varchar(120)  not null,
    name_key            varchar(120)  not null,
    description         varchar(300)  not null,
    purpose             varchar(4000) not null,
    who_should_join     varchar(2000),
    visibility          varchar(20)   not null,
    content_access      varchar(20)   not null,
    join_policy         varchar(20)   not null,
    status              varchar(20)   not null,
    status_reason       varchar(1000),
    proposed_by_id      bigint        not null,
    member_count        integer       not null,
    created_at          timestamp(6) with time zone not null,
    updated_at          timestamp(6) with time zone not null,
    last_activity_at    timestamp(6) with time zone not null,
    version             bigint        not null,
    constraint network_pk primary key (id),
    constraint network_slug_uk unique (slug),
    constraint network_name_uk unique (name_key),
    constraint network_proposed_by_fk foreign key (proposed_by_id) references person (id)
);

create index network_status_idx on network (status, visibility);
create index network_activity_idx on network (last_activity_at);

create table network_topic (
    network_id  bigint       not null,
    topic       varchar(60)  not null,
    constraint network_topic_pk primary key (network_id, topic),
    constraint network_topic_network_fk foreign key (network_id) references network (id)
);

create index network_topic_topic_idx on network_topic (topic);

create table network_department (
    network_id  bigint       not null,
    department  varchar(120) not null,
    constraint network_department_pk primary key (network_id, department),
    constraint network_department_network_fk foreign key (network_id) references network (id)
);

create index network_department_department_idx on network_department (department);

-- Every slug a network ever had, so renamed networks keep their old links.
create table network_slug (
    slug        varchar(80)  not null,
    network_id  bigint       not null,
    constraint network_slug_pk primary key (slug),
    constraint network_slug_network_fk foreign key (network_id) references network (id)
);

create sequence membership_seq start with 1 increment by 50;

create table membership (
    id              bigint        not null,
    network_id      bigint        not null,
    person_id       bigint        not null,
    role            varchar(20)   not null,
    state           varchar(20)   not null,
    message         varchar(1000),
    invited_by_id   bigint,
    created_at      timestamp(6) with time zone not null,
    joined_at       timestamp(6) with time zone,
    version         bigint        not null,
    constraint membership_pk primary key (id),
    constraint membership_uk unique (network_id, person_id),
    constraint membership_network_fk foreign key (network_id) references network (id),
    constraint membership_person_fk foreign key (person_id) references person (id),
    constraint membership_invited_by_fk foreign key (invited_by_id) references person (id)
);

create index membership_person_idx on membership (person_id, state);
create index membership_network_state_idx on membership (network_id, state, role);

create sequence membership_event_seq start with 1 increment by 50;

create table membership_event (
    id          bigint        not null,
    network_id  bigint        not null,
    subject_id  bigint        not null,
    actor_id    bigint        not null,
    action      varchar(30)   not null,
    detail      varchar(1000),
    as_admin    boolean       not null,
    occurred_at timestamp(6) with time zone not null,
    constraint membership_event_pk primary key (id),
    constraint membership_event_network_fk foreign key (network_id) references network (id),
    constraint membership_event_subject_fk foreign key (subject_id) references person (id),
    constraint membership_event_actor_fk foreign key (actor_id) references person (id)
);

create index membership_event_network_idx on membership_event (network_id, occurred_at);
