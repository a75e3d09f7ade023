-- Bulk renders started by campaign staff from a CSV and a zip of logos; the rows they refused; and
-- which assets a request asked for.
create table bulk_render (
    id         varchar(36) not null primary key,
    created_by varchar(100) not null,
    rows_read  integer      not null,
    created_at timestamp    not null
);

create table bulk_rejection (
    bulk_id    varchar(36)  not null references bulk_render (id),
    row_number integer      not null,
    code       varchar(100),
    reason     varchar(2000) not null,
    primary key (bulk_id, row_number)
);

alter table render_request add column bulk_id varchar(36) references bulk_render (id);
alter table render_request add column programme_code varchar(100);
alter table render_request add column asset_groups varchar(100) default 'posters,social,video' not null;

create index render_request_bulk on render_request (bulk_id);
