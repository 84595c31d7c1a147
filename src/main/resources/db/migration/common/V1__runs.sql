-- Every training run: what was trained, how it went, and how it scored.
CREATE TABLE runs (
    id                        UUID PRIMARY KEY,
    name                      VARCHAR(80)  NOT NULL,
    owner                     VARCHAR(80)  NOT NULL,
    kind                      VARCHAR(8)   NOT NULL,
    architecture              VARCHAR(200) NOT NULL,
    parameters                BIGINT       NOT NULL,
    optimizer                 VARCHAR(16)  NOT NULL,
    learning_rate             DOUBLE PRECISION NOT NULL,
    batch_size                INTEGER      NOT NULL,
    epochs                    INTEGER      NOT NULL,
    spec_json                 TEXT         NOT NULL,
    status                    VARCHAR(16)  NOT NULL,
    message                   TEXT,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at                TIMESTAMP WITH TIME ZONE,
    finished_at               TIMESTAMP WITH TIME ZONE,
    training_seconds          DOUBLE PRECISION,
    epochs_completed          INTEGER      NOT NULL DEFAULT 0,
    final_train_accuracy      DOUBLE PRECISION,
    final_validation_accuracy DOUBLE PRECISION,
    test_accuracy             DOUBLE PRECISION,
    test_loss                 DOUBLE PRECISION,
    history_json              TEXT         NOT NULL,
    losses_json               TEXT,
    confusion_json            TEXT,
    test_predictions          BYTEA
);

CREATE INDEX runs_created_at ON runs (created_at);
