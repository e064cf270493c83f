-- Network health, pre-aggregated: what each person contributed to each network per day (posts,
-- comments, wiki edits) and how many posts carried each tag per day, over the last two years.
-- ("day" is a keyword in H2, hence on_day.) Derived data, rebuilt hourly from the content tables (see community.ActivityRollup).
create table network_activity (
    network_id  bigint   not null,
    on_day      date     not null,
    person_id   bigint   not null,
    posts       integer  not null,
    comments    integer  not null,
    edits       integer  not null,
    constraint network_activity_pk primary key (network_id, on_day, person_id)
);

create table network_tag_activity (
    network_id  bigint        not null,
    on_day      date          not null,
    tag         varchar(40)   not null,
    posts       integer       not null,
    constraint network_tag_activity_pk primary key (network_id, on_day, tag)
);

-- What dashboards read, derived from the two tables above at each rebuild: contributions per
-- network and day, and per network, period (30, 90 or 365 days) and person or tag, in the period
-- and in the one before it. Each dashboard query then reads at most a few thousand rows.
create table network_day (
    network_id  bigint   not null,
    on_day      date     not null,
    posts       integer  not null,
    comments    integer  not null,
    edits       integer  not null,
    constraint network_day_pk primary key (network_id, on_day)
);

create table network_contributor (
    network_id   bigint   not null,
    period_days  integer  not null,
    person_id    bigint   not null,
    recent       integer  not null,
    earlier      integer  not null,
    constraint network_contributor_pk primary key (network_id, period_days, person_id)
);
create index network_contributor_recent_idx on network_contributor (network_id, period_days, recent);

create table network_tag_trend (
    network_id   bigint       not null,
    period_days  integer      not null,
    tag          varchar(40)  not null,
    recent       integer      not null,
    earlier      integer      not null,
    constraint network_tag_trend_pk primary key (network_id, period_days, tag)
);

-- Per network and period: contributors, their departments, how many are members, and the period
-- before's contributions, so a dashboard reads one row instead of joining people.
create table network_period (
    network_id               bigint   not null,
    period_days              integer  not null,
    contributors             integer  not null,
    contributor_departments  integer  not null,
    contributing_members     integer  not null,
    earlier_contributions    integer  not null,
    constraint network_period_pk primary key (network_id, period_days)
);

-- A network's featured posts, read on its home page (pinned ones have post_pinned_idx).
create index post_featured_idx on post (network_id, featured_at);
