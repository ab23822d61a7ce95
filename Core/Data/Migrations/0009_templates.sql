-- User-defined extraction templates (/api/templates): a job that names one gets the template's
-- fields instead of a plugin's. The definition is kept as the user sent it, once validated.
create table intake.templates (
    id              uuid primary key,
    organization_id uuid not null references intake.organizations (id) on delete cascade,
    name            text not null,
    definition      jsonb not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);

create index templates_by_organization on intake.templates (organization_id, created_at, id);
