-- A request's event can change after its files are made: the files that show it are marked stale (and
-- still served) until they are made again; each such change runs the render job again as a new revision.
alter table asset add column stale boolean default false not null;
alter table render_request add column revision integer default 0 not null;
