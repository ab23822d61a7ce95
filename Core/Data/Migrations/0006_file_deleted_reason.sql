-- Why a document's original left the object store (OriginalFiles.DeletedAfterDelivery or
-- DeletedByRetention), so the file route's 410 can tell the client which rule removed it.
alter table intake.documents add column file_deleted_reason text;
