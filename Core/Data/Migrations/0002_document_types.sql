-- The document types the Processor has loaded from its plugins, with their JSON Schema, for
-- GET /api/document-types. Plugins are installation-wide, so types are not per organization.
create table intake.document_types (
    document_type text primary key,
    display_name  text not null,
    version       text not null,
    plugin        text not null,
    json_schema   jsonb not null,
    updated_at    timestamptz not null default now()
);
