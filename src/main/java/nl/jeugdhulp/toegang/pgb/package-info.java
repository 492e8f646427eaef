/**
 * The persoonsgebonden budget: whether it is allowed and its amount per zorgsoort and tarief (004 art 10-11,
 * bijlage 1; 002 §6).
 */
package nl.jeugdhulp.toegang.pgb;
