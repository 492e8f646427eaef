/** The woonplaatsbeginsel: a melding for another gemeente is forwarded to it (002 §2.1; Awb 2:3). */
package nl.jeugdhulp.toegang.doorzending;
