/**
 * What a request can do wrong (not found, not possible, invalid input, no access): thrown by any feature, rendered
 * as problem+json by web.
 */
package nl.jeugdhulp.toegang.fout;
