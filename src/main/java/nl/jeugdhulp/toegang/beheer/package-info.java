/** Metrics for the gemeente's operators: termijnen by status and failed jobs, per gemeente, without case data. */
package nl.jeugdhulp.toegang.beheer;
