-- What the visibility checker measured on each file (issue 27): a JSON report of the emblems found, the
-- other logos' boxes, the ratio, the statement and its language, compliant or not and why. Null for a
-- file that shows no logo (captions) and for files rendered before files were checked.
alter table asset add column visibility varchar(20000);
