/** The intake of a melding: checked input, the zaak it opens and its ontvangstbevestiging (002 §4.3.1; 001 §2.6). */
package nl.jeugdhulp.toegang.melding;
