/**
 * One agreement's state: now, as of a business date or as recorded at an instant.
 */
package org.cooperation.queryservice.reading.current;
