-- People: one profile per signed-in account, keyed by the identity provider's username.
-- Portable between PostgreSQL and H2 (MODE=PostgreSQL).
create sequence person_seq start with 1 increment by 50;

create table person (
    id              bigint        not null,
    username        varchar(100)  not null,
    display_name    varchar(200)  not null,
    email           varchar(254),
    department      varchar(120),
    title           varchar(120),
    about           varchar(4000),
    location        varchar(120),
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    last_sign_in_at timestamp(6) with time zone,
    version         bigint        not null,
    constraint person_pk primary key (id),
    constraint person_username_uk unique (username)
);

create index person_department_idx on person (department);

-- The transactional outbox: a row per change that search must see, written in the same
-- transaction as the change and deleted once Elasticsearch has it.
create sequence outbox_seq start with 1 increment by 50;

create table outbox (
    id              bigint        not null,
    aggregate_type  varchar(40)   not null,
    aggregate_id    bigint        not null,
    created_at      timestamp(6) with time zone not null,
    attempts        integer       not null,
    next_attempt_at timestamp(6) with time zone not null,
    last_error      varchar(1000),
    constraint outbox_pk primary key (id)
);

create index outbox_due_idx on outbox (next_attempt_at, id);
