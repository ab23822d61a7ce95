-- The approval workflow (POST /api/documents/{id}/approve and /reject): a reviewer's decision on
-- a document the pipeline finished. Which moves are allowed is Core's DocumentApproval table.
alter table intake.documents
    add column approval_status     text not null default 'PENDING' check (approval_status in ('PENDING', 'APPROVED', 'REJECTED')),
    add column approval_reason     text,
    add column approval_decided_at timestamptz;
