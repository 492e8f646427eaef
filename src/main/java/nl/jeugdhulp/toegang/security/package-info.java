/**
 * Login and authorization: the roles, the gemeenten as Camunda tenants, the API and actuator filters, the demo
 * users and the production check.
 */
package nl.jeugdhulp.toegang.security;
