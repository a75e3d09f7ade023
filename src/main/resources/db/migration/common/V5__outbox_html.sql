-- The HTML part of an email; the plain-text part stays the alternative.
alter table outbox_email add column body_html varchar(200000);
