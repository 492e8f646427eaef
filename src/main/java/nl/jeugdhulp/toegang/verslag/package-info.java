/** The verslag of the onderzoek and the family's response to it (004 art 6.1-6.3). */
package nl.jeugdhulp.toegang.verslag;
