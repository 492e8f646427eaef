/** The letters of a zaak as PDF documents, made by the "Brief versturen" steps (Awb 1:3, 4:13, 6:7). */
package nl.jeugdhulp.toegang.brief;
