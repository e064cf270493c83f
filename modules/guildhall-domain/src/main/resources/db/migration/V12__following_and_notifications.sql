-- Following, the activity stream, notifications and their mail, feed tokens and webhooks.

-- The home page lists the networks one proposed (it read every network to find them).
create index network_proposed_by_idx on network (proposed_by_id, created_at);

-- What a person follows: a network, a person or a wiki page (target_id), or a tag (tag).
create sequence follow_seq start with 1 increment by 50;

create table follow (
    id           bigint        not null,
    person_id    bigint        not null,
    target_kind  varchar(20)   not null,
    target_id    bigint        not null,
    tag          varchar(40)   not null,
    created_at   timestamp(6) with time zone not null,
    constraint follow_pk primary key (id),
    constraint follow_uk unique (person_id, target_kind, target_id, tag),
    constraint follow_person_fk foreign key (person_id) references person (id)
);

create index follow_target_idx on follow (target_kind, target_id, tag);

-- Members follow their networks: those who are members already start out following them.
insert into follow (id, person_id, target_kind, target_id, tag, created_at)
select nextval('follow_seq'), m.person_id, 'NETWORK', m.network_id, '', coalesce(m.joined_at, m.created_at)
from membership m where m.state = 'ACTIVE';

-- The activity stream: one row per thing that happened, written in the transaction that did it
-- and read by each person through what they follow (fan-out on read). Many similar events
-- (members joining a network, edits of a wiki page, endorsements of one person) on one day share
-- one row through their group key, counted.
create sequence activity_seq start with 1 increment by 50;

create table activity (
    id            bigint        not null,
    kind          varchar(30)   not null,
    actor_id      bigint        not null,
    network_id    bigint,
    subject_id    bigint        not null,
    recipient_id  bigint,
    group_key     varchar(120)  not null,
    group_count   integer       not null,
    occurred_at   timestamp(6) with time zone not null,
    constraint activity_pk primary key (id),
    constraint activity_group_uk unique (group_key),
    constraint activity_actor_fk foreign key (actor_id) references person (id),
    constraint activity_network_fk foreign key (network_id) references network (id),
    constraint activity_recipient_fk foreign key (recipient_id) references person (id)
);

create index activity_network_idx on activity (network_id, occurred_at);
create index activity_actor_idx on activity (actor_id, occurred_at);
create index activity_subject_idx on activity (kind, subject_id);
create index activity_recipient_idx on activity (recipient_id, occurred_at);

-- The tags of tagged entries (a post's, a wiki page's), with the entry's time, so the stream of a
-- followed tag walks one index newest first instead of sorting every post ever tagged so.
create table activity_tag (
    activity_id  bigint        not null,
    tag          varchar(40)   not null,
    occurred_at  timestamp(6) with time zone not null,
    constraint activity_tag_pk primary key (activity_id, tag),
    constraint activity_tag_activity_fk foreign key (activity_id) references activity (id)
);

create index activity_tag_idx on activity_tag (tag, occurred_at, activity_id);

-- History as it stands: published posts, wiki edits per page and day, members joined per
-- network and day, endorsements per person and day.
insert into activity (id, kind, actor_id, network_id, subject_id, recipient_id, group_key, group_count, occurred_at)
select nextval('activity_seq'), 'POST_PUBLISHED', p.author_id, p.network_id, p.id, null, 'post:' || p.id, 1, p.publish_at
from post p where p.status = 'PUBLISHED' and p.publish_at is not null;

insert into activity (id, kind, actor_id, network_id, subject_id, recipient_id, group_key, group_count, occurred_at)
select nextval('activity_seq'), 'WIKI_EDITED', r.author_id, w.network_id, r.page_id, null,
       'wiki:' || r.page_id || ':' || cast(g.on_day as varchar(10)), g.edits, r.created_at
from (select page_id, cast(created_at as date) on_day, max(number) last_number, count(*) edits
      from wiki_revision group by page_id, cast(created_at as date)) g
join wiki_revision r on r.page_id = g.page_id and r.number = g.last_number
join wiki_page w on w.id = r.page_id;

insert into activity (id, kind, actor_id, network_id, subject_id, recipient_id, group_key, group_count, occurred_at)
select nextval('activity_seq'), 'MEMBERS_JOINED', g.last_person, g.network_id, g.network_id, null,
       'members:' || g.network_id || ':' || cast(g.on_day as varchar(10)), g.joined, g.last_at
from (select network_id, cast(joined_at as date) on_day, max(person_id) last_person, max(joined_at) last_at, count(*) joined
      from membership where state = 'ACTIVE' and joined_at is not null group by network_id, cast(joined_at as date)) g;

insert into activity (id, kind, actor_id, network_id, subject_id, recipient_id, group_key, group_count, occurred_at)
select nextval('activity_seq'), 'ENDORSED', g.last_endorser, null, g.person_id, g.person_id,
       'endorsed:' || g.person_id || ':' || cast(g.on_day as varchar(10)), g.endorsements, g.last_at
