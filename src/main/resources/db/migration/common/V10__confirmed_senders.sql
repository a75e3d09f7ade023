-- Confirmed senders: a public request from an address that has not confirmed recently waits
-- (AWAITING_CONFIRMATION) until the link mailed to it is opened. Tokens are kept as their SHA-256 only.
alter table render_request alter column status set data type varchar(32);

create table confirmed_sender (
    email        varchar(254) not null primary key,
    confirmed_at timestamp    not null
);

create table sender_confirmation (
    token_sha256 varchar(64)  not null primary key,
    request_id   varchar(36)  not null references render_request (id) on delete cascade,
    email        varchar(254) not null,
    expires_at   timestamp    not null,
    used_at      timestamp
);

-- a request's one outbox email is first the confirmation (CONFIRM) when its sender must confirm, and
-- becomes the "ready" email (READY) once its material is made
alter table outbox_email add column kind varchar(16) default 'READY' not null;
