-- A request may set its material in a second language too, with the programme's name in it.
alter table render_request add column second_language varchar(8);
alter table render_request add column programme_name_second varchar(800);
