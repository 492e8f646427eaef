/** The record of who saw or changed which dossier, and the API to read it (AVG art 15). */
package nl.jeugdhulp.toegang.verwerking;
