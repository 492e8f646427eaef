/** What a consulent sees in Camunda Tasklist: the form's header with the zaak's context and the saved filters. */
package nl.jeugdhulp.toegang.tasklist;
