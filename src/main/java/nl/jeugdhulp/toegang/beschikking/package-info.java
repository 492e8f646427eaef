/**
 * The beschikking: what is granted, for how long, the four-eyes approval, the verdaging and its dispatch (001 §4;
 * 004 art 9; Awb 4:14).
 */
package nl.jeugdhulp.toegang.beschikking;
