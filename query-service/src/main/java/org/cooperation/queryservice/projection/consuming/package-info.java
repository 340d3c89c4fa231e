/**
 * The events listener: reads batches, checks each record against the contract, orders them by
 * agreement sequence, drops duplicates, holds back what comes too early and applies the rest in one
 * transaction per batch.
 */
package org.cooperation.queryservice.projection.consuming;
