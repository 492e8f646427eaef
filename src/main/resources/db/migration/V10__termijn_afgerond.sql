-- The day a termijn's step was done. A step done late keeps the status OVERSCHREDEN, so only this date tells a
-- team leader's dashboard the overrun that is still open (no date) from the one that is past (a date).
alter table termijn add column afgerond date;

-- Before this column the day was not kept. For a closed dossier every step is done: its closing day is the best
-- date known. A late step of a dossier still open counts as open until its zaak closes.
update termijn set afgerond = (select z.afgesloten from zaak z where z.id = termijn.zaak_id)
where status in ('GEHAALD', 'OVERSCHREDEN')
  and exists (select 1 from zaak z where z.id = termijn.zaak_id and z.afgesloten is not null);

-- The dashboard reads the running and overrun terms of a gemeente, nearest last day first.
create index termijn_bewaking on termijn (status, uiterlijk);
