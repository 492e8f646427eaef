-- The case dossier: personal data of a melding lives here, keyed by zaaknummer (the process business key).
create sequence zaak_seq start with 1 increment by 1;
create sequence termijn_seq start with 1 increment by 1;

create table zaak (
    id                              bigint         not null primary key,
    -- Filled in right after the insert, from the generated id (JH-2026-000042).
    zaaknummer                      varchar(32)    unique,
    proces_instantie_id             varchar(64)    unique,
    gemeente                        varchar(50)    not null,
    ontvangen                       date           not null,
    kanaal                          varchar(20)    not null,
    melder_rol                      varchar(20)    not null,
    melder_naam                     varchar(200)   not null,
    jeugdige_bsn                    varchar(9)     not null,
    jeugdige_voornamen              varchar(200)   not null,
    jeugdige_achternaam             varchar(200)   not null,
    jeugdige_geboortedatum          date           not null,
    voortzetting_reden              varchar(2000),
    hulpvraag                       varchar(10000) not null,
    fase                            varchar(40)    not null,
    ontvangstbevestiging_verzonden  date,
    gesprek_datum                   date,
    toestemming_gegevensverwerking  boolean,
    verslag_oordeel                 varchar(20),
    verslag_opmerkingen             varchar(10000),
    aanvraag_datum                  date,
    individuele_voorziening         boolean,
    voorzieningsvorm                varchar(10),
    beschikking_verzonden           date
);

create table termijn (
    id         bigint       not null primary key,
    zaak_id    bigint       not null references zaak (id),
    soort      varchar(30)  not null,
    vanaf      date         not null,
    uiterlijk  date         not null,
    regel      varchar(300) not null,
    status     varchar(20)  not null,
    constraint termijn_uniek unique (zaak_id, soort)
);
