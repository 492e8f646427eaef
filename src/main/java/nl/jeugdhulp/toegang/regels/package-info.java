/**
 * The outcomes of the decision tables in processes/*.dmn, recorded as beslissingen of the zaak (004 art 6, 8 and
 * 11).
 */
package nl.jeugdhulp.toegang.regels;
