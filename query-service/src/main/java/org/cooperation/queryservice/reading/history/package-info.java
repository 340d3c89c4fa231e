/**
 * One agreement's history, page by page, written straight from the stored JSON.
 */
package org.cooperation.queryservice.reading.history;
