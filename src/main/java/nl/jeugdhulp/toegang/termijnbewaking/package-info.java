/**
 * Termijnbewaking for team leaders: per gemeente the running, nearly due and overdue termijnen, the workload per
 * medewerker and the cases to act on, as a Cockpit dashboard, JSON and CSV (Kampen 002 §2.3 and §2.5 set the terms;
 * Dalfsen 001 §5 asks the gemeente to monitor them).
 */
package nl.jeugdhulp.toegang.termijnbewaking;
