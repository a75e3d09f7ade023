-- A request's event gets its place (city as given, ISO 3166-1 alpha-2 country); the events module keeps the
-- campaign's events (a programme's first is its request's own), where they are, and each programme's state.
alter table render_request add column event_city varchar(200);
alter table render_request add column event_country varchar(2);

create table campaign_programme (
    request_id      varchar(36)  not null primary key,
    programme_name  varchar(800) not null,
    language        varchar(8)   not null,
    second_language varchar(8),
    done            boolean      default false not null,
    created_at      timestamp    not null
);

create table campaign_event (
    id          varchar(16)   not null primary key,
    request_id  varchar(36)   not null references campaign_programme (request_id),
    first_event boolean       default false not null,
    title       varchar(800)  not null,
    starts_on   date          not null,
    start_time  time,
    end_time    time,
    zone        varchar(64)   not null,
    venue       varchar(800),
    city        varchar(200),
    country     varchar(2),
    latitude    double precision,
    longitude   double precision,
    pinned      boolean       default false not null,
    url         varchar(2000),
    languages   varchar(40)   not null,
    format      varchar(8)    not null,
    description varchar(2000),
    cancelled   boolean       default false not null,
    sequence    integer       default 0 not null,
    created_at  timestamp     not null,
    updated_at  timestamp     not null
);

create index campaign_event_request on campaign_event (request_id);
create index campaign_event_starts on campaign_event (starts_on);
