-- The Notifier's own schema: webhook subscriptions, one delivery per (event, subscription),
-- the log of every attempt, and the quota notices already sent.

create table notifier.subscriptions (
    id                   uuid primary key,
    organization_id      uuid not null references intake.organizations (id) on delete cascade,
    url                  text not null,
    events               text[] not null,
    filter_template_ids  text[] not null default '{}',
    filter_doc_types     text[] not null default '{}',
    description          text,
    -- How we authenticate to the endpoint: none, basic, bearer or header (a named API-key header).
    auth_kind            text not null default 'none',
    auth_header_name     text,
    auth_credential      bytea,
    headers              jsonb not null default '{}',
    is_active            boolean not null default true,
    health               text not null default 'healthy',
    failing_since        timestamptz,
    last_success_at      timestamptz,
    -- Encrypted at rest (AES-GCM); the previous secret keeps signing until it expires (rotation).
    secret               bytea not null,
    previous_secret      bytea,
    previous_secret_expires_at timestamptz,
    created_at           timestamptz not null,
    updated_at           timestamptz not null
);

create index subscriptions_by_organization on notifier.subscriptions (organization_id, created_at);

create table notifier.deliveries (
    id               text primary key,
    organization_id  uuid not null references intake.organizations (id) on delete cascade,
    subscription_id  uuid not null references notifier.subscriptions (id) on delete cascade,
    event_id         uuid not null,
    event            text not null,
    -- The outbox sequence, and the job the event belongs to: a subscription receives one job's
    -- events in the order they were committed (other jobs' events go alongside).
    event_sequence   bigint not null,
    ordering_key     text,
    -- The exact bytes sent on every attempt.
    body             text not null,
    traceparent      text,
    status           text not null,
    attempts         integer not null default 0,
    next_attempt_at  timestamptz,
    claimed_by       text,
    lease_expires_at timestamptz,
    created_at       timestamptz not null,
    completed_at     timestamptz,
    unique (event_id, subscription_id)
);

create index deliveries_due on notifier.deliveries (next_attempt_at) where status = 'pending';
create index deliveries_pending_in_order on notifier.deliveries (subscription_id, ordering_key, event_sequence) where status = 'pending';
create index deliveries_by_subscription on notifier.deliveries (subscription_id, created_at);

create table notifier.delivery_attempts (
    delivery_id   text not null references notifier.deliveries (id) on delete cascade,
    attempt       integer not null,
    attempted_at  timestamptz not null,
    status_code   integer,
    duration_ms   integer not null,
    error         text,
    response_body text,
    primary key (delivery_id, attempt)
);

create table notifier.quota_notices (
    organization_id uuid not null references intake.organizations (id) on delete cascade,
    month           date not null,
    event           text not null,
    primary key (organization_id, month, event)
);
