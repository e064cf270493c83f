-- Expertise: richer profiles (photo, availability, talent-discovery consent), a curated skills
-- taxonomy that topics and tags meet through their keys, declared skills with endorsements,
-- what inference learned about each skill's vocabulary, and HR's shortlists and audit log.

alter table person add column interests varchar(1000);
alter table person add column hobbies varchar(1000);
alter table person add column phone varchar(40);
alter table person add column chat varchar(120);
alter table person add column open_to_questions boolean default false not null;
alter table person add column open_to_mentoring boolean default false not null;
alter table person add column open_to_projects boolean default false not null;
alter table person add column talent_discovery boolean default false not null;

-- The photo lives beside the profile, so a profile read never loads the bytes.
create table person_photo (
    person_id     bigint       not null,
    content_type  varchar(40)  not null,
    bytes         bytea        not null,
    updated_at    timestamp(6) with time zone not null,
    constraint person_photo_pk primary key (person_id),
    constraint person_photo_person_fk foreign key (person_id) references person (id)
);

create sequence skill_seq start with 1 increment by 50;

-- status: ACTIVE, RETIRED (kept, no longer offered) or MERGED (merged_into says where it went).
create table skill (
    id           bigint        not null,
    name         varchar(80)   not null,
    slug         varchar(100)  not null,
    category     varchar(80),
    parent_id    bigint,
    status       varchar(20)   not null,
    merged_into  bigint,
    created_at   timestamp(6) with time zone not null,
    version      bigint        not null,
    constraint skill_pk primary key (id),
    constraint skill_slug_uk unique (slug),
    constraint skill_parent_fk foreign key (parent_id) references skill (id),
    constraint skill_merged_fk foreign key (merged_into) references skill (id)
);

create table skill_alias (
    skill_id  bigint       not null,
    alias     varchar(80)  not null,
    constraint skill_alias_pk primary key (skill_id, alias),
    constraint skill_alias_skill_fk foreign key (skill_id) references skill (id)
);

-- Every key (the name, each alias, normalised like tags and topics) that leads to a skill: the one
-- vocabulary. A key belongs to one skill at most.
create table skill_key (
    key_text  varchar(100) not null,
    skill_id  bigint       not null,
    constraint skill_key_pk primary key (key_text),
    constraint skill_key_skill_fk foreign key (skill_id) references skill (id)
);

create index skill_key_skill_idx on skill_key (skill_id);

-- The words inference learned for a skill from the organisation's own writing, with their weight.
create table skill_term (
    skill_id  bigint       not null,
    term      varchar(100) not null,
    weight    double precision not null,
    constraint skill_term_pk primary key (skill_id, term),
    constraint skill_term_skill_fk foreign key (skill_id) references skill (id)
);

create sequence skill_suggestion_seq start with 1 increment by 50;

-- status: OPEN, ACCEPTED, REJECTED.
create table skill_suggestion (
    id            bigint        not null,
    name          varchar(80)   not null,
    reason        varchar(500),
    suggested_by  bigint        not null,
    suggested_at  timestamp(6) with time zone not null,
    status        varchar(20)   not null,
    decided_by    varchar(100),
    decided_at    timestamp(6) with time zone,
    decision_note varchar(500),
    skill_id      bigint,
    constraint skill_suggestion_pk primary key (id),
    constraint skill_suggestion_person_fk foreign key (suggested_by) references person (id),
    constraint skill_suggestion_skill_fk foreign key (skill_id) references skill (id)
);

create index skill_suggestion_status_idx on skill_suggestion (status, suggested_at);

create sequence declared_skill_seq start with 1 increment by 50;

create table declared_skill (
    id           bigint      not null,
    person_id    bigint      not null,
    skill_id     bigint      not null,
    level        integer     not null,
    declared_at  timestamp(6) with time zone not null,
    constraint declared_skill_pk primary key (id),
    constraint declared_skill_uk unique (person_id, skill_id),
    constraint declared_skill_person_fk foreign key (person_id) references person (id),
    constraint declared_skill_skill_fk foreign key (skill_id) references skill (id)
);

create index declared_skill_skill_idx on declared_skill (skill_id, level);

create sequence endorsement_seq start with 1 increment by 50;

create table endorsement (
    id                 bigint        not null,
    declared_skill_id  bigint        not null,
    endorser_id        bigint        not null,
    note               varchar(500),
    endorsed_at        timestamp(6) with time zone not null,
    constraint endorsement_pk primary key (id),
    constraint endorsement_uk unique (declared_skill_id, endorser_id),
    constraint endorsement_declared_fk foreign key (declared_skill_id) references declared_skill (id),
    constraint endorsement_endorser_fk foreign key (endorser_id) references person (id)
);

-- An inferred skill its person hid from their profile.
create table hidden_skill (
    person_id  bigint not null,
    skill_id   bigint not null,
    constraint hidden_skill_pk primary key (person_id, skill_id),
    constraint hidden_skill_person_fk foreign key (person_id) references person (id),
    constraint hidden_skill_skill_fk foreign key (skill_id) references skill (id)
);

-- Learning every skill's vocabulary: one job at a time (active_slot), claimed by one node.
create sequence expertise_job_seq start with 1 increment by 50;

create table expertise_job (
    id            bigint        not null,
    requested_by  varchar(100),
    requested_at  timestamp(6) with time zone not null,
    state         varchar(20)   not null,
    active_slot   integer,
    claimed_by    varchar(100),
    heartbeat_at  timestamp(6) with time zone,
    started_at    timestamp(6) with time zone,
    finished_at   timestamp(6) with time zone,
    total         bigint        not null,
    done          bigint        not null,
    error         varchar(1000),
    constraint expertise_job_pk primary key (id),
    constraint expertise_job_active_uk unique (active_slot)
);

create sequence shortlist_seq start with 1 increment by 50;

-- HR's shortlists: shared among everyone with the hr role.
create table shortlist (
    id          bigint        not null,
    name        varchar(120)  not null,
    created_by  varchar(100)  not null,
    created_at  timestamp(6) with time zone not null,
    version     bigint        not null,
    constraint shortlist_pk primary key (id)
);

create sequence shortlist_entry_seq start with 1 increment by 50;

create table shortlist_entry (
    id            bigint        not null,
    shortlist_id  bigint        not null,
    person_id     bigint        not null,
    note          varchar(2000),
    added_by      varchar(100)  not null,
    added_at      timestamp(6) with time zone not null,
    constraint shortlist_entry_pk primary key (id),
    constraint shortlist_entry_uk unique (shortlist_id, person_id),
    constraint shortlist_entry_list_fk foreign key (shortlist_id) references shortlist (id),
    constraint shortlist_entry_person_fk foreign key (person_id) references person (id)
);

create sequence talent_audit_seq start with 1 increment by 50;

-- Every HR search, view of a shortlist and export: who, what, when. Admins read it.
create table talent_audit (
    id        bigint         not null,
    actor     varchar(100)   not null,
    action    varchar(40)    not null,
    detail    varchar(1000)  not null,
    results   integer        not null,
    at        timestamp(6) with time zone not null,
    constraint talent_audit_pk primary key (id)
);

create index talent_audit_at_idx on talent_audit (at);
