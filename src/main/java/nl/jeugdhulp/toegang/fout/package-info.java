/**
 * What a request can do wrong (not found, not possible, invalid input, no access), thrown by any feature, and the
 * writer of problem+json answers for the filters that answer before Spring MVC does.
 */
package nl.jeugdhulp.toegang.fout;
