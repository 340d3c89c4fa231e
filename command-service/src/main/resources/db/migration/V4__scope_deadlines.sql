-- Which scheduled deadline belongs to which agreement, so that an extension, a termination or a
-- withdrawal finds the deadlines it replaces by the agreement's id (an index lookup), never by
-- reading every scheduled deadline: db-scheduler keeps the scope inside each task's serialised
-- data, where only a scan of the whole table can see it (Axon's cancelAllWithinScope does that).
-- A row lives exactly as long as its task: the cascade removes it when db-scheduler deletes the
-- task (run or cancelled). The check that the task exists waits for the commit, because Axon
-- writes the task when the command's unit of work prepares to commit, after the row is known.
-- V5 (a Java migration, ScopeDeadlinesBackfill) fills in the deadlines scheduled before this table.
CREATE TABLE scope_deadline (
    task_name     TEXT NOT NULL,
    schedule_id   TEXT NOT NULL,
    scope_type    TEXT NOT NULL,
    scope_id      TEXT NOT NULL,
    deadline_name TEXT NOT NULL,
    PRIMARY KEY (task_name, schedule_id),
    FOREIGN KEY (task_name, schedule_id) REFERENCES scheduled_tasks (task_name, task_instance)
        ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE INDEX scope_deadline_scope_idx ON scope_deadline (scope_id, scope_type, deadline_name);
