-- River's schema, whole (see the up migration).
DROP TABLE river_notification;
DROP TABLE river_queue;
DROP TABLE river_leader;
DROP TABLE river_job;
DROP TABLE river_migration;
DROP FUNCTION river_job_state_in_bitmask(bit, river_job_state);
DROP TYPE river_job_state;
