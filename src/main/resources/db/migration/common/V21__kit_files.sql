-- The kit's files of a request as stored (object key kits/{request}/{name}), with a hash of what they
-- were written from: a kit whose inputs changed is written again before it is given.
create table kit_file (
    request_id   varchar(36)  not null,
    name         varchar(64)  not null,
    object_key   varchar(300) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,
    inputs       varchar(64)  not null,
    written_at   timestamp    not null,
    primary key (request_id, name)
);
