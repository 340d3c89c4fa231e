/**
 * One agreement's history, page by page, written straight from the stored JSON; and its verification
 * against the hash chain the command side published with it.
 */
package org.cooperation.queryservice.reading.history;
