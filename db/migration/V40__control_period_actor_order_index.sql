-- An actor's page lists the places it held, latest first, 20 of them. With an index on the actor
-- alone, PostgreSQL read every period of the actor, joined each to its place and evidence, and
-- sorted them to keep 20: 31 ms for the actor holding most (2,925 of the benchmark's 50,000
-- periods). In the periods' order it reads the 20 and stops: 0.55 ms (BENCHMARKS.md, twenty-sixth
-- run). The old index was a prefix of this one; the actor's foreign key uses the new one.
CREATE INDEX control_period_actor_from_idx ON control_period (actor_id, valid_from DESC);
DROP INDEX control_period_actor_idx;
