-- Knowledge flow: who interacts with whom, derived from the content tables by a scheduled
-- computation (flow.FlowComputation). Each computation writes a new generation of the derived
-- tables beside the published one and publishes it at the end, so readers never see half of one.

-- Employees may keep themselves off the brokers list HR and admins see.
alter table person add column broker_listed boolean default true not null;

-- One row per computation: its progress, the instant its figures describe, and whether it is the
-- published one. The newest published generation is what every page reads.
create table flow_run (
    generation   integer       not null,
    state        varchar(20)   not null,
    stage        integer       not null,
    stages       integer       not null,
    as_of        timestamp(6) with time zone not null,
    started_at   timestamp(6) with time zone not null,
    finished_at  timestamp(6) with time zone,
    constraint flow_run_pk primary key (generation)
);

insert into scheduled_lease (name) values ('knowledge-flow');

-- Who did what to whom: source commented on, answered, thanked, endorsed or co-edited with target,
-- in a network (null: company-wide), about a subject (POST, QUESTION, PAGE or SKILL), per month
-- (year * 12 + month - 1). The network decides who may learn of the row, exactly as for its content.
create table tie (
    generation    integer      not null,
    source_id     bigint       not null,
    target_id     bigint       not null,
    kind          varchar(20)  not null,
    network_id    bigint,
    subject_type  varchar(10)  not null,
    subject_id    bigint       not null,
    in_month      integer      not null,
    interactions  integer      not null,
    last_at       timestamp(6) with time zone not null
);
create index tie_source_idx on tie (generation, source_id);
create index tie_target_idx on tie (generation, target_id);
create index tie_network_idx on tie (generation, network_id, in_month);

-- The same ties from each person's side, summed over months and subjects, with their weight as of
-- the computation (kind weight, halved every six months), written in person order so that one
-- person's connections lie together: what a person's graph reads.
create table person_tie (
    generation  integer           not null,
    person_id   bigint            not null,
    other_id    bigint            not null,
    kind        varchar(20)       not null,
    network_id  bigint,
    given       integer           not null,
    received    integer           not null,
    last_at     timestamp(6) with time zone not null,
    weight      double precision  not null
);
create index person_tie_person_idx on person_tie (generation, person_id, other_id);

-- Active members per network and department, for co-membership and home departments.
create table flow_network_members (
    generation  integer       not null,
    network_id  bigint        not null,
    department  varchar(120)  not null,
    members     integer       not null,
    constraint flow_network_members_pk primary key (generation, network_id, department)
);

-- Interactions between departments per network, kind and month (co-membership: month -1, one per
-- network both departments have members in). The column is in_month: month is a keyword in H2.
create table department_flow (
    generation       integer       not null,
    network_id       bigint,
    from_department  varchar(120)  not null,
    to_department    varchar(120)  not null,
    kind             varchar(20)   not null,
    in_month         integer       not null,
    interactions     integer       not null
);
create index department_flow_pair_idx on department_flow (generation, from_department, to_department);
create index department_flow_network_idx on department_flow (generation, network_id);

-- The same summed over what every employee could read when it was computed (company-wide content
-- and the networks listed in flow_open_network), so the map reads a few thousand rows and then
-- corrects for the networks the viewer reads beyond those, or no longer may.
create table department_flow_open (
    generation       integer       not null,
    from_department  varchar(120)  not null,
    to_department    varchar(120)  not null,
    kind             varchar(20)   not null,
    in_month         integer       not null,
    interactions     integer       not null
);
create index department_flow_open_idx on department_flow_open (generation, in_month);

-- And over everything, for readers who read (nearly) everything: administrators.
create table department_flow_all (
    generation       integer       not null,
    from_department  varchar(120)  not null,
    to_department    varchar(120)  not null,
    kind             varchar(20)   not null,
    in_month         integer       not null,
    interactions     integer       not null
);
create index department_flow_all_idx on department_flow_all (generation, in_month);

create table flow_open_network (
    generation  integer  not null,
    network_id  bigint   not null,
    constraint flow_open_network_pk primary key (generation, network_id)
);

-- Per network: its home department (most active members) and how far beyond it the network
-- reaches, per month and over the last twelve months.
create table network_reach (
    generation            integer  not null,
    network_id            bigint   not null,
    in_month              integer  not null,
    interactions          integer  not null,
    outside_interactions  integer  not null,
    constraint network_reach_pk primary key (generation, network_id, in_month)
);

create table network_reach_total (
    generation            integer       not null,
    network_id            bigint        not null,
    home_department       varchar(120)  not null,
    members               integer       not null,
    outside_members       integer       not null,
    departments           integer       not null,
    interactions          integer       not null,
    outside_interactions  integer       not null,
    constraint network_reach_total_pk primary key (generation, network_id)
);
create index network_reach_total_rank_idx on network_reach_total (generation, outside_interactions);

-- Interaction strength of each person with each department over the last twelve months, in what
-- every employee could read, and the brokers derived from it (participation coefficient).
create table person_department (
    generation  integer       not null,
    person_id   bigint        not null,
    department  varchar(120)  not null,
    strength    integer       not null,
    constraint person_department_pk primary key (generation, person_id, department)
);

create table broker (
    generation    integer           not null,
    person_id     bigint            not null,
    score         double precision  not null,
    departments   integer           not null,
    interactions  integer           not null,
    constraint broker_pk primary key (generation, person_id)
);
create index broker_score_idx on broker (generation, score);
