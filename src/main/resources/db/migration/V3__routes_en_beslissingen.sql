-- The access routes of 001 §2.6 and 002 §2.1: what the melding says about urgency, custody, referral and
-- a child-protection measure, and where the case went.
alter table zaak add column spoed boolean default false not null;
alter table zaak add column gezag_gemeente varchar(100);
alter table zaak add column verwijzer_type varchar(30);
alter table zaak add column verwijzer_agb_code varchar(8);
alter table zaak add column verwijzer_naam varchar(200);
alter table zaak add column aanbieder_agb_code varchar(8);
alter table zaak add column aanbieder_naam varchar(200);
alter table zaak add column maatregel varchar(30);
alter table zaak add column gecertificeerde_instelling varchar(200);
alter table zaak add column route varchar(20);
alter table zaak add column doorgezonden_aan varchar(100);
alter table zaak add column doorgezonden_op date;
-- The gesprek waived in agreement with the family (004 art 5.4).
alter table zaak add column gesprek_afgezien_op date;

-- An hour-based term (crisis visit within 2 hours) ends at a moment, not on a day.
alter table termijn add column uiterlijk_om timestamp with time zone;
-- The last day before a verdaging (Awb 4:14), kept so the zaak shows both.
alter table termijn add column oorspronkelijk date;

-- Every decision in a zaak with its motivation: by a rule (DMN), a consulent or a team leader.
create sequence beslissing_seq start with 1 increment by 1;
create table beslissing (
    id          bigint        not null primary key,
    zaak_id     bigint        not null references zaak (id),
    soort       varchar(40)   not null,
    uitkomst    varchar(200)  not null,
    motivering  varchar(4000) not null,
    genomen     timestamp with time zone not null,
    door        varchar(100)  not null
);
create index beslissing_zaak on beslissing (zaak_id);
