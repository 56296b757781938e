-- An evaluation may assess one component of the socle commun alongside (or instead of) its marks: the grid then
-- has a column of levels (1 maîtrise insuffisante … 4 très bonne maîtrise).
ALTER TABLE evaluations ADD COLUMN component varchar(10)
    CHECK (component IN ('CPD_FRA', 'CPD_ETR', 'CPD_SCI', 'CPD_ART', 'MET_APP', 'FRM_CIT', 'SYS_NAT', 'REP_MND'));
