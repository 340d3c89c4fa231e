/**
 * The query service: read models of the agreements, fed from the events topic. Three jobs, one
 * package each: {@code projection} keeps the read models, {@code reading} answers from them,
 * {@code operations} lets operators rebuild them and retry what could not be applied. Above them only
 * {@code security} (who may call what); beside them {@code web}, the HTTP conventions they share.
 */
package org.cooperation.queryservice;
