/**
 * Rebuild every read model from the start of the events topic into fresh tables, which then replace
 * the live ones at once; one rebuild at a time across instances.
 */
package org.cooperation.queryservice.operations.rebuild;
