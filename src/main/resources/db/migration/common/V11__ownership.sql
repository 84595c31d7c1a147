-- Every run, study and upload belongs to an account. Rows from before accounts (owner_id NULL)
-- are given to the first teacher when the application starts (it creates that account).
ALTER TABLE runs ADD COLUMN owner_id UUID REFERENCES accounts (id) ON DELETE CASCADE;
-- The owner chose to let their classmates see this run (read only).
ALTER TABLE runs ADD COLUMN shared BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX runs_owner_id ON runs (owner_id);

ALTER TABLE studies ADD COLUMN owner_id UUID REFERENCES accounts (id) ON DELETE CASCADE;
CREATE INDEX studies_owner_id ON studies (owner_id);

ALTER TABLE uploads ADD COLUMN owner_id UUID REFERENCES accounts (id) ON DELETE CASCADE;
CREATE INDEX uploads_owner_id ON uploads (owner_id);
