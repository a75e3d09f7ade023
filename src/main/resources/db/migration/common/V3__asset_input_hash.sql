-- The hash of everything an asset is made from, so an identical render is reused instead of repeated.
alter table asset add column input_hash varchar(64);

create index asset_reuse on asset (kind, format, input_hash);
