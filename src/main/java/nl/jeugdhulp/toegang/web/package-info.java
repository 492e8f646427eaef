/**
 * HTTP at the edge: problem+json for every error, request limits, security headers, the engine REST API and the
 * webapps' resources.
 */
package nl.jeugdhulp.toegang.web;
