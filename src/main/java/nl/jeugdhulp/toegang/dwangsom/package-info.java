/**
 * What a late decision costs: the ingebrekestelling, the dwangsom per day and its settlement (Awb 4:17, 4:18).
 */
package nl.jeugdhulp.toegang.dwangsom;
