-- A trustworthy core: stored audiences, content rendered once, an outbox for several nodes,
-- index rebuilds claimed through the database, and the installation's identity.

-- Who may see a network and who may read what is in it, as grant keys (see NetworkAudiences).
-- Filled for existing networks by the V5 Java migration.
create table network_seen_by (
    network_id  bigint      not null,
    grant_key   varchar(80) not null,
    constraint network_seen_by_pk primary key (network_id, grant_key),
    constraint network_seen_by_network_fk foreign key (network_id) references network (id)
);

create table network_read_by (
    network_id  bigint      not null,
    grant_key   varchar(80) not null,
    constraint network_read_by_pk primary key (network_id, grant_key),
    constraint network_read_by_network_fk foreign key (network_id) references network (id)
);

-- Markdown rendered when written (filled for existing rows by V5, then required).
alter table post add column body_html varchar(300000);
alter table post add column body_text varchar(50000);
alter table post add column excerpt varchar(400);
alter table post add column reading_minutes integer;
alter table post add column render_version integer;

alter table post_comment add column body_html varchar(300000);
alter table post_comment add column body_text varchar(10000);
alter table post_comment add column render_version integer;

-- The outbox for several nodes: an entry is claimed for a while by one node; an entry that keeps
-- failing is set aside (dead) with its error instead of blocking the others.
alter table outbox add column claimed_by varchar(100);
alter table outbox add column claimed_until timestamp(6) with time zone;
alter table outbox add column dead_at timestamp(6) with time zone;
create index outbox_dead_idx on outbox (dead_at);

-- Search documents carry this as their version, so an older one never overwrites a newer one.
create sequence document_version_seq start with 1 increment by 1;

-- Rebuilding the search indices: requested by an admin (or at start-up), run by one node.
-- active_slot is 1 while a job is requested or running, so at most one can be.
create sequence reindex_job_seq start with 1 increment by 50;

create table reindex_job (
    id            bigint        not null,
    reason        varchar(200)  not null,
    requested_by  varchar(100),
    requested_at  timestamp(6) with time zone not null,
    state         varchar(20)   not null,
    active_slot   integer,
    claimed_by    varchar(100),
    heartbeat_at  timestamp(6) with time zone,
    started_at    timestamp(6) with time zone,
    indexing_at   timestamp(6) with time zone,
    indexed_at    timestamp(6) with time zone,
    finished_at   timestamp(6) with time zone,
    total         bigint        not null,
    done          bigint        not null,
    error         varchar(1000),
    constraint reindex_job_pk primary key (id),
    constraint reindex_job_active_uk unique (active_slot)
);

-- Facts about this installation (its identity, which search indices belong to it).
create table system_setting (
    name   varchar(100)  not null,
    setting_value varchar(1000) not null,
    constraint system_setting_pk primary key (name)
);
