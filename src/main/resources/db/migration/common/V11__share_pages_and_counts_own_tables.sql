-- The share module keeps its pages (slug, the communicator's key, published) and the stats module its
-- own row per request; both were columns of render_request.
create table share_page (
    request_id varchar(36)  not null primary key,
    slug       varchar(100) not null,
    share_key  varchar(64),
    published  boolean      default true not null
);

create unique index share_page_slug on share_page (slug);

insert into share_page (request_id, slug, share_key, published)
select id, share_slug, share_key, share_published from render_request where share_slug is not null;

drop index render_request_share_slug;
alter table render_request drop column share_slug;
alter table render_request drop column share_key;
alter table render_request drop column share_published;

create table stats_request (
    request_id     varchar(36)  not null primary key,
    language       varchar(8)   not null,
    programme_name varchar(800) not null
);

insert into stats_request (request_id, language, programme_name)
select id, language, programme_name from render_request;
