/**
 * The list of agreements: filters, sorting, pages.
 */
package org.cooperation.queryservice.reading.listing;
