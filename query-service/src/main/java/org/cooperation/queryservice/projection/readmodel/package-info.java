/**
 * The set of read-model tables (live, or the fresh ones a rebuild fills) and how their columns hold
 * business dates.
 */
package org.cooperation.queryservice.projection.readmodel;
