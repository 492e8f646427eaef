/**
 * A verwijzing by a huisarts, jeugdarts or medisch specialist: contact with the family instead of an onderzoek
 * (004 art 8.2).
 */
package nl.jeugdhulp.toegang.verwijzing;
