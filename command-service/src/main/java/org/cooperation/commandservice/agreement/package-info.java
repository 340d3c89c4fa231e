/**
 * The agreement aggregate and its rules: handlers check the rules and apply events; deadlines for
 * expiry and termination. Knows no HTTP, Kafka or JDBC.
 */
package org.cooperation.commandservice.agreement;
