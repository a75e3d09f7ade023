-- What each event drew (attendees, social reach, satisfaction, a note), reported by its communicator from a
-- private link mailed the day after it, with reminders until it is reported. The outbox now holds more than
-- one email per request: the ready (or confirmation) email as before, and the reports' emails by topic.
alter table outbox_email drop constraint outbox_email_one_per_request;
alter table outbox_email add column topic varchar(40);
create unique index outbox_email_topic on outbox_email (request_id, kind, topic);

create table event_report (
    event_id         varchar(16)   not null primary key references campaign_event (id),
    report_key       varchar(64)   not null,
    reminders        integer       default 0 not null,
    last_reminder_at timestamp,
    attendees        integer,
    reach            bigint,
    satisfaction     integer,
    note             varchar(1000),
    reported_at      timestamp,
    corrections      integer       default 0 not null
);
