-- Assignments a teacher hands out to a class: what to do, by when, and the target a run must meet.
-- A target condition left NULL does not apply; kind NULL means any kind of network.
CREATE TABLE assignments (
    id                      UUID PRIMARY KEY,
    class_id                UUID         NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
    title                   VARCHAR(120) NOT NULL,
    instructions            TEXT         NOT NULL,
    due_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- While locked (and before due_at) students see a run's test accuracy only once it is submitted.
    locked_test_set         BOOLEAN      NOT NULL DEFAULT TRUE,
    min_test_accuracy       DOUBLE PRECISION,
    min_validation_accuracy DOUBLE PRECISION,
    max_parameters          BIGINT,
    kind                    VARCHAR(8),
    max_epochs              INTEGER,
    -- LAB5 for the course sheet's hand-in (a step and an answer per exercise); NULL for none.
    hand_in                 VARCHAR(16),
    created_by              UUID         REFERENCES accounts (id) ON DELETE SET NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX assignments_class ON assignments (class_id);

-- A run a student handed in; several per student are allowed (the best counts), each run once.
CREATE TABLE submissions (
    id            UUID PRIMARY KEY,
    assignment_id UUID NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
    run_id        UUID NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    student_id    UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    submitted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    late          BOOLEAN NOT NULL
);
CREATE UNIQUE INDEX submissions_assignment_run ON submissions (assignment_id, run_id);
CREATE INDEX submissions_student ON submissions (student_id);

-- A student's own answer to one exercise of a hand-in.
CREATE TABLE hand_in_answers (
    id            UUID PRIMARY KEY,
    assignment_id UUID        NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
    student_id    UUID        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    exercise_id   VARCHAR(40) NOT NULL,
    answer        TEXT        NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX hand_in_answers_key ON hand_in_answers (assignment_id, student_id, exercise_id);
