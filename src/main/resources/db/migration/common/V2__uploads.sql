-- Photos uploaded to be classified: stored under a generated file name, with what every model said.
CREATE TABLE uploads (
    id               UUID PRIMARY KEY,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    owner            VARCHAR(80) NOT NULL,
    file_name        VARCHAR(64) NOT NULL,
    format           VARCHAR(16) NOT NULL,
    size_bytes       BIGINT      NOT NULL,
    sha256           CHAR(64)    NOT NULL,
    width            INTEGER     NOT NULL,
    height           INTEGER     NOT NULL,
    input_pixels     BYTEA       NOT NULL,
    predictions_json TEXT        NOT NULL
);

CREATE INDEX uploads_created_at ON uploads (created_at);
