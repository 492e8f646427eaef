/** Help in a gedwongen kader, as the gecertificeerde instelling decides it (001 §2.6; 002 §6.5). */
package nl.jeugdhulp.toegang.gedwongenkader;
