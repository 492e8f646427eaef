-- Letters (issue 5). Each letter the process sends is kept as the PDF that went out, with the dossier.
create sequence document_seq start with 1 increment by 1;

create table document (
    id          bigint        not null primary key,
    zaak_id     bigint        not null references zaak (id),
    soort       varchar(40)   not null,
    titel       varchar(200)  not null,
    aangemaakt  timestamp     not null,
    grootte     integer       not null,
    inhoud      bytea         not null
);

create index document_zaak on document (zaak_id);

-- What the letters say that the dossier did not yet hold: the invitation's time and place, the verslag's
-- outcome per topic and what the family said, the reason for a verdaging, and the beschikking's content.
alter table zaak add column gesprek_gepland date;
alter table zaak add column gesprek_tijd varchar(5);
alter table zaak add column gesprek_locatie varchar(200);
alter table zaak add column verslag_opmerkingen_familie varchar(2000);
alter table zaak add column verdaging_reden varchar(2000);
alter table zaak add column voorziening varchar(200);
alter table zaak add column beoogd_resultaat varchar(2000);
alter table zaak add column samenhangende_voorzieningen varchar(2000);
alter table zaak add column ingangsdatum date;
alter table zaak add column einddatum date;
alter table zaak add column pgb_bedrag numeric(12, 2);
alter table zaak add column pgb_berekening varchar(1000);

create table verslag_uitkomst (
    zaak_id    bigint         not null references zaak (id),
    onderwerp  varchar(40)    not null,
    uitkomst   varchar(4000)  not null,
    primary key (zaak_id, onderwerp)
);
