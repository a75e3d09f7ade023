-- What a request's logo carries of the EU visibility marks, found at the door: where the emblem is
-- ("x,y,width,height" in fractions of the logo; null when none, or for logos taken before this was
-- looked for) and whether an SVG logo writes the funding statement.
alter table render_request add column logo_emblem varchar(100);
alter table render_request add column logo_statement boolean default false not null;