from (select d.person_id, cast(e.endorsed_at as date) on_day, max(e.endorser_id) last_endorser, max(e.endorsed_at) last_at,
             count(*) endorsements
      from endorsement e join declared_skill d on d.id = e.declared_skill_id
      group by d.person_id, cast(e.endorsed_at as date)) g;

insert into activity_tag (activity_id, tag, occurred_at)
select a.id, t.tag, a.occurred_at from activity a join post_tag t on t.post_id = a.subject_id where a.kind = 'POST_PUBLISHED';

insert into activity_tag (activity_id, tag, occurred_at)
select a.id, t.tag, a.occurred_at from activity a join wiki_page_tag t on t.page_id = a.subject_id where a.kind = 'WIKI_EDITED';

-- Notifications: what one person is told. How it is mailed is decided when it is made (the
-- person's preference for its kind): mail_due_at says when (now, or the next digest), and the
-- mail worker takes due rows of one recipient together, so a burst becomes one mail.
create sequence notification_seq start with 1 increment by 50;

create table notification (
    id             bigint        not null,
    recipient_id   bigint        not null,
    kind           varchar(30)   not null,
    actor_id       bigint,
    network_id     bigint,
    subject_type   varchar(20),
    subject_id     bigint,
    detail         varchar(1000),
    created_at     timestamp(6) with time zone not null,
    read_at        timestamp(6) with time zone,
    delivery       varchar(10)   not null,
    mail_due_at    timestamp(6) with time zone,
    mailed_at      timestamp(6) with time zone,
    mail_attempts  integer       not null,
    mail_error     varchar(1000),
    claimed_until  timestamp(6) with time zone,
    constraint notification_pk primary key (id),
    constraint notification_recipient_fk foreign key (recipient_id) references person (id),
    constraint notification_actor_fk foreign key (actor_id) references person (id),
    constraint notification_network_fk foreign key (network_id) references network (id)
);

create index notification_recipient_idx on notification (recipient_id, created_at);
create index notification_unread_idx on notification (recipient_id, read_at);
create index notification_mail_idx on notification (mail_due_at);

-- A person's choice per kind of notification (instant, daily, weekly, off); none means the default.
create table notification_preference (
    person_id  bigint       not null,
    kind       varchar(30)  not null,
    delivery   varchar(10)  not null,
    constraint notification_preference_pk primary key (person_id, kind),
    constraint notification_preference_person_fk foreign key (person_id) references person (id)
);

-- Personal feed tokens: a feed reader cannot sign in through Keycloak, so it presents one of
-- these. Only a hash is kept; the token is shown once, when created.
create sequence feed_token_seq start with 1 increment by 50;

create table feed_token (
    id           bigint        not null,
    person_id    bigint        not null,
    label        varchar(100)  not null,
    token_hash   varchar(64)   not null,
    created_at   timestamp(6) with time zone not null,
    last_used_at timestamp(6) with time zone,
    revoked_at   timestamp(6) with time zone,
    constraint feed_token_pk primary key (id),
    constraint feed_token_hash_uk unique (token_hash),
    constraint feed_token_person_fk foreign key (person_id) references person (id)
);

create index feed_token_person_idx on feed_token (person_id);

-- Webhooks: an admin's endpoint, the events it wants and the secret deliveries are signed with.
create sequence webhook_seq start with 1 increment by 50;

create table webhook (
    id           bigint         not null,
    url          varchar(2000)  not null,
    events       varchar(500)   not null,
    secret       varchar(100)   not null,
    description  varchar(200),
    active       boolean        not null,
    created_by   bigint         not null,
    created_at   timestamp(6) with time zone not null,
    version      bigint         not null,
    constraint webhook_pk primary key (id),
    constraint webhook_created_by_fk foreign key (created_by) references person (id)
);

create sequence webhook_delivery_seq start with 1 increment by 50;

create table webhook_delivery (
    id               bigint         not null,
    webhook_id       bigint         not null,
    event            varchar(40)    not null,
    payload          varchar(20000) not null,
    created_at       timestamp(6) with time zone not null,
    attempts         integer        not null,
    next_attempt_at  timestamp(6) with time zone,
    claimed_until    timestamp(6) with time zone,
    delivered_at     timestamp(6) with time zone,
    failed_at        timestamp(6) with time zone,
    replay_of        bigint,
    subject_type     varchar(20),
    subject_id       bigint,
    constraint webhook_delivery_pk primary key (id),
    constraint webhook_delivery_webhook_fk foreign key (webhook_id) references webhook (id)
);

create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at);
create index webhook_delivery_webhook_idx on webhook_delivery (webhook_id, created_at);

-- Every attempt of a delivery, with what the endpoint answered.
create sequence webhook_attempt_seq start with 1 increment by 50;

create table webhook_attempt (
    id           bigint         not null,
    delivery_id  bigint         not null,
    attempted_at timestamp(6) with time zone not null,
    status       integer,
    response     varchar(2000),
    error        varchar(1000),
    millis       bigint         not null,
    constraint webhook_attempt_pk primary key (id),
    constraint webhook_attempt_delivery_fk foreign key (delivery_id) references webhook_delivery (id)
);

create index webhook_attempt_delivery_idx on webhook_attempt (delivery_id);
