/**
 * The vooronderzoek, the appointment and the keukentafelgesprek, and the familiegroepsplan (004 art 4-5; 002
 * §2.3.3).
 */
package nl.jeugdhulp.toegang.onderzoek;
