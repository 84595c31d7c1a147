-- Upload quotas look an owner's uploads up, oldest first (retention uses uploads_created_at).
CREATE INDEX uploads_owner_id_created_at ON uploads (owner_id, created_at);
