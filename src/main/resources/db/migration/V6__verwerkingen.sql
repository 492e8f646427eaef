-- Who read or changed which dossier through /api, and when (issue 6: AVG art 5 lid 2 and 32, accountability
-- and security of processing). Keyed by zaaknummer, not by the zaak row: the record of who saw a dossier
-- outlives the dossier, and holds no data about the child.
create sequence verwerking_seq start with 1 increment by 1;

create table verwerking (
    id            bigint        not null primary key,
    zaaknummer    varchar(32)   not null,
    gemeente      varchar(50)   not null,
    gebruiker     varchar(255)  not null,
    tijdstip      timestamp     not null,
    handeling     varchar(20)   not null,
    omschrijving  varchar(200)  not null
);

create index verwerking_zaak on verwerking (zaaknummer, tijdstip);
