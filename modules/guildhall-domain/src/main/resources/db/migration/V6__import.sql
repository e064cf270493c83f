-- Bulk import: people from the HR directory (before they ever sign in, with an org chart) and
-- content from another platform, as background jobs any node can run.

-- HR's view of a person. email_key is the lower-cased email: at first sign-in the token's email
-- finds the imported profile. Unique where present (several NULLs are allowed on both databases).
alter table person add column employee_id varchar(40);
alter table person add column email_key varchar(254);
alter table person add column manager_id bigint;
alter table person add column languages varchar(500);
alter table person add column hire_date date;
alter table person add column left_at timestamp(6) with time zone;
alter table person add constraint person_manager_fk foreign key (manager_id) references person (id);
-- Two profiles may already share an email (two accounts, one address): the older one keeps it.
update person p set email_key = lower(email)
where email is not null and id = (select min(q.id) from person q where lower(q.email) = lower(p.email));
create unique index person_employee_uk on person (employee_id);
create unique index person_email_key_uk on person (email_key);
create index person_manager_idx on person (manager_id);

create sequence import_job_seq start with 1 increment by 50;

create table import_job (
    id             bigint        not null,
    kind           varchar(20)   not null,
    full_import    boolean       not null,
    file_name      varchar(255)  not null,
    file_path      varchar(1000) not null,
    file_bytes     bigint        not null,
    source         varchar(60),
    requested_by   varchar(100)  not null,
    requested_at   timestamp(6) with time zone not null,
    state          varchar(20)   not null,
    phase          varchar(20)   not null,
    claimed_by     varchar(100),
    heartbeat_at   timestamp(6) with time zone,
    started_at     timestamp(6) with time zone,
    finished_at    timestamp(6) with time zone,
    total          bigint        not null,
    lines_done     bigint        not null,
    imported       bigint        not null,
    unchanged      bigint        not null,
    rejected       bigint        not null,
    cancel_requested boolean     not null,
    error          varchar(1000),
    constraint import_job_pk primary key (id)
);

create index import_job_state_idx on import_job (state, id);

create sequence import_error_seq start with 1 increment by 50;

create table import_error (
    id       bigint        not null,
    job_id   bigint        not null,
    line     bigint        not null,
    field    varchar(100),
    reason   varchar(1000) not null,
    constraint import_error_pk primary key (id),
    constraint import_error_job_fk foreign key (job_id) references import_job (id)
);

create index import_error_job_idx on import_error (job_id, line);

-- Which internal object each (source, kind, external id) became: re-running a file skips what is
-- there, and later files of the same source can refer to earlier records.
create table import_key (
    source       varchar(60)  not null,
    kind         varchar(20)  not null,
    external_id  varchar(200) not null,
    internal_id  bigint       not null,
    job_id       bigint       not null,
    line         bigint       not null,
    constraint import_key_pk primary key (source, kind, external_id)
);
