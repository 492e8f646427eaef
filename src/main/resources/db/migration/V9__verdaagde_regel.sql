-- A verdaagde termijn's rule also says by how long and why (Awb 4:14): the reason is the consulent's, up to 2000 characters.
alter table termijn alter column regel set data type varchar(2500);
