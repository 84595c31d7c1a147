-- People, classes and who belongs to which. Usernames are unique ignoring case: username keeps
-- what was typed, username_key its lower-case form under a unique index.
CREATE TABLE accounts (
    id            UUID PRIMARY KEY,
    username      VARCHAR(32)  NOT NULL,
    username_key  VARCHAR(32)  NOT NULL,
    display_name  VARCHAR(80)  NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE UNIQUE INDEX accounts_username_key ON accounts (username_key);

CREATE TABLE classes (
    id         UUID PRIMARY KEY,
    name       VARCHAR(80) NOT NULL,
    join_code  VARCHAR(16) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE UNIQUE INDEX classes_join_code ON classes (join_code);

-- A teacher or a student in a class; a teacher may teach several classes, a class may have
-- several teachers, a student may belong to several classes.
CREATE TABLE memberships (
    id         UUID PRIMARY KEY,
    class_id   UUID NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
    account_id UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    joined_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE UNIQUE INDEX memberships_class_account ON memberships (class_id, account_id);
CREATE INDEX memberships_account ON memberships (account_id);
