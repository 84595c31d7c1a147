-- One source of truth for a run: its state, progress and metrics live in these rows, written by
-- whoever trains it (a worker, or the web process on role=all); pages and the API read them.

-- Which attempt owns the run: every write of a worker names its attempt, so a worker that lost
-- its lease (declared dead, run retried elsewhere) can never overwrite the retry.
ALTER TABLE runs ADD COLUMN attempt INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN worker VARCHAR(120);
ALTER TABLE runs ADD COLUMN cancel_requested BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE runs ADD COLUMN fold_count INTEGER;
ALTER TABLE runs ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;

-- Live progress of the current attempt.
ALTER TABLE runs ADD COLUMN phase VARCHAR(16);
ALTER TABLE runs ADD COLUMN progress_epoch INTEGER;
ALTER TABLE runs ADD COLUMN progress_batch INTEGER;
ALTER TABLE runs ADD COLUMN batches_per_epoch INTEGER;
ALTER TABLE runs ADD COLUMN training_images INTEGER;
ALTER TABLE runs ADD COLUMN validation_images INTEGER;
ALTER TABLE runs ADD COLUMN threads INTEGER;
ALTER TABLE runs ADD COLUMN running_accuracy DOUBLE PRECISION;
ALTER TABLE runs ADD COLUMN elapsed_seconds DOUBLE PRECISION;
ALTER TABLE runs ADD COLUMN eta_seconds DOUBLE PRECISION;
-- Wall-clock time of the newest batch reported, for the live-metric latency.
ALTER TABLE runs ADD COLUMN progress_at TIMESTAMP WITH TIME ZONE;

UPDATE runs SET updated_at = COALESCE(finished_at, started_at, created_at);

CREATE INDEX runs_owner_status ON runs (owner, status);
CREATE INDEX runs_status ON runs (status);
CREATE INDEX runs_updated_at ON runs (updated_at);

-- Sampled training losses, appended in small chunks (a JSON array of {step, loss}) as they come.
CREATE TABLE run_losses (
    run_id  UUID    NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    attempt INTEGER NOT NULL,
    seq     INTEGER NOT NULL,
    points  TEXT    NOT NULL,
    PRIMARY KEY (run_id, attempt, seq)
);
INSERT INTO run_losses (run_id, attempt, seq, points)
    SELECT id, 0, 0, losses_json FROM runs WHERE losses_json IS NOT NULL;
ALTER TABLE runs DROP COLUMN losses_json;

-- Every attempt at training a run: who trained it, how it ended, the epochs it reported.
CREATE TABLE run_attempts (
    run_id           UUID         NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    attempt          INTEGER      NOT NULL,
    worker           VARCHAR(120) NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at         TIMESTAMP WITH TIME ZONE,
    outcome          VARCHAR(16),
    message          TEXT,
    epochs_completed INTEGER      NOT NULL DEFAULT 0,
    history_json     TEXT,
    PRIMARY KEY (run_id, attempt)
);

-- Processes that train: each writes its heartbeat here, so pages can show who is alive.
CREATE TABLE workers (
    name        VARCHAR(120) PRIMARY KEY,
    host        VARCHAR(200) NOT NULL,
    pid         BIGINT       NOT NULL,
    role        VARCHAR(16)  NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen   TIMESTAMP WITH TIME ZONE NOT NULL,
    current_run UUID,
    runs_done   INTEGER      NOT NULL DEFAULT 0
);

-- One row locked by every change to the queue's order, so two nodes never reorder it at once.
CREATE TABLE queue_lock (
    id INTEGER PRIMARY KEY
);
INSERT INTO queue_lock (id) VALUES (1);
