-- Retention (issue 6): the day the last process of a zaak (the toegang and any bezwaar) was found ended. The
-- bewaartermijn of the dossier runs from that day, or from the end of the granted help when that is later.
alter table zaak add column afgesloten date;
