/**
 * Per-gemeente policy: the termijnregels, the verdaging and the closed days each gemeente states (seeds 001, 002,
 * 004).
 */
package nl.jeugdhulp.toegang.gemeente;
