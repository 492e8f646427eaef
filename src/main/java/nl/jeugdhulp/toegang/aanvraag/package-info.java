/**
 * The aanvraag: its date, which starts the beslistermijn, and the facts the decision tables weigh (004 art 6-8;
 * Awb 4:13).
 */
package nl.jeugdhulp.toegang.aanvraag;
