/**
 * Engine plumbing, no law: typed process variables, the engine clock, who acts, refused steps, the process archive
 * and engine metrics.
 */
package nl.jeugdhulp.toegang.proces;
