-- A programme's own handles on the platforms its posts go to, kept by the kit (set from the status page).
create table kit_handle (
    request_id varchar(36)  not null,
    platform   varchar(16)  not null,
    handle     varchar(300) not null,
    primary key (request_id, platform)
);
