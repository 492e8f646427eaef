/** Spoed and crisis: the temporary measure taken at once and the help that follows (004 art 3.3; 002 §4.4.3.4). */
package nl.jeugdhulp.toegang.spoed;
