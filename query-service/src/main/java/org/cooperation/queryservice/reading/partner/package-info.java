/**
 * Partner scope: a partner reads only the agreements its party belongs to, in lists and one by one.
 */
package org.cooperation.queryservice.reading.partner;
