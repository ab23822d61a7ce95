-- When a document's original was deleted from the object store (after its webhook was
-- delivered, or by retention); the file route answers 410 from then on.
alter table intake.documents add column file_deleted_at timestamptz;
