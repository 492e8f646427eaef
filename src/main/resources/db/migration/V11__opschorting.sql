-- Awb 4:15: the beslistermijn stops while the gemeente waits for the family, or while the applicant agreed to a delay
-- or caused one. The term keeps where its count ends on the calendar before the Atw moved it to a werkdag, because a
-- suspension extends the count from there; and the day before its verdaging apart from the first last day.
alter table termijn add column kalendereinde date;
alter table termijn add column verdaagd_van date;

-- Before this column the day the count ended was not kept. The last day is the best day known: a term moved past a
-- weekend or holiday and then suspended would end a few days late, so only terms of open zaken could be affected,
-- and none of them was suspended before this version.
update termijn set kalendereinde = uiterlijk;
alter table termijn alter column kalendereinde set not null;
-- Until now only a verdaging set oorspronkelijk.
update termijn set verdaagd_van = oorspronkelijk;

create table opschorting (
    termijn_id          bigint       not null references termijn (id),
    volgnummer          integer      not null,
    reden               varchar(30)  not null,
    van                 date         not null,
    tot                 date,
    aanvullen_uiterlijk date,
    toelichting         varchar(2000),
    primary key (termijn_id, volgnummer)
);
