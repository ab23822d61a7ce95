-- The claim reads pending deliveries in (next_attempt_at, event_sequence) order and stops at its
-- limit; an index in exactly that order lets it stop early instead of sorting every due row,
-- which under a backlog of thousands was most of Postgres's time.
drop index notifier.deliveries_due;
create index deliveries_due on notifier.deliveries (next_attempt_at, event_sequence) where status = 'pending';

-- Room on each page for a claim's new row version: a claim changes no indexed column, so with room
-- beside the old version it is a heap-only update that writes no index entries.
alter table notifier.deliveries set (fillfactor = 70);
