-- Questions and answers: asked in a network (read by its audience) or company-wide, answered,
-- voted on, one answer accepted; routed to likely experts in rounds that widen while nobody answers.
create sequence question_seq start with 1 increment by 50;

create table question (
    id                     bigint         not null,
    asker_id               bigint         not null,
    network_id             bigint,
    title                  varchar(200)   not null,
    body                   varchar(20000) not null,
    body_html              varchar(100000) not null,
    body_text              varchar(20000) not null,
    status                 varchar(20)    not null,
    accepted_answer_id     bigint,
    answer_count           integer        not null,
    created_at             timestamp(6) with time zone not null,
    updated_at             timestamp(6) with time zone not null,
    edited_at              timestamp(6) with time zone,
    closed_at              timestamp(6) with time zone,
    deleted_at             timestamp(6) with time zone,
    first_answer_at        timestamp(6) with time zone,
    accepted_at            timestamp(6) with time zone,
    routing_round          integer        not null,
    routing_due_at         timestamp(6) with time zone,
    routing_claimed_until  timestamp(6) with time zone,
    wiki_page_id           bigint,
    version                bigint         not null,
    constraint question_pk primary key (id),
    constraint question_asker_fk foreign key (asker_id) references person (id),
    constraint question_network_fk foreign key (network_id) references network (id)
);

create index question_created_idx on question (created_at);
create index question_network_idx on question (network_id, created_at);
create index question_asker_idx on question (asker_id, created_at);
create index question_routing_idx on question (routing_due_at);

create table question_tag (
    question_id  bigint      not null,
    tag          varchar(40) not null,
    constraint question_tag_pk primary key (question_id, tag),
    constraint question_tag_question_fk foreign key (question_id) references question (id)
);

create index question_tag_tag_idx on question_tag (tag);

create table question_skill (
    question_id  bigint not null,
    skill_id     bigint not null,
    constraint question_skill_pk primary key (question_id, skill_id),
    constraint question_skill_question_fk foreign key (question_id) references question (id),
    constraint question_skill_skill_fk foreign key (skill_id) references skill (id)
);

create index question_skill_skill_idx on question_skill (skill_id);

create sequence answer_seq start with 1 increment by 50;

create table answer (
    id             bigint          not null,
    question_id    bigint          not null,
    author_id      bigint          not null,
    body           varchar(20000)  not null,
    body_html      varchar(100000) not null,
    body_text      varchar(20000)  not null,
    up_votes       integer         not null,
    down_votes     integer         not null,
    comment_count  integer         not null,
    accepted       boolean         not null,
    created_at     timestamp(6) with time zone not null,
    edited_at      timestamp(6) with time zone,
    deleted_at     timestamp(6) with time zone,
    version        bigint          not null,
    constraint answer_pk primary key (id),
    constraint answer_question_fk foreign key (question_id) references question (id),
    constraint answer_author_fk foreign key (author_id) references person (id)
);

create index answer_question_idx on answer (question_id, created_at);
create index answer_author_idx on answer (author_id, created_at);

alter table question add constraint question_accepted_fk foreign key (accepted_answer_id) references answer (id);

create sequence answer_comment_seq start with 1 increment by 50;

create table answer_comment (
    id          bigint        not null,
    answer_id   bigint        not null,
    author_id   bigint        not null,
    body        varchar(5000) not null,
    body_html   varchar(25000) not null,
    created_at  timestamp(6) with time zone not null,
    constraint answer_comment_pk primary key (id),
    constraint answer_comment_answer_fk foreign key (answer_id) references answer (id),
    constraint answer_comment_author_fk foreign key (author_id) references person (id)
);

create index answer_comment_answer_idx on answer_comment (answer_id, created_at);

-- One vote per person and answer (+1 or -1); changing one's mind updates the row.
create table answer_vote (
    answer_id  bigint   not null,
    person_id  bigint   not null,
    vote       integer  not null,
    voted_at   timestamp(6) with time zone not null,
    constraint answer_vote_pk primary key (answer_id, person_id),
    constraint answer_vote_answer_fk foreign key (answer_id) references answer (id),
    constraint answer_vote_person_fk foreign key (person_id) references person (id)
);

create index answer_vote_person_idx on answer_vote (person_id);

-- Every version of a question's or an answer's text, the first one included: the edit history.
create sequence qa_revision_seq start with 1 increment by 50;

create table qa_revision (
    id           bigint         not null,
    question_id  bigint         not null,
    answer_id    bigint,
    editor_id    bigint         not null,
    title        varchar(200),
    body         varchar(20000) not null,
    created_at   timestamp(6) with time zone not null,
    constraint qa_revision_pk primary key (id),
    constraint qa_revision_question_fk foreign key (question_id) references question (id),
    constraint qa_revision_answer_fk foreign key (answer_id) references answer (id),
    constraint qa_revision_editor_fk foreign key (editor_id) references person (id)
);

create index qa_revision_question_idx on qa_revision (question_id, answer_id, created_at);

-- Whom a question was offered to, in which round and why; a decline ("not my area") is kept and
-- weighs against offering them questions on the same skills.
create sequence question_route_seq start with 1 increment by 50;

create table question_route (
    id           bigint        not null,
    question_id  bigint        not null,
    person_id    bigint        not null,
    round        integer       not null,
    reason       varchar(500)  not null,
    routed_by_id bigint,
    routed_at    timestamp(6) with time zone not null,
    declined_at  timestamp(6) with time zone,
    constraint question_route_pk primary key (id),
    constraint question_route_unique unique (question_id, person_id),
    constraint question_route_question_fk foreign key (question_id) references question (id),
    constraint question_route_person_fk foreign key (person_id) references person (id),
    constraint question_route_routed_by_fk foreign key (routed_by_id) references person (id)
);

create index question_route_person_idx on question_route (person_id, routed_at);
