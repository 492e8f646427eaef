-- The topics of Stadskanaal 004 art 5.1 a-i that the gesprek covered, as a comma-separated list of names.
alter table zaak add column gesprek_onderwerpen varchar(300);
