/**
 * The dossier: the Zaak and its parts (termijnen, beslissingen, looptijd), who may see it, and the variables every
 * step shares.
 */
package nl.jeugdhulp.toegang.zaak;
