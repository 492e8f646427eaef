/** Keeping and removing closed dossiers once their retention period has passed (AVG art 5 lid 1 e). */
package nl.jeugdhulp.toegang.bewaren;
