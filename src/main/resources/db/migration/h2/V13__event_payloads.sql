-- Events between modules carry what their listeners need (a finished request with its files and links),
-- which is more than the 4,000 characters the first schema allowed; PostgreSQL's column is TEXT already.
ALTER TABLE EVENT_PUBLICATION ALTER COLUMN SERIALIZED_EVENT SET DATA TYPE VARCHAR(1000000);
