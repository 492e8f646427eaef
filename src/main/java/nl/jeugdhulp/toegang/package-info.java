/** The composition of the application: start-up, planning of once-per-installation jobs, and the history level. */
package nl.jeugdhulp.toegang;
