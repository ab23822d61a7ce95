-- Jobs (one upload: a file or a ZIP), their documents, the outbox of events, and page usage.

create table intake.jobs (
    id               uuid primary key,
    organization_id  uuid not null references intake.organizations (id) on delete cascade,
    template_id      text,
    static_values    jsonb,
    is_archive       boolean not null,
    status           text not null,
    skipped_entries  jsonb not null default '[]',
    traceparent      text,
    -- The Processor's claim: who works on it, until when (renewed while it works).
    claimed_by       text,
    lease_expires_at timestamptz,
    attempts         integer not null default 0,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    finished_at      timestamptz
);

create index jobs_unfinished on intake.jobs (created_at) where finished_at is null;
create index jobs_by_organization on intake.jobs (organization_id, created_at);

create table intake.documents (
    id                 uuid primary key,
    job_id             uuid not null references intake.jobs (id) on delete cascade,
    organization_id    uuid not null references intake.organizations (id) on delete cascade,
    position           integer not null,
    file_name          text not null,
    file_size          bigint not null,
    mime_type          text not null,
    object_key         text not null,
    requested_type     text,
    metadata           jsonb,
    pages              integer,
    extraction_status  text not null,
    doc_type           text,
    extraction_errors  jsonb not null default '[]',
    summary            jsonb,
    extraction         jsonb,
    content_text       text,
    search             tsvector,
    processing_time_ms integer,
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);

create index documents_by_job on intake.documents (job_id, position);
create index documents_by_organization on intake.documents (organization_id, created_at, id);
create index documents_search on intake.documents using gin (search);

-- Rows are claimed by the Notifier through dispatched_at; sequence only orders them.
create table intake.outbox_events (
    id              uuid primary key,
    sequence        bigint generated always as identity,
    organization_id uuid not null references intake.organizations (id) on delete cascade,
    event           text not null,
    payload         jsonb not null,
    traceparent     text,
    created_at      timestamptz not null,
    dispatched_at   timestamptz
);

create index outbox_undispatched on intake.outbox_events (sequence) where dispatched_at is null;
create index outbox_by_organization on intake.outbox_events (organization_id, sequence);

create table intake.page_usage (
    organization_id uuid not null references intake.organizations (id) on delete cascade,
    month           date not null,
    pages           integer not null default 0,
    primary key (organization_id, month)
);
