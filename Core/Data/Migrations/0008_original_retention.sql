-- How long an organization's originals are kept at most: 7 days in any case (DESIGN.md, Retention), fewer if it
-- asks. The default here only fills existing rows; new organizations get OrganizationSettings.Defaults.
alter table intake.organizations add column original_retention_days integer not null default 7 check (original_retention_days between 1 and 7);
alter table intake.organizations alter column original_retention_days drop default;

-- Retention finds old documents organization by organization, oldest first.
create index documents_by_organization_created on intake.documents (organization_id, created_at);
