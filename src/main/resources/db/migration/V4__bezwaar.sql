-- Bezwaren against the beschikking of a zaak (Awb 6:4, 7:10). A zaak can have several, each with its own
-- beslistermijn, so the term is kept here and not in termijn (one row per soort per zaak).
create sequence bezwaar_seq start with 1 increment by 1;

create table bezwaar (
    id                                   bigint         not null primary key,
    zaak_id                              bigint         not null references zaak (id),
    proces_instantie_id                  varchar(64)    unique,
    indiener                             varchar(200),
    ontvangen                            date           not null,
    tijdig                               boolean        not null,
    adviescommissie                      boolean        not null,
    beslistermijn_vanaf                  date           not null,
    beslistermijn_uiterlijk              date           not null,
    beslistermijn_regel                  varchar(300)   not null,
    beslistermijn_status                 varchar(20)    not null,
    verdaging_meegedeeld                 date,
    ontvankelijk                         boolean,
    termijnoverschrijding_verschoonbaar  boolean,
    beslissing                           varchar(20),
    motivering                           varchar(10000),
    beslissing_verzonden                 date,
    status                               varchar(30)    not null
);

create index bezwaar_zaak on bezwaar (zaak_id);
