-- Trained models in the database, so that every node (web or worker) reaches them without a
-- shared disk. One row per run that has a model: its spec and DJL's parameter file as bytes.
-- No foreign key: a model is written in the same transaction as the run's end, deleted with the
-- run, and rows whose run is gone are swept at start-up.
CREATE TABLE run_models (
    run_id      UUID PRIMARY KEY,
    spec_json   TEXT    NOT NULL,
    parameters  BYTEA   NOT NULL,
    size_bytes  BIGINT  NOT NULL,
    stored_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
