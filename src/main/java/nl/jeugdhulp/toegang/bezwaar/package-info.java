/**
 * A bezwaar against the beschikking, heard by others than who decided, within its own beslistermijn (Awb 6:9,
 * 6:11, 7:5, 7:10, 7:12).
 */
package nl.jeugdhulp.toegang.bezwaar;
