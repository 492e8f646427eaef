/** The zaak as the API shows it, combining the features, and the endpoints that answer with it. */
package nl.jeugdhulp.toegang.zaakoverzicht;
