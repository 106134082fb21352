-- The database's ceiling on this machine: a trivial query.
SELECT 1;
