/**
 * The command service: takes commands on agreements, decides them in the event-sourced {@code
 * agreement} aggregate and publishes the events it records.
 */
package org.cooperation.commandservice;
