-- Idempotency-Key: the first answer to an upload, kept so that a retry with the same key gets it
-- again instead of a second job. Written in the upload's own transaction, so a key exists exactly
-- when its job does. The primary key is what decides between two concurrent requests with one key.
create table intake.idempotency_keys (
    organization_id uuid not null references intake.organizations (id) on delete cascade,
    key             text not null check (char_length(key) between 1 and 255),
    -- SHA-256 of the request (route, file and fields), so reusing a key for another request is refused.
    request_hash    bytea not null,
    job_id          uuid not null,
    status_code     integer not null,
    location        text,
    body            bytea not null,
    created_at      timestamptz not null,
    primary key (organization_id, key)
);

-- The cleanup deletes by age across organizations.
create index idempotency_keys_by_created_at on intake.idempotency_keys (created_at);
