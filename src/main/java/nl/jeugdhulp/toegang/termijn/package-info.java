/**
 * The one calendar of werkdagen (Algemene termijnenwet art 1 and 3) and the bewaking of every termijn of a zaak,
 * for the models and the API.
 */
package nl.jeugdhulp.toegang.termijn;
