-- Network wikis: pages in a hierarchy with every revision kept, links between pages (for
-- backlinks), the slugs renamed pages had (for redirects), attachments with their versions, and
-- who opened a page for editing (shown to the next editor).

create sequence wiki_page_seq start with 1 increment by 50;
create sequence wiki_revision_seq start with 1 increment by 50;
create sequence wiki_attachment_seq start with 1 increment by 50;

-- One per network, made with its home page. editors: MEMBERS or MODERATORS.
create table wiki (
    network_id    bigint       not null,
    editors       varchar(20)  not null,
    home_page_id  bigint,
    version       bigint       not null,
    constraint wiki_pk primary key (network_id),
    constraint wiki_network_fk foreign key (network_id) references network (id)
);

-- The current text is copied from the latest revision and rendered once, when it is saved.
create table wiki_page (
    id              bigint          not null,
    network_id      bigint          not null,
    parent_id       bigint,
    slug            varchar(120)    not null,
    title           varchar(200)    not null,
    body            varchar(100000) not null,
    body_html       varchar(400000) not null,
    body_text       varchar(100000) not null,
    excerpt         varchar(400)    not null,
    render_version  integer         not null,
    restricted      boolean         not null,
    owner_id        bigint          not null,
    review_by       date,
    revision        integer         not null,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    updated_by      bigint          not null,
    version         bigint          not null,
    constraint wiki_page_pk primary key (id),
    constraint wiki_page_slug_uk unique (network_id, slug),
    constraint wiki_page_wiki_fk foreign key (network_id) references wiki (network_id),
    constraint wiki_page_parent_fk foreign key (parent_id) references wiki_page (id),
    constraint wiki_page_owner_fk foreign key (owner_id) references person (id),
    constraint wiki_page_updated_by_fk foreign key (updated_by) references person (id)
);

alter table wiki add constraint wiki_home_fk foreign key (home_page_id) references wiki_page (id);

create index wiki_page_parent_idx on wiki_page (parent_id);
create index wiki_page_review_idx on wiki_page (network_id, review_by);
create index wiki_page_owner_idx on wiki_page (owner_id);

create table wiki_page_tag (
    page_id  bigint      not null,
    tag      varchar(40) not null,
    constraint wiki_page_tag_pk primary key (page_id, tag),
    constraint wiki_page_tag_page_fk foreign key (page_id) references wiki_page (id)
);

create index wiki_page_tag_tag_idx on wiki_page_tag (tag);

-- Every save, as full text (PostgreSQL compresses long values on its own); lists read the
-- small columns only, so the history of a page edited 10,000 times never loads 10,000 bodies.
create table wiki_revision (
    id           bigint          not null,
    page_id      bigint          not null,
    number       integer         not null,
    title        varchar(200)    not null,
    body         varchar(100000) not null,
    tags         varchar(1000)   not null,
    summary      varchar(300),
    minor        boolean         not null,
    author_id    bigint          not null,
    created_at   timestamp(6) with time zone not null,
    size_chars   integer         not null,
    delta_chars  integer         not null,
    reverted_to  integer,
    -- what this revision added (lines new or changed), for expertise evidence without reading every body
    added_text   varchar(20000)  not null,
    constraint wiki_revision_pk primary key (id),
    constraint wiki_revision_number_uk unique (page_id, number),
    constraint wiki_revision_page_fk foreign key (page_id) references wiki_page (id),
    constraint wiki_revision_author_fk foreign key (author_id) references person (id)
);

create index wiki_revision_author_idx on wiki_revision (author_id, created_at);

-- Slugs a page had before it was renamed: old links redirect.
create table wiki_redirect (
    network_id  bigint        not null,
    slug        varchar(120)  not null,
    page_id     bigint        not null,
    constraint wiki_redirect_pk primary key (network_id, slug),
    constraint wiki_redirect_page_fk foreign key (page_id) references wiki_page (id)
);

-- The [[links]] in a page's current text, by the slug they name (the page may not exist yet).
create table wiki_link (
    page_id      bigint        not null,
    target_slug  varchar(120)  not null,
    target_title varchar(200)  not null,
    constraint wiki_link_pk primary key (page_id, target_slug),
    constraint wiki_link_page_fk foreign key (page_id) references wiki_page (id)
);

create index wiki_link_target_idx on wiki_link (target_slug);

create table wiki_attachment (
    id            bigint        not null,
    page_id       bigint        not null,
    name          varchar(200)  not null,
    number        integer       not null,
    content_type  varchar(100)  not null,
    size_bytes    bigint        not null,
    bytes         bytea         not null,
    author_id     bigint        not null,
    created_at    timestamp(6) with time zone not null,
    constraint wiki_attachment_pk primary key (id),
    constraint wiki_attachment_version_uk unique (page_id, name, number),
    constraint wiki_attachment_page_fk foreign key (page_id) references wiki_page (id),
    constraint wiki_attachment_author_fk foreign key (author_id) references person (id)
);

create table wiki_editing (
    page_id    bigint  not null,
    person_id  bigint  not null,
    opened_at  timestamp(6) with time zone not null,
    constraint wiki_editing_pk primary key (page_id, person_id),
    constraint wiki_editing_page_fk foreign key (page_id) references wiki_page (id),
    constraint wiki_editing_person_fk foreign key (person_id) references person (id)
);
