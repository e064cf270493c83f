-- Blogs: posts in a network's blog or their author's personal blog, comments with one level of
-- replies, and thanks. Deleting is soft (recoverable for 30 days).
alter table network add column posting varchar(20) default 'MEMBERS' not null;

create sequence post_seq start with 1 increment by 50;

create table post (
    id              bigint         not null,
    author_id       bigint         not null,
    network_id      bigint,
    title           varchar(200)   not null,
    body            varchar(50000) not null,
    status          varchar(20)    not null,
    publish_at      timestamp(6) with time zone,
    edited_at       timestamp(6) with time zone,
    deleted_at      timestamp(6) with time zone,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    comment_count   integer        not null,
    thanks_count    integer        not null,
    version         bigint         not null,
    constraint post_pk primary key (id),
    constraint post_author_fk foreign key (author_id) references person (id),
    constraint post_network_fk foreign key (network_id) references network (id)
);

create index post_publish_idx on post (status, publish_at);
create index post_author_idx on post (author_id, publish_at);
create index post_network_idx on post (network_id, publish_at);

create table post_tag (
    post_id  bigint      not null,
    tag      varchar(40) not null,
    constraint post_tag_pk primary key (post_id, tag),
    constraint post_tag_post_fk foreign key (post_id) references post (id)
);

create index post_tag_tag_idx on post_tag (tag);

create sequence post_comment_seq start with 1 increment by 50;

create table post_comment (
    id            bigint         not null,
    post_id       bigint         not null,
    author_id     bigint         not null,
    parent_id     bigint,
    body          varchar(10000) not null,
    created_at    timestamp(6) with time zone not null,
    edited_at     timestamp(6) with time zone,
    deleted_at    timestamp(6) with time zone,
    thanks_count  integer        not null,
    version       bigint         not null,
    constraint post_comment_pk primary key (id),
    constraint post_comment_post_fk foreign key (post_id) references post (id),
    constraint post_comment_author_fk foreign key (author_id) references person (id),
    constraint post_comment_parent_fk foreign key (parent_id) references post_comment (id)
);

create index post_comment_post_idx on post_comment (post_id, created_at);

create sequence thanks_seq start with 1 increment by 50;

create table thanks (
    id          bigint not null,
    person_id   bigint not null,
    post_id     bigint,
    comment_id  bigint,
    created_at  timestamp(6) with time zone not null,
    constraint thanks_pk primary key (id),
    constraint thanks_person_fk foreign key (person_id) references person (id),
    constraint thanks_post_fk foreign key (post_id) references post (id),
    constraint thanks_comment_fk foreign key (comment_id) references post_comment (id),
    constraint thanks_post_uk unique (person_id, post_id),
    constraint thanks_comment_uk unique (person_id, comment_id)
);

create index thanks_post_idx on thanks (post_id);
create index thanks_comment_idx on thanks (comment_id);
