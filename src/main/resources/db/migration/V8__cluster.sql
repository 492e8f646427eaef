-- Two or more nodes on one database (Camunda's homogeneous cluster). The same script for H2 and PostgreSQL.

-- ShedLock: the morning termijnsignalering and the nightly dossierbewaring run on one node only. A node takes the
-- row of a task until lock_until; another node that finds it taken skips that run.
create table shedlock (
    name        varchar(64)  not null primary key,
    lock_until  timestamp    not null,
    locked_at   timestamp    not null,
    locked_by   varchar(255) not null
);

-- Spring Session JDBC: the webapps' sessions (login, CSRF token) live here rather than in one node's memory, so
-- every node knows a logged-in consultant and her session survives the loss of the node she was on. The columns
-- are the ones Spring Session reads and writes.
create table spring_session (
    primary_id             char(36)     not null primary key,
    session_id             char(36)     not null,
    creation_time          bigint       not null,
    last_access_time       bigint       not null,
    max_inactive_interval  int          not null,
    expiry_time            bigint       not null,
    principal_name         varchar(100)
);
create unique index spring_session_id on spring_session (session_id);
create index spring_session_verloop on spring_session (expiry_time);
create index spring_session_gebruiker on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id  char(36)     not null references spring_session (primary_id) on delete cascade,
    attribute_name      varchar(200) not null,
    attribute_bytes     bytea        not null,
    primary key (session_primary_id, attribute_name)
);
