-- Awb 4:17-4:18: the family's notice of default on a late decision, the first day of the dwangsom, and once it is
-- settled its days, amount (at most 1442.00 euro), the exception of lid 6 and the last day for a bezwaar against it.
alter table zaak add column ingebrekestelling_ontvangen date;
alter table zaak add column eerste_dwangsomdag date;
alter table zaak add column dwangsom_vastgesteld date;
alter table zaak add column dwangsom_dagen integer;
alter table zaak add column dwangsom_bedrag numeric(7, 2);
alter table zaak add column dwangsom_uitzondering varchar(30);
alter table zaak add column dwangsom_bezwaar_uiterlijk date;
