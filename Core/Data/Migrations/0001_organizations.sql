-- Organizations (tenants) and their API keys. Every other table hangs off organizations.
-- Setting defaults live in one place, OrganizationSettings.Defaults, not here.

create table intake.organizations (
    id                          uuid primary key,
    name                        text not null,
    monthly_page_quota          integer not null check (monthly_page_quota >= 0),
    result_retention_days       integer not null check (result_retention_days between 1 and 3650),
    delete_files_after_delivery boolean not null,
    created_at                  timestamptz not null default now(),
    updated_at                  timestamptz not null default now()
);

-- A key is shown once; only its SHA-256 is kept. The id is the key's public part, so a
-- presented key is found by id and then compared in constant time.
create table intake.api_keys (
    id              text primary key,
    organization_id uuid not null references intake.organizations (id) on delete cascade,
    name            text not null,
    key_hash        bytea not null,
    created_at      timestamptz not null default now(),
    revoked_at      timestamptz
);

create index api_keys_by_organization on intake.api_keys (organization_id);
