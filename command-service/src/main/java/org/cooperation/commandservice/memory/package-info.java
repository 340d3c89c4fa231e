/**
 * What the service keeps in memory between commands, bounded: the agreements it handled lately
 * and the hash of each one's last event.
 */
package org.cooperation.commandservice.memory;
