-- The render workers of a farm (studio.render.mode=worker): each records itself at start and then every
-- few seconds (last_seen), with the partitions it renders now and how many it has finished. The staff
-- console lists them; a worker not seen for a while is shown as gone.
create table render_worker (
    name        varchar(200)  not null primary key,
    host        varchar(200)  not null,
    threads     integer       not null,
    started_at  timestamp     not null,
    last_seen   timestamp     not null,
    rendering   varchar(4000),
    done_count  bigint        not null default 0,
    failed_count bigint       not null default 0,
    stopped     boolean       not null default false
);
