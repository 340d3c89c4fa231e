/**
 * Reading: the query API over the read models, confined to what the caller may see. Depends on the
 * projection's tables and the web conventions, never on operations.
 */
package org.cooperation.queryservice.reading;
