-- Tuning studies (grid searches); their trials are ordinary runs tagged with the study.
CREATE TABLE studies (
    id         UUID PRIMARY KEY,
    name       VARCHAR(80) NOT NULL,
    owner      VARCHAR(80) NOT NULL,
    spec_json  TEXT        NOT NULL,
    trials     INTEGER     NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    cancelled  BOOLEAN     NOT NULL DEFAULT FALSE
);

ALTER TABLE runs ADD COLUMN study_id UUID;
ALTER TABLE runs ADD COLUMN trial INTEGER;
ALTER TABLE runs ADD COLUMN fold INTEGER;
CREATE INDEX runs_study ON runs (study_id);
