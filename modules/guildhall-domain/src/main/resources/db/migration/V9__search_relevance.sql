-- The unified search's relevance weights, one row, tuned by admins at run time (no redeploy).
-- Every node reads them afresh within seconds of a change.
create table search_relevance (
    id              integer          not null,
    title_weight    double precision not null,
    tags_weight     double precision not null,
    body_weight     double precision not null,
    recency_boost   double precision not null,
    recency_days    integer          not null,
    thanks_boost    double precision not null,
    stale_factor    double precision not null,
    updated_at      timestamp(6) with time zone,
    updated_by      varchar(100),
    version         bigint           not null,
    constraint search_relevance_pk primary key (id),
    constraint search_relevance_one_row check (id = 1)
);

insert into search_relevance (id, title_weight, tags_weight, body_weight, recency_boost, recency_days, thanks_boost,
                              stale_factor, version)
values (1, 3.0, 2.0, 1.0, 0.5, 180, 0.3, 0.7, 0);
