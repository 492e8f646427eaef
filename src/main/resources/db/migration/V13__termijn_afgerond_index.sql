-- The doorlooptijden of the Termijnbewaking read the termijnen done in the last year and a half.
create index termijn_afgerond on termijn (afgerond);
