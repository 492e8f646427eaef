-- Indexes the engine's PostgreSQL scripts (Camunda 7.24) do not make, for the two questions asked most at scale.
-- Flyway runs this after every migrate, so also on a database that was created or upgraded with Camunda's own
-- scripts; "if not exists" makes it a no-op once they are there. Measured in docs/prestaties.md.
-- Tasklist's filters all sort on the due date, 50 tasks at a time.
create index if not exists jeugdhulp_idx_task_due_date on act_ru_task (due_date_);
-- Every job executor asks for due jobs ("due date empty or past") several times a second under load, and every
-- few seconds when idle; without this index each question reads the whole job table, timers of months ahead included.
create index if not exists jeugdhulp_idx_job_due_date on act_ru_job (duedate_);
-- Every authorization check filters on permission bits (perms_ & 2 = 2: READ on a task; perms_ & 64 = 64: READ_TASK
-- on a process definition). PostgreSQL cannot estimate such an expression and guesses that almost no row matches;
-- with one task authorization per open task it then joins every open task with every one of them (a Tasklist
-- filter's count took 11 s at 30,000 open cases). Statistics on the expressions give it the real numbers (PostgreSQL 14+).
-- ANALYZE fills them at once; autovacuum keeps them up to date.
create statistics if not exists jeugdhulp_stat_auth_read on ((perms_ & 2)) from act_ru_authorization;
create statistics if not exists jeugdhulp_stat_auth_read_task on ((perms_ & 64)) from act_ru_authorization;
analyze act_ru_authorization;
